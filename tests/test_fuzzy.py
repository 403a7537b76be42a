"""Fuzzy dates and times: parsing, intervals, order and the three-valued comparisons."""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cases.model import fuzzy
from cases.model.fuzzy import FuzzyDate, FuzzyTime, Precision

days = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))
near_days = st.dates(dt.date(2015, 1, 1), dt.date(2027, 12, 31))


@st.composite
def fuzzy_dates(draw, within=days):
    day = draw(within)
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.YEAR:
        return FuzzyDate(day.year)
    if precision is Precision.MONTH:
        return FuzzyDate(day.year, day.month)
    return FuzzyDate.exact(day)


@st.composite
def fuzzy_times(draw, within=days):
    day = draw(within)
    if draw(st.booleans()):
        return FuzzyTime(day)
    return FuzzyTime(day, dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59))))


def points(value: FuzzyTime) -> list[dt.datetime]:
    """Sample instants of a fuzzy time: its start, its last minute and a middle one."""
    if value.minute is not None:
        return [value.start]
    return [value.start, value.start + dt.timedelta(hours=12), value.end - dt.timedelta(minutes=1)]


# --- FuzzyDate ------------------------------------------------------------------------


def test_a_month_stands_for_each_of_its_days():
    march = FuzzyDate.parse("2019-03")
    assert (march.first, march.last) == (dt.date(2019, 3, 1), dt.date(2019, 3, 31))
    assert march.precision is Precision.MONTH
    feb = FuzzyDate.parse("2020-02")
    assert feb.last == dt.date(2020, 2, 29)


def test_a_year_stands_for_the_whole_year():
    year = FuzzyDate.parse("2019")
    assert (year.first, year.last, year.precision) == (
        dt.date(2019, 1, 1),
        dt.date(2019, 12, 31),
        Precision.YEAR,
    )


def test_a_day_is_one_day():
    day = FuzzyDate.parse("2019-03-05")
    assert day.first == day.last == dt.date(2019, 3, 5)
    assert day.precision is Precision.DAY
    assert day == FuzzyDate.exact(dt.date(2019, 3, 5))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "19",
        "201",
        "20190",
        "2019-3",
        "2019-03-5",
        "2019-13",
        "2019-00",
        "2019-02-30",
        "0000",
        "2019-03-05 ",
        " 2019",
        "2019\n",
        "2019-03-05\n",
        "2019/03/05",
        "20190305",
        "2019-W01",
        "２０１９",
        "٢٠١٩",
        "2019-03-05T10:00",
        "+2019",
        "-2019",
    ],
)
def test_a_fuzzy_date_is_read_only_in_its_three_exact_forms(text):
    with pytest.raises(ValueError, match=r"not (YYYY, YYYY-MM or YYYY-MM-DD|a real date)"):
        FuzzyDate.parse(text)


def test_a_day_without_a_month_cannot_be_built():
    with pytest.raises(ValueError, match="needs a month"):
        FuzzyDate(2019, None, 5)


def test_a_fuzzy_date_refuses_a_non_integer_part():
    with pytest.raises(ValueError, match="integer"):
        FuzzyDate(2019, True)


@given(fuzzy_dates())
def test_a_fuzzy_date_is_written_back_as_it_was_read(value):
    text = str(value)
    assert FuzzyDate.parse(text) == value
    assert len(text) in (4, 7, 10)


@given(fuzzy_dates())
def test_a_fuzzy_date_covers_the_days_from_first_to_last(value):
    assert value.first <= value.last
    assert value.contains(value.first)
    assert value.contains(value.last)
    if value.first > dt.date.min:
        assert not value.contains(value.first - dt.timedelta(days=1))
    if value.last < dt.date.max:
        assert not value.contains(value.last + dt.timedelta(days=1))
    span = (value.last - value.first).days + 1
    if value.precision is Precision.DAY:
        assert span == 1
    elif value.precision is Precision.MONTH:
        assert span == calendar.monthrange(value.year, value.month)[1]
    else:
        assert span == (366 if calendar.isleap(value.year) else 365)


@given(fuzzy_dates(), fuzzy_dates())
def test_fuzzy_dates_are_ordered_by_first_day_then_coarser_first(a, b):
    assert (a < b) == ((a.first, a.precision) < (b.first, b.precision))
    assert (a <= b) == ((a.first, a.precision) <= (b.first, b.precision))
    assert (a > b) == (b < a)
    assert (a >= b) == (b <= a)
    assert (a == b) == ((a.first, a.last) == (b.first, b.last))
    if a.first < b.first:
        assert a < b


