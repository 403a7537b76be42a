"""Importing every module of the core loads no Qt module."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import cases

ROOT = Path(__file__).resolve().parent.parent


def test_importing_cases_loads_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(cases.__path__, "cases.")]
    assert "cases.rules.engine" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'desktop')]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""
