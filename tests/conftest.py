"""Test setup shared by every test: headless Qt before any Qt import, no real user data."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"
"""The project's shared folder beside the checkout: the spec and the verified legal sources.

CI has it; a fresh clone elsewhere does not. Tests that compare with its files skip
there, naming the file, and fail instead when ``REQUIRE_SHARED=1`` (set by
``.ci/run`` wherever the folder exists), so a comparison can never be skipped quietly.
"""


def _shared_file(relative: str) -> Path:
    path = SHARED / relative
    if path.is_file():
        return path
    if os.environ.get("REQUIRE_SHARED") == "1":
        pytest.fail(f"REQUIRE_SHARED=1, but the shared file {path} is missing")
    pytest.skip(f"{path} is not here (a checkout without ../shared); CI compares with it")


@pytest.fixture(scope="session")
def shared_file() -> Callable[[str], Path]:
    """A file of ../shared by its relative path; skips (or fails, see SHARED) when absent."""
    return _shared_file
