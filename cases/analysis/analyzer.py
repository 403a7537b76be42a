"""The one entry point of the analysis: ``analyze(case) -> Analysis``.

S1–S6 decide the outcome (``cases.rules.engine``); S8 (the civil question) takes the
decision, S7 (consequences: flags and time limits) takes S8's status; both always run
and never change the outcome.
"""

from __future__ import annotations

import datetime as dt

from cases.analysis import whatif
from cases.model.domain import Case
from cases.rules import assumptions, engine, explain, summary
from cases.rules.assumptions import Settings
from cases.rules.results import Analysis
from cases.rules.steps import s7_consequences, s8_civil


def analyze(
    case: Case, settings: Settings = assumptions.DEFAULT_SETTINGS, today: dt.date | None = None
) -> Analysis:
    """Analyse one case.

    Args:
        case: the facts.
        settings: the app's adjustable assumptions.
        today: the date of the analysis (decides e.g. which 立法法 text is cited, the
            time limits' status and which dates look suspicious); the system date when
            omitted.
    """
    today = today or dt.date.today()
    inc = case.incident
    decision = engine.decide(inc, settings)
    civil_decision = s8_civil.decide(inc, decision, settings, today)
    decided = s7_consequences.decide(inc, today, civil_applies=civil_decision.time_limit_applies)
    consequences = s7_consequences.explain(decided, inc, today)
    civil = s8_civil.explain(civil_decision, inc)
    return Analysis(
        outcome=decision.outcome,
        route=decision.route,
        missing=decision.missing,
        steps=explain.steps(inc, decision, settings, today, consequences, civil),
        what_if=whatif.what_if(inc, decision, settings, today, decided.limits),
        other_laws=consequences.flags,
        settings=settings,
        ruleset=engine.RULESET,
        analysis_date=today,
        warnings=explain.warnings(inc, today),
        cautions=tuple(c.value for c in decision.cautions),
        basis=tuple(level.value for level in decision.basis),
        summary=summary.summary(inc, decision),
        time_limits=consequences.time_limits,
        civil=civil,
    )
