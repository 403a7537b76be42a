"""Where an export is suggested: the folder used last, else the documents folder, else home.

The file is named after the case and the day (业主群辱骂案-2026-11-30.pdf), with the
characters a file name cannot hold taken out; an untitled case gets a plain default
name. Nothing here writes a file: the suggestion goes to the save dialog, which the
user may change.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QStandardPaths

MAX_STEM = 80
"""The longest file name stem suggested (characters), short enough for every system."""

UNTITLED = frozenset({"（无标题）", "(无标题)", "无标题", "(untitled)", "untitled"})
"""Titles that mean the case has none: the default name is used instead."""

_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*]')
"""Characters Windows, macOS or Linux refuse (or treat as folders) in a file name."""


def file_stem(title: str, fallback: str) -> str:
    r"""The case title made usable as a file name stem, or ``fallback`` if nothing is left.

    Control characters and ``<>:"/\\|?*`` become spaces, runs of spaces one space, and
    leading or trailing dots and spaces are dropped (Windows ignores or refuses them).
    """
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in title)
    text = " ".join(_NOT_IN_NAMES.sub(" ", text).split()).strip(" .")
    if text.lower() in UNTITLED:
        return fallback
    return text[:MAX_STEM].rstrip(" .") or fallback


def documents_folder() -> Path:
    """The user's documents folder, or the home folder where there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def suggested_path(
    last_folder: str, title: str, suffix: str, fallback: str, today: dt.date | None = None
) -> Path:
    """The path to suggest for an export.

    Args:
        last_folder: the folder of the last export ("" if none); used if it still exists.
        title: the case title (already redacted when the export is).
        suffix: ``".pdf"`` or ``".json"``.
        fallback: the stem for an untitled case.
        today: the day in the name (today when omitted).
    """
    folder = Path(last_folder) if last_folder and Path(last_folder).is_dir() else None
    day = (today or dt.date.today()).isoformat()
    return (folder or documents_folder()) / f"{file_stem(title, fallback)}-{day}{suffix}"
