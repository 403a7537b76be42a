"""Case-list filter dates (2019-05-01, 2019/5/1, 2019年5月1日); whether a value is in the future.

The form reads fuzzy dates and times with ``cases.model.fuzzy_text``. Qt-free, so
the case list's date filters can use it without loading the editors.
"""

from __future__ import annotations

import datetime as dt
import re

from cases.model.fuzzy import FuzzyDate, FuzzyTime

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


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


def after_now(value: FuzzyDate | FuzzyTime, now: dt.datetime) -> bool:
    """Is the value wholly in the future (every day or instant it stands for after ``now``)?"""
    if isinstance(value, FuzzyDate):
        return value.first > now.date()
    if value.is_exact:
        return value.start > now
    return value.day > now.date()
