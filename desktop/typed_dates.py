"""Dates and date-times as volunteers type them: 2019-05-01, 2019/5/1, 2019年5月1日 9时0分.

Qt-free, so the case list's date filters can use it without loading the editors.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_DATETIME = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T ]?\s*"
    r"(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?\s*$"
)


def parse_date(text: str) -> dt.date:
    """Parse 2019-05-01, 2019/5/1 or 2019年5月1日.

    Raises:
        ValueError: not a date.
    """
    match = _DATE.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def parse_datetime(text: str) -> dt.datetime:
    """Parse 2019-05-01 09:00, 2019-05-01T09:00 or 2019年5月1日 9时0分.

    Raises:
        ValueError: not a date-time.
    """
    match = _DATETIME.match(text)
    if not match:
        raise ValueError(text)
    year, month, day, hour, minute = (int(g) for g in match.groups())
    return dt.datetime(year, month, day, hour, minute)


def format_datetime(value: dt.datetime) -> str:
    """The way date-times are shown and typed: ``2019-05-01 09:00``, the year in four digits.

    (``strftime`` writes year 1 as ``1``, which ``parse_datetime`` would not read back.)
    """
    return value.isoformat(sep=" ", timespec="minutes")
