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

from cases.law.library import Citation, Level
from cases.model import fuzzy, labels
from cases.model.domain import STRONG_MEASURES, ActionBy, ActionKind, Incident
from cases.model.fuzzy import FuzzyTime
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.results import Assumption
from cases.rules.steps.common import (
    ASSUMPTION_ROUTES,
    ECOSYSTEM_IN_FORCE,
    REGULATION_IN_FORCE,
    Caution,
    Clause,
    MeasureCheck,
    Outcome,
    Route,
    Status,
    StepResult,
    art,
    authority,
    unknown,
)
from cases.rules.steps.s5_role import ecosystem_applies, ecosystem_sentence

ID = "S6"
TITLE: Bilingual = labels.STEP_TITLES["S6"]
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

OTHER_MANAGER_ASSUMPTION: Bilingual = (
    "其他管理者采取的措施同样算数：“谁管理谁负责”，管理方有人采取措施，群的管理义务就已履行"
    "（本应用的假定）。",
    "Measures by another manager count: the management's duty is met when a "
    "manager acts (app assumption, after “whoever manages is responsible”).",
)
"""The assumption a measure by another manager rests on (a basis names it)."""
WINDOW_ASSUMPTION: Bilingual = (
    "若“及时”的时限减半或加倍，结论会不同：结论取决于这一假定，因此只说“可能”。",
    "Halving or doubling the timely window would change the result: it rests "
    "on that assumption, hence “possibly”.",
)
"""The assumption an outcome rests on when the timely window decides it."""
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
    actions = inc.actions
    if not actions:
        return ()
    knew_at = inc.discovered_at
    timely = inc.timely
    by_judgement = timely is not None
    if knew_at is not None:
        clock_start, clock_end = _clock(knew_at)
        knew_end = knew_at.end
        # The time of knowing is named when the clock does not start at 2017-10-08 anyway.
        vague: tuple[str, ...] = (
            ("discovered_at",) if not knew_at.is_exact and knew_end > CLOCK_START else ()
        )
    checks = []
    for index, action in enumerate(actions):
        at = action.at
        elapsed: tuple[float, float] | None = None
        before = False
        if at is not None and knew_at is not None:
            at_start = at.start
            elapsed = (
                (at_start - clock_end).total_seconds() / _HOUR,
                (at.end - clock_start).total_seconds() / _HOUR,
            )
            # Cheap test first: only a measure starting before the end of knowing can be
            # wholly before it.
            before = at_start < knew_end and fuzzy.time_before(at, knew_at) is True
        prompt: bool | None
        missing: tuple[str, ...] = ()
        grey = False
        if by_judgement:
            prompt = timely
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
            missing = vague + (() if at is None or at.is_exact else (f"actions[{index}].at",))
        kind = action.kind
        checks.append(
            MeasureCheck(
                index,
                kind.value,
                kind in STRONG_MEASURES,
                action.by is ActionBy.OTHER_MANAGER,
                elapsed,
                prompt,
                by_judgement,
                grey,
                before,
                missing,
            )
        )
    return tuple(checks)


_READ_WHETHER_KNEW = frozenset({"knew"})
_READ_UNAWARE = frozenset({"knew", "noticeable", "persistent", "rules_before_incident"})
_READ_MEASURES_UNKNOWN = frozenset({"knew", "actions"})
_READ_KNEW = frozenset(
    {"knew", "discovered_at", "actions", "recurred_after_warning", "persistent", "timely"}
)


def outcome_facts(inc: Incident) -> frozenset[str]:
    """The facts of ``FACTS`` that ``decide`` reads for this incident's branch.

    Changing any other of them leaves S6's result as it is (the explanation may
    still mention it), so the what-if list need not try it: whether it was
    noticeable does not matter to someone who knew, nor the measures' times to
    someone who did not.
    """
    if inc.knew is None:
        return _READ_WHETHER_KNEW
    if inc.knew is False:
        return _READ_UNAWARE
    if inc.actions is None:
        return _READ_MEASURES_UNKNOWN
    return _READ_KNEW


