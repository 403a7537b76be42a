"""The analysis engine: steps S1–S7 of shared/spec/analysis.md as pure functions.

``decide`` is the legal logic alone: fast, because the what-if list re-runs it many
times. ``cases.rules.explain`` turns a decision into the step-by-step account with
citations, and ``cases.analysis.analyzer.analyze`` puts both together.

Decisions the spec leaves open, taken as a careful lawyer would and shown to the
user as assumptions (see ``cases.rules.explain``):

* Promptness is measured from ``discovered_at``; the format records no time for a
  recurrence, so a measure taken late relative to the discovery counts as late even
  if it followed a recurrence quickly. The volunteer can record their own judgement
  in ``timely``, which then applies to every measure taken.
* ``timely`` (the volunteer's judgement) applies to all recorded measures.
* A measure recorded before ``discovered_at`` counts as prompt, and the step says so.
* An unknown fact is named as missing only when answering it could change the
  result; when several unknowns could each decide, all are named. Missing
  timestamps are named as the spec says; the volunteer's ``timely`` judgement
  would settle them too, which the step's finding and the what-if list say.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from cases.model.domain import (
    STRONG_MEASURES,
    Action,
    ActionKind,
    ChatKind,
    Incident,
    Poster,
    Role,
    with_facts,
)

# Re-exported: the engine is where callers have always found its settings.
from cases.rules.assumptions import DEFAULT_SETTINGS as DEFAULT_SETTINGS
from cases.rules.assumptions import Settings as Settings

RULESET = "2026.11-1"
"""Version of the rules; bumped whenever a change could alter any outcome."""

REGULATION_IN_FORCE = dt.date(2017, 10, 8)
PSAPL_2025_IN_FORCE = dt.date(2026, 1, 1)
STEP_IDS = ("S1", "S2", "S3", "S4", "S5", "S6", "S7")
STEP_FACTS: dict[str, tuple[str, ...]] = {
    "S1": ("date",),
    "S2": ("chat_kind", "family_only", "member_count"),
    "S3": ("content",),
    "S4": ("poster", "participated"),
    "S5": ("role",),
    "S6": (
        "knew",
        "discovered_at",
        "rules_before_incident",
        "actions",
        "recurred_after_warning",
        "persistent",
        "timely",
    ),
    "S7": (),
}
"""The facts each step's rule reads (S7's flags read the rest as well)."""


class Outcome(enum.StrEnum):
    """The conclusion about the person analysed."""

    NOT_IN_FORCE = "NOT_IN_FORCE"
    PRIVATE_SPACE = "PRIVATE_SPACE"
    NO_PROHIBITED_CONTENT = "NO_PROHIBITED_CONTENT"
    OWN_CONDUCT = "OWN_CONDUCT"
    NO_DUTY = "NO_DUTY"
    EXEMPT = "EXEMPT"
    NOT_EXEMPT = "NOT_EXEMPT"
    UNDETERMINED = "UNDETERMINED"


class Route(enum.StrEnum):
    """How an EXEMPT outcome was reached."""

    GROUP_RULES = "group_rules"
    REMOVED_POSTER = "removed_poster"
    REPORTED_PLATFORM = "reported_platform"
    REPORTED_AUTHORITY = "reported_authority"
    DISSOLVED_GROUP = "dissolved_group"
    WARNED_NO_RECURRENCE = "warned_no_recurrence"
    UNAWARE_ISOLATED = "unaware_isolated"


class Status(enum.StrEnum):
    """A step's status."""

    PASSED = "passed"
    CONCLUDED = "concluded"
    UNKNOWN = "unknown"
    NOT_REACHED = "not_reached"


@dataclass(frozen=True, slots=True)
class MeasureCheck:
    """How one recorded measure was judged for promptness (S6).

    Attributes:
        index: position in ``actions``.
        kind: the measure.
        elapsed_hours: hours from ``discovered_at`` to the measure, when both are known.
        prompt: True/False, or None when it cannot be judged.
        by_judgement: the volunteer's ``timely`` decided it.
        missing: the fields that would let it be judged.
    """

    index: int
    kind: ActionKind
    elapsed_hours: float | None
    prompt: bool | None
    by_judgement: bool
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    """The bare result of the legal logic.

    Attributes:
        outcome: the conclusion.
        route: for EXEMPT, how.
        missing: for UNDETERMINED, the facts that would decide it.
        step: 0-based index of the step that stopped the chain (0–5).
        measures: S6's judgement of each measure (empty before S6 or when not relevant).
    """

    outcome: Outcome
    route: Route | None
    missing: tuple[str, ...]
    step: int
    measures: tuple[MeasureCheck, ...] = ()


