"""Property-based tests: any valid case gets exactly one outcome, never an exception, and
answering a missing fact never leaves it missing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cases.analysis import analyzer
from cases.model import case_files, date_checks, domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.rules import assumptions, engine
from cases.rules.steps.common import Outcome, Status
from tests import strategies
from tests.strategies import contents, maybe

TODAY = dt.date(2026, 11, 28)


def fuzzy_dates(days):
    """A year, a month or a day (format version 2), each drawn from ``days``."""
    return st.one_of(
        days.map(FuzzyDate.exact),
        days.map(lambda d: FuzzyDate(d.year, d.month)),
        days.map(lambda d: FuzzyDate(d.year)),
    )


def fuzzy_times(moments):
    """A minute or a whole day, each drawn from ``moments``."""
    return st.one_of(
        moments.map(FuzzyTime.exact), moments.map(lambda d: FuzzyTime.whole_day(d.date()))
    )


exact_dates = st.dates(dt.date(2015, 1, 1), dt.date(2027, 12, 31))
exact_datetimes = st.datetimes(dt.datetime(2015, 1, 1), dt.datetime(2027, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
dates = fuzzy_dates(exact_dates)
datetimes = fuzzy_times(exact_datetimes)
actions = strategies.actions(datetimes)
incidents = strategies.incidents(dates, datetimes)
app_settings = st.builds(assumptions.Settings, st.integers(2, 50), st.floats(1, 240))


@settings(max_examples=400, deadline=None)
@given(incidents, app_settings)
def test_exactly_one_outcome_and_consistent_steps(inc, s):
    result = analyzer.analyze(domain.Case(inc), s, TODAY)
    assert isinstance(result.outcome, Outcome)
    assert (result.route is None) == (result.outcome in engine.ROUTELESS)
    assert bool(result.missing) == (result.outcome is Outcome.UNDETERMINED)
    statuses = [step.status for step in result.steps[:6]]
    stops = [x for x in statuses if x in (Status.CONCLUDED, Status.UNKNOWN)]
    assert len(stops) == 1
    stop = statuses.index(stops[0])
    assert all(x is Status.PASSED for x in statuses[:stop])
    assert all(x is Status.NOT_REACHED for x in statuses[stop + 1 :])
    assert result.steps[6].status is Status.PASSED
    for name in result.missing:
        top = name.split("[")[0]
        assert top in domain.INCIDENT_FIELDS
    json.dumps(result.to_json("zh"), ensure_ascii=False)
    json.dumps(result.to_json("en"), ensure_ascii=False)


def _answer(inc: domain.Incident, name: str, data) -> domain.Incident:
    if name.startswith("actions["):
        index = int(name[len("actions[") : name.index("]")])
        acts = list(inc.actions or ())
        acts[index] = dataclasses.replace(
            acts[index], at=FuzzyTime.exact(data.draw(exact_datetimes))
        )
        return dataclasses.replace(inc, actions=tuple(acts))
    # An answer is a precise value: a month or a day would leave the fact open.
    strategies = {
        "date": exact_dates.map(FuzzyDate.exact),
        "chat_kind": st.sampled_from(domain.ChatKind),
        "member_count": st.integers(2, 5000),
        "content": contents,
        "role": st.sampled_from(domain.Role),
        "poster": st.sampled_from(domain.Poster),
        "discovered_at": exact_datetimes.map(FuzzyTime.exact),
        "actions": actions,
        "group_purpose": st.sampled_from(domain.GroupPurpose),
        "last_seen": exact_dates.map(FuzzyDate.exact),
    }
    return dataclasses.replace(inc, **{name: data.draw(strategies.get(name, st.booleans()))})


@settings(max_examples=400, deadline=None)
@given(incidents, app_settings, st.data())
def test_answering_a_missing_fact_never_leaves_it_missing(inc, s, data):
    decision = engine.decide(inc, s)
    for name in decision.missing:
        answered = engine.decide(_answer(inc, name, data), s)
        assert name not in answered.missing


@settings(max_examples=300, deadline=None)
@given(incidents, app_settings)
def test_what_if_entries_really_change_the_outcome(inc, s):
    base = engine.decide(inc, s)
    result = analyzer.analyze(domain.Case(inc), s, TODAY)
    for entry in result.what_if:
        assert entry.change[0].startswith("如果")
        if entry.field == "police_aware":  # a time limit changes, not the outcome
            assert entry.outcome is base.outcome
            assert "结论不变" in entry.change[0]
            continue
        assert entry.outcome is not base.outcome
        assert "结论将变为" in entry.change[0]


def case_files_refuse(inc: domain.Incident) -> bool:
    """Whether a case file may not hold these facts (``last_seen`` before ``date``)."""
    return bool(date_checks.refusals(inc))


@settings(max_examples=200, deadline=None)
@given(incidents.filter(lambda inc: not case_files_refuse(inc)))
def test_cases_round_trip_through_the_file_format(inc):
    case = domain.Case(inc, title="标题 <&>", notes="笔记\n😀")
    (again,) = case_files.parse_text(case_files.dumps([case]), "x.json").cases
    assert again == case


@settings(max_examples=200, deadline=None)
@given(incidents, app_settings)
def test_a_prompt_strong_measure_exempts_an_owner_who_knew(inc, s):
    base = engine.decide(inc, s)
    if base.step < 5 or inc.knew is not True or inc.discovered_at is None:
        return
    if not inc.discovered_at.is_exact:
        return  # the v1 rules count a day's measure from an unknown time
    acted = dataclasses.replace(
        inc,
        actions=(
            *(inc.actions or ()),
            domain.Action(domain.ActionKind.REMOVED_POSTER, inc.discovered_at),
        ),
        timely=None,
    )
    assert engine.decide(acted, s).outcome is Outcome.EXEMPT


any_days = st.dates() | st.sampled_from([dt.date.min, dt.date.max])
any_dates = fuzzy_dates(any_days)
any_datetimes = fuzzy_times(
    st.datetimes().map(lambda d: d.replace(second=0, microsecond=0))
    | st.sampled_from([dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59)])
)
stored_incidents = st.builds(
    dataclasses.replace,
    incidents,
    date=maybe(any_dates),
    last_seen=maybe(any_dates),
    police_aware=maybe(any_dates),
    discovered_at=maybe(any_datetimes),
    actions=maybe(
        st.lists(
            st.builds(
                domain.Action,
                st.sampled_from(domain.ActionKind),
                maybe(any_datetimes),
                st.sampled_from(domain.ActionBy),
            ),
            max_size=3,
        ).map(tuple)
    ),
)


@settings(max_examples=400, deadline=None)
@given(stored_incidents, app_settings, any_days)
def test_a_stored_case_with_any_year_is_analysed_and_a_year_out_of_range_is_warned_of(
    inc, s, today
):
    # Cases saved before the format's years were checked may hold any date Python has.
    result = analyzer.analyze(domain.Case(inc), s, today)
    warned = " ".join(w[1] for w in result.warnings)
    for _field, value in domain.dates_out_of_range(inc, today):
        assert value in warned
    json.dumps(result.to_json("zh"), ensure_ascii=False)


def test_a_stored_case_known_at_the_last_minute_python_has_still_gets_its_what_if_list():
    last = FuzzyTime.exact(dt.datetime(9999, 12, 31, 23, 59))
    inc = domain.Incident(
        date=FuzzyDate(2019, 5, 1),
        platform=domain.Platform.WECHAT,
        chat_kind=domain.ChatKind.GROUP,
        member_count=300,
        family_only=False,
        group_purpose=domain.GroupPurpose.ORDINARY,
        role=domain.Role.CREATOR,
        poster=domain.Poster.OTHER,
        participated=False,
        content=(domain.Content.INSULT_DEFAMATION,),
        persistent=True,
        knew=True,
        discovered_at=last,
        rules_before_incident=False,
        actions=(),
    )
    result = analyzer.analyze(domain.Case(inc), assumptions.DEFAULT_SETTINGS, TODAY)
    assert result.outcome is Outcome.NOT_EXEMPT
    assert any(w.outcome is Outcome.EXEMPT for w in result.what_if)
    assert any("9999-12-31T23:59" in w[1] for w in result.warnings)


@given(incidents, incidents, st.sets(st.sampled_from(domain.INCIDENT_FIELDS)))
def test_a_copy_with_facts_replaced_is_what_dataclasses_replace_gives(inc, other, names):
    changes = {name: getattr(other, name) for name in names}
    assert domain.with_facts(inc, **changes) == dataclasses.replace(inc, **changes)
    assert domain.with_facts(inc, not_a_fact=1) == inc
