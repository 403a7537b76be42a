"""Fuzzy dates and times: facts as volunteers know them, and three-valued comparisons on them.

A ``FuzzyDate`` is a year, a month or a day and stands for every day it covers
(``2019-03`` is 2019-03-01 … 2019-03-31). A ``FuzzyTime`` is a whole day (00:00 up to
the next day's 00:00) or one minute. A comparison over such values is ``True`` when it
holds for every point of the intervals, ``False`` when it holds for none and ``None``
(unknown) otherwise (shared/spec/analysis.md, "Fuzzy dates and times").

Semantics of the instants a ``FuzzyTime`` stands for: a minute value is that instant
(as version 1 of the format read an exact time); a day value is the half-open
interval ``[start, end)``, ``end`` being the next day's 00:00. The one exception is
9999-12-31, whose next day Python cannot represent: its ``end`` is
``datetime.max``.

The module is pure and Qt-free; the file reader, the store and the engine share it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass, field

Tri = bool | None
"""A three-valued truth: True, False or None (unknown)."""

_HOUR_SECONDS = 3600.0
_DATE_TEXT = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)
"""``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` in ASCII digits (matched whole with ``fullmatch``)."""
_TIME_TEXT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2}))?", re.ASCII)
"""``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` in ASCII digits (matched whole with ``fullmatch``)."""
_MIDNIGHT = dt.time()
_DAY = dt.timedelta(days=1)


class Precision(enum.IntEnum):
    """How much of a fuzzy date is known, coarsest first."""

    YEAR = 1
    MONTH = 2
    DAY = 3


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date known to the year, the month or the day.

    Ordered by its first day, then coarser before finer (so ``2019`` < ``2019-01`` <
    ``2019-01-01`` < ``2019-01-02`` < ``2019-02``); equal only to the same value.

    Attributes:
        year: 1 … 9999 (the format's narrower range is checked where files are read).
        month: 1 … 12, or None for a year.
        day: the day of the month, or None for a year or a month.

    Raises:
        ValueError: on construction, for a day without a month or a day the month
            does not have.
    """

    year: int
    month: int | None = None
    day: int | None = None
    # The bounds and the text, worked out once (an analysis asks for them many times);
    # not part of the value: left out of equality, hashing and repr.
    _first: dt.date = field(init=False, repr=False, compare=False)
    _last: dt.date = field(init=False, repr=False, compare=False)
    _text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Refuse values that are not a real year, month or day; note the bounds."""
        year, month, day = self.year, self.month, self.day
        for name, value in (("year", year), ("month", month), ("day", day)):
            if value is not None and (type(value) is not int):
                raise ValueError(f"{name} must be an integer: {value!r}")
        if month is None and day is not None:
            raise ValueError("a day needs a month")
        # dt.date checks the year (1..9999), the month and the day of the month.
        first = dt.date(year, 1 if month is None else month, 1 if day is None else day)
        if month is None:
            last = dt.date(year, 12, 31)
        elif day is None:
            last = dt.date(year, month, days_in_month(year, month))
        else:
            last = first
        object.__setattr__(self, "_first", first)
        object.__setattr__(self, "_last", last)
        text = f"{year:04d}"
        if month is not None:
            text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
        object.__setattr__(self, "_text", text)

    def __getstate__(self) -> tuple[int, int | None, int | None]:
        """Pickle the value alone; the bounds are worked out again."""
        return (self.year, self.month, self.day)

    def __setstate__(self, state: tuple[int, int | None, int | None]) -> None:
        """Unpickle a value (also one pickled before the bounds were kept)."""
        for name, value in zip(("year", "month", "day"), state[:3], strict=True):
            object.__setattr__(self, name, value)
        self.__post_init__()

    @classmethod
    def exact(cls, day: dt.date) -> FuzzyDate:
        """The fuzzy date of one known day."""
        return cls(day.year, day.month, day.day)

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, strictly.

        Exact lengths, ASCII digits, ``-`` separators, nothing before or after (no
        whitespace, no newline).

        Raises:
            ValueError: if the text is not of one of those forms or not a real date.
        """
        match = _DATE_TEXT.fullmatch(text)
        if match is None:
            raise ValueError(f"not YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        year, month, day = match.groups()
        try:
            return cls(
                int(year),
                None if month is None else int(month),
                None if day is None else int(day),
            )
        except ValueError:
            raise ValueError(f"not a real date: {text!r}") from None

    @property
    def precision(self) -> Precision:
        """YEAR, MONTH or DAY."""
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        return Precision.DAY

    @property
    def first(self) -> dt.date:
        """The first day the value covers."""
        return self._first

    @property
    def last(self) -> dt.date:
        """The last day the value covers."""
        return self._last

    @property
    def is_exact(self) -> bool:
        """True when the value is one day."""
        return self.day is not None

    def contains(self, day: dt.date) -> bool:
        """True when the day lies within the value's interval."""
        return self._first <= day <= self._last

    def _key(self) -> tuple[dt.date, Precision]:
        return (self._first, self.precision)

    def __lt__(self, other: FuzzyDate) -> bool:
        """Order by first day, then coarser before finer."""
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: FuzzyDate) -> bool:
        """Order by first day, then coarser before finer."""
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: FuzzyDate) -> bool:
        """Order by first day, then coarser before finer."""
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: FuzzyDate) -> bool:
        """Order by first day, then coarser before finer."""
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        """The format's text: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, zero-padded."""
        return self._text

    @property
    def shown(self) -> str:
        """As a reader sees it: the format's text (as ``FuzzyTime.shown`` for a time)."""
        return self._text


