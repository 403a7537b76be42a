"""What would change the outcome: single-fact changes re-run through the engine.

The candidates are the changes a person could have made or can still establish:
an unknown fact answered either way, a measure taken promptly after knowing, and
group rules in place beforehand. Only those that change the outcome are listed.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Any

from cases.model import labels
from cases.model.domain import (
    Action,
    ActionKind,
    ChatKind,
    Content,
    GroupPurpose,
    Incident,
    Poster,
    Role,
    with_facts,
)
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.model.labels import Bilingual
from cases.rules.engine import (
    REGULATION_IN_FORCE,
    STEP_FACTS,
    STEP_IDS,
    Decision,
    Outcome,
    Settings,
    decide,
)
from cases.rules.results import WhatIf

S6 = STEP_IDS.index("S6")
FACT_STEP: dict[str, int] = {
    fact: index for index, step in enumerate(STEP_IDS) for fact in STEP_FACTS[step]
}
"""The step (0-based) whose rule reads each fact; facts read only by S7's flags are absent."""

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


def _answers(inc: Incident, s: Settings) -> Iterator[tuple[str, Any, Bilingual]]:
    """Each unknown fact answered each meaningful way: (field, value, description)."""
    if inc.date is None:
        yield (
            "date",
            FuzzyDate.exact(REGULATION_IN_FORCE - dt.timedelta(days=1)),
            ("信息发布于 2017-10-08 之前", "the content was posted before 2017-10-08"),
        )
        yield (
            "date",
            FuzzyDate.exact(REGULATION_IN_FORCE),
            ("信息发布于 2017-10-08 或之后", "the content was posted on or after 2017-10-08"),
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


def _prompt_measures(inc: Incident, s: Settings) -> Iterator[tuple[str, Incident, Bilingual]]:
    """The same facts plus one measure taken promptly after knowing."""
    if inc.knew is not True:
        return
    hours = f"{s.timely_window_hours:g}"
    earlier = inc.actions or ()
    for kind in _MEASURES:
        zh, en = labels.ACTIONS[kind.value]
        desc = (f"在发现后 {hours} 小时内{zh}", f"{en} within {hours} h of finding out")
        changes: dict[str, Any] = {}
        if inc.discovered_at is not None:
            # An hour after knowing; at the moment of knowing when that is past year 9999.
            at = inc.discovered_at.start
            later = at + _HOUR if at <= dt.datetime.max - _HOUR else at
            action = Action(kind, FuzzyTime.exact(later))
            changes.update(actions=(*earlier, action), timely=None)
        else:
            changes.update(actions=(*earlier, Action(kind)), timely=True)
        if kind is ActionKind.WARNED and inc.recurred_after_warning is None:
            changes["recurred_after_warning"] = False
            desc = (desc[0] + "且信息未再出现", desc[1] + ", and it did not recur")
        yield "actions", with_facts(inc, **changes), desc


def what_if(inc: Incident, base: Decision, s: Settings) -> tuple[WhatIf, ...]:
    """The single-fact changes that change the outcome, each with the new outcome."""
    who, who_en = labels.person(inc.role and inc.role.value)
    # A fact read only by a step after the one that stopped the chain cannot change
    # the outcome, so only the facts of the steps up to that one are tried.
    candidates: list[tuple[str, Incident, Bilingual]] = [
        (name, with_facts(inc, **{name: value}), (f"如果{zh}", f"If {en}"))
        for name, value, (zh, en) in _answers(inc, s)
        if FACT_STEP.get(name, len(STEP_IDS)) <= base.step
    ]
    # Measures can only help: an owner already exempt stays exempt with one more.
    if base.step == S6 and base.outcome is not Outcome.EXEMPT:
        candidates += [
            (name, changed, (f"如果{who}{zh}", f"If {who_en} had {en}"))
            for name, changed, (zh, en) in _prompt_measures(inc, s)
        ]
    if inc.rules_before_incident is False and base.step == S6 and inc.knew is not True:
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
        result = decide(changed, s)
        if result.outcome is base.outcome or zh in seen:
            continue
        seen.add(zh)
        outcome_zh, outcome_en = labels.OUTCOMES[result.outcome.value]
        route_zh = route_en = ""
        if result.route is not None:
            r_zh, r_en = labels.ROUTES[result.route.value]
            route_zh, route_en = f"（{r_zh}）", f" ({r_en})"
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
    return tuple(out)
