"""S7 (flags, time limits) and S8 (civil) from data: tests/legal/consequences.json."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cases.model import domain
from cases.rules import assumptions, engine
from cases.rules.steps import s7_consequences, s8_civil
from cases.rules.steps.common import Caution, Outcome, Route

DATA = json.loads(
    (Path(__file__).parent / "legal" / "consequences.json").read_text(encoding="utf-8")
)


def incident(facts: dict) -> domain.Incident:
    """The incident of a version-2 fact object (fuzzy dates as written)."""
    return domain.incident_from_json(facts)


def analyse(entry):
    inc = incident({**DATA["base"], **entry["facts"]})
    today = dt.date.fromisoformat(entry.get("today", DATA["today"]))
    given = entry.get("decision")
    if given is None:
        decision = engine.decide(inc)
    else:
        # S8's rules take the engine's decision as input: the case gives it.
        route = given.get("route")
        decision = engine.decide(inc)._replace(
            outcome=Outcome(given["outcome"]),
            route=None if route is None else Route(route),
            cautions=tuple(Caution(c) for c in given.get("cautions", ())),
            step=5,
        )
    civil = s8_civil.decide(inc, decision, assumptions.DEFAULT_SETTINGS, today)
    consequences = s7_consequences.decide(inc, today, civil_applies=civil.time_limit_applies)
    return (
        inc,
        s7_consequences.explain(consequences, inc, today),
        s8_civil.explain(civil, inc),
    )


@pytest.mark.parametrize("entry", DATA["cases"], ids=[c["name"] for c in DATA["cases"]])
def test_case(entry):
    _inc, s7, civil = analyse(entry)
    flags = {
        (f.citation.law, f.citation.article, f.citation.version, f.concerns.value): f
        for f in s7.flags
    }
    trace = "\n".join(" ".join(k) for k in flags)
    if "flags" in entry:
        for expected in entry["flags"]:
            assert tuple(expected) in flags, trace
        if not entry["flags"]:
            assert not flags, trace
    for law, article, *_ in entry.get("no_flags", []):
        assert not any(k[0] == law and k[1] == article for k in flags), trace
    by_article = {k[1]: f for k, f in flags.items()}
    for article, version in entry.get("compare", {}).items():
        compare = by_article[article].compare
        assert (compare and compare.version) == version
    for article, words in entry.get("why_contains", {}).items():
        assert words in by_article[article].why[0], by_article[article].why[0]
        assert by_article[article].why[1]
    for article, words in entry.get("note_contains", {}).items():
        assert words in (by_article[article].citation.note or "")
    for article in entry.get("left_out", []):
        assert "未提示《" in s7.finding[0]
        assert article in s7.finding[0], s7.finding[0]
    if "finding_contains" in entry:
        assert entry["finding_contains"] in s7.finding[0]
    if "limits" in entry:
        actual = [
            (t.limit.kind.value, t.limit.concerns.value, t.limit.status.value)
            for t in s7.time_limits
        ]
        kinds = {e[0] for e in entry["limits"]}
        expected = [tuple(e[:3]) for e in entry["limits"]]
        assert [a for a in actual if a[0] in kinds] == expected, actual
        for e in entry["limits"]:
            entries = [t.to_json("zh") for t in s7.time_limits if t.limit.kind.value == e[0]]
            if len(e) > 3:
                assert entries[0]["until"] == e[3]
            if len(e) > 4:
                assert entries[0]["from"] == e[4]
    for kind, words in entry.get("limit_contains", {}).items():
        assert any(words in t.finding[0] for t in s7.time_limits if t.limit.kind.value == kind)
    if "civil" in entry:
        assert civil.status.value == entry["civil"], civil.finding[0]
    for article in entry.get("civil_cites", []):
        assert any(c.article == article for c in civil.citations)
    if "civil_contains" in entry:
        assert entry["civil_contains"] in civil.finding[0], civil.finding[0]
