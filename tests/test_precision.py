"""Fuzzy values: whether their precision decides anything (issues 16 and 17).

The core says, for a date or time known only to the month or the day, whether a
more precise value could change the outcome or its route (``relevance.precision_matters``),
and the text output of such a case gives a decision or a clear "make this more
precise" in its first lines, never a result built on an invented value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cases.analysis import analyzer, relevance
from cases.cli import main as cli
from cases.files import resources
from cases.model import case_files, domain
from cases.model.domain import Action, ActionBy, ActionKind
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.rules import assumptions
from cases.rules.steps.common import Outcome
from tests.test_properties import app_settings, incidents

S = assumptions.DEFAULT_SETTINGS
MONTH_KNOWN = resources.path("examples/21-month-known-prompt-removal.json")
DAY_KNOWN = resources.path("examples/22-day-known-undetermined.json")


def _incident(path: Path, **changes: object) -> domain.Incident:
    (case,) = case_files.load_file(path).cases
    return dataclasses.replace(case.incident, **changes)


def _day(text: str) -> FuzzyTime:
    return FuzzyTime.parse(text)


# --- the core: does the precision matter? ----------------------------------------------


def test_a_month_after_the_regulation_took_effect_decides_nothing():
    inc = _incident(MONTH_KNOWN)  # 2019-03: every day of it is after 2017-10-08
    assert inc.date == FuzzyDate(2019, 3)
    assert analyzer.analyze(domain.Case(inc), S).outcome is Outcome.EXEMPT
    assert relevance.precision_matters(inc, "date", S) is False


def test_a_year_after_the_regulation_took_effect_decides_nothing():
    inc = _incident(MONTH_KNOWN, date=FuzzyDate(2019))
    assert relevance.precision_matters(inc, "date", S) is False


def test_the_month_straddling_2017_10_08_decides_the_case():
    inc = _incident(MONTH_KNOWN, date=FuzzyDate(2017, 10), discovered_at=_day("2017-10-18"))
    inc = dataclasses.replace(
        inc, actions=(Action(ActionKind.REMOVED_POSTER, _day("2017-10-18"), ActionBy.SELF),)
    )
    assert relevance.precision_matters(inc, "date", S) is True
    # The first day and the last day of the month give two outcomes.
    first = analyzer.analyze(domain.Case(dataclasses.replace(inc, date=FuzzyDate(2017, 10, 1))), S)
    last = analyzer.analyze(domain.Case(dataclasses.replace(inc, date=FuzzyDate(2017, 10, 31))), S)
    assert first.outcome is not last.outcome


def test_a_day_only_discovery_with_a_same_day_measure_decides_nothing():
    inc = _incident(MONTH_KNOWN)  # known 2019-03-18, the poster removed the same day
    assert inc.discovered_at == _day("2019-03-18")
    assert relevance.precision_matters(inc, "discovered_at", S) is False
    assert relevance.precision_matters(inc, "actions[0].at", S) is False
    assert relevance.precision_matters(inc, "actions[1].at", S) is False


def test_a_day_only_discovery_a_day_before_the_measure_decides_the_case():
    inc = _incident(DAY_KNOWN)  # known 2020-08-02, the poster removed 2020-08-03 18:00
    assert analyzer.analyze(domain.Case(inc), S).missing == ("discovered_at",)
    assert relevance.precision_matters(inc, "discovered_at", S) is True


def test_a_day_only_measure_time_two_days_later_needs_its_hour():
    inc = _incident(
        MONTH_KNOWN,
        discovered_at=_day("2019-03-05T20:00"),
        actions=(Action(ActionKind.REMOVED_POSTER, _day("2019-03-06")),),
    )
    # Removed on the next day: between 4 and 28 hours after knowing.
    assert relevance.precision_matters(inc, "actions[0].at", S) is True
    on_time = dataclasses.replace(
        inc, actions=(Action(ActionKind.REMOVED_POSTER, _day("2019-03-05")),)
    )
    assert relevance.precision_matters(on_time, "actions[0].at", S) is False


def test_the_route_that_depends_on_which_measure_came_first_needs_the_hour():
    # Both measures are prompt; which came first (the route) depends on the hour of
    # the removal, known only to the day.
    inc = _incident(
        MONTH_KNOWN,
        discovered_at=_day("2019-03-06T01:00"),
        actions=(
            Action(ActionKind.REMOVED_POSTER, _day("2019-03-06")),
            Action(ActionKind.REPORTED_PLATFORM, _day("2019-03-06T12:00")),
        ),
    )
    base = analyzer.analyze(domain.Case(inc), S)
    assert base.outcome is Outcome.EXEMPT
    assert relevance.precision_matters(inc, "actions[0].at", S) is True
    assert relevance.precision_matters(inc, "actions[1].at", S) is None  # exact already


def test_nothing_is_said_of_an_unknown_or_exact_value_or_one_the_outcome_never_reads():
    inc = _incident(MONTH_KNOWN, police_aware=FuzzyDate(2019, 4))
    assert relevance.precision_matters(inc, "last_seen", S) is None  # unknown
    assert relevance.precision_matters(inc, "police_aware", S) is None  # time limits only
    exact = _incident(MONTH_KNOWN, date=FuzzyDate(2019, 3, 5))
    assert relevance.precision_matters(exact, "date", S) is None
    assert relevance.precision_matters(inc, "actions[7].at", S) is None  # no such measure


def test_while_other_facts_leave_the_case_open_nothing_is_said_either_way():
    # Whether the person knew is unknown: the case is open whatever the day.
    inc = _incident(MONTH_KNOWN, knew=None)
    assert analyzer.analyze(domain.Case(inc), S).outcome is Outcome.UNDETERMINED
    assert relevance.precision_matters(inc, "date", S) is None


def test_the_verdict_is_said_in_words_for_a_date_and_for_a_time():
    month = _incident(MONTH_KNOWN)
    assert relevance.precision_verdict(month, "date", S, "zh") == ("——已足够：结论不取决于具体日期")
    assert relevance.precision_verdict(month, "date", S, "en") == (
        " — precise enough: the outcome does not depend on the exact day"
    )
    assert relevance.precision_verdict(month, "discovered_at", S, "zh") == (
        "——已足够：结论不取决于具体钟点"
    )
    day = _incident(DAY_KNOWN)
    assert relevance.precision_verdict(day, "discovered_at", S, "zh") == (
        "——需要更精确：结论取决于具体钟点"
    )
    assert relevance.precision_verdict(day, "discovered_at", S, "en") == (
        " — needs to be more precise: the outcome depends on the exact time of day"
    )
    straddling = _incident(MONTH_KNOWN, date=FuzzyDate(2017, 10))
    assert relevance.precision_verdict(straddling, "date", S, "zh") == (
        "——需要更精确：结论取决于具体日期"
    )
    assert relevance.precision_verdict(month, "last_seen", S, "zh") == ""


def _fuzzy_fields(inc: domain.Incident) -> list[str]:
    names = [n for n in ("date", "last_seen", "discovered_at") if getattr(inc, n) is not None]
    names += [f"actions[{i}].at" for i, a in enumerate(inc.actions or ()) if a.at is not None]
    return names


@settings(max_examples=150, deadline=None)
@given(incidents, app_settings)
def test_the_verdicts_of_all_fields_at_once_are_each_fields_own(inc, s):
    fields = [*_fuzzy_fields(inc), "police_aware", "member_count"]
    assert relevance.precision_verdicts(inc, fields, s, "en") == tuple(
        relevance.precision_verdict(inc, field, s, "en") for field in fields
    )


def test_the_verdicts_of_all_fields_decide_the_facts_once_and_only_when_needed(monkeypatch):
    decided = []
    decide = relevance.engine.decide

    def counting(*args, **kwargs):
        decided.append(args[0])
        return decide(*args, **kwargs)

    monkeypatch.setattr(relevance.engine, "decide", counting)
    day = _incident(DAY_KNOWN)
    fields = ("date", "last_seen", "discovered_at", "actions[0].at")
    relevance.precision_verdicts(day, fields, S)
    assert decided == [day]  # the ends are decided from the first step that reads them
    decided.clear()
    exact = _incident(DAY_KNOWN, discovered_at=None, date=FuzzyDate(2020, 5, 1), actions=())
    assert relevance.precision_verdicts(exact, fields, S) == ("", "", "", "")
    assert decided == []


def _made_precise(inc: domain.Incident, field: str, draw) -> domain.Incident:
    if field.startswith("actions["):
        index = int(field[len("actions[") : field.index("]")])
        actions = list(inc.actions or ())
        at = actions[index].at
        minute = draw(st.times()).replace(second=0, microsecond=0)
        actions[index] = dataclasses.replace(actions[index], at=FuzzyTime(at.day, minute))
        return dataclasses.replace(inc, actions=tuple(actions))
    value = getattr(inc, field)
    if isinstance(value, FuzzyTime):
        minute = draw(st.times()).replace(second=0, microsecond=0)
        return dataclasses.replace(inc, **{field: FuzzyTime(value.day, minute)})
    day = draw(st.dates(value.first, value.last))
    return dataclasses.replace(inc, **{field: FuzzyDate.exact(day)})


@settings(max_examples=200, deadline=None)
@given(incidents, app_settings, st.data())
def test_a_value_said_to_be_precise_enough_decides_the_same_however_it_is_made_precise(
    inc, s, data
):
    base = analyzer.analyze(domain.Case(inc), s, dt.date(2026, 11, 30))
    for field in _fuzzy_fields(inc):
        matters = relevance.precision_matters(inc, field, s)
        if field in base.missing:
            assert matters is True, field
        if matters is False:
            precise = _made_precise(inc, field, data.draw)
            again = analyzer.analyze(domain.Case(precise), s, dt.date(2026, 11, 30))
            assert again.outcome is base.outcome, field


# --- the text output of a month-known case with a day-only time of knowing ------------


def _case_file(tmp_path: Path, measure_at: str, date: str = "2019-03") -> Path:
    data = json.loads(MONTH_KNOWN.read_text(encoding="utf-8"))
    data["incident"].update(
        date=date,
        discovered_at="2019-03-05",
        actions=[{"kind": "removed_poster", "at": measure_at, "by": "self"}],
    )
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _first_lines(capsys, path: Path, lang: str = "zh") -> list[str]:
    args = ["analyze", str(path), "--analysis-date", "2026-11-30", "--lang", lang]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    head = out.split("什么会改变结论" if lang == "zh" else "What would change")[0]
    return head.splitlines()[:8]


@pytest.mark.parametrize("measure_at", ["2019-03-05", "2019-03-05T20:00", "2019-03-05T00:30"])
def test_a_month_and_a_day_only_time_with_a_same_day_measure_are_decided(
    capsys, tmp_path, measure_at
):
    lines = _first_lines(capsys, _case_file(tmp_path, measure_at))
    assert lines[1].startswith("结论："), lines
    assert "免责（已尽群管理责任）" in lines[1], lines  # decided: exempt (可能 or 很可能)
    assert "尚无法确定" not in lines[1]
    text = "".join(lines)
    # Nothing invented: no hour of knowing appears, and no day of the month.
    for invented in ("00:00", "23:59", "2019-03-01", "2019-03-31"):
        assert invented not in text


@pytest.mark.parametrize(
    ("measure_at", "needed"),
    [
        ("2019-03-06T12:00", ["此人知道的时间：需要更精确（已知 2019-03-05，需要到小时）"]),
        (
            "2019-03-07",
            [
                "此人知道的时间：需要更精确（已知 2019-03-05，需要到小时）",
                "需要更精确（已知 2019-03-07，需要到小时）",
            ],
        ),
    ],
)
def test_a_day_only_time_that_decides_says_make_it_more_precise_in_the_first_lines(
    capsys, tmp_path, measure_at, needed
):
    lines = _first_lines(capsys, _case_file(tmp_path, measure_at))
    assert lines[1] == "结论：尚无法确定", lines
    text = "".join(lines)
    for words in needed:
        assert words in text, (words, lines)
    assert "00:00" not in text
    assert "23:59" not in text


def test_a_month_straddling_2017_10_08_asks_for_the_day_in_the_first_lines(capsys, tmp_path):
    path = _case_file(tmp_path, "2019-03-05", date="2017-10")
    lines = _first_lines(capsys, path)
    assert lines[1] == "结论：尚无法确定", lines
    assert "需要更精确（已知 2017-10，需要到日）" in "".join(lines)
    lines = _first_lines(capsys, path, "en")
    assert "needs to be more precise (known: 2017-10; needs the day)" in " ".join(lines)
