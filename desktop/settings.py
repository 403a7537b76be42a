"""The desktop app's settings as one frozen value, read from and saved to a QSettings.

The window receives its ``QSettings`` (never a global) and calls
:meth:`AppSettings.load` / :meth:`AppSettings.save` as a read/save pair. Two of the
settings are the analysis' adjustable assumptions (本应用的假定); they reach the engine
only through :meth:`AppSettings.engine_settings`, so the core never reads QSettings
and every analysis records the values it used.

The settings file holds the volunteer's name, so :func:`keep_private` keeps it
readable by its owner only (load and save call it).
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from cases.files import private_files

# The ranges the engine accepts (cases.rules.assumptions.Settings refuses others).
from cases.rules.assumptions import SMALL_FAMILY_MAX, SMALL_FAMILY_MIN, TIMELY_WINDOW_MAX, Settings

LANGUAGES = ("zh", "en")
FONT_SIZE_MIN = 6
FONT_SIZE_MAX = 48

KEY_TIMELY_WINDOW = "analysis/timely_window_hours"
KEY_LATE_WINDOW = "analysis/late_window_hours"
KEY_SMALL_FAMILY = "analysis/small_family_max"
KEY_VOLUNTEER = "volunteer/name"
KEY_LANGUAGE = "ui/language"
KEY_FONT_SIZE = "ui/font_point_size"
KEY_EXPORT_FOLDER = "export/last_folder"


def _timely_window(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(value)
    number = float(value)
    if not math.isfinite(number) or not 0 < number <= TIMELY_WINDOW_MAX:
        raise ValueError(value)
    return number


def _whole_number(value: Any) -> int:
    # QSettings' ini format gives strings back; int("12.5") and int(True) must not pass.
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(value)
    return int(value.strip()) if isinstance(value, str) else int(value)


def _small_family(value: Any) -> int:
    number = _whole_number(value)
    if not SMALL_FAMILY_MIN <= number <= SMALL_FAMILY_MAX:
        raise ValueError(value)
    return number


def _volunteer(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(value)
    return value.strip()


def _folder(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(value)
    return value


def _language(value: Any) -> str:
    if value not in LANGUAGES:
        raise ValueError(value)
    return str(value)


def _font_size(value: Any) -> int:
    number = _whole_number(value)
    if number != 0 and not FONT_SIZE_MIN <= number <= FONT_SIZE_MAX:
        raise ValueError(value)
    return number


_FIELDS = {
    "timely_window_hours": (KEY_TIMELY_WINDOW, _timely_window),
    "late_window_hours": (KEY_LATE_WINDOW, _timely_window),
    "small_family_max": (KEY_SMALL_FAMILY, _small_family),
    "volunteer_name": (KEY_VOLUNTEER, _volunteer),
    "language": (KEY_LANGUAGE, _language),
    "font_point_size": (KEY_FONT_SIZE, _font_size),
    "export_folder": (KEY_EXPORT_FOLDER, _folder),
}


def keep_private(qsettings: QSettings) -> None:
    """Keep a settings file owner-only (0600) and the folders made for it 0700 (POSIX).

    Qt writes the file as the umask says, through a temporary file that takes over
    the permissions of the file it replaces. So the file is made first, empty and
    0600, before Qt ever writes it, and an existing one is set to 0600. Failing to
    (a read-only place) never stops the app: Qt then cannot save settings either.
    """
    if os.name != "posix" or qsettings.format() not in (
        QSettings.Format.IniFormat,
        QSettings.Format.NativeFormat,
    ):
        return
    path = Path(qsettings.fileName())
    # macOS's native format is a property list that an empty file would break.
    may_create = qsettings.format() == QSettings.Format.IniFormat or sys.platform != "darwin"
    with contextlib.suppress(OSError):
        if may_create:
            private_files.make_folders(path.parent)
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        private_files.make_private(path)


@dataclass(frozen=True, slots=True)
class AppSettings:
    """Everything the user can set, as one immutable value.

    Attributes:
        timely_window_hours: app assumption — how many hours after the owner learns of
            the content a measure still counts as prompt (S6).
        late_window_hours: app assumption — past how many hours a measure is late; in
            between only the volunteer's own judgement decides (S6).
        small_family_max: app assumption — the largest family-only group still treated
            as a private space (S2).
        volunteer_name: the volunteer's name, printed on reports ("" if not given).
        language: "zh" or "en", the language of the interface.
        font_point_size: the interface font size in points; 0 keeps the system default.
        export_folder: the folder of the last PDF or case file exported ("" if none),
            suggested for the next export.
    """

    timely_window_hours: float = 24.0
    late_window_hours: float = 72.0
    small_family_max: int = 10
    volunteer_name: str = ""
    language: str = "zh"
    font_point_size: int = 0
    export_folder: str = ""

    def __post_init__(self) -> None:
        """Refuse values that load() would not accept either.

        Raises:
            ValueError: a field is out of range or of the wrong kind.
        """
        for name, (_key, check) in _FIELDS.items():
            value = getattr(self, name)
            try:
                check(value)
            except (TypeError, ValueError, OverflowError):
                raise ValueError(f"{name}: {value!r} is not allowed") from None

    @classmethod
    def load(cls, qsettings: QSettings) -> AppSettings:
        """Read the settings; a missing or unusable stored value falls back to its default.

        Args:
            qsettings: the store the window was given (an ini file in tests).
        """
        keep_private(qsettings)
        defaults = cls()
        values: dict[str, Any] = {}
        for name, (key, check) in _FIELDS.items():
            stored = qsettings.value(key)
            if stored is None:
                continue
            try:
                values[name] = check(stored)
            except (TypeError, ValueError, OverflowError):
                # A hand-edited or older settings file must never stop the app from
                # starting; the default is the documented assumption.
                values[name] = getattr(defaults, name)
        return cls(**values)

    def save(self, qsettings: QSettings) -> None:
        """Write every setting (the pair of :meth:`load`) to the file, owner-only."""
        keep_private(qsettings)
        for name, (key, _check) in _FIELDS.items():
            qsettings.setValue(key, getattr(self, name))
        qsettings.sync()
        keep_private(qsettings)

    def replace(self, **changes: Any) -> AppSettings:
        """A copy with some fields changed (validated like the constructor)."""
        return dataclasses.replace(self, **changes)

    def engine_settings(self) -> Settings:
        """The assumptions the engine uses, to pass explicitly into each analysis."""
        return Settings(
            small_family_max=self.small_family_max,
            timely_window_hours=self.timely_window_hours,
            late_window_hours=self.late_window_hours,
        )
