"""The analysis engine: runs the legal steps S1–S6 and returns the Decision.

Each step lives in its own module under ``cases.rules.steps`` with its rule in plain
words, the facts it reads, its citation keys, ``decide`` and ``explain``
(shared/spec/analysis.md). This module only runs the chain: the first step that
concludes (or stops on unknown facts) ends it, later steps are "not reached".
S7 (consequences) and S8 (the civil question) always run; they take the Decision.

``decide`` is the legal logic alone and fast, because the what-if list re-runs it
many times; ``cases.rules.explain`` turns a Decision into findings with citations,
and ``cases.analysis.analyzer.analyze`` puts everything together.

The step vocabulary (``Outcome``, ``Route``, ``Status`` …) lives in
``cases.rules.steps.common``, where every module imports it from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from cases.law.library import Level
from cases.model.domain import Incident
from cases.rules.assumptions import DEFAULT_SETTINGS, Settings
from cases.rules.steps import (
    s1_in_force,
    s2_group,
    s3_content,
    s4_own_conduct,
    s5_role,
    s6_duty_of_care,
)
from cases.rules.steps.common import (
    Caution,
    MeasureCheck,
    Outcome,
    Route,
    Status,
    StepResult,
    not_reached,
)

PSAPL_2025_IN_FORCE = dt.date(2026, 1, 1)
"""The 2025 治安管理处罚法 is in force from this day."""

RULESET = "2026.11-2"
"""Version of the rules; bumped whenever a change could alter any outcome."""

ROUTELESS = frozenset(
    {Outcome.UNDETERMINED, Outcome.NOT_IN_FORCE, Outcome.NO_PROHIBITED_CONTENT, Outcome.NO_DUTY}
)
"""The outcomes that carry no route; every other outcome names how it was reached."""

STEPS = (s1_in_force, s2_group, s3_content, s4_own_conduct, s5_role, s6_duty_of_care)
"""The step modules S1–S6 in order."""
STEP_IDS = ("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8")
STEP_FACTS: dict[str, tuple[str, ...]] = {
    **{module.ID: module.FACTS for module in STEPS},
    "S7": (),
    "S8": (),
}
"""The facts each step's rule reads (S7's and S8's read the rest as well)."""
FACT_STEP: dict[str, int] = {}
for _index, _step in enumerate(STEP_IDS):
    for _fact in STEP_FACTS[_step]:
        FACT_STEP.setdefault(_fact, _index)
"""The first step (0-based) whose rule reads each fact; facts read only by S7/S8 are absent.

``decide_changed`` may start there for facts that differ in that fact alone.
"""
_DECIDERS: tuple[Callable[[Incident, Settings], StepResult], ...] = tuple(
    module.decide for module in STEPS
)
_NOT_REACHED = tuple(not_reached(module.ID) for module in STEPS)


class Decision(NamedTuple):
    """The bare result of the legal logic (no text).

    A named tuple, not a dataclass: the what-if list makes one for each change it tries.

    Attributes:
        outcome: the conclusion.
        route: how it was reached (None for UNDETERMINED, NOT_IN_FORCE,
            NO_PROHIBITED_CONTENT and NO_DUTY).
        missing: for UNDETERMINED, every unknown fact of the stopping step whose
            answer could decide it.
        cautions: cautions that go with the outcome (``content_left_up`` …).
        basis: the authority levels the deciding step rests on (empty when
            UNDETERMINED); ``assumption`` among them makes the label say 可能.
        steps: S1–S6's results, ``not_reached`` after the stopping step.
        step: 0-based index of the step that stopped the chain (0–5).
    """

    outcome: Outcome
    route: Route | None
    missing: tuple[str, ...]
    cautions: tuple[Caution, ...]
    basis: tuple[Level, ...]
    steps: tuple[StepResult, ...]
    step: int

    @property
    def measures(self) -> tuple[MeasureCheck, ...]:
        """S6's judgement of each measure (empty when S6 did not judge them)."""
        return self.steps[5].measures

    @property
    def tentative(self) -> bool:
        """Whether the outcome rests on an app assumption (很可能 becomes 可能)."""
        return Level.ASSUMPTION in self.basis


def decide(
    inc: Incident, settings: Settings = DEFAULT_SETTINGS, *, skip_in_force: bool = False
) -> Decision:
    """Run S1–S6 in order and return the first conclusion (pure, no explanation).

    Args:
        inc: the facts.
        settings: the app's adjustable assumptions.
        skip_in_force: run S2–S6 without S1 (S8 asks what the duty of care would
            have been under general tort law when the Regulation does not reach the
            conduct); S1 is then "not reached".
    """
    if skip_in_force:
        return _run(inc, settings, [_NOT_REACHED[0]], 1)
    return _run(inc, settings, [], 0)


def decide_changed(inc: Incident, settings: Settings, base: Decision, start: int) -> Decision:
    """``decide`` for facts that differ from ``base``'s only where no step before ``start`` reads.

    The steps before ``start`` are taken from ``base`` (they would give the same
    results); the what-if list re-runs S6 alone this way for a measure added.

    Args:
        inc: the changed facts.
        settings: the settings ``base`` was decided with.
        base: the decision of the facts before the change.
        start: the first step (0-based) that reads a changed fact.
    """
    if start <= 0 or base.step < start or base.steps[0].status is Status.NOT_REACHED:
        return decide(inc, settings)
    return _run(inc, settings, list(base.steps[:start]), start)


def _run(inc: Incident, settings: Settings, results: list[StepResult], start: int) -> Decision:
    """Run the steps from ``start`` on, after the results already given."""
    for index in range(start, len(_DECIDERS)):
        result = _DECIDERS[index](inc, settings)
        results.append(result)
        if result.stops:
            results += _NOT_REACHED[index + 1 :]
            return Decision(
                result.outcome or Outcome.UNDETERMINED,
                result.route,
                result.missing,
                result.cautions,
                result.basis,
                tuple(results),
                index,
            )
    raise AssertionError("S6 always concludes or stops")  # pragma: no cover
