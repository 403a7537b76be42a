"""Dates and times as volunteers write them: read without inventing, refused with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cases.model import fuzzy_text
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.model.fuzzy_text import Reading, TypedDateError, YearContext, YearSource

INCIDENT_2019 = YearContext(2019, YearSource.INCIDENT)
ANALYSIS_2026 = YearContext(2026, YearSource.ANALYSIS)
days = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))


def date(text: str, years: YearContext = ANALYSIS_2026) -> FuzzyDate:
    value = fuzzy_text.parse_date(text, years).value
    assert isinstance(value, FuzzyDate)
    return value


def time(text: str, years: YearContext = ANALYSIS_2026) -> FuzzyTime:
    value = fuzzy_text.parse_time(text, years).value
    assert isinstance(value, FuzzyTime)
    return value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2019", FuzzyDate(2019)),
        ("2019年", FuzzyDate(2019)),
        ("2019年3月", FuzzyDate(2019, 3)),
        ("2019-03", FuzzyDate(2019, 3)),
        ("2019-3", FuzzyDate(2019, 3)),
        ("2019.3", FuzzyDate(2019, 3)),
        ("2019/3", FuzzyDate(2019, 3)),
        ("2019-03-05", FuzzyDate(2019, 3, 5)),
        ("2019-3-5", FuzzyDate(2019, 3, 5)),
        ("2019/3/5", FuzzyDate(2019, 3, 5)),
        ("2019.03.05", FuzzyDate(2019, 3, 5)),
        ("2019年3月5日", FuzzyDate(2019, 3, 5)),
        ("2019年3月5号", FuzzyDate(2019, 3, 5)),
        (" 2019 年 3 月 ", FuzzyDate(2019, 3)),
        ("２０１９年３月", FuzzyDate(2019, 3)),
    ],
)
def test_a_date_is_read_in_the_forms_people_write(text, value):
    assert date(text) == value


def test_a_day_without_a_year_takes_the_incident_year_and_says_so():
    reading = fuzzy_text.parse_date("3月5日", INCIDENT_2019)
    assert reading.value == FuzzyDate(2019, 3, 5)
    assert reading.assumed_year == INCIDENT_2019
    assert "按案发日期取 2019 年" in fuzzy_text.describe(reading, "zh")
    assert "2019, the incident's year" in fuzzy_text.describe(reading, "en")


def test_without_an_incident_date_the_year_is_the_analysis_year():
    years = YearContext.of(None, dt.date(2026, 11, 30))
    assert years == ANALYSIS_2026
    assert YearContext.of(FuzzyDate(2019, 3), dt.date(2026, 11, 30)) == INCIDENT_2019
    reading = fuzzy_text.parse_time("3月5日", years)
    assert reading.value == FuzzyTime(dt.date(2026, 3, 5))
    assert "分析日所在的 2026 年" in fuzzy_text.describe(reading, "zh")


def test_a_year_written_is_never_replaced_by_the_context():
    reading = fuzzy_text.parse_date("2018年3月5日", INCIDENT_2019)
    assert reading.value == FuzzyDate(2018, 3, 5)
    assert reading.assumed_year is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2019-03-05", FuzzyTime(dt.date(2019, 3, 5))),
        ("2019-03-05 晚上", FuzzyTime(dt.date(2019, 3, 5))),
        ("2019年3月5日晚上", FuzzyTime(dt.date(2019, 3, 5))),
        ("2019年3月5日 凌晨", FuzzyTime(dt.date(2019, 3, 5))),
        ("2019年3月5日 20:30", FuzzyTime(dt.date(2019, 3, 5), dt.time(20, 30))),
        ("2019-03-05T09:00", FuzzyTime(dt.date(2019, 3, 5), dt.time(9, 0))),
        ("2019-03-05 8点", FuzzyTime(dt.date(2019, 3, 5), dt.time(8, 0))),
        ("2019-03-05 8点5分", FuzzyTime(dt.date(2019, 3, 5), dt.time(8, 5))),
        ("2019-03-05 9时30分", FuzzyTime(dt.date(2019, 3, 5), dt.time(9, 30))),
        ("3月5日下午3点", FuzzyTime(dt.date(2019, 3, 5), dt.time(15, 0))),
        ("3月5日下午3点半", FuzzyTime(dt.date(2019, 3, 5), dt.time(15, 30))),
        ("3月5日晚上8点", FuzzyTime(dt.date(2019, 3, 5), dt.time(20, 0))),
        ("3月5日晚上20:15", FuzzyTime(dt.date(2019, 3, 5), dt.time(20, 15))),
        ("3月5日中午12点", FuzzyTime(dt.date(2019, 3, 5), dt.time(12, 0))),
        ("3月5日中午1点", FuzzyTime(dt.date(2019, 3, 5), dt.time(13, 0))),
        ("3月5日凌晨2点", FuzzyTime(dt.date(2019, 3, 5), dt.time(2, 0))),
        ("3月5日上午10点", FuzzyTime(dt.date(2019, 3, 5), dt.time(10, 0))),
        ("2019-03-05 ２０：３０", FuzzyTime(dt.date(2019, 3, 5), dt.time(20, 30))),
    ],
)
def test_a_time_is_read_in_the_forms_people_write(text, value):
    assert time(text, INCIDENT_2019) == value


def test_a_part_of_the_day_is_the_whole_day_and_not_an_invented_hour():
    reading = fuzzy_text.parse_time("2019-03-05 晚上", INCIDENT_2019)
    assert reading.value == FuzzyTime.whole_day(dt.date(2019, 3, 5))
    assert not reading.value.is_exact
    assert reading.part_of_day == "晚上"
    assert fuzzy_text.describe(reading, "zh") == "2019-03-05（只知道日期；“晚上”不折算成钟点）"
    assert "day only" in fuzzy_text.describe(reading, "en")


def test_a_date_field_keeps_the_day_of_a_time_and_says_the_time_is_left_out():
    reading = fuzzy_text.parse_date("2019-03-05 20:30", ANALYSIS_2026)
    assert reading.value == FuzzyDate(2019, 3, 5)
    assert reading.time_left_out
    assert "只记日期" in fuzzy_text.describe(reading, "zh")


@pytest.mark.parametrize(
    ("value", "zh", "en"),
    [
        (FuzzyDate(2019), "约 2019 年（只知道年份）", "about 2019 (year only)"),
        (FuzzyDate(2019, 3), "约 2019 年 3 月（只知道月份）", "about March 2019 (month only)"),
        (FuzzyDate(2019, 3, 5), "2019-03-05（具体日期）", "2019-03-05 (exact day)"),
        (FuzzyTime(dt.date(2019, 3, 5)), "2019-03-05（只知道日期）", "2019-03-05 (day only)"),
        (
            FuzzyTime(dt.date(2019, 3, 5), dt.time(20, 30)),
            "2019-03-05 20:30（具体时刻）",
            "2019-03-05 20:30 (exact time)",
        ),
    ],
)
def test_the_precision_is_said_in_words(value, zh, en):
    assert fuzzy_text.describe(value, "zh") == zh
    assert fuzzy_text.describe(value, "en") == en


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("3月32日", "看不懂“3月32日”：3 月没有 32 日", "March has no day 32"),
        ("2019-02-29", "2019 年 2 月没有 29 日", "February 2019 has no day 29"),
        ("2019-13", "没有 13 月", "no month 13"),
        ("2019年13月", "没有 13 月", "no month 13"),
        ("0000", "没有公元 0 年", "no year 0"),
        ("2019-0", "没有 0 月", "no month 0"),
        ("3-5", "说不清是几月几日", "cannot be told apart"),
        ("3/5", "说不清是几月几日", "cannot be told apart"),
        ("下午3点", "请同时写上是哪一天", "write the day too"),
        ("20:30", "请同时写上是哪一天", "write the day too"),
        ("晚上", "请同时写上是哪一天", "write the day too"),
        ("2019-03 晚上", "请写上是哪一天", "needs the day"),
        ("2019-03-05 25:00", "没有 25 点", "no hour 25"),
        ("2019-03-05 24:00", "第二天的 0 点", "next day"),
        ("2019-03-05 8点61分", "一小时没有 61 分", "no minute 61"),
        ("3月5日上午15点", "“上午”和 15 点对不上", "does not fit 15"),
        ("3月5日晚上12点", "说不清是哪一天", "either day"),
        ("3月5日晚上1点", "说不清是哪一天", "either day"),
        ("19", "请写成 2019-03-05", "write it as 2019-03-05"),
        ("201", "请写成", "write it as"),
        ("yesterday", "请写成", "write it as"),
        ("2019-03-05 8", "请写成", "write it as"),
    ],
)
def test_what_cannot_be_read_is_refused_naming_what_is_wrong(text, zh, en):
    for parse in (fuzzy_text.parse_date, fuzzy_text.parse_time):
        with pytest.raises(TypedDateError) as caught:
            parse(text, INCIDENT_2019)
        assert zh in caught.value.text("zh")
        assert en in caught.value.text("en")
        assert caught.value.text("zh").startswith("看不懂“")


def test_a_time_field_needs_the_day_at_least():
    for text in ("2019", "2019-03", "2019年3月", "3月"):
        with pytest.raises(TypedDateError, match="至少要写到哪一天"):
            fuzzy_text.parse_time(text, INCIDENT_2019)


def test_a_long_paste_is_not_repeated_whole_in_the_message():
    with pytest.raises(TypedDateError) as caught:
        fuzzy_text.parse_date("x" * 5000, INCIDENT_2019)
    assert len(caught.value.text("zh")) < 120


@given(st.text(max_size=30))
def test_any_text_is_read_or_refused_with_a_message_never_a_crash(text):
    for parse in (fuzzy_text.parse_date, fuzzy_text.parse_time):
        messages = ()
        try:
            reading = parse(text, INCIDENT_2019)
        except TypedDateError as error:
            messages = (error.text("zh"), error.text("en"))
        else:
            assert isinstance(reading, Reading)
        if messages:
            assert messages[0].startswith("看不懂")
            assert messages[1].startswith("Cannot read")


@given(days, st.sampled_from(["{y:04d}-{m:02d}-{d:02d}", "{y:04d}年{m}月{d}日", "{y:04d}/{m}/{d}"]))
def test_every_real_day_reads_back_in_each_form(day, form):
    text = form.format(y=day.year, m=day.month, d=day.day)
    assert date(text) == FuzzyDate.exact(day)
    assert time(text) == FuzzyTime.whole_day(day)


@given(days, st.sampled_from(["{y:04d}-{m:02d}", "{y:04d}年{m}月", "{y:04d}.{m}"]))
def test_every_month_reads_back_in_each_form(day, form):
    assert date(form.format(y=day.year, m=day.month)) == FuzzyDate(day.year, day.month)


@given(days, st.integers(0, 23), st.integers(0, 59))
def test_every_minute_reads_back_as_the_window_shows_it(day, hour, minute):
    value = FuzzyTime(day, dt.time(hour, minute))
    assert time(f"{value.date} {hour:02d}:{minute:02d}") == value
    assert time(f"{day.year:04d}年{day.month}月{day.day}日{hour}点{minute}分") == value


@given(st.integers(1, 11), st.integers(0, 59))
def test_afternoon_hours_are_the_hours_after_noon(hour, minute):
    value = time(f"3月5日下午{hour}点{minute}分", INCIDENT_2019)
    assert value.minute == dt.time(hour + 12, minute)


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 31))
def test_a_day_without_a_year_is_that_day_of_the_context_year_or_refused(year, month, day):
    years = YearContext(year, YearSource.INCIDENT)
    try:
        expected = FuzzyDate(year, month, day)
    except ValueError:
        with pytest.raises(TypedDateError, match="没有"):
            fuzzy_text.parse_date(f"{month}月{day}日", years)
    else:
        reading = fuzzy_text.parse_date(f"{month}月{day}日", years)
        assert reading.value == expected
        assert reading.assumed_year == years
