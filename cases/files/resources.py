"""The one locator for files under resources/ (law data, schema, examples, fonts)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def path(relative: str) -> Path:
    """Return the absolute path of a file under resources/.

    Args:
        relative: a POSIX-style path relative to resources/, e.g. ``"law/civil_code.json"``.

    Raises:
        ValueError: if the path is absolute or climbs out of resources/ with ``..``.
    """
    parts = PurePosixPath(relative)
    if parts.is_absolute() or ".." in parts.parts or not parts.parts:
        raise ValueError(f"not a resource path: {relative!r}")
    return RESOURCES_DIR.joinpath(*parts.parts)


def read_text(relative: str) -> str:
    """Return the UTF-8 text of a resource file."""
    return path(relative).read_text(encoding="utf-8")
