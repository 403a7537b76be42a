"""S7 and S8 as the JSON shows them, and the time-limit arithmetic of the spec's vectors."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cases.model.fuzzy import FuzzyDate
from cases.rules.steps import time_limits
from cases.rules.steps.time_limits import Concerns, LimitStatus
from tests.test_consequences_cases import DATA, analyse


def exact_end(day: str) -> time_limits.ConductEnd:
    return time_limits.conduct_end(FuzzyDate.parse(day), None, False)


@pytest.mark.parametrize(
    ("start", "kind", "until"),
    [
        ("2019-06-10", "administrative", "2019-12-10"),
        ("2019-08-31", "administrative", "2020-02-29"),
        ("2020-02-29", "civil", "2023-02-28"),
    ],
)
def test_the_spec_vectors_give_the_last_day(start, kind, until):
    end = exact_end(start)
    today = dt.date(2019, 1, 1)
    if kind == "administrative":
        limit = time_limits.administrative(end, None, Concerns.POSTER, today)
    else:
        limit = time_limits.civil(end, today)
    entry = time_limits.explain(limit).to_json("zh")
    assert entry["from"] == start
    assert entry["until"] == until
    assert entry["status"] == "running"


def test_a_fuzzy_police_date_decides_only_when_it_lies_on_one_side():
    end = exact_end("2022-05-10")
    today = dt.date(2026, 1, 1)
    status = {
        police: time_limits.administrative(
            end, FuzzyDate.parse(police), Concerns.POSTER, today
        ).status
        for police in ("2022-11-10", "2022-11-11", "2022-11", "2022")
    }
    assert status == {
        "2022-11-10": LimitStatus.NOT_BARRED,
        "2022-11-11": LimitStatus.EXPIRED,
        "2022-11": LimitStatus.UNCLEAR,
        "2022": LimitStatus.UNCLEAR,
    }


@pytest.mark.parametrize(
    ("years", "life", "limit"),
    [(2, False, 5), (5, False, 10), (7, False, 10), (10, False, 15), (None, True, 20)],
)
def test_article_87_maps_the_statutory_maximum_to_the_limit(years, life, limit):
    from cases.law.library import MaximumSentence

    assert time_limits.limit_years(MaximumSentence(years, life)) == limit


def case(name):
    return next(c for c in DATA["cases"] if c["name"].startswith(name))


def test_flags_in_json_carry_kind_concerns_and_compare_in_both_languages():
    _inc, s7, _civil = analyse(case("2025 年的谣言在 2026 年分析"))
    flag = next(f for f in s7.flags if f.citation.article == "第二十五条")
    zh, en = flag.to_json("zh"), flag.to_json("en")
    assert zh["kind"] == "administrative"
    assert zh["concerns"] == "poster"
    assert zh["compare"]["version"] == "2025"
    assert zh["compare"]["article"] == "第二十九条"
    assert zh["text"].startswith("有下列行为之一的")
    assert zh["why"] != en["why"]
    assert "old law" in en["why"].lower()


def test_a_criminal_time_limit_in_json_gives_both_brackets():
    _inc, s7, _civil = analyse(case("刑法追诉期限：基本幅度已过"))
    entry = next(t for t in s7.time_limits if t.limit.kind.value == "criminal").to_json("en")
    assert entry["article"] == "第八十七条"
    assert entry["offence"]["article"] == "第二百九十一条之一"
    assert entry["period"] == "5 years"
    assert entry["period_most_serious"] == "10 years"
    assert entry["until"] == "2024-06-01"
    assert entry["until_most_serious"] == "2029-06-01"
    assert entry["status"] == "unclear"
    assert "how serious" in entry["finding"]


def test_civil_in_json_has_status_finding_and_marked_citations():
    _inc, _s7, civil = analyse(case("民事：网络服务提供者问题"))
    zh, en = civil.to_json("zh"), civil.to_json("en")
    assert zh["status"] == en["status"] == "possible"
    assert "网络服务提供者" in zh["finding"]
    assert "network service provider" in en["finding"]
    levels = {c["level"] for c in zh["citations"]}
    assert {"law", "court_practice", "assumption"} <= levels
    assert all(c["verified"] for c in zh["citations"] if c["level"] == "law")
    assert not any("sources-zh" in c["text"] for c in zh["citations"])


def test_an_unknown_emergency_makes_the_crime_a_condition():
    _inc, s7, _civil = analyse(case("日期不详"))
    flag = next(f for f in s7.flags if f.citation.article == "第二百九十一条之一")
    assert "尚不清楚" not in flag.why[0]  # rumor_emergency is true there
    entry = dict(case("2025 年的谣言在 2026 年分析"))
    entry["facts"] = {**entry["facts"], "rumor_emergency": None}
    _inc, s7, _civil = analyse(entry)
    flag = next(f for f in s7.flags if f.citation.article == "第二百九十一条之一")
    assert "尚不清楚" in flag.why[0]
    assert "unknown" in flag.why[1]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_time_limits_and_the_civil_question_as_bytes_are_their_json_in_utf8(lang):
    """A batch's JSON takes them as bytes, the citations' texts encoded once: the same text."""
    kinds = set()
    for entry in DATA["cases"]:
        _, consequences, civil = analyse(entry)
        for shown in (*consequences.time_limits, civil):
            expected = json.dumps(shown.to_json(lang), ensure_ascii=False).encode("utf-8")
            assert shown.json_bytes(lang) == expected
        kinds |= {t.limit.kind for t in consequences.time_limits}
    assert kinds == set(time_limits.ConsequenceKind)  # criminal ones with their offence