def _earliest(inc: Incident, checks: Sequence[MeasureCheck]) -> MeasureCheck:
    """The earliest measure by the start of its time (unknown last), ties by order."""
    actions = inc.actions or ()

    def when(check: MeasureCheck) -> tuple[dt.datetime, int]:
        at = actions[check.position].at
        return (dt.datetime.max if at is None else at.start, check.position)

    return min(checks, key=when)


def _knew(
    inc: Incident, timely_hours: float, late_hours: float
) -> tuple[Outcome, Route | None, tuple[str, ...], tuple[MeasureCheck, ...], MeasureCheck | None]:
    """The knew-it branch: outcome, route, missing, checks and the deciding measure."""
    checks = check_measures(inc, timely_hours, late_hours)
    strong = [c for c in checks if c.strong]
    soft = [c for c in checks if not c.strong]
    strong_ok = fuzzy.or3(*[c.prompt for c in strong])
    soft_prompt = fuzzy.or3(*[c.prompt for c in soft])
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


def _window_matters(checks: tuple[MeasureCheck, ...], w: float, late: float) -> bool:
    """Whether some measure's verdict could differ with the timely window halved or doubled.

    A measure wholly within half the window is prompt, and one past both the late
    window and twice the timely one late, whichever window in between applies.
    """
    return any(
        c.elapsed is not None
        and not c.before_discovery
        and not (c.elapsed[1] <= w / 2 or c.elapsed[0] > max(late, 2 * w))
        for c in checks
    )


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
    knew_at = inc.discovered_at
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
    if inc.timely is None and _window_matters(checks, w, late):
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


# --- explanation ------------------------------------------------------------------------


def hours_text(h: float) -> str:
    """Hours as a short number: 2, 30.5."""
    return f"{h:.1f}".rstrip("0").rstrip(".")


def elapsed_text(elapsed: tuple[float, float]) -> Bilingual:
    """An elapsed interval in hours: ``30 小时`` or ``10–34 小时`` (days added past two days)."""
    lo, hi = elapsed
    if lo == hi:
        zh, en = f"{hours_text(lo)} 小时", f"{hours_text(lo)} h"
    else:
        zh = f"{hours_text(max(lo, 0))}–{hours_text(hi)} 小时"
        en = f"{hours_text(max(lo, 0))}–{hours_text(hi)} h"
    if hi >= 48:
        days = hi / 24 if lo == hi else (max(lo, 0) + hi) / 48
        zh += f"（约 {days:.0f} 天）"
        en += f" (about {days:.0f} days)"
    return zh, en


def _measure_line(inc: Incident, c: MeasureCheck, s: Settings) -> Bilingual:
    name_zh, name_en = labels.ACTIONS[c.kind]
    actions = inc.actions or ()
    at = actions[c.position].at
    by = ("（其他管理者）", " (by another manager)") if c.by_other else ("", "")
    when_zh = when_en = ""
    if at is not None:
        when_zh, when_en = f"{at.shown}，", f"{at.shown}, "
    if c.before_discovery:
        took = ("早于记录的知道时间", "before the recorded time of knowing")
    elif c.elapsed is None:
        took = ("用时不详", "time taken unknown")
    else:
        e = elapsed_text(c.elapsed)
        took = (f"知道后 {e[0]}", f"{e[1]} after knowing")
    w, late = hours_text(s.timely_window_hours), hours_text(s.late_after_hours)
    if c.by_judgement:
        verdict = (
            ("及时（您的判断）", "prompt (your judgement)")
            if c.prompt
            else ("不及时（您的判断）", "not prompt (your judgement)")
        )
    elif c.prompt is True:
        verdict = (
            ("按及时处理", "treated as prompt")
            if c.before_discovery
            else (
                f"及时（≤ {w} 小时）",
                f"prompt (≤ {w} h)",
            )
        )
    elif c.prompt is False:
        verdict = (f"不及时（> {late} 小时）", f"late (> {late} h)")
    elif c.grey:
        verdict = (
            f"在 {w}–{late} 小时之间，是否及时只能由您判断",
            f"between {w} and {late} h: only your judgement can settle promptness",
        )
    elif c.elapsed is not None:
        verdict = (
            "是否及时取决于更精确的时间",
            "promptness depends on a more precise time",
        )
    else:
        verdict = ("是否及时无法判断", "promptness cannot be judged")
    strength = ("有力措施", "strong measure") if c.strong else ("较弱措施", "soft measure")
    return (
        f"{c.position + 1}. {name_zh}{by[0]}（{strength[0]}）：{when_zh}{took[0]}，{verdict[0]}",
        f"{c.position + 1}. {name_en}{by[1]} ({strength[1]}): {when_en}{took[1]}, {verdict[1]}",
    )


