"""Dates and date-times as volunteers type them: 2019-05-01, 2019/5/1, 2019年5月1日 9时0分.

Fuzzy forms of case format version 2 too: a date may be ``2019`` or ``2019-03``, a
time may be a day without a time of day. Qt-free, so the case list's date filters
can use it without loading the editors.
"""

from __future__ import annotations

import datetime as dt
import re

from cases.model.fuzzy import FuzzyDate, FuzzyTime

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


def parse_fuzzy_date(text: str) -> FuzzyDate:
    """Parse a year (2019), a month (2019-03) or a day as ``parse_date`` reads it.

    Raises:
        ValueError: none of these.
    """
    stripped = text.strip()
    if len(stripped) in (4, 7):
        return FuzzyDate.parse(stripped)
    return FuzzyDate.exact(parse_date(text))


def parse_fuzzy_time(text: str) -> FuzzyTime:
    """Parse a date-time as ``parse_datetime`` reads it, or a day alone (its time unknown).

    Raises:
        ValueError: neither.
    """
    try:
        return FuzzyTime.exact(parse_datetime(text))
    except ValueError:
        return FuzzyTime(parse_date(text))


def format_fuzzy_time(value: FuzzyTime) -> str:
    """A time as shown and typed: ``2019-05-01 09:00``, or ``2019-05-01`` for a day."""
    return format_datetime(value.start) if value.is_exact else str(value.date)


def after_now(value: FuzzyDate | FuzzyTime, now: dt.datetime) -> bool:
    """Is the value wholly in the future (every day or instant it stands for after ``now``)?"""
    if isinstance(value, FuzzyDate):
        return value.first > now.date()
    if value.is_exact:
        return value.start > now
    return value.day > now.date()
