"""Every example case in resources/examples analyses to its recorded expected outcome."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cases.analysis import analyzer
from cases.files import resources
from cases.model import case_files

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
    assert routes >= {
        "one_to_one",
        "small_family",
        "posted",
        "unlawful_group",
        "removed_poster",
        "reported_platform",
        "reported_authority",
        "dissolved_group",
        "warned_no_recurrence",
        "unaware_isolated",
        "late_measure",
        "no_measure",
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