def test_a_year_sorts_before_its_first_month_and_day():
    ordered = [
        FuzzyDate(2019),
        FuzzyDate(2019, 1),
        FuzzyDate(2019, 1, 1),
        FuzzyDate(2019, 1, 2),
        FuzzyDate(2019, 2),
    ]
    assert sorted(reversed(ordered)) == ordered


def test_a_fuzzy_date_does_not_compare_with_a_plain_date():
    with pytest.raises(TypeError):
        _ = FuzzyDate(2019) < dt.date(2019, 1, 1)  # type: ignore[operator]


# --- FuzzyTime ------------------------------------------------------------------------


def test_a_day_only_time_is_the_whole_day():
    value = FuzzyTime.parse("2019-03-05")
    assert value.start == dt.datetime(2019, 3, 5, 0, 0)
    assert value.end == dt.datetime(2019, 3, 6, 0, 0)
    assert not value.is_exact
    assert str(value) == "2019-03-05"


def test_a_minute_is_one_instant():
    value = FuzzyTime.parse("2019-03-05T10:07")
    assert value.start == value.end == dt.datetime(2019, 3, 5, 10, 7)
    assert value == FuzzyTime.exact(dt.datetime(2019, 3, 5, 10, 7, 59))
    assert str(value) == "2019-03-05T10:07"


def test_the_last_day_python_knows_ends_at_its_last_instant():
    assert FuzzyTime(dt.date.max).end == dt.datetime.max


@pytest.mark.parametrize(
    "text",
    [
        "2019-03",
        "2019",
        "2019-03-05T10",
        "2019-03-05T10:0",
        "2019-03-05T24:00",
        "2019-03-05T10:60",
        "2019-03-05 10:00",
        "2019-03-05T10:00:00",
        "2019-03-05T10:00\n",
        "2019-03-05T10:00Z",
        "2019-03-05T１0:00",
        "2019-03-05T+1:00",
        "2019-03-05t10:00",
    ],
)
def test_a_fuzzy_time_is_read_only_as_a_day_or_a_minute(text):
    with pytest.raises(ValueError, match=r"not (YYYY-MM-DD or YYYY-MM-DDTHH:MM|a real)"):
        FuzzyTime.parse(text)


def test_a_fuzzy_time_refuses_seconds_and_zones():
    with pytest.raises(ValueError, match="minute"):
        FuzzyTime(dt.date(2019, 3, 5), dt.time(10, 0, 1))
    with pytest.raises(ValueError, match="minute"):
        FuzzyTime(dt.date(2019, 3, 5), dt.time(10, 0, tzinfo=dt.UTC))
    with pytest.raises(ValueError, match="date"):
        FuzzyTime(dt.datetime(2019, 3, 5, 10, 0))  # type: ignore[arg-type]


@given(fuzzy_times())
def test_a_fuzzy_time_is_written_back_as_it_was_read(value):
    assert FuzzyTime.parse(str(value)) == value
    assert value.start <= value.end
    assert value.date == FuzzyDate.exact(value.day)


@given(fuzzy_times(), fuzzy_times())
def test_fuzzy_times_are_ordered_by_start_then_coarser_first(a, b):
    assert (a < b) == ((a.start, a.is_exact) < (b.start, b.is_exact))
    if a.start < b.start:
        assert a < b
    assert (a >= b) == (b <= a)
    assert (a == b) == ((a.start, a.end) == (b.start, b.end))


# --- three-valued comparisons --------------------------------------------------------


@given(fuzzy_dates(near_days), near_days)
def test_on_or_after_is_true_for_all_days_false_for_none_unknown_otherwise(value, day):
    every_day = [
        value.first + dt.timedelta(days=i) for i in range((value.last - value.first).days + 1)
    ]
    holds = [d >= day for d in every_day]
    expected = True if all(holds) else False if not any(holds) else None
    assert fuzzy.on_or_after(value, day) is expected
    assert fuzzy.before(value, day) is fuzzy.not3(expected)
    holds_before = [d <= day for d in every_day]
    expected_before = True if all(holds_before) else False if not any(holds_before) else None
    assert fuzzy.on_or_before(value, day) is expected_before
    assert fuzzy.after(value, day) is fuzzy.not3(expected_before)


