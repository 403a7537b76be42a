"""Dates and times as volunteers write them, read into fuzzy values without inventing any.

A date field takes ``2019``, ``2019年``, ``2019年3月``, ``2019-03``, ``2019-3``,
``2019.3``, ``2019/3``, ``2019-03-05``, ``2019-3-5``, ``2019/3/5``, ``2019年3月5日``
and, with the year taken from the case, ``3月5日`` (or ``3月``). A time field takes a day in any of those
forms, alone (the whole day), with a part of the day (``2019-03-05 晚上``: still the
whole day, the part is never turned into an invented hour) or with a clock time
(``2019-03-05 20:30``, ``2019-03-05 8点``, ``3月5日下午3点`` → 15:00).

What cannot be read is refused with a ``TypedDateError`` naming what is wrong
(``看不懂“3月32日”：3 月没有 32 日``). What was read comes back as a ``Reading``, which
also says what was assumed (the year) or left out (the part of the day), and
``describe`` words it with the value's precision (``约 2019 年 3 月``).

Qt-free: the window's editors and the case list's filters share it.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from dataclasses import dataclass

from cases.model import labels
from cases.model.fuzzy import FuzzyDate, FuzzyTime, Precision, days_in_month
from cases.model.labels import Bilingual

_SHOWN_CHARS = 24
"""A longer typed text is cut in messages (a pasted paragraph is not repeated whole)."""

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class YearSource(enum.StrEnum):
    """Where the year of a date written without one comes from."""

    INCIDENT = "incident"
    """The year of the incident date."""
    ANALYSIS = "analysis"
    """The year of the day of the analysis (no incident date is known)."""


@dataclass(frozen=True, slots=True)
class YearContext:
    """The year a date written without one (``3月5日``) is taken to be in.

    Attributes:
        year: the year.
        source: where it comes from (named in the field's precision line).
    """

    year: int
    source: YearSource

    @classmethod
    def of(cls, incident_date: FuzzyDate | None, today: dt.date) -> YearContext:
        """The incident date's year if known, else the year of ``today`` (the analysis day)."""
        if incident_date is not None:
            return cls(incident_date.year, YearSource.INCIDENT)
        return cls(today.year, YearSource.ANALYSIS)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a typed date or time was read as.

    Attributes:
        value: the fuzzy date (date fields) or fuzzy time (time fields).
        assumed_year: the context whose year was used, when none was written.
        part_of_day: the part of the day written without a clock time (``晚上``),
            which the value does not hold.
        time_left_out: a clock time or part of the day was written in a field that
            keeps only the date.
    """

    value: FuzzyDate | FuzzyTime
    assumed_year: YearContext | None = None
    part_of_day: str | None = None
    time_left_out: bool = False


class TypedDateError(ValueError):
    """A typed date or time that cannot be read, and why.

    Attributes:
        typed: the text as typed (cut when long).
        reason: what is wrong, in Chinese and English.
    """

    def __init__(self, typed: str, reason: Bilingual) -> None:
        """Keep the typed text (cut) and the reason; ``str()`` is the Chinese message."""
        self.typed = typed if len(typed) <= _SHOWN_CHARS else typed[:_SHOWN_CHARS] + "…"
        self.reason = reason
        super().__init__(self.text("zh"))

    def text(self, lang: str = "zh") -> str:
        """The whole message in the chosen language, naming the typed text."""
        if lang == "en":
            return f"Cannot read “{self.typed}”: {self.reason[1]}"
        return f"看不懂“{self.typed}”：{self.reason[0]}"


# --- the forms ---------------------------------------------------------------------------

_D = r"[0-9]"
_DATE_FORMS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        # 2019年3月5日 / 2019年3月5号 / 2019年3月5 / 2019年3月
        rf"(?P<y>{_D}{{4}})\s*年\s*(?P<m>{_D}{{1,2}})\s*月(?:\s*(?P<d>{_D}{{1,2}})\s*[日号]?)?",
        # 2019-03-05, 2019-3-5
        rf"(?P<y>{_D}{{4}})-(?P<m>{_D}{{1,2}})-(?P<d>{_D}{{1,2}})",
        # 2019-03, 2019-3 (people write the month in one digit too; the case file
        # itself keeps YYYY-MM, see FuzzyDate.parse)
        rf"(?P<y>{_D}{{4}})-(?P<m>{_D}{{1,2}})(?![0-9])",
        # 2019/3/5, 2019.3.5, 2019/3, 2019.3 (one separator throughout)
        rf"(?P<y>{_D}{{4}})(?P<sep>[/.])(?P<m>{_D}{{1,2}})(?:(?P=sep)(?P<d>{_D}{{1,2}}))?",
        # 2019年, 2019
        rf"(?P<y>{_D}{{4}})(?:\s*年)?(?![0-9])",
        # 3月5日, 3月5号, 3月5, 3月: the year from the case
        rf"(?P<m>{_D}{{1,2}})\s*月(?:\s*(?P<d>{_D}{{1,2}})\s*[日号]?)?",
    )
)

_PARTS_OF_DAY = (
    "凌晨",
    "早上",
    "早晨",
    "上午",
    "中午",
    "下午",
    "傍晚",
    "晚上",
    "晚间",
    "夜里",
    "夜间",
    "深夜",
    "半夜",
)
_AFTER_DATE = re.compile(
    r"\s*[Tt]?\s*(?P<part>" + "|".join(_PARTS_OF_DAY) + r")?\s*"
    rf"(?:(?P<h>{_D}{{1,2}})\s*(?::\s*(?P<colon>{_D}{{2}})|[点时](?:\s*(?P<half>半)"
    rf"|\s*(?P<min>{_D}{{1,2}})\s*分?)?))?\s*"
)

_HOURS: dict[str, tuple[tuple[range, int], ...]] = {
    # The hours each part of the day can hold as written, and what to add: 下午3点 → 15.
    "凌晨": ((range(0, 7), 0),),
    "早上": ((range(4, 12), 0),),
    "早晨": ((range(4, 12), 0),),
    "上午": ((range(0, 12), 0),),
    "中午": ((range(11, 15), 0), (range(1, 3), 12)),
    "下午": ((range(1, 12), 12), (range(13, 24), 0)),
    "傍晚": ((range(4, 9), 12), (range(16, 21), 0)),
    "晚上": ((range(6, 12), 12), (range(18, 24), 0)),
    "晚间": ((range(6, 12), 12), (range(18, 24), 0)),
    "夜里": ((range(8, 12), 12), (range(20, 24), 0)),
    "夜间": ((range(8, 12), 12), (range(20, 24), 0)),
    "深夜": ((range(9, 12), 12), (range(21, 24), 0)),
    "半夜": ((range(9, 12), 12), (range(21, 24), 0)),
}
_LATE_PARTS = frozenset({"晚上", "晚间", "夜里", "夜间", "深夜", "半夜"})

_DATE_EXAMPLE: Bilingual = (
    "请写成 2019-03-05、2019年3月、2019 或 3月5日 这样的形式",
    "write it as 2019-03-05, 2019/3 or 2019",
)
_TIME_EXAMPLE: Bilingual = (
    "请写成 2019-03-05 20:30、3月5日晚上 或 2019-03-05 这样的形式",
    "write it as 2019-03-05 20:30, or just the day, as 2019-03-05",
)


@dataclass(frozen=True, slots=True)
class _Parts:
    """The pieces of a typed text, before they are checked."""

    year: int | None
    month: int | None
    day: int | None
    part: str | None
    hour: int | None
    minute: int | None


def _normalise(text: str) -> str:
    """Full-width digits and punctuation (as Chinese input methods type them) made plain."""
    return unicodedata.normalize("NFKC", text).strip()


def _split(text: str) -> _Parts | None:
    """The pieces of a text of one of the forms, or None."""
    for form in _DATE_FORMS:
        head = form.match(text)
        if head is None:
            continue
        tail = _AFTER_DATE.fullmatch(text, head.end())
        if tail is None:
            continue
        groups = head.groupdict()
        hour = tail["h"]
        minute = tail["colon"] or tail["min"]
        return _Parts(
            year=None if groups.get("y") is None else int(groups["y"]),
            month=None if groups.get("m") is None else int(groups["m"]),
            day=None if groups.get("d") is None else int(groups["d"]),
            part=tail["part"],
            hour=None if hour is None else int(hour),
            minute=30 if tail["half"] else (None if minute is None else int(minute)),
        )
    return None


def _why_unreadable(text: str, example: Bilingual) -> Bilingual:
    """The reason for a text of none of the forms: the near misses get their own words."""
    if re.fullmatch(r"[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}", text):
        return (
            "说不清是几月几日，请写成 3月5日 这样的形式，或写上年份，如 2019-03-05",
            "the month and the day cannot be told apart: write it as 3月5日, or with the "
            "year, as 2019-03-05",
        )
    parts = "|".join(_PARTS_OF_DAY)
    if text in _PARTS_OF_DAY or re.fullmatch(
        rf"(?:{parts})?\s*[0-9]{{1,2}}\s*[:点时][0-9点时分半\s]*", text
    ):
        return (
            "请同时写上是哪一天，如 3月5日下午3点",
            "write the day too, as 3月5日下午3点",
        )
    return example


def _month_name(month: int) -> str:
    return _MONTHS_EN[month - 1]


def _check_day(typed: str, year: int | None, month: int, day: int | None) -> None:
    """Refuse a month or a day that does not exist."""
    if not 1 <= month <= 12:
        raise TypedDateError(typed, (f"没有 {month} 月", f"there is no month {month}"))
    if day is None:
        return
    longest = days_in_month(2000, month)  # 2000 is a leap year: 2月 has 29 days
    if not 1 <= day <= longest:
        raise TypedDateError(
            typed,
            (f"{month} 月没有 {day} 日", f"{_month_name(month)} has no day {day}"),
        )
    if year is not None and day > days_in_month(year, month):
        raise TypedDateError(
            typed,
            (
                f"{year} 年 {month} 月没有 {day} 日",
                f"{_month_name(month)} {year} has no day {day}",
            ),
        )


def _clock(typed: str, parts: _Parts) -> dt.time | None:
    """The clock time written (a part of the day moves the hour: 下午3点 → 15:00)."""
    if parts.hour is None:
        return None
    hour, minute = parts.hour, parts.minute or 0
    if minute > 59:
        raise TypedDateError(typed, (f"一小时没有 {minute} 分", f"an hour has no minute {minute}"))
    if hour == 24:
        raise TypedDateError(
            typed,
            ("24 点请写成第二天的 0 点", "write 24:00 as 0:00 of the next day"),
        )
    if hour > 23:
        raise TypedDateError(typed, (f"没有 {hour} 点", f"there is no hour {hour}"))
    if parts.part is not None:
        for hours, add in _HOURS[parts.part]:
            if hour in hours:
                hour += add
                break
        else:
            if parts.part in _LATE_PARTS and (hour == 12 or hour < 6):
                raise TypedDateError(
                    typed,
                    (
                        f"“{parts.part}{parts.hour}点”说不清是哪一天，"
                        "请写成第二天的凌晨几点，如 3月6日凌晨1点",
                        f"“{parts.part}{parts.hour}点” could be on either day: write it as the "
                        "next day's early hours, as 3月6日凌晨1点",
                    ),
                )
            raise TypedDateError(
                typed,
                (
                    f"“{parts.part}”和 {parts.hour} 点对不上",
                    f"“{parts.part}” does not fit {parts.hour} o'clock",
                ),
            )
    return dt.time(hour, minute)


def _read(text: str, years: YearContext, example: Bilingual) -> tuple[_Parts, FuzzyDate, Reading]:
    """The parts and the date of a text, checked; the reading without a value."""
    typed = _normalise(text)
    parts = _split(typed)
    if parts is None:
        raise TypedDateError(typed, _why_unreadable(typed, example))
    if parts.year == 0:
        raise TypedDateError(typed, ("没有公元 0 年", "there is no year 0"))
    if parts.month is not None:
        _check_day(typed, parts.year, parts.month, parts.day)
    assumed = None
    year = parts.year
    if year is None:
        assumed, year = years, years.year
        _check_day(typed, year, parts.month or 1, parts.day)
    date = FuzzyDate(year, parts.month, parts.day)
    if (parts.part is not None or parts.hour is not None) and date.precision is not Precision.DAY:
        raise TypedDateError(
            typed,
            (
                "只知道年份或月份时不能写时段或钟点，请写上是哪一天",
                "a time of day needs the day: write which day",
            ),
        )
    _clock(typed, parts)  # checked in date fields too
    return parts, date, Reading(date, assumed_year=assumed)


def parse_date(text: str, years: YearContext) -> Reading:
    """Read a date known to the year, the month or the day, as volunteers write it.

    A time of day written after a day is checked and left out (the field keeps the
    date alone); the reading says so.

    Args:
        text: what was typed (not empty).
        years: the year of a date written without one.

    Raises:
        TypedDateError: the text is of none of the forms, or names a month, a day or
            a time that does not exist.
    """
    parts, date, reading = _read(text, years, _DATE_EXAMPLE)
    left_out = parts.part is not None or parts.hour is not None
    return Reading(date, assumed_year=reading.assumed_year, time_left_out=left_out)


def parse_time(text: str, years: YearContext) -> Reading:
    """Read a time known to the day or to the minute, as volunteers write it.

    A part of the day without a clock time (``2019-03-05 晚上``) gives the whole day.

    Args:
        text: what was typed (not empty).
        years: the year of a day written without one.

    Raises:
        TypedDateError: the text is of none of the forms, is not a day at least, or
            names a day or a time that does not exist.
    """
    parts, date, reading = _read(text, years, _TIME_EXAMPLE)
    if date.precision is not Precision.DAY:
        raise TypedDateError(
            _normalise(text),
            (
                "这里至少要写到哪一天，如 2019-03-05（不知道就留空）",
                "this needs the day at least, as 2019-03-05 (leave it empty if unknown)",
            ),
        )
    clock = _clock(_normalise(text), parts)
    value = FuzzyTime(date.first, clock)
    part = parts.part if clock is None else None
    return Reading(value, assumed_year=reading.assumed_year, part_of_day=part)


# --- showing -----------------------------------------------------------------------------


def _precision(value: FuzzyDate | FuzzyTime) -> tuple[Bilingual, Bilingual]:
    """The value in words and what its precision is."""
    if isinstance(value, FuzzyTime):
        shown = value.shown
        if value.minute is None:
            return (shown, shown), ("只知道日期", "day only")
        return (shown, shown), ("具体时刻", "exact time")
    if value.month is None:
        return (f"约 {value.year} 年", f"about {value.year}"), ("只知道年份", "year only")
    if value.day is None:
        return (
            (
                f"约 {value.year} 年 {value.month} 月",
                f"about {_month_name(value.month)} {value.year}",
            ),
            ("只知道月份", "month only"),
        )
    return (str(value), str(value)), ("具体日期", "exact day")


def describe(reading: Reading | FuzzyDate | FuzzyTime, lang: str = "zh") -> str:
    """A value with its precision and what was assumed, for the field's line under it.

    ``约 2019 年 3 月（只知道月份）`` / ``about March 2019 (month only)``;
    ``2019-03-05（只知道日期；“晚上”不折算成钟点）``;
    ``2019-03-05（具体日期；年份未写，按案发日期取 2019 年）``.
    """
    if not isinstance(reading, Reading):
        reading = Reading(reading)
    shown, precision = _precision(reading.value)
    notes: list[Bilingual] = [precision]
    if reading.part_of_day is not None:
        notes.append(
            (
                f"“{reading.part_of_day}”不折算成钟点",
                f"“{reading.part_of_day}” is not turned into an hour",
            )
        )
    if reading.time_left_out:
        notes.append(("此项只记日期，不记时间", "only the day is kept here"))
    context = reading.assumed_year
    if context is not None:
        if context.source is YearSource.INCIDENT:
            notes.append(
                (
                    f"年份未写，按案发日期取 {context.year} 年",
                    f"no year written: {context.year}, the incident's year",
                )
            )
        else:
            notes.append(
                (
                    f"年份未写，按分析日所在的 {context.year} 年",
                    f"no year written: {context.year}, the year of the analysis",
                )
            )
    if lang == "en":
        return f"{shown[1]} ({'; '.join(n[1] for n in notes)})"
    return f"{shown[0]}（{'；'.join(n[0] for n in notes)}）"


def assumed_year_text(reading: Reading, lang: str = "zh") -> str:
    """The year assumed, as a short note (``（年份按 2026 年）``), or "" when none was."""
    if reading.assumed_year is None:
        return ""
    return labels.pick(
        (
            f"（年份按 {reading.assumed_year.year} 年）",
            f"(year taken as {reading.assumed_year.year})",
        ),
        lang,
    )
