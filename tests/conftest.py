"""Test setup shared by every test: headless Qt before any Qt import, no real user data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
