"""Hidden questions really cannot matter: any answer to them leaves the analysis unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cases.analysis import analyzer, relevance
from cases.model import domain
from cases.model.fuzzy import FuzzyTime
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
