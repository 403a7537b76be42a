"""The rules an editing session follows: when a stored analysis stands, when a blank case goes.

The window's session (``desktop.case_session``) asks these; they hold no Qt and no
store access, so the command line and the tests can ask them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cases.model.domain import Case
    from cases.rules.results import Analysis
    from cases.store.records import AnalysisRecord


def analysis_is_current(record: AnalysisRecord | None, case: Case, analysis: Analysis) -> bool:
    """Whether a case's latest recorded analysis still stands for its facts.

    It stands when it was made of exactly these facts, under the ruleset and the
    settings of ``analysis``, and came to the same result (outcome, route, missing
    facts). Otherwise ``analysis`` is to be recorded, so that the list shows the
    outcome of today's rules and settings and the history says what changed.

    Args:
        record: the latest recorded analysis of the case, or None (never analysed).
        case: the case's facts as stored.
        analysis: a fresh analysis of ``case`` under the current ruleset and settings.
    """
    if record is None:
        return False
    from cases.model import domain

    return (
        record.incident == domain.incident_to_json(case.incident)
        and record.ruleset == analysis.ruleset
        and record.settings == analysis.settings.to_json()
        and record.outcome == analysis.outcome.value
        and record.route == (None if analysis.route is None else analysis.route.value)
        and record.missing == analysis.missing
    )


def is_unused_blank(case: Case, edited: bool, live_cases: int) -> bool:
    """Whether the open case is the blank one made for an empty store, never used.

    The window opens a blank case when the store holds none. When the volunteer's
    first act is to import a case file, that blank case would stay behind as an
    empty row; it is purged instead. It counts as unused while it is still blank,
    nothing was edited in this session, and it is the store's only live case.

    Args:
        case: the open case's facts.
        edited: whether anything was edited (or created, deleted…) in this session.
        live_cases: how many cases the store holds outside the trash.
    """
    from cases.model.domain import Case

    return not edited and live_cases == 1 and case == Case()
