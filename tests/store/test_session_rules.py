"""The rules an editing session follows: when a stored analysis stands, when a blank case goes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cases.analysis import analyzer
from cases.model import domain
from cases.rules.assumptions import Settings
from cases.store import session_rules

TODAY = dt.date(2026, 1, 1)


def _recorded(case_store, case, settings=None):
    """The case stored with its analysis, as the store gives it back."""
    case_id = case_store.create(case)
    case_store.save(case_id, case, analyzer.analyze(case, settings or Settings(), TODAY))
    return case_store.get(case_id)


def test_an_analysis_of_the_same_facts_settings_and_ruleset_stands(case_store, case_factory):
    stored = _recorded(case_store, case_factory())
    fresh = analyzer.analyze(stored.case, Settings(), TODAY)
    assert session_rules.analysis_is_current(stored.analysis, stored.case, fresh)


def test_a_case_never_analysed_has_no_current_analysis(case_store, case_factory):
    case_id = case_store.create(case_factory())
    stored = case_store.get(case_id)
    fresh = analyzer.analyze(stored.case, Settings(), TODAY)
    assert not session_rules.analysis_is_current(stored.analysis, stored.case, fresh)


def test_changed_facts_make_the_stored_analysis_stale(case_store, case_factory):
    stored = _recorded(case_store, case_factory())
    edited = dataclasses.replace(
        stored.case, incident=domain.with_facts(stored.case.incident, member_count=301)
    )
    fresh = analyzer.analyze(edited, Settings(), TODAY)
    assert fresh.outcome.value == stored.analysis.outcome  # the same result, other facts
    assert not session_rules.analysis_is_current(stored.analysis, edited, fresh)


def test_other_settings_make_the_stored_analysis_stale(case_store, case_factory):
    stored = _recorded(case_store, case_factory())
    fresh = analyzer.analyze(stored.case, Settings(timely_window_hours=48), TODAY)
    assert not session_rules.analysis_is_current(stored.analysis, stored.case, fresh)


def test_another_ruleset_makes_the_stored_analysis_stale(case_store, case_factory):
    stored = _recorded(case_store, case_factory())
    older = dataclasses.replace(stored.analysis, ruleset="0.9")
    fresh = analyzer.analyze(stored.case, Settings(), TODAY)
    assert not session_rules.analysis_is_current(older, stored.case, fresh)


def test_another_result_makes_the_stored_analysis_stale(case_store, case_factory):
    stored = _recorded(case_store, case_factory())
    fresh = analyzer.analyze(stored.case, Settings(), TODAY)
    for change in ({"outcome": "EXEMPT"}, {"route": "removed_poster"}, {"missing": ("date",)}):
        other = dataclasses.replace(stored.analysis, **change)
        assert not session_rules.analysis_is_current(other, stored.case, fresh), change


def test_a_blank_case_never_edited_and_alone_in_the_store_is_unused():
    assert session_rules.is_unused_blank(domain.Case(), edited=False, live_cases=1)


def test_a_blank_case_that_was_edited_or_has_company_or_a_title_is_kept():
    assert not session_rules.is_unused_blank(domain.Case(), edited=True, live_cases=1)
    assert not session_rules.is_unused_blank(domain.Case(), edited=False, live_cases=2)
    titled = domain.Case(title="业主群")
    assert not session_rules.is_unused_blank(titled, edited=False, live_cases=1)
    dated = domain.Case(incident=domain.Incident(date=dt.date(2019, 5, 1)))
    assert not session_rules.is_unused_blank(dated, edited=False, live_cases=1)
