"""Property tests of the v2 engine on fuzzy facts: one outcome, never an exception;
answering a missing fact never leaves it missing; making a fuzzy value precise never
changes a decided outcome, and never leaves a fuzzy field it made precise named."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cases.model import domain, fuzzy
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.rules import assumptions, engine, explain, summary
from cases.rules.steps.common import Outcome, Status
from tests import strategies
from tests.strategies import contents, maybe

TODAY = dt.date(2026, 11, 28)


days = st.dates(dt.date(2015, 1, 1), dt.date(2027, 12, 31))
fuzzy_dates = st.one_of(
    days.map(FuzzyDate.exact),
    days.map(lambda d: FuzzyDate(d.year, d.month)),
    days.map(lambda d: FuzzyDate(d.year)),
    # around the day the Regulation took effect, where precision decides most
    st.sampled_from([FuzzyDate(2017), FuzzyDate(2017, 10), FuzzyDate(2017, 9), FuzzyDate(2020, 3)]),
)
minutes = st.datetimes(dt.datetime(2015, 1, 1), dt.datetime(2027, 12, 31)).map(
    lambda d: FuzzyTime.exact(d)
)
near = st.integers(0, 24 * 6).map(
    lambda h: FuzzyTime.exact(dt.datetime(2020, 6, 1, 10) + dt.timedelta(hours=h))
)
fuzzy_times = st.one_of(
    minutes,
    near,
    minutes.map(lambda t: FuzzyTime(t.day)),
    near.map(lambda t: FuzzyTime(t.day)),
)
actions = strategies.actions(fuzzy_times)
incidents = strategies.incidents(
    fuzzy_dates,
    fuzzy_times,
    forwards=st.integers(0, 10_000),
    views=st.integers(0, 100_000),
).filter(
    # valid cases only: the file checks refuse last_seen wholly before date
    lambda inc: (
        inc.date is None
        or inc.last_seen is None
        or fuzzy.date_before(inc.last_seen, inc.date) is not True
    )
)
app_settings = st.builds(
    assumptions.Settings, st.integers(2, 50), st.floats(1, 240), st.floats(1, 480)
)


@settings(max_examples=500, deadline=None)
@given(incidents, app_settings)
def test_any_case_gets_one_outcome_and_a_consistent_account(inc, s):
    d = engine.decide(inc, s)
    assert (d.route is None) == (d.outcome in engine.ROUTELESS)
    assert bool(d.missing) == (d.outcome is Outcome.UNDETERMINED)
    assert bool(d.basis) == (d.outcome is not Outcome.UNDETERMINED)
    statuses = [r.status for r in d.steps]
    assert statuses[: d.step] == [Status.PASSED] * d.step
    assert statuses[d.step] in (Status.CONCLUDED, Status.UNKNOWN)
    assert all(x is Status.NOT_REACHED for x in statuses[d.step + 1 :])
    for name in d.missing:
        assert name.split("[")[0] in domain.INCIDENT_FIELDS
    steps = explain.steps(inc, d, s, TODAY)
    assert [x.id for x in steps] == ["S1", "S2", "S3", "S4", "S5", "S6", "S7"]
    text = summary.summary(inc, d)
    assert text[0]
    assert text[1]
    json.dumps([x.to_json("en") for x in steps], ensure_ascii=False)


def _answer(inc: domain.Incident, name: str, data) -> domain.Incident:
    if name.startswith("actions["):
        index = int(name[len("actions[") : name.index("]")])
        acts = list(inc.actions or ())
        acts[index] = dataclasses.replace(acts[index], at=data.draw(minutes))
        return dataclasses.replace(inc, actions=tuple(acts))
    strategies = {
        "date": days.map(FuzzyDate.exact),
        "last_seen": days.map(FuzzyDate.exact),
        "chat_kind": st.sampled_from(domain.ChatKind),
        "member_count": st.integers(2, 5000),
        "content": contents,
        "role": st.sampled_from(domain.Role),
        "poster": st.sampled_from(domain.Poster),
        "group_purpose": st.sampled_from(domain.GroupPurpose),
        "discovered_at": minutes,
        "actions": actions,
    }
    return dataclasses.replace(inc, **{name: data.draw(strategies.get(name, st.booleans()))})


@settings(max_examples=500, deadline=None)
@given(incidents, app_settings, st.data())
def test_answering_a_missing_fact_never_leaves_it_missing(inc, s, data):
    decision = engine.decide(inc, s)
    for name in decision.missing:
        answered = engine.decide(_answer(inc, name, data), s)
        assert name not in answered.missing


def _precise_date(value: FuzzyDate, data, low=None, high=None) -> FuzzyDate:
    first = max(value.first, low or value.first)
    last = min(value.last, high or value.last)
    return FuzzyDate.exact(data.draw(st.dates(first, max(first, last))))


def _precise_time(value: FuzzyTime, data) -> FuzzyTime:
    if value.is_exact:
        return value
    minute = data.draw(st.integers(0, 24 * 60 - 1))
    return FuzzyTime(value.day, dt.time(minute // 60, minute % 60))


def _fuzzy_fields(inc: domain.Incident) -> list[str]:
    out = [n for n in ("date", "last_seen") if getattr(inc, n) and not getattr(inc, n).is_exact]
    if inc.discovered_at is not None and not inc.discovered_at.is_exact:
        out.append("discovered_at")
    out += [
        f"actions[{i}].at"
        for i, a in enumerate(inc.actions or ())
        if a.at is not None and not a.at.is_exact
    ]
    return out


def _make_precise(inc: domain.Incident, name: str, data) -> domain.Incident:
    # A valid case never has last_seen wholly before date: the precise value keeps it so.
    if name == "date":
        high = inc.last_seen.last if inc.last_seen else None
        return dataclasses.replace(inc, date=_precise_date(inc.date, data, high=high))
    if name == "last_seen":
        low = inc.date.first if inc.date else None
        return dataclasses.replace(inc, last_seen=_precise_date(inc.last_seen, data, low=low))
    if name == "discovered_at":
        return dataclasses.replace(inc, discovered_at=_precise_time(inc.discovered_at, data))
    index = int(name[len("actions[") : name.index("]")])
    acts = list(inc.actions or ())
    acts[index] = dataclasses.replace(acts[index], at=_precise_time(acts[index].at, data))
    return dataclasses.replace(inc, actions=tuple(acts))


@settings(max_examples=500, deadline=None)
@given(incidents, app_settings, st.data())
def test_making_a_fuzzy_value_precise_never_changes_a_decided_outcome(inc, s, data):
    base = engine.decide(inc, s)
    if base.outcome is Outcome.UNDETERMINED:
        return
    for name in _fuzzy_fields(inc):
        again = engine.decide(_make_precise(inc, name, data), s)
        assert again.outcome is base.outcome, name


@settings(max_examples=500, deadline=None)
@given(incidents, app_settings, st.data())
def test_a_fuzzy_field_named_as_missing_is_no_longer_named_once_precise(inc, s, data):
    base = engine.decide(inc, s)
    for name in set(base.missing) & set(_fuzzy_fields(inc)):
        again = engine.decide(_make_precise(inc, name, data), s)
        assert name not in again.missing


@settings(max_examples=300, deadline=None)
@given(incidents, app_settings, st.data())
def test_re_deciding_from_the_first_step_that_reads_a_changed_fact_equals_deciding_anew(
    inc, s, data
):
    from cases.rules.engine import FACT_STEP

    base = engine.decide(inc, s)
    name = data.draw(
        st.sampled_from(
            ["actions", "timely", "recurred_after_warning", "knew", "noticeable", "role", "content"]
        )
    )
    value = {
        "actions": actions,
        "content": maybe(contents),
        "role": maybe(st.sampled_from(domain.Role)),
    }.get(name, maybe(st.booleans()))
    changed = dataclasses.replace(inc, **{name: data.draw(value)})
    fresh = engine.decide(changed, s)
    reused = engine.decide_changed(changed, s, base, FACT_STEP[name])
    assert reused == fresh