@dataclass(frozen=True, slots=True)
class FuzzyTime:
    """A local time known to the day or to the minute.

    Ordered by ``start``, then coarser before finer (so a whole day comes before
    its own 00:00); equal only to the same value.

    Attributes:
        day: the day.
        minute: the time of day to the minute (no seconds, no zone), or None when
            only the day is known.

    Raises:
        ValueError: on construction, for a time with seconds, microseconds or a zone.
    """

    day: dt.date
    minute: dt.time | None = None
    # The bounds and the text, worked out once (an analysis asks for them many times);
    # not part of the value: left out of equality, hashing and repr.
    _start: dt.datetime = field(init=False, repr=False, compare=False)
    _end: dt.datetime = field(init=False, repr=False, compare=False)
    _text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Refuse times finer than a minute or with a zone: the format has neither; note the bounds."""
        day = self.day
        if type(day) is not dt.date:
            raise ValueError(f"day must be a date: {day!r}")
        m = self.minute
        if m is not None and (m.second or m.microsecond or m.tzinfo is not None):
            raise ValueError(f"a time is to the minute, without a zone: {m!r}")
        start = dt.datetime.combine(day, m or _MIDNIGHT)
        if m is not None:
            end = start
        elif day == dt.date.max:
            end = dt.datetime.max
        else:
            end = start + _DAY
        object.__setattr__(self, "_start", start)
        object.__setattr__(self, "_end", end)
        text = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
        if m is not None:
            text += f"T{m.hour:02d}:{m.minute:02d}"
        object.__setattr__(self, "_text", text)

    def __getstate__(self) -> tuple[dt.date, dt.time | None]:
        """Pickle the value alone; the bounds are worked out again."""
        return (self.day, self.minute)

    def __setstate__(self, state: tuple[dt.date, dt.time | None]) -> None:
        """Unpickle a value (also one pickled before the bounds were kept)."""
        for name, value in zip(("day", "minute"), state[:2], strict=True):
            object.__setattr__(self, name, value)
        self.__post_init__()

    @classmethod
    def exact(cls, when: dt.datetime) -> FuzzyTime:
        """The fuzzy time of one known minute (seconds and below are dropped)."""
        return cls(when.date(), dt.time(when.hour, when.minute))

    @classmethod
    def whole_day(cls, day: dt.date) -> FuzzyTime:
        """The fuzzy time of a day whose time is not known."""
        return cls(day, None)

    @classmethod
    def parse(cls, text: str) -> FuzzyTime:
        """Read ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``, strictly.

        Raises:
            ValueError: if the text is not of one of those forms or not a real time.
        """
        match = _TIME_TEXT.fullmatch(text)
        if match is None:
            raise ValueError(f"not YYYY-MM-DD or YYYY-MM-DDTHH:MM: {text!r}")
        year, month, day_of_month, hours, minutes = match.groups()
        try:
            day = dt.date(int(year), int(month), int(day_of_month))
        except ValueError:
            raise ValueError(f"not a real date: {text[:10]!r}") from None
        if hours is None:
            return cls(day)
        try:
            return cls(day, dt.time(int(hours), int(minutes)))
        except ValueError:
            raise ValueError(f"not a real time: {text!r}") from None

    @property
    def is_exact(self) -> bool:
        """True when the minute is known."""
        return self.minute is not None

    @property
    def date(self) -> FuzzyDate:
        """The day, as a fuzzy date of DAY precision."""
        return FuzzyDate.exact(self.day)

    @property
    def start(self) -> dt.datetime:
        """The first instant: the minute, or the day's 00:00."""
        return self._start

    @property
    def end(self) -> dt.datetime:
        """The end: the minute itself, or the next day's 00:00 (exclusive) for a day."""
        return self._end

    def _key(self) -> tuple[dt.datetime, bool]:
        return (self._start, self.minute is not None)

    def __lt__(self, other: FuzzyTime) -> bool:
        """Order by start, then coarser before finer."""
        if not isinstance(other, FuzzyTime):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: FuzzyTime) -> bool:
        """Order by start, then coarser before finer."""
        if not isinstance(other, FuzzyTime):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: FuzzyTime) -> bool:
        """Order by start, then coarser before finer."""
        if not isinstance(other, FuzzyTime):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: FuzzyTime) -> bool:
        """Order by start, then coarser before finer."""
        if not isinstance(other, FuzzyTime):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        """The format's text: ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``, the year zero-padded."""
        return self._text

    @property
    def shown(self) -> str:
        """As a reader sees it: ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM`` (no format's ``T``)."""
        return self._text.replace("T", " ")


_LAST_MINUTE = dt.time(23, 59)


