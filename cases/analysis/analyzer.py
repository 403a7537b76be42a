"""The one entry point of the analysis: ``analyze(case) -> Analysis``."""

from __future__ import annotations

import datetime as dt

from cases.analysis import whatif
from cases.model.domain import Case
from cases.rules import engine, explain, other_laws
from cases.rules.engine import Settings
from cases.rules.results import Analysis


def analyze(
    case: Case, settings: Settings = engine.DEFAULT_SETTINGS, today: dt.date | None = None
) -> Analysis:
    """Analyse one case.

    Args:
        case: the facts.
        settings: the app's adjustable assumptions.
        today: the date of the analysis (decides e.g. which 立法法 text is cited and
            which dates look suspicious); the system date when omitted.
    """
    today = today or dt.date.today()
    # The v1 rules read exact values; the warnings look at the facts as recorded.
    inc = engine.exact_facts(case.incident)
    decision = engine.decide(inc, settings)
    return Analysis(
        outcome=decision.outcome,
        route=decision.route,
        missing=decision.missing,
        steps=explain.steps(inc, decision, settings, today),
        what_if=whatif.what_if(inc, decision, settings),
        other_laws=other_laws.flags(inc, today),
        settings=settings,
        ruleset=engine.RULESET,
        analysis_date=today,
        warnings=explain.warnings(case.incident, today),
    )
