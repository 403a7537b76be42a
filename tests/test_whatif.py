"""What would change the outcome: the changes listed, and only those that change it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cases.analysis import analyzer
from cases.model import domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.rules import engine

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


def what_if(inc, s=engine.DEFAULT_SETTINGS):
    return analyzer.analyze(domain.Case(inc), s, TODAY).what_if


def test_a_prompt_measure_is_offered_to_an_owner_who_did_nothing():
    changes = {w.change[0]: w for w in what_if(KNEW_DID_NOTHING)}
    entry = changes[
        "如果群主在发现后 24 小时内将发布者移出群聊，结论将变为：免责（及时将发布者移出群聊）"
    ]
    assert entry.outcome is engine.Outcome.EXEMPT
    assert entry.route is engine.Route.REMOVED_POSTER
    assert any("向平台举报" in c for c in changes)
    assert any("警告" in c and "未再出现" in c for c in changes)
    assert all(w.outcome is not engine.Outcome.NOT_EXEMPT for w in changes.values())


def test_the_window_setting_shows_in_the_change():
    changes = [
        w.change[0] for w in what_if(KNEW_DID_NOTHING, engine.Settings(timely_window_hours=48))
    ]
    assert any("48 小时内" in c for c in changes)


def test_group_rules_are_offered_to_an_owner_who_did_not_know_of_a_persistent_post():
    inc = dataclasses.replace(KNEW_DID_NOTHING, knew=False, discovered_at=None, persistent=True)
    entries = what_if(inc)
    rules = [w for w in entries if w.field == "rules_before_incident"]
    assert rules
    assert rules[0].route is engine.Route.GROUP_RULES


def test_unknown_facts_answered_either_way():
    inc = dataclasses.replace(KNEW_DID_NOTHING, knew=None)
    entries = what_if(inc)
    knew = {w.outcome for w in entries if w.field == "knew"}
    assert engine.Outcome.NOT_EXEMPT in knew  # knew: yes → nothing was done


def test_nothing_is_listed_when_no_single_change_matters():
    inc = dataclasses.replace(KNEW_DID_NOTHING, date=FuzzyDate(2016, 1, 1))
    assert what_if(inc) == ()


def test_english_text():
    entry = what_if(KNEW_DID_NOTHING)[0]
    assert entry.change[1].startswith("If ")
    assert "the outcome would be" in entry.change[1]