def explain(
    inc: Incident, result: StepResult, settings: Settings, cites: tuple[Citation, ...]
) -> Bilingual:
    """The finding of S6."""
    who = labels.person(inc.role and inc.role.value)
    reg = cites[0]
    duty = (f"《规定》{art(reg)}", f"Provisions {art(reg, 'en')}")
    eco = ecosystem_sentence(inc, cites)
    if inc.knew is None:
        return (
            f"不清楚{who[0]}是否知道这条信息（发现或收到投诉、通知）。",
            f"It is unknown whether {who[1]} knew of the content (found it, or was told).",
        )
    if inc.knew is False:
        return _explain_unaware(inc, result, who, duty, eco)
    if inc.actions is None:
        return (
            f"{who[0]}知道这条信息，但不清楚采取了哪些措施。",
            f"{who[1].capitalize()} knew, but the measures taken are unknown.",
        )
    lines = [_measure_line(inc, c, settings) for c in result.measures]
    measures = (
        ("；".join(z for z, _ in lines), "; ".join(e for _, e in lines))
        if lines
        else ("没有采取任何措施", "no measure taken")
    )
    knew_at = inc.discovered_at
    at_text = knew_at.shown if knew_at else ("时间不详", "time unknown")
    at_zh = at_text if isinstance(at_text, str) else at_text[0]
    at_en = at_text if isinstance(at_text, str) else at_text[1]
    head = (
        f"{who[0]}知道这条信息（{at_zh}）。措施：{measures[0]}。",
        f"{who[1].capitalize()} knew ({at_en}). Measures: {measures[1]}.",
    )
    if CLOCK_2017 in result.notes:
        head = (
            head[0] + "知道的时间早于 2017-10-08，注意义务从《规定》施行时起算。",
            head[1] + " They knew before 2017-10-08; the duty of care runs from then.",
        )
    tail = _knew_tail(inc, result, duty)
    return (head[0] + tail[0] + eco[0], head[1] + " " + tail[1] + eco[1])


