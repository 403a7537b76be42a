"""What would change the outcome: the changes listed, and only those that change it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cases.analysis import analyzer, whatif
from cases.model import domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.rules import assumptions, engine
from cases.rules.steps import s6_duty_of_care
from cases.rules.steps.common import Outcome, Route
from tests import strategies

TODAY = dt.date(2026, 11, 28)
KNEW_DID_NOTHING = domain.Incident(
    date=FuzzyDate(2022, 5, 1),
    chat_kind=domain.ChatKind.GROUP,
    member_count=100,
    family_only=False,
    role=domain.Role.CREATOR,
    poster=domain.Poster.OTHER,
    participated=False,
    content=(domain.Content.INSULT_DEFAMATION,),
    knew=True,
    discovered_at=FuzzyTime.exact(dt.datetime(2022, 5, 1, 9, 0)),
    rules_before_incident=False,
    actions=(),
)


def what_if(inc, s=assumptions.DEFAULT_SETTINGS):
    return analyzer.analyze(domain.Case(inc), s, TODAY).what_if


def test_a_prompt_measure_is_offered_to_an_owner_who_did_nothing():
    changes = {w.change[0]: w for w in what_if(KNEW_DID_NOTHING)}
    entry = changes[
        "如果群主在发现后 24 小时内将发布者移出群聊，结论将变为：很可能免责（已尽群管理责任），"
        "途径：及时将发布者移出群聊"
    ]
    assert entry.outcome is Outcome.EXEMPT
    assert entry.route is Route.REMOVED_POSTER
    assert any("向平台举报" in c for c in changes)
    assert any("警告" in c and "未再出现" in c for c in changes)
    outcome_changes = [w for w in changes.values() if w.field != "police_aware"]
    assert all(w.outcome is not Outcome.NOT_EXEMPT for w in outcome_changes)


def test_the_window_setting_shows_in_the_change():
    changes = [
        w.change[0] for w in what_if(KNEW_DID_NOTHING, assumptions.Settings(timely_window_hours=48))
    ]
    assert any("48 小时内" in c for c in changes)


def test_noticeable_is_offered_either_way_to_an_owner_who_did_not_know_of_a_persistent_post():
    inc = dataclasses.replace(KNEW_DID_NOTHING, knew=False, discovered_at=None, persistent=True)
    entries = {w.route: w for w in what_if(inc) if w.field == "noticeable"}
    assert entries[Route.SHOULD_HAVE_KNOWN].outcome is Outcome.NOT_EXEMPT
    assert entries[Route.UNAWARE_ISOLATED].outcome is Outcome.EXEMPT
    assert "可能免责" in entries[Route.UNAWARE_ISOLATED].change[0]


def test_unknown_facts_answered_either_way():
    inc = dataclasses.replace(KNEW_DID_NOTHING, knew=None)
    entries = what_if(inc)
    knew = {w.outcome for w in entries if w.field == "knew"}
    assert Outcome.NOT_EXEMPT in knew  # knew: yes → nothing was done


def test_nothing_is_listed_when_no_single_change_matters():
    inc = dataclasses.replace(
        KNEW_DID_NOTHING,
        date=FuzzyDate(2016, 1, 1),
        persistent=False,
        police_aware=FuzzyDate(2016, 2, 1),  # the police knew in time: no time limit to save
    )
    assert what_if(inc) == ()


def test_the_police_learning_of_it_in_time_is_offered_when_a_time_limit_has_run_out():
    inc = dataclasses.replace(KNEW_DID_NOTHING, date=FuzzyDate(2016, 1, 1), persistent=False)
    (entry,) = what_if(inc)
    assert entry.field == "police_aware"
    assert entry.outcome is Outcome.NOT_IN_FORCE
    assert "2016-07-01" in entry.change[0]
    assert "结论不变" in entry.change[0]
    assert "time limit" in entry.change[1]


def test_english_text():
    entry = what_if(KNEW_DID_NOTHING)[0]
    assert entry.change[1].startswith("If ")
    assert "the outcome would be" in entry.change[1]


def _direct(inc, s=assumptions.DEFAULT_SETTINGS):
    from cases.analysis import whatif

    return whatif.what_if(inc, engine.decide(inc, s), s)


def test_a_prompt_measure_by_another_manager_is_offered_and_says_who():
    entries = [w for w in _direct(KNEW_DID_NOTHING) if "其他管理者" in w.change[0]]
    removed = [w for w in entries if "将发布者移出群聊" in w.change[0]]
    assert removed
    assert removed[0].outcome is Outcome.EXEMPT
    # another manager's measure rests on an assumption: the label says 可能
    assert "结论将变为：可能免责" in removed[0].change[0]
    assert "another manager" in removed[0].change[1]


def test_a_fuzzy_date_named_as_missing_is_offered_made_precise_at_either_end():
    from cases.model.fuzzy import FuzzyDate

    inc = dataclasses.replace(KNEW_DID_NOTHING, date=FuzzyDate(2017, 10), persistent=False)
    assert engine.decide(inc).missing == ("date",)
    entries = {w.change[0]: w for w in _direct(inc) if w.field == "date"}
    first = entries["如果能确定违法信息发布的日期是 2017-10-01，结论将变为：《规定》当时尚未施行"]
    assert first.outcome is Outcome.NOT_IN_FORCE
    assert any(w.outcome is Outcome.NOT_EXEMPT for w in entries.values())


def test_a_day_only_time_of_knowing_is_offered_made_precise():
    from cases.model.fuzzy import FuzzyTime

    inc = dataclasses.replace(
        KNEW_DID_NOTHING,
        discovered_at=FuzzyTime(dt.date(2022, 5, 1)),
        actions=(
            domain.Action(
                domain.ActionKind.REMOVED_POSTER, FuzzyTime.exact(dt.datetime(2022, 5, 2, 10))
            ),
        ),
    )
    assert engine.decide(inc).missing == ("discovered_at",)
    entries = [w for w in _direct(inc) if w.field == "discovered_at"]
    assert {w.outcome for w in entries} == {Outcome.EXEMPT}
    # Shown as a reader writes it, without the file format's "T".
    assert any("2022-05-01 23:59" in w.change[0] for w in entries)
    assert not any("T23:59" in w.change[0] for w in entries)


def _tried(monkeypatch, inc):
    """The changed incidents the what-if list decides again for ``inc``."""
    tried: list[domain.Incident] = []
    decide_changed = whatif.decide_changed

    def record(changed, s, base, start):
        tried.append(changed)
        return decide_changed(changed, s, base, start)

    monkeypatch.setattr(whatif, "decide_changed", record)
    what_if(inc)
    return tried


def test_facts_that_s6_does_not_read_for_the_case_are_not_tried(monkeypatch):
    knew = dataclasses.replace(KNEW_DID_NOTHING, noticeable=None, rules_before_incident=None)
    tried = _tried(monkeypatch, knew)
    assert tried  # the measures are tried
    assert all(c.noticeable is None and c.rules_before_incident is None for c in tried)
    unaware = dataclasses.replace(
        KNEW_DID_NOTHING, knew=False, discovered_at=None, actions=None, persistent=True
    )
    tried = _tried(monkeypatch, unaware)
    assert {True, False} <= {c.noticeable for c in tried}
    assert all(c.actions is None and c.timely is None for c in tried)
    assert all(c.recurred_after_warning is None for c in tried)


incidents = strategies.incidents(
    st.dates(dt.date(2015, 1, 1), dt.date(2027, 12, 31)).map(FuzzyDate.exact)
    | st.sampled_from([FuzzyDate(2017, 10), FuzzyDate(2020)]),
    st.builds(
        FuzzyTime,
        st.dates(dt.date(2016, 1, 1), dt.date(2027, 12, 31)),
        st.none() | st.times().map(lambda t: dt.time(t.hour, t.minute)),
    ),
)


@settings(max_examples=300, deadline=None)
@given(incidents, st.booleans())
def test_leaving_out_facts_s6_does_not_read_changes_no_entry(inc, window):
    s = assumptions.Settings(10, 2.0 if window else 24.0, 72.0)
    base = engine.decide(inc, s)
    listed = whatif.what_if(inc, base, s, TODAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(whatif, "outcome_facts", lambda _inc: frozenset(s6_duty_of_care.FACTS))
        every = whatif.what_if(inc, base, s, TODAY)
    assert listed == every