def _any3(values: Iterable[bool | None]) -> bool | None:
    """Three-valued OR: True if any is True, None if any is unknown, else False."""
    result: bool | None = False
    for value in values:
        if value is True:
            return True
        if value is None:
            result = None
    return result


def _and3(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def _undetermined(step: int, *missing: str) -> Decision:
    return Decision(Outcome.UNDETERMINED, None, tuple(dict.fromkeys(missing)), step)


def exact_facts(inc: Incident) -> Incident:
    """The facts as this (version-1) engine reads them: exact values, or unknown.

    The one adapter between format version 2's facts and the v1 rules, until the
    v2 engine replaces both: a date known to the day stays, a month or a year is
    treated as unknown (so the step names ``date`` as missing); a time known to
    the minute stays, a day is treated as unknown (``discovered_at``,
    ``actions[N].at``). Facts new in version 2 are left as they are; no v1 rule
    reads them. Idempotent.
    """
    changes: dict[str, object] = {}
    if inc.date is not None and not inc.date.is_exact:
        changes["date"] = None
    if inc.discovered_at is not None and not inc.discovered_at.is_exact:
        changes["discovered_at"] = None
    if inc.actions and any(a.at is not None and not a.at.is_exact for a in inc.actions):
        changes["actions"] = tuple(
            a if a.at is None or a.at.is_exact else Action(a.kind, None, a.by) for a in inc.actions
        )
    return with_facts(inc, **changes) if changes else inc


def _s1_temporal(inc: Incident) -> Decision | None:
    """S1: the Regulation applies only to conduct from 2017-10-08 (art. 15; no retroactivity)."""
    if inc.date is None:
        return _undetermined(0, "date")
    if inc.date.first < REGULATION_IN_FORCE:
        return Decision(Outcome.NOT_IN_FORCE, None, (), 0)
    return None


def _s2_group(inc: Incident, settings: Settings) -> Decision | None:
    """S2: a one-to-one chat, or a very small family-only group, is a private space."""
    if inc.chat_kind is None:
        return _undetermined(1, "chat_kind")
    if inc.chat_kind is ChatKind.ONE_TO_ONE:
        return Decision(Outcome.PRIVATE_SPACE, None, (), 1)
    members, family = inc.member_count, inc.family_only
    if members is not None and members > settings.small_family_max:
        return None
    if family is False:
        return None
    if members is None:
        return (
            _undetermined(1, "member_count")
            if family
            else _undetermined(1, "member_count", "family_only")
        )
    if family is None:
        return _undetermined(1, "family_only")
    return Decision(Outcome.PRIVATE_SPACE, None, (), 1)


def _s3_content(inc: Incident) -> Decision | None:
    """S3: without prohibited content there is nothing to answer for."""
    if inc.content is None:
        return _undetermined(2, "content")
    if not inc.content:
        return Decision(Outcome.NO_PROHIBITED_CONTENT, None, (), 2)
    return None


def _s4_own_conduct(inc: Incident) -> Decision | None:
    """S4: posting, forwarding, endorsing or organising it is the person's own conduct."""
    if inc.poster is Poster.SELF or inc.participated is True:
        return Decision(Outcome.OWN_CONDUCT, None, (), 3)
    if inc.poster is None:
        return _undetermined(3, "poster")
    if inc.participated is None:
        return _undetermined(3, "participated")
    return None


def _s5_role(inc: Incident) -> Decision | None:
    """S5: only the creator and managers carry the management duty of art. 9 para. 1."""
    if inc.role is None:
        return _undetermined(4, "role")
    if inc.role is Role.MEMBER:
        return Decision(Outcome.NO_DUTY, None, (), 4)
    return None


def _check_measures(inc: Incident, settings: Settings) -> tuple[MeasureCheck, ...]:
    checks = []
    for index, action in enumerate(inc.actions or ()):
        elapsed = None
        if inc.discovered_at is not None and action.at is not None:
            elapsed = (action.at.start - inc.discovered_at.start).total_seconds() / 3600
        if inc.timely is not None:
            checks.append(MeasureCheck(index, action.kind, elapsed, inc.timely, True, ()))
        elif elapsed is not None:
            prompt = elapsed <= settings.timely_window_hours
            checks.append(MeasureCheck(index, action.kind, elapsed, prompt, False, ()))
        else:
            missing = (() if inc.discovered_at else ("discovered_at",)) + (
                () if action.at else (f"actions[{index}].at",)
            )
            checks.append(MeasureCheck(index, action.kind, None, None, False, missing))
    return tuple(checks)


def _first_prompt_strong(inc: Incident, checks: tuple[MeasureCheck, ...]) -> Route:
    actions = inc.actions or ()
    prompt = [c for c in checks if c.kind in STRONG_MEASURES and c.prompt]
    far_future = dt.datetime.max

    def when(check: MeasureCheck) -> tuple[dt.datetime, int]:
        at = actions[check.index].at
        return (far_future if at is None else at.start, check.index)

    return Route(min(prompt, key=when).kind.value)


def _s6_duty_of_care(inc: Incident, settings: Settings) -> Decision:
    """S6: the owner's duty of care (commentary C; art. 9 para. 1).

    Knew: a prompt strong measure exempts; a prompt soft measure exempts only if the
    content did not come back. Did not know: prior group rules exempt; otherwise an
    isolated post exempts and a persistent one does not.
    """
    if inc.knew is None:
        return _undetermined(5, "knew")
    if inc.knew is False:
        rules, persistent = inc.rules_before_incident, inc.persistent
        if rules is True:
            return Decision(Outcome.EXEMPT, Route.GROUP_RULES, (), 5)
        if persistent is False:
            return Decision(Outcome.EXEMPT, Route.UNAWARE_ISOLATED, (), 5)
        if persistent is True:
            if rules is False:
                return Decision(Outcome.NOT_EXEMPT, None, (), 5)
            return _undetermined(5, "rules_before_incident")
        if rules is False:
            return _undetermined(5, "persistent")
        return _undetermined(5, "rules_before_incident", "persistent")
    if inc.actions is None:
        return _undetermined(5, "actions")
    checks = _check_measures(inc, settings)
    strong = [c for c in checks if c.kind in STRONG_MEASURES]
    soft = [c for c in checks if c.kind not in STRONG_MEASURES]
    strong_ok = _any3(c.prompt for c in strong)
    soft_prompt = _any3(c.prompt for c in soft)
    recurred = inc.recurred_after_warning
    soft_ok = _and3(soft_prompt, None if recurred is None else not recurred)
    if strong_ok is True:
        return Decision(Outcome.EXEMPT, _first_prompt_strong(inc, checks), (), 5, checks)
    if soft_ok is True:
        return Decision(Outcome.EXEMPT, Route.WARNED_NO_RECURRENCE, (), 5, checks)
    if strong_ok is False and soft_ok is False:
        return Decision(Outcome.NOT_EXEMPT, None, (), 5, checks)
    missing: list[str] = []
    if strong_ok is None:
        missing += [m for c in strong if c.prompt is None for m in c.missing]
    if soft_ok is None:
        if soft_prompt is None:
            missing += [m for c in soft if c.prompt is None for m in c.missing]
        if recurred is None:
            missing.append("recurred_after_warning")
    return Decision(Outcome.UNDETERMINED, None, tuple(dict.fromkeys(missing)), 5, checks)


def decide(inc: Incident, settings: Settings = DEFAULT_SETTINGS) -> Decision:
    """Run S1–S6 in order and return the first conclusion (pure, no explanation).

    The facts are read through ``exact_facts``.
    """
    inc = exact_facts(inc)
    stop = (
        _s1_temporal(inc)
        or _s2_group(inc, settings)
        or _s3_content(inc)
        or _s4_own_conduct(inc)
        or _s5_role(inc)
    )
    return stop or _s6_duty_of_care(inc, settings)