def test_a_month_straddling_a_day_is_unknown():
    regulation = dt.date(2017, 10, 8)
    assert fuzzy.on_or_after(FuzzyDate(2017, 10), regulation) is None
    assert fuzzy.on_or_after(FuzzyDate(2017, 11), regulation) is True
    assert fuzzy.on_or_after(FuzzyDate(2017, 9), regulation) is False
    assert fuzzy.on_or_after(FuzzyDate(2017, 10, 8), regulation) is True


@given(fuzzy_dates(near_days), fuzzy_dates(near_days))
def test_date_before_holds_for_every_pair_of_days_or_none(a, b):
    pairs = [a.first < b.last, a.last < b.first]  # the most and least favourable pairs
    expected = True if pairs[1] else False if not pairs[0] else None
    assert fuzzy.date_before(a, b) is expected


@given(fuzzy_times(near_days), fuzzy_times(near_days))
def test_time_before_agrees_with_sampled_instants(a, b):
    result = fuzzy.time_before(a, b)
    holds = [x < y for x in points(a) for y in points(b)]
    if result is True:
        assert all(holds)
    elif result is False:
        assert not any(holds)
    else:
        assert any(holds)
        assert not all(holds)


def test_equal_minutes_are_not_before_each_other_and_a_day_straddles_its_minutes():
    ten = FuzzyTime.parse("2019-03-05T10:00")
    day = FuzzyTime.parse("2019-03-05")
    assert fuzzy.time_before(ten, ten) is False
    assert fuzzy.time_before(day, ten) is None
    assert fuzzy.time_before(day, FuzzyTime.parse("2019-03-06T00:00")) is True
    assert fuzzy.time_before(FuzzyTime.parse("2019-03-06T00:00"), day) is False


@given(fuzzy_times(near_days), fuzzy_times(near_days))
def test_hours_between_bounds_every_elapsed_time(earlier, later):
    lo, hi = fuzzy.hours_between(earlier, later)
    assert lo <= hi
    for x in points(earlier):
        for y in points(later):
            assert lo <= (y - x).total_seconds() / 3600 <= hi
    assert lo == (later.start - earlier.end).total_seconds() / 3600
    assert hi == (later.end - earlier.start).total_seconds() / 3600


def test_hours_between_two_minutes_is_exact_and_two_days_span_two_days():
    assert fuzzy.hours_between(
        FuzzyTime.parse("2019-05-14T10:00"), FuzzyTime.parse("2019-05-15T10:00")
    ) == (24.0, 24.0)
    assert fuzzy.hours_between(FuzzyTime.parse("2019-05-14"), FuzzyTime.parse("2019-05-15")) == (
        0.0,
        48.0,
    )


def test_three_valued_and_or_not():
    assert fuzzy.and3(True, None) is None
    assert fuzzy.and3(False, None) is False
    assert fuzzy.and3() is True
    assert fuzzy.or3() is False
    assert fuzzy.or3(False, None) is None
    assert fuzzy.or3(True, None) is True
    assert fuzzy.not3(None) is None
    assert fuzzy.not3(True) is False


# --- months ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "until"),
    [
        ("2019-06-10", 6, "2019-12-10"),
        ("2019-08-31", 6, "2020-02-29"),
        ("2020-02-29", 36, "2023-02-28"),
        ("2019-01-31", 1, "2019-02-28"),
        ("2019-12-15", 1, "2020-01-15"),
        ("2020-03-31", -1, "2020-02-29"),
    ],
)
def test_adding_months_keeps_the_day_or_takes_the_months_last(start, months, until):
    assert fuzzy.add_months(dt.date.fromisoformat(start), months) == dt.date.fromisoformat(until)


def test_adding_years_is_adding_twelve_months():
    assert fuzzy.add_years(dt.date(2020, 2, 29), 3) == dt.date(2023, 2, 28)


def test_adding_months_beyond_year_9999_is_an_overflow():
    with pytest.raises(OverflowError):
        fuzzy.add_months(dt.date(9999, 12, 1), 1)


@given(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)), st.integers(-600, 600))
def test_adding_months_lands_in_the_right_month_on_the_nearest_day(day, months):
    result = fuzzy.add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last)


@given(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)), st.integers(0, 600))
def test_adding_more_months_never_gives_an_earlier_day(day, months):
    assert fuzzy.add_months(day, months) <= fuzzy.add_months(day, months + 1)