def _knew_tail(inc: Incident, result: StepResult, duty: Bilingual) -> Bilingual:
    route = result.route
    other = (
        ("这项措施由其他管理者采取，同样算数。", " Another manager took it, which counts.")
        if OTHER_MANAGER in result.notes
        else ("", "")
    )
    if Caution.CONTENT_LEFT_UP in result.cautions:
        other = (
            other[0] + "但移出发布者或举报并不会删除消息，信息可能仍在群里：建议现在删除；"
            "法院可能追问为何一直保留——只举报而信息仍在群里，免责的理由较弱。",
            other[1] + " But removing the poster or reporting does not take the messages "
            "down, and they may still be up: delete them now. Courts may ask why they stayed "
            "— an exemption resting on a report while the content stays up is weaker.",
        )
    if result.outcome is Outcome.EXEMPT and route is not None:
        if route is Route.WARNED_NO_RECURRENCE:
            return (
                "及时警告、删除或提醒后，信息没有再出现，注意义务已经履行"
                f"（{duty[0]}）。" + other[0],
                "A prompt warning, deletion or reminder and no recurrence: the duty of care "
                f"({duty[1]}) was met." + other[1],
            )
        name = labels.ACTIONS[route.value]
        return (
            f"及时{name[0]}属于有力措施（2017 年解读 C 部分列举了移出和举报），注意义务已经履行"
            f"（{duty[0]}）。" + other[0],
            f"Promptly ({name[1]}) is a strong measure (part C of the 2017 explainer names "
            f"removal and reporting): the duty of care ({duty[1]}) was met." + other[1],
        )
    if route is Route.NO_MEASURE:
        rules = (
            (
                "群规虽已存在，但知道后什么都不做，群规本身不能免责。",
                " Group rules existed, but rules alone do not exempt someone who knew and did nothing.",
            )
            if inc.rules_before_incident is True
            else ("", "")
        )
        return (
            f"知道后没有采取任何措施，没有履行注意义务（{duty[0]}）。" + rules[0],
            f"Nothing was done after knowing: the duty of care ({duty[1]}) was not met." + rules[1],
        )
    if route is Route.RECURRED_AFTER_SOFT:
        return (
            "警告、删除或提醒后信息再次出现，之后没有及时采取移出、举报或解散等有力措施，"
            f"没有履行注意义务（{duty[0]}）。",
            "The content came back after the warning, deletion or reminder, and no prompt "
            "strong measure (removal, report, dissolution) followed: the duty of care "
            f"({duty[1]}) was not met.",
        )
    if route is Route.LATE_MEASURE:
        return (
            f"措施都不及时，没有履行注意义务（{duty[0]}）。",
            f"Every measure was late: the duty of care ({duty[1]}) was not met.",
        )
    timing = ("", "")
    if any(m == "discovered_at" or m.startswith("actions[") for m in result.missing):
        timing = (
            "时间查不清时，也可以由您在“是否及时”中作出判断。",
            " If the times cannot be found, your own judgement of promptness settles it too.",
        )
    return (
        "是否及时履行了注意义务还无法判断。" + timing[0],
        "Whether the duty of care was met promptly cannot yet be judged." + timing[1],
    )


def _explain_unaware(
    inc: Incident, result: StepResult, who: Bilingual, duty: Bilingual, eco: Bilingual
) -> Bilingual:
    manage = (
        f"管理义务是管理，不是监看每一条消息（{duty[0]}；2017 年解读 C 部分列举了群规、移出和举报）。",
        f"The duty is to manage, not to monitor every message ({duty[1]}; part C of the "
        "2017 explainer names rules, removal and reporting).",
    )
    if result.route is Route.SHOULD_HAVE_KNOWN:
        rules = (
            ("事先的群规可以作为减轻的情节。", " Group rules in place beforehand can mitigate.")
            if inc.rules_before_incident is True
            else ("", "")
        )
        return (
            f"{who[0]}说不知道这条信息，但它很显眼（置顶、多日反复、@了{who[0]}或有成员在群里投诉），"
            "管理群的人应当看到，因此应当知道。" + manage[0] + rules[0] + eco[0],
            f"{who[1].capitalize()} says they did not know, but the content was hard to miss "
            "(pinned, repeated on several days, @-mentioning them, or complained about in the "
            "group): someone managing the group should have seen it. "
            + manage[1]
            + rules[1]
            + eco[1],
        )
    if result.outcome is Outcome.EXEMPT:
        why = (
            ("信息并不显眼", "the content was easy to miss")
            if inc.noticeable is False
            else ("信息只是偶发的一条", "the content was an isolated post")
        )
        rules = (
            (
                "而且发帖前群里已有禁止此类信息的群规（预防性的注意义务）。",
                " And group rules forbidding such content were in place beforehand (the preventive route of the duty).",
            )
            if result.route is Route.GROUP_RULES
            else ("", "")
        )
        stayed = (
            (
                "但信息一直留在群里：现在知道了，应当删除。",
                " But the content stayed up: now that they know, it should come down.",
            )
            if Caution.CONTENT_STAYED_UP in result.cautions
            else ("", "")
        )
        return (
            f"{who[0]}不知道这条信息，{why[0]}。" + manage[0] + rules[0] + stayed[0] + eco[0],
            f"{who[1].capitalize()} did not know of it, and {why[1]}. "
            + manage[1]
            + rules[1]
            + stayed[1]
            + eco[1],
        )
    return (
        f"{who[0]}不知道这条信息；结论取决于信息是否显眼（管理群的人是否难以忽视）"
        + ("，以及信息是偶发还是反复、长期存在" if "persistent" in result.missing else "")
        + "。",
        f"{who[1].capitalize()} did not know of it; the result turns on whether the content "
        "was hard to miss for someone managing the group"
        + (
            " and whether it was isolated or repeated/long-lived"
            if "persistent" in result.missing
            else ""
        )
        + ".",
    )