def precise_ends(
    value: FuzzyDate | FuzzyTime,
) -> tuple[FuzzyDate, FuzzyDate] | tuple[FuzzyTime, FuzzyTime]:
    """The earliest and the latest precise value a fuzzy one allows.

    A date: its first and its last day. A time known to the day: that day's first
    and last minute.
    """
    if isinstance(value, FuzzyDate):
        return FuzzyDate.exact(value.first), FuzzyDate.exact(value.last)
    return FuzzyTime(value.day, _MIDNIGHT), FuzzyTime(value.day, _LAST_MINUTE)


# --- three-valued logic ---------------------------------------------------------------


def not3(value: Tri) -> Tri:
    """Negation; unknown stays unknown."""
    return None if value is None else not value


def and3(*values: Tri) -> Tri:
    """Conjunction: False if any is False, else None if any is unknown, else True."""
    unknown = False
    for v in values:
        if v is False:
            return False
        if v is None:
            unknown = True
    return None if unknown else True


def or3(*values: Tri) -> Tri:
    """Disjunction: True if any is True, else None if any is unknown, else False."""
    unknown = False
    for v in values:
        if v is True:
            return True
        if v is None:
            unknown = True
    return None if unknown else False


def _tri(always: bool, never: bool) -> Tri:
    if always:
        return True
    if never:
        return False
    return None


# --- dates ------------------------------------------------------------------------------


def on_or_after(value: FuzzyDate, day: dt.date) -> Tri:
    """Is the value on or after ``day``? True when its first day is, False when its last isn't."""
    return _tri(value.first >= day, value.last < day)


def on_or_before(value: FuzzyDate, day: dt.date) -> Tri:
    """Is the value on or before ``day``? True when its last day is, False when its first isn't."""
    return _tri(value.last <= day, value.first > day)


def before(value: FuzzyDate, day: dt.date) -> Tri:
    """Is the value wholly before ``day``? The negation of ``on_or_after``."""
    return not3(on_or_after(value, day))


def after(value: FuzzyDate, day: dt.date) -> Tri:
    """Is the value wholly after ``day``? The negation of ``on_or_before``."""
    return not3(on_or_before(value, day))


def date_before(earlier: FuzzyDate, later: FuzzyDate) -> Tri:
    """Is every day of ``earlier`` before every day of ``later``?

    True when ``earlier`` ends before ``later`` starts; False when no day of
    ``earlier`` is before any day of ``later``; None when they overlap otherwise.
    """
    return _tri(earlier.last < later.first, earlier.first >= later.last)


# --- times ------------------------------------------------------------------------------


def _all_before(value: FuzzyTime, instant: dt.datetime) -> bool:
    """Is every instant of the value before ``instant``?"""
    if value.minute is not None:
        return value.start < instant
    return value.end <= instant


def _none_before(value: FuzzyTime, other: FuzzyTime) -> bool:
    """Is no instant of ``value`` before any instant of ``other``?"""
    # The latest instant of a minute is its start; a day's end is never reached.
    if other.minute is not None:
        return value.start >= other.start
    return value.start >= other.end


def time_before(earlier: FuzzyTime, later: FuzzyTime) -> Tri:
    """Is every instant of ``earlier`` before every instant of ``later``?

    True when it is; False when no instant of ``earlier`` is before any instant of
    ``later`` (two equal minutes give False); None when they overlap otherwise.
    A time never straddles a day, so comparing one with a date needs only its
    ``date`` and the date functions above.
    """
    return _tri(_all_before(earlier, later.start), _none_before(earlier, later))


def hours_between(earlier: FuzzyTime, later: FuzzyTime) -> tuple[float, float]:
    """The elapsed hours from ``earlier`` to ``later``, as an interval (lo, hi).

    ``lo = later.start − earlier.end`` and ``hi = later.end − earlier.start``; for two
    minutes both are the exact difference. Negative when ``later`` is in fact earlier.
    """
    lo = (later.start - earlier.end).total_seconds() / _HOUR_SECONDS
    hi = (later.end - earlier.start).total_seconds() / _HOUR_SECONDS
    return (lo, hi)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """How many days the month has: ``calendar.monthrange(year, month)[1]``, without the weekday."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later, or that month's last day.

    2019-06-10 + 6 → 2019-12-10; 2019-08-31 + 6 → 2020-02-29; 2020-02-29 + 36 →
    2023-02-28. ``months`` may be negative.

    Raises:
        OverflowError: if the result is outside years 1 … 9999.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError(f"{day.isoformat()} + {months} months is out of range")
    month = month0 + 1
    # Every month has its first 28 days: only a later day may need the month's last.
    if day.day <= 28:
        return dt.date(year, month, day.day)
    return dt.date(year, month, min(day.day, days_in_month(year, month)))


def add_years(day: dt.date, years: int) -> dt.date:
    """``add_months(day, 12 * years)``: 2020-02-29 + 3 years → 2023-02-28."""
    return add_months(day, 12 * years)


def fuzzy_json(value: FuzzyDate | FuzzyTime | None) -> str | None:
    """A fuzzy value (or None) as the format's text (or null)."""
    return None if value is None else str(value)
