"""The date checks' sentences show times as people read them, not in the file format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from cases.model import date_checks, domain
from cases.model.domain import Action, ActionKind
from cases.model.fuzzy import FuzzyTime

EXAMPLE = Path(__file__).parents[1] / "resources" / "examples" / "07-owners-group-long-insult.json"
TODAY = dt.date(2026, 1, 1)


def _incident():
    return domain.case_from_json(json.loads(EXAMPLE.read_text("utf-8"))).incident


def test_a_time_of_knowing_before_the_incident_is_quoted_with_a_space_not_a_t():
    (issue,) = [i for i in date_checks.oddities(_incident(), TODAY) if i.field == "discovered_at"]
    assert issue.value == "2018-06-01T09:00"  # the format's form stays for machines
    for sentence in issue.problem:
        assert "2018-06-01 09:00" in sentence
        assert "T09:00" not in sentence


def test_a_measure_before_the_time_of_knowing_is_quoted_with_a_space_not_a_t():
    early = Action(ActionKind.WARNED, FuzzyTime.parse("2018-05-01T08:30"))
    incident = dataclasses.replace(_incident(), actions=(early,))
    problems = [i.problem for i in date_checks.oddities(incident, TODAY)]
    shown = [s for pair in problems for s in pair if "2018-05-01" in s]
    assert shown
    assert all("2018-05-01 08:30" in s and "T08:30" not in s for s in shown)
