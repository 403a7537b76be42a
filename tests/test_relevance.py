"""Hidden questions really cannot matter: any answer to them leaves the analysis unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cases.analysis import analyzer, relevance
from cases.model import domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.rules import assumptions
from tests.test_properties import app_settings, incidents

ANSWERS = {
    "family_only": st.sampled_from([True, False, None]),
    "member_count": st.sampled_from([2, 5, 10, 11, 300, None]),
    "discovered_at": st.sampled_from([None, FuzzyTime.exact(dt.datetime(2020, 1, 1, 9, 0))]),
    "actions": st.sampled_from(
        [None, (), (domain.Action(domain.ActionKind.REMOVED_POSTER, None),)]
    ),
    "timely": st.sampled_from([True, False, None]),
    "recurred_after_warning": st.sampled_from([True, False, None]),
    "rumor_emergency": st.sampled_from([True, False, None]),
    "participated": st.sampled_from([True, False, None]),
    "noticeable": st.sampled_from([True, False, None]),
    "forwards": st.sampled_from([None, 0, 499, 500, 10**6]),
    "views": st.sampled_from([None, 0, 4999, 5000, 10**7]),
}


@settings(max_examples=300, deadline=None)
@given(incidents, app_settings, st.data())
def test_a_hidden_fact_never_changes_the_result(inc, s, data):
    hidden = relevance.irrelevant_facts(inc, s)
    base = analyzer.analyze(domain.Case(inc), s, dt.date(2026, 11, 28))
    for name in hidden:
        changed = dataclasses.replace(inc, **{name: data.draw(ANSWERS[name])})
        other = analyzer.analyze(domain.Case(changed), s, dt.date(2026, 11, 28))
        assert (other.outcome, other.route, other.missing) == (
            base.outcome,
            base.route,
            base.missing,
        )
        assert [c.citation for c in other.other_laws] == [c.citation for c in base.other_laws]


def test_the_rules():
    s = assumptions.DEFAULT_SETTINGS
    one_to_one = domain.Incident(chat_kind=domain.ChatKind.ONE_TO_ONE)
    assert {"family_only", "member_count"} <= relevance.irrelevant_facts(one_to_one, s)
    big = domain.Incident(chat_kind=domain.ChatKind.GROUP, member_count=11)
    assert "family_only" in relevance.irrelevant_facts(big, s)
    small = domain.Incident(chat_kind=domain.ChatKind.GROUP, member_count=10)
    assert "family_only" not in relevance.irrelevant_facts(small, s)
    unaware = domain.Incident(knew=False)
    assert {"discovered_at", "actions", "timely"} <= relevance.irrelevant_facts(unaware, s)
    rumour = domain.Incident(content=(domain.Content.RUMOR,))
    assert "rumor_emergency" not in relevance.irrelevant_facts(rumour, s)
    assert "participated" in relevance.irrelevant_facts(
        domain.Incident(poster=domain.Poster.SELF), s
    )


def test_hard_to_miss_is_not_asked_of_someone_who_knew():
    s = assumptions.DEFAULT_SETTINGS
    assert "noticeable" in relevance.irrelevant_facts(domain.Incident(knew=True), s)
    assert "noticeable" not in relevance.irrelevant_facts(domain.Incident(knew=False), s)
    assert "noticeable" not in relevance.irrelevant_facts(domain.Incident(), s)


def test_forwards_and_views_are_asked_only_where_defamation_may_be_serious():
    s = assumptions.DEFAULT_SETTINGS
    reach = {"forwards", "views"}
    insult = (domain.Content.INSULT_DEFAMATION,)
    assert not reach & relevance.irrelevant_facts(domain.Incident(), s)
    assert not reach & relevance.irrelevant_facts(domain.Incident(content=insult), s)
    rumour = domain.Incident(content=(domain.Content.RUMOR,))
    assert reach <= relevance.irrelevant_facts(rumour, s)
    assert reach <= relevance.irrelevant_facts(domain.Incident(content=()), s)
    private = domain.Incident(content=insult, chat_kind=domain.ChatKind.ONE_TO_ONE)
    assert reach <= relevance.irrelevant_facts(private, s)


def _open(inc):
    analysis = analyzer.analyze(domain.Case(inc), assumptions.DEFAULT_SETTINGS, TODAY)
    return relevance.open_questions(inc, analysis)


TODAY = dt.date(2026, 11, 28)
OWNER_WHO_KNEW = domain.Incident(
    date=FuzzyDate(2019, 3),
    chat_kind=domain.ChatKind.GROUP,
    member_count=420,
    content=(domain.Content.INSULT_DEFAMATION,),
    group_purpose=domain.GroupPurpose.ORDINARY,
    role=domain.Role.CREATOR,
    poster=domain.Poster.OTHER,
    participated=False,
    knew=True,
)


def test_a_blank_case_has_every_deciding_question_open_except_the_own_judgement():
    open_now = _open(domain.Incident())
    assert open_now[0] == "date"
    assert {"chat_kind", "content", "role", "knew", "actions", "noticeable"} <= set(open_now)
    assert "timely" not in open_now
    assert "platform" not in open_now  # read by no rule
    assert "rumor_emergency" not in open_now  # no rumour among the content (unknown)


def test_answering_a_deciding_question_lowers_the_count():
    before = _open(domain.Incident())
    after = _open(domain.Incident(date=FuzzyDate(2019, 3)))
    assert "date" in before
    assert "date" not in after
    assert len(after) < len(before)


def test_a_decided_outcome_leaves_only_questions_that_would_change_it():
    assert _open(dataclasses.replace(OWNER_WHO_KNEW, chat_kind=domain.ChatKind.ONE_TO_ONE)) == ()
    # Knew, but the measures are unknown: S6 is still open, hard-to-miss is not asked.
    knew_open = _open(OWNER_WHO_KNEW)
    assert "actions" in knew_open
    assert "noticeable" not in knew_open
    no_measure = dataclasses.replace(OWNER_WHO_KNEW, actions=())
    assert _open(no_measure) == ()


def test_a_measure_without_its_time_is_an_open_question_when_it_decides():
    warned = domain.Action(domain.ActionKind.REMOVED_POSTER, None)
    inc = dataclasses.replace(
        OWNER_WHO_KNEW,
        discovered_at=FuzzyTime.exact(dt.datetime(2019, 3, 5, 20, 0)),
        actions=(warned,),
    )
    assert "actions[0].at" in _open(inc)