def assumptions(inc: Incident, result: StepResult, s: Settings) -> tuple[Assumption, ...]:
    """The app's assumptions S6 used for this case."""
    out: list[Assumption] = []
    if inc.knew is False:
        if result.route is Route.SHOULD_HAVE_KNOWN:
            out.append(
                Assumption(
                    (
                        "置顶、多日反复、@此人或有成员在群里投诉的信息，管理群的人应当看到（本应用的假定）；"
                        "事先的群规可以减轻。",
                        "Content that was pinned, repeated on several days, @-mentioned the "
                        "person or was complained about in the group is content a manager should "
                        "have seen (app assumption); rules in place can mitigate.",
                    )
                )
            )
        elif result.outcome is Outcome.EXEMPT:
            out.append(
                Assumption(
                    (
                        "不知情、信息不显眼或只是偶发时，不要求管理者监看每一条消息，视为已尽义务"
                        "（本应用的假定，依据 2017 年解读 C 部分）。",
                        "A manager who did not know of content that was easy to miss or isolated "
                        "is not expected to monitor every message and is taken to have met the "
                        "duty (app assumption, from part C of the 2017 explainer).",
                    )
                )
            )
        return tuple(out)
    if not result.measures:
        return ()
    out.append(
        Assumption(
            (
                "移出发布者、向平台或主管机关举报、解散群组是有力措施；警告、删除信息、在群里提醒是较弱"
                "措施，只有信息没有再出现才算尽了义务（本应用的假定，依据 2017 年解读 C 部分和公安实务）。",
                "Removing the poster, reporting to the platform or authorities and dissolving "
                "the group are strong measures; a warning, deleting the message or reminding the "
                "group are soft ones that meet the duty only if the content did not come back "
                "(app assumption, from part C of the 2017 explainer and police practice).",
            )
        )
    )
    if any(not c.by_judgement for c in result.measures):
        w, late = hours_text(s.timely_window_hours), hours_text(s.late_after_hours)
        out.append(
            Assumption(
                (
                    f"知道后 {w} 小时内采取的措施算“及时”（可在设置中调整；您在“是否及时”中的判断优先）。",
                    f"A measure within {w} h of knowing is “prompt” (adjustable in settings; "
                    "your own judgement of promptness wins).",
                ),
                "timely_window_hours",
                s.timely_window_hours,
            )
        )
        out.append(
            Assumption(
                (
                    f"超过 {late} 小时算“不及时”；{w}–{late} 小时之间只有您的判断能决定（可在设置中调整）。",
                    f"Past {late} h a measure is “late”; between {w} and {late} h only your "
                    "judgement decides (adjustable in settings).",
                ),
                "late_window_hours",
                s.late_window_hours,
            )
        )
    if any(c.by_other for c in result.measures):
        out.append(Assumption(OTHER_MANAGER_ASSUMPTION))
    if any(c.before_discovery for c in result.measures):
        out.append(
            Assumption(
                (
                    "有措施记录的时间早于“知道的时间”，本应用按及时处理；请核对这两个时间。",
                    "A measure is dated before the recorded time of knowing; it is treated as "
                    "prompt — check both times.",
                )
            )
        )
    if WINDOW_SENSITIVE in result.notes:
        out.append(Assumption(WINDOW_ASSUMPTION))
    if inc.recurred_after_warning is True and result.outcome is Outcome.NOT_EXEMPT:
        out.append(
            Assumption(
                (
                    "本应用从“知道的时间”起计算是否及时；案件格式不记录信息再次出现的时间。如果再次出现后立即"
                    "采取了措施，请在“是否及时”中作出您的判断。",
                    "Promptness is counted from the time of knowing; the case format has no time "
                    "for the recurrence. If a measure followed the recurrence at once, record "
                    "your judgement under “prompt?”.",
                )
            )
        )
    return tuple(out)
