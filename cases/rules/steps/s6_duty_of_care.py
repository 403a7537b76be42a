"""S6 注意义务 — did the creator or manager meet the duty of care?

The rule in plain words:
    群主、管理者的群组管理责任是一种注意义务（《规定》第九条第一款；2020-03-01 起另见《网络信息
    内容生态治理规定》第十九条），不是监看每一条消息的义务（2017 年解读 C 部分；广州互联网法院
    2021 年的群主案件按一般过错判断）。
    知道了（发现，或收到投诉、通知）：及时采取有力措施——移出发布者、向平台或主管机关举报、解散
    群组——就已尽义务；只是警告、删除或在群里提醒，要信息没有再出现才算尽了义务。其他管理者采取
    的措施同样算数（“谁管理谁负责”：管理方有人采取措施即可；本应用的假定）。
    不知道：信息显眼（置顶、多日反复、@此人、有成员在群里投诉），管理群的人应当看到，不免责；
    否则，事先有群规或信息只是偶发的，免责。
    The duty of creators and managers is one of care (Regulation art. 9 para. 1; from
    2020-03-01 also Content Ecosystem Provisions art. 19), not to monitor every message
    (2017 explainer part C; the Guangzhou Internet Court's 2021 owner cases judged by
    ordinary fault). Knowing of it: a prompt strong measure — removing the poster,
    reporting to the platform or the authorities, dissolving the group — meets the
    duty; a warning, deletion or reminder meets it only if the content did not come
    back. Measures by another manager count (an app assumption). Not knowing: content
    that was hard to miss for someone managing the group means they should have known;
    otherwise group rules in place, or an isolated post, exempt.

Promptness: the volunteer's ``timely`` judgement when given; otherwise the elapsed
time ``[at.start − clock.end, at.end − clock.start]`` (hours) is prompt when it is
wholly ≤ ``timely_window_hours`` (assumption, 24), late when wholly > ``late_window_hours``
(assumption, 72), and in between a grey zone that only ``timely`` settles (named as
missing when it decides). The clock is ``discovered_at``, or 2017-10-08 00:00 when the
person knew earlier (the duty began then). A measure wholly before ``discovered_at``
counts as prompt (and is warned of). "Earliest" orders measures by the start of
their time (unknown last), ties by their order in ``actions``.

Decisions taken here (shown to the user as assumptions):
    * The strong/soft classification of measures is an assumption drawn from
      commentary C and police practice; so is every route resting on it alone
      (``warned_no_recurrence``, ``recurred_after_soft``).
    * ``basis`` holds ``assumption`` (so the label says 可能 rather than 很可能) for
      the assumption routes, when the outcome or route would change with the timely
      window halved or doubled, and when the deciding measure was another manager's.
    * A measure whose time straddles the windows names the less precise of
      ``discovered_at`` and its own ``at`` (those known only to the day) as missing;
      ``discovered_at`` is not named when the clock starts at 2017-10-08 anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cases.law.library import Level
from cases.model import fuzzy
from cases.model.domain import STRONG_MEASURES, ActionBy, ActionKind, Incident
from cases.model.fuzzy import FuzzyTime
from cases.rules.assumptions import Settings
from cases.rules.steps.common import (
    ASSUMPTION_ROUTES,
    ECOSYSTEM_IN_FORCE,
    REGULATION_IN_FORCE,
    Bilingual,
    Caution,
    Clause,
    MeasureCheck,
    Outcome,
    Route,
    Status,
    StepResult,
    authority,
    time_of,
    unknown,
)
from cases.rules.steps.s5_role import ecosystem_applies

ID = "S6"
TITLE: Bilingual = ("注意义务", "Duty of care")
FACTS = (
    "knew",
    "discovered_at",
    "actions",
    "recurred_after_warning",
    "persistent",
    "noticeable",
    "rules_before_incident",
    "timely",
)
CLAUSES = (
    Clause("group_regulation", "owner_duty", REGULATION_IN_FORCE),
    Clause("content_ecosystem_provisions", "group_manager_duty", ECOSYSTEM_IN_FORCE),
    authority("commentary_c"),
    authority("court_practice_duty_of_care"),
)
"""Regulation §9 ¶1; 生态治理规定 §19 for conduct from 2020-03-01; commentary part C;
court practice (Guangzhou Internet Court, 2021)."""

CLOCK_START = dt.datetime.combine(REGULATION_IN_FORCE, dt.time())
"""The duty of care began when the Regulation took effect."""
_HOUR = 3600.0
_DELETING = frozenset({ActionKind.DELETED_MESSAGE.value, ActionKind.DISSOLVED_GROUP.value})

WINDOW_SENSITIVE = "window_sensitive"
"""Note: the outcome or route would change with the timely window halved or doubled."""
OTHER_MANAGER = "other_manager"
"""Note: the deciding measure was taken by another manager."""
CLOCK_2017 = "clock_2017"
"""Note: the person knew before 2017-10-08; the clock starts then."""


def clauses_for(inc: Incident) -> tuple[Clause, ...]:
    """The clauses S6 rests on for this incident."""
    if ecosystem_applies(inc):
        return CLAUSES
    return (CLAUSES[0], CLAUSES[2], CLAUSES[3])


def _clock(knew_at: FuzzyTime) -> tuple[dt.datetime, dt.datetime]:
    """When the clock starts, as an interval: ``discovered_at``, not before 2017-10-08."""
    return max(knew_at.start, CLOCK_START), max(knew_at.end, CLOCK_START)


def check_measures(
    inc: Incident, timely_hours: float, late_hours: float
) -> tuple[MeasureCheck, ...]:
    """Judge each recorded measure's promptness.

    Args:
        inc: the facts.
        timely_hours: the timely window.
        late_hours: the late window (not below the timely window).
    """
    knew_at = time_of(inc.discovered_at)
    clock = None if knew_at is None else _clock(knew_at)
    checks = []
    for index, action in enumerate(inc.actions or ()):
        at = time_of(action.at)
        strong = action.kind in STRONG_MEASURES
        other = action.by is ActionBy.OTHER_MANAGER
        elapsed: tuple[float, float] | None = None
        before = False
        if clock is not None and at is not None and knew_at is not None:
            elapsed = (
                (at.start - clock[1]).total_seconds() / _HOUR,
                (at.end - clock[0]).total_seconds() / _HOUR,
            )
            before = fuzzy.time_before(at, knew_at) is True
        prompt: bool | None
        missing: tuple[str, ...] = ()
        grey = False
        if inc.timely is not None:
            prompt = inc.timely
        elif elapsed is None:
            prompt = None
            missing = (() if knew_at else ("discovered_at",)) + (
                () if at else (f"actions[{index}].at",)
            )
        elif before or elapsed[1] <= timely_hours:
            prompt = True
        elif elapsed[0] > late_hours:
            prompt = False
        elif elapsed[0] > timely_hours and elapsed[1] <= late_hours:
            prompt, grey, missing = None, True, ("timely",)
        else:
            prompt = None
            vague = knew_at is not None and not knew_at.is_exact and knew_at.end > CLOCK_START
            missing = (("discovered_at",) if vague else ()) + (
                () if at is None or at.is_exact else (f"actions[{index}].at",)
            )
        checks.append(
            MeasureCheck(
                index,
                action.kind.value,
                strong,
                other,
                elapsed,
                prompt,
                inc.timely is not None,
                grey,
                before,
                missing,
            )
        )
    return tuple(checks)


def _earliest(inc: Incident, checks: Sequence[MeasureCheck]) -> MeasureCheck:
    """The earliest measure by the start of its time (unknown last), ties by order."""
    actions = inc.actions or ()

    def when(check: MeasureCheck) -> tuple[dt.datetime, int]:
        at = time_of(actions[check.index].at)
        return (dt.datetime.max if at is None else at.start, check.index)

    return min(checks, key=when)


def _knew(
    inc: Incident, timely_hours: float, late_hours: float
) -> tuple[Outcome, Route | None, tuple[str, ...], tuple[MeasureCheck, ...], MeasureCheck | None]:
    """The knew-it branch: outcome, route, missing, checks and the deciding measure."""
    checks = check_measures(inc, timely_hours, late_hours)
    strong = [c for c in checks if c.strong]
    soft = [c for c in checks if not c.strong]
    strong_ok = fuzzy.or3(*(c.prompt for c in strong))
    soft_prompt = fuzzy.or3(*(c.prompt for c in soft))
    recurred = inc.recurred_after_warning
    soft_ok = fuzzy.and3(soft_prompt, fuzzy.not3(recurred))
    if strong_ok is True:
        first = _earliest(inc, [c for c in strong if c.prompt])
        return Outcome.EXEMPT, Route(first.kind), (), checks, first
    if soft_ok is True:
        first = _earliest(inc, [c for c in soft if c.prompt])
        return Outcome.EXEMPT, Route.WARNED_NO_RECURRENCE, (), checks, first
    if strong_ok is False and soft_ok is False:
        if not checks:
            route = Route.NO_MEASURE
        elif recurred is True and any(c.prompt is not False for c in soft):
            route = Route.RECURRED_AFTER_SOFT
        else:
            route = Route.LATE_MEASURE
        return Outcome.NOT_EXEMPT, route, (), checks, None
    missing: list[str] = []
    if strong_ok is None:
        missing += [m for c in strong if c.prompt is None for m in c.missing]
    if soft_ok is None:
        if soft_prompt is None:
            missing += [m for c in soft if c.prompt is None for m in c.missing]
        if recurred is None:
            missing.append("recurred_after_warning")
    order = {"discovered_at": -2, "timely": 10**6, "recurred_after_warning": 10**6 + 1}
    ordered = sorted(dict.fromkeys(missing), key=lambda m: order[m] if m in order else _index(m))
    return Outcome.UNDETERMINED, None, tuple(ordered), checks, None


def _index(field: str) -> int:
    """The N of ``actions[N].at``."""
    return int(field[len("actions[") : field.index("]")])


def decide(inc: Incident, settings: Settings) -> StepResult:
    """Apply the S6 rules."""
    clauses = clauses_for(inc)
    if inc.knew is None:
        return unknown(ID, clauses, "knew")
    if inc.knew is False:
        return _unaware(inc, clauses)
    if inc.actions is None:
        return unknown(ID, clauses, "actions")
    w, late = settings.timely_window_hours, settings.late_after_hours
    outcome, route, missing, checks, deciding = _knew(inc, w, late)
    knew_at = time_of(inc.discovered_at)
    notes: list[str] = []
    if knew_at is not None and knew_at.start < CLOCK_START:
        notes.append(CLOCK_2017)
    if outcome is Outcome.UNDETERMINED:
        return StepResult(
            ID, Status.UNKNOWN, outcome, None, missing, clauses, (), tuple(notes), (), checks
        )
    basis = [Level.LAW, Level.COMMENTARY]
    if route in ASSUMPTION_ROUTES:
        basis.append(Level.ASSUMPTION)
    if inc.timely is None and checks:
        for hours in (w / 2, w * 2):
            other = _knew(inc, hours, max(late, hours))
            if (other[0], other[1]) != (outcome, route):
                notes.append(WINDOW_SENSITIVE)
                break
    if deciding is not None and deciding.by_other:
        notes.append(OTHER_MANAGER)
    if (WINDOW_SENSITIVE in notes or OTHER_MANAGER in notes) and Level.ASSUMPTION not in basis:
        basis.append(Level.ASSUMPTION)
    cautions: tuple[Caution, ...] = ()
    if (
        outcome is Outcome.EXEMPT
        and inc.persistent is not False
        and not any(c.kind in _DELETING and c.prompt is True for c in checks)
    ):
        cautions = (Caution.CONTENT_LEFT_UP,)
    return StepResult(
        ID,
        Status.CONCLUDED,
        outcome,
        route,
        (),
        clauses,
        tuple(basis),
        tuple(notes),
        cautions,
        checks,
    )


def _unaware(inc: Incident, clauses: tuple[Clause, ...]) -> StepResult:
    """The did-not-know branch."""
    basis = (Level.LAW, Level.COMMENTARY, Level.ASSUMPTION)
    if inc.noticeable is True:
        return StepResult(
            ID,
            Status.CONCLUDED,
            Outcome.NOT_EXEMPT,
            Route.SHOULD_HAVE_KNOWN,
            (),
            clauses,
            basis,
        )
    if inc.noticeable is False or inc.persistent is False:
        route = Route.GROUP_RULES if inc.rules_before_incident is True else Route.UNAWARE_ISOLATED
        cautions = (Caution.CONTENT_STAYED_UP,) if inc.persistent is True else ()
        return StepResult(
            ID, Status.CONCLUDED, Outcome.EXEMPT, route, (), clauses, basis, (), cautions
        )
    return unknown(ID, clauses, "noticeable", *(("persistent",) if inc.persistent is None else ()))