def test_fuzzy_json_writes_text_or_null():
    assert fuzzy.fuzzy_json(None) is None
    assert fuzzy.fuzzy_json(FuzzyDate(2019, 5)) == "2019-05"
    assert fuzzy.fuzzy_json(FuzzyTime.parse("2019-05-15T10:00")) == "2019-05-15T10:00"


# --- bounds worked out once (speed) -----------------------------------------------------


def _first_and_last(value: FuzzyDate) -> tuple[dt.date, dt.date]:
    """A fuzzy date's bounds, worked out from its parts (the reference)."""
    month = value.month or 1
    first = dt.date(value.year, month, value.day or 1)
    if value.day is not None:
        return first, first
    if value.month is None:
        return first, dt.date(value.year, 12, 31)
    return first, dt.date(value.year, month, calendar.monthrange(value.year, month)[1])


@given(fuzzy_dates(), fuzzy_times())
def test_bounds_are_worked_out_once_and_agree_with_the_parts(date, time):
    assert (date.first, date.last) == _first_and_last(date)
    assert date.first is date.first
    assert date.last is date.last
    start = dt.datetime.combine(time.day, time.minute or dt.time())
    if time.minute is not None:
        end = start
    elif time.day == dt.date.max:
        end = dt.datetime.max
    else:
        end = start + dt.timedelta(days=1)
    assert (time.start, time.end) == (start, end)
    assert time.start is time.start
    assert time.end is time.end


@given(fuzzy_dates(), fuzzy_times())
def test_a_fuzzy_value_pickles_and_copies_with_its_bounds(date, time):
    for value in (date, time):
        for again in (pickle.loads(pickle.dumps(value)), copy.deepcopy(value)):
            assert again == value
            assert repr(again) == repr(value)
            assert hash(again) == hash(value)
    assert pickle.loads(pickle.dumps(date)).last == date.last
    assert pickle.loads(pickle.dumps(time)).end == time.end


def test_a_fuzzy_value_pickled_before_the_bounds_were_kept_still_loads():
    # Python's own state of a frozen slots dataclass: the list of its fields' values.
    date = FuzzyDate.__new__(FuzzyDate)
    date.__setstate__([2019, 2, None])  # type: ignore[arg-type]
    assert (date, date.last) == (FuzzyDate(2019, 2), dt.date(2019, 2, 28))
    time = FuzzyTime.__new__(FuzzyTime)
    time.__setstate__([dt.date(2019, 2, 3), None])  # type: ignore[arg-type]
    assert (time, time.end) == (FuzzyTime(dt.date(2019, 2, 3)), dt.datetime(2019, 2, 4))


@given(
    st.text(alphabet="0123456789-T:٣ \n", max_size=17)
    | st.builds(str, fuzzy_dates())
    | st.builds(str, fuzzy_times())
)
def test_parsing_accepts_exactly_the_strict_forms(text):
    def strict_date(text: str) -> FuzzyDate | None:
        parts = text.split("-")
        if [len(p) for p in parts] not in ([4], [4, 2], [4, 2, 2]):
            return None
        if not all(p.isascii() and p.isdigit() for p in parts):
            return None
        try:
            return FuzzyDate(*[int(p) for p in parts])
        except ValueError:
            return None

    def strict_time(text: str) -> FuzzyTime | None:
        day_text, t, minute = text[:10], text[10:11], text[11:]
        day = strict_date(day_text)
        if day is None or not day.is_exact or (text[10:] and (t != "T" or len(minute) != 5)):
            return None
        if not minute:
            return FuzzyTime(day.first)
        hours, colon, minutes = minute.partition(":")
        if not (colon and (hours + minutes).isascii() and (hours + minutes).isdigit()):
            return None
        if len(hours) != 2 or int(hours) > 23 or int(minutes) > 59:
            return None
        return FuzzyTime(day.first, dt.time(int(hours), int(minutes)))

    for parse, reference in ((FuzzyDate.parse, strict_date), (FuzzyTime.parse, strict_time)):
        expected = reference(text)
        if expected is None:
            with pytest.raises(ValueError, match="not "):
                parse(text)
        else:
            assert parse(text) == expected


@given(st.integers(1, 9999), st.integers(1, 12))
def test_days_in_month_is_what_the_calendar_says(year, month):
    assert fuzzy.days_in_month(year, month) == calendar.monthrange(year, month)[1]
