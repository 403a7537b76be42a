"""What would change the outcome: single changes re-run through the engine.

The candidates are the changes a person could have made or can still establish
(shared/spec/analysis.md, "What-if"): an unknown fact answered either way; a fuzzy
date or time made precise, at either end of what it stands for, where that decides;
a measure taken promptly after knowing, by the person or by another manager; group
rules in place beforehand. Only those that change the outcome are listed, each with
its new outcome and route (the label graded by the new ``basis``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Any

from cases.model import labels
from cases.model.domain import (
    Action,
    ActionBy,
    ActionKind,
    ChatKind,
    Content,
    GroupPurpose,
    Incident,
    Poster,
    Role,
    dated_facts,
    with_dated_fact,
    with_facts,
)
from cases.model.fuzzy import FuzzyDate, FuzzyTime, precise_ends
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.engine import FACT_STEP, STEP_IDS, Decision, decide_changed
from cases.rules.results import WhatIf
from cases.rules.steps import s7_consequences, time_limits
from cases.rules.steps.common import REGULATION_IN_FORCE, Outcome
from cases.rules.steps.s6_duty_of_care import CLOCK_START, outcome_facts
from cases.rules.steps.time_limits import ConsequenceKind, LimitStatus

S6 = STEP_IDS.index("S6")

_ENUM_FIELDS: dict[str, tuple[type[enum.StrEnum], dict[str, Bilingual]]] = {
    "chat_kind": (ChatKind, labels.CHAT_KINDS),
    "role": (Role, labels.ROLES),
    "poster": (Poster, labels.POSTERS),
    "group_purpose": (GroupPurpose, labels.PURPOSES),
}
_MEASURES = (
    ActionKind.REMOVED_POSTER,
    ActionKind.REPORTED_PLATFORM,
    ActionKind.REPORTED_AUTHORITY,
    ActionKind.DISSOLVED_GROUP,
    ActionKind.WARNED,
)
_HOUR = dt.timedelta(hours=1)
_BEFORE = FuzzyDate.exact(REGULATION_IN_FORCE - dt.timedelta(days=1))
_FROM = FuzzyDate.exact(REGULATION_IN_FORCE)


def _answers(inc: Incident, s: Settings) -> Iterator[tuple[str, Any, Bilingual]]:
    """Each unknown fact answered each meaningful way: (field, value, description)."""
    if inc.date is None:
        yield (
            "date",
            _BEFORE,
            ("信息发布于 2017-10-08 之前", "the content was posted before 2017-10-08"),
        )
        yield (
            "date",
            _FROM,
            ("信息发布于 2017-10-08 或之后", "the content was posted on or after 2017-10-08"),
        )
    if inc.last_seen is None and inc.persistent is not False:
        yield (
            "last_seen",
            _BEFORE,
            ("信息在 2017-10-08 之前已不在群里", "the content was gone before 2017-10-08"),
        )
        yield (
            "last_seen",
            _FROM,
            ("信息到 2017-10-08 仍在群里", "the content was still up on 2017-10-08"),
        )
    for name, (kind, names) in _ENUM_FIELDS.items():
        if getattr(inc, name) is None:
            for value in kind:
                zh, en = names[value.value]
                yield (
                    name,
                    value,
                    (
                        f"{labels.field_label(name)}为“{zh}”",
                        f"{labels.field_label(name, 'en')} is “{en}”",
                    ),
                )
    if inc.member_count is None:
        m = s.small_family_max
        yield "member_count", 2, ("群里只有两人", "the group had only two members")
        yield "member_count", m, (f"群成员不超过 {m} 人", f"the group had at most {m} members")
        yield "member_count", m + 1, (f"群成员超过 {m} 人", f"the group had more than {m} members")
    if inc.content is None:
        yield "content", (), ("群里的信息不属于违法信息", "the content was not prohibited")
        yield (
            "content",
            (Content.OTHER_PROHIBITED,),
            ("群里的信息属于违法信息", "the content was prohibited"),
        )
    for name, (when_true, when_false) in labels.BOOL_PHRASES.items():
        if getattr(inc, name) is None:
            yield name, True, when_true
            yield name, False, when_false
    if inc.knew is True and inc.actions is None:
        yield "actions", (), ("知道后没有采取任何措施", "no measure was taken after knowing")


def _precise(inc: Incident, missing: tuple[str, ...]) -> Iterator[tuple[str, Incident, Bilingual]]:
    """Fuzzy values named as missing, made precise at either end of what they stand for."""
    for field, value in dated_facts(inc):
        if field not in missing or value.is_exact:
            continue
        label = (labels.field_label(field, "zh"), labels.field_label(field, "en"))
        for end in precise_ends(value):
            shown = end.shown if isinstance(end, FuzzyTime) else str(end)
            yield (
                field,
                with_dated_fact(inc, field, end),
                (f"如果能确定{label[0]}是 {shown}", f"If {label[1]} is established as {shown}"),
            )


def _prompt_measures(inc: Incident, s: Settings) -> Iterator[tuple[str, Incident, Bilingual]]:
    """The same facts plus one measure taken promptly after knowing, by the person or another manager."""
    if inc.knew is not True:
        return
    hours = f"{s.timely_window_hours:g}"
    earlier = inc.actions or ()
    knew_at = inc.discovered_at
    who, who_en = labels.person(inc.role and inc.role.value)
    at: FuzzyTime | None = None
    if knew_at is not None:
        # An hour after the clock starts; at its start when that is past year 9999.
        start = max(knew_at.start, CLOCK_START)
        at = FuzzyTime.exact(start + _HOUR if start <= dt.datetime.max - _HOUR else start)
    for by in (ActionBy.SELF, ActionBy.OTHER_MANAGER):
        actor = (who, who_en) if by is ActionBy.SELF else ("其他管理者", "another manager")
        # Another manager's measure counts like the person's own: one is offered, the
        # removal of the poster, to show it (the label says 可能: an assumption).
        kinds = _MEASURES if by is ActionBy.SELF else (ActionKind.REMOVED_POSTER,)
        for kind in kinds:
            zh, en = labels.ACTIONS[kind.value]
            desc = (
                f"{actor[0]}在发现后 {hours} 小时内{zh}",
                f"{actor[1]} had {en} within {hours} h of finding out",
            )
            changes: dict[str, Any] = {
                "actions": (*earlier, Action(kind, at, by)),
                "timely": None if at is not None else True,
            }
            if kind is ActionKind.WARNED and inc.recurred_after_warning is None:
                changes["recurred_after_warning"] = False
                desc = (desc[0] + "且信息未再出现", desc[1] + ", and it did not recur")
            yield "actions", with_facts(inc, **changes), desc


def _police_in_time(
    inc: Incident, base: Decision, today: dt.date, limits: tuple[time_limits.Limit, ...] | None
) -> Iterator[WhatIf]:
    """The police learning of it in time: an administrative limit no longer runs out.

    Offered where a 治安 limit has expired unless the police knew (or is unclear on
    that); the outcome and route stay those of ``base`` — the limit's status changes.
    """
    if inc.police_aware is not None:
        return
    if limits is None:
        limits = s7_consequences.decide(inc, today, civil_applies=False).limits
    for limit in limits:
        if limit.kind is not ConsequenceKind.ADMINISTRATIVE or limit.until is None:
            continue
        if limit.status not in (LimitStatus.EXPIRED_UNLESS_POLICE_KNEW, LimitStatus.UNCLEAR):
            continue
        police = FuzzyDate.exact(limit.until)
        if (
            time_limits.administrative_status(limit.end, police, today)
            is not LimitStatus.NOT_BARRED
        ):
            continue
        until = limit.until.isoformat()
        yield WhatIf(
            (
                f"如果公安机关在 {until} 或之前已知悉此事，治安管理处罚的追究时效就没有届满"
                "（结论不变，改变的是时效）",
                f"If the police had learned of it on or before {until}, the time limit for an "
                "administrative penalty would not have run out (the outcome stays; the time "
                "limit changes)",
            ),
            base.outcome,
            base.route,
            "police_aware",
        )
        return


def what_if(
    inc: Incident,
    base: Decision,
    s: Settings,
    today: dt.date | None = None,
    limits: tuple[time_limits.Limit, ...] | None = None,
) -> tuple[WhatIf, ...]:
    """The single changes that change the outcome, each with the new outcome and route.

    With the analysis date given, the police learning of the matter within a 治安
    time limit that has otherwise run out is offered too (its outcome is unchanged).

    Args:
        inc: the facts.
        base: their decision.
        s: the settings.
        today: the analysis date (for the time limits).
        limits: S7's time limits for these facts, when already computed.
    """
    # A fact read only by a step after the one that stopped the chain cannot change
    # the outcome, so only the facts of the steps up to that one are tried; nor can
    # a fact of S6 alone that S6 does not read for this case (``outcome_facts``).
    s6_reads = outcome_facts(inc)
    candidates: list[tuple[str, Incident, Bilingual]] = [
        (name, with_facts(inc, **{name: value}), (f"如果{zh}", f"If {en}"))
        for name, value, (zh, en) in _answers(inc, s)
        if (step := FACT_STEP.get(name, len(STEP_IDS))) <= base.step
        and (step < S6 or name in s6_reads)
    ]
    candidates += list(_precise(inc, base.missing))
    # Measures can only help: an owner already exempt stays exempt with one more.
    if base.step == S6 and base.outcome is not Outcome.EXEMPT:
        candidates += [
            (name, changed, (f"如果{zh}", f"If {en}"))
            for name, changed, (zh, en) in _prompt_measures(inc, s)
        ]
    if inc.rules_before_incident is not True and base.step == S6 and inc.knew is False:
        candidates.append(
            (
                "rules_before_incident",
                with_facts(inc, rules_before_incident=True),
                (
                    "如果发帖前群里已有禁止此类信息的群规",
                    "If group rules had forbidden such content beforehand",
                ),
            )
        )
    out: list[WhatIf] = []
    seen: set[str] = set()
    for name, changed, (zh, en) in candidates:
        if zh in seen:  # the same change already listed: no need to decide it again
            continue
        # Steps before the first that reads the changed fact keep their results.
        start = FACT_STEP.get(name.split("[")[0], 0)
        result = decide_changed(changed, s, base, start)
        if result.outcome is base.outcome:
            continue
        seen.add(zh)
        outcome_zh = labels.outcome_label(result.outcome.value, result.tentative, "zh")
        outcome_en = labels.outcome_label(result.outcome.value, result.tentative, "en")
        route_zh = route_en = ""
        if result.route is not None:
            r_zh, r_en = labels.ROUTES[result.route.value]
            route_zh, route_en = f"，途径：{r_zh}", f", by: {r_en}"
        out.append(
            WhatIf(
                (
                    f"{zh}，结论将变为：{outcome_zh}{route_zh}",
                    f"{en}, the outcome would be: {outcome_en}{route_en}",
                ),
                result.outcome,
                result.route,
                name,
            )
        )
    if today is not None:
        out += _police_in_time(inc, base, today, limits)
    return tuple(out)
