"""The application's version, as printed in reports and the About box."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

DISTRIBUTION = "qunzhu-analyzer"
FALLBACK_VERSION = "0.1.0"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _version() -> str:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pass
    # Running from a source checkout that was never installed: pyproject is the truth.
    try:
        with _PYPROJECT.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return FALLBACK_VERSION


__version__ = _version()
"""The version string, e.g. ``0.1.0``."""
