"""Legal behaviour from data: tests/legal/steps.json, one sentence per case (see its `about`)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cases.model import case_files, domain
from cases.rules import assumptions, engine, explain

DATA = json.loads((Path(__file__).parent / "legal" / "steps.json").read_text(encoding="utf-8"))
STOP_STEP = {
    "NOT_IN_FORCE": 0,
    "PRIVATE_SPACE": 1,
    "NO_PROHIBITED_CONTENT": 2,
    "OWN_CONDUCT": 3,
    "NO_DUTY": 4,
    "EXEMPT": 5,
    "NOT_EXEMPT": 5,
}


def incident(facts: dict) -> domain.Incident:
    """The incident of a version-2 fact object, read by the case-file reader."""
    data = {"format": domain.FORMAT_NAME, "version": 2, "title": "steps", "incident": facts}
    return case_files.validate_case(data, "steps.json").incident


def _trace(steps) -> str:
    return "\n".join(f"{s.id} {s.status}: {s.finding[0]}" for s in steps)


@pytest.mark.parametrize("entry", DATA["cases"], ids=[c["name"] for c in DATA["cases"]])
def test_case(entry):
    settings = assumptions.Settings(**entry.get("settings", {}))
    today = dt.date.fromisoformat(entry.get("today", DATA["today"]))
    inc = incident({**DATA["base"], **entry["facts"]})
    decision = engine.decide(inc, settings)
    steps = explain.steps(inc, decision, settings, today)
    trace = _trace(steps)
    assert decision.outcome.value == entry["outcome"], trace
    assert (decision.route and decision.route.value) == entry["route"], trace
    assert list(decision.missing) == entry["missing"], trace
    assert [c.value for c in decision.cautions] == entry.get("cautions", []), trace
    if "basis" in entry:
        assert [b.value for b in decision.basis] == entry["basis"], trace

    statuses = [s.status.value for s in steps]
    stop = STOP_STEP.get(entry["outcome"])
    if stop is None:  # UNDETERMINED: the step that needed the fact says so
        stop = statuses.index("unknown")
        assert statuses[stop] == "unknown"
    else:
        assert statuses[stop] == "concluded", trace
    assert statuses[:stop] == ["passed"] * stop
    assert statuses[stop + 1 : 6] == ["not_reached"] * (5 - stop)
    assert statuses[6] == "passed"  # S7 is always computed
    for step in steps:
        if step.status.value == "not_reached":
            assert not step.citations

    for step_id, expected in entry.get("cites", {}).items():
        (step,) = [s for s in steps if s.id == step_id]
        cited = {(c.law, c.article, c.version) for c in step.citations}
        for law, article, *version in expected:
            matches = [c for c in cited if c[0] == law and c[1] == article]
            assert matches, f"{step_id} does not cite {law} {article}: {cited}"
            if version:
                assert any(c[2] == version[0] for c in matches), f"{law} {article} not {version[0]}"
    for step_id, absent in entry.get("not_cited", {}).items():
        (step,) = [s for s in steps if s.id == step_id]
        cited = {(c.law, c.article) for c in step.citations}
        for law, article in absent:
            assert (law, article) not in cited, f"{step_id} cites {law} {article}"
