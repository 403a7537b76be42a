"""Every example case in resources/examples analyses to its recorded expected outcome."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cases.analysis import analyzer
from cases.files import resources
from cases.model import case_files, domain

EXPECTED = json.loads(resources.read_text("examples/expected.json"))
FILES = sorted(
    p.name for p in resources.path("examples").glob("*.json") if p.name != "expected.json"
)
TODAY = dt.date(2026, 11, 28)


def test_every_example_has_an_expectation():
    assert sorted(EXPECTED) == FILES
    assert len(FILES) >= 10


def test_examples_cover_every_outcome_and_route():
    outcomes = {e["outcome"] for e in EXPECTED.values()}
    routes = {e["route"] for e in EXPECTED.values()} - {None}
    assert outcomes == {
        "NOT_IN_FORCE",
        "PRIVATE_SPACE",
        "NO_PROHIBITED_CONTENT",
        "OWN_CONDUCT",
        "NO_DUTY",
        "EXEMPT",
        "NOT_EXEMPT",
        "UNDETERMINED",
    }
    assert routes == {
        "group_rules",
        "removed_poster",
        "reported_platform",
        "reported_authority",
        "dissolved_group",
        "warned_no_recurrence",
        "unaware_isolated",
    }


@pytest.mark.parametrize("name", FILES)
def test_example(name):
    case_file = case_files.load_file(resources.path(f"examples/{name}"))
    (case,) = case_file.cases
    assert case.title, "examples carry a Chinese title"
    assert case.notes, "examples carry notes"
    result = analyzer.analyze(case, today=TODAY)
    expected = EXPECTED[name]
    assert result.outcome.value == expected["outcome"]
    assert (result.route and result.route.value) == expected["route"]
    assert list(result.missing) == expected["missing"]


def test_example_files_round_trip_exactly():
    for name in FILES:
        text = resources.path(f"examples/{name}").read_text(encoding="utf-8")
        case_file = case_files.parse_text(text, name)
        assert (
            case_files.dumps(case_file.cases, batch=False)
            == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
        )


V1_EXAMPLES = Path(__file__).resolve().parent / "data" / "examples-v1"
"""The examples as format version 1 wrote them (``git show`` before they became v2)."""


@pytest.mark.parametrize("name", FILES)
def test_every_v1_example_reads_as_its_v2_rewrite_field_by_field(name):
    old_text = (V1_EXAMPLES / name).read_text(encoding="utf-8")
    old_json = json.loads(old_text)
    assert old_json["version"] == 1
    (old,) = case_files.parse_text(old_text, name).cases
    new_json = json.loads(resources.path(f"examples/{name}").read_text(encoding="utf-8"))
    assert new_json["version"] == 2
    (new,) = case_files.load_file(resources.path(f"examples/{name}")).cases
    assert (old.title, old.notes) == (new.title, new.notes)
    for field in domain.INCIDENT_FIELDS:
        assert getattr(old.incident, field) == getattr(new.incident, field), field
        if field in domain.V2_FIELDS:
            assert getattr(old.incident, field) is None, field
            assert new_json["incident"][field] is None, field
        elif field != "actions":
            assert new_json["incident"][field] == old_json["incident"].get(field), field
    old_actions = old_json["incident"].get("actions")
    new_actions = new_json["incident"]["actions"]
    if old_actions is None:
        assert new_actions is None
    else:
        assert [{**a, "by": "self"} for a in old_actions] == new_actions
        assert all(a.by is domain.ActionBy.SELF for a in old.incident.actions)
    # The same outcome whichever version the case was read from.
    before, after = analyzer.analyze(old, today=TODAY), analyzer.analyze(new, today=TODAY)
    assert (before.outcome, before.route, before.missing) == (
        after.outcome,
        after.route,
        after.missing,
    )


def test_the_v1_examples_are_the_examples_before_they_became_v2():
    assert sorted(p.name for p in V1_EXAMPLES.glob("*.json")) == FILES
