"""S4 本人行为 — is it the person's own conduct?

The rule in plain words:
    信息是此人自己发布的，或此人转发、附和、组织了它，这是本人的行为，由本人直接负责
    （《规定》第十条、第九条第二款），不是群组管理责任的问题，也谈不上免责。建立或管理一个
    主要用于淫秽、赌博或违法犯罪活动的群组，同样是本人的行为（网络安全法第四十六条 / 2025 年
    第四十八条；刑法第二百八十七条之一；2010 年解释（二）第三条），即使没有记录到具体的帖子。
    Posting, forwarding, endorsing or organising the content is the person's own
    conduct, answered for directly (Regulation art. 10, art. 9 para. 2) — not a question
    of the management duty, and no exemption applies. Creating or managing a group run
    mainly for obscene content, gambling or crime is own conduct too (Cybersecurity Law
    art. 46 / 2025 art. 48; Criminal Law art. 287-1; 2010 interpretation (II) art. 3),
    even with no post recorded.

Rules (shared/spec/analysis.md, S4), in order:
    1. ``poster == "self"`` → OWN_CONDUCT ``posted``; ``participated`` → ``participated``.
    2. ``role`` creator/manager and an unlawful ``group_purpose`` → ``unlawful_group``,
       whatever ``poster`` is.
    3. Unknowns: ``poster`` → missing; ``participated`` → missing; ``group_purpose``
       unknown while ``role`` is not ``member`` and ``content`` holds
       ``obscene_violence``, ``fraud`` or ``other_prohibited`` → missing; ``role``
       unknown while the purpose is unlawful → missing.

Decisions taken here:
    * With ``content == []`` (reached only for an unlawful-purpose group) nothing
      prohibited was posted, so rule 1 and the poster/participation unknowns do not
      apply: only the group itself can be the person's conduct.
"""

from __future__ import annotations

from cases.law.library import Citation, Level
from cases.model import labels
from cases.model.domain import Content, GroupPurpose, Incident, Poster, Role
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.steps.common import (
    REGULATION_IN_FORCE,
    Clause,
    Outcome,
    Route,
    Status,
    StepResult,
    art,
    cite_text,
    conduct_day,
    passed,
    unknown,
)
from cases.rules.steps.s3_content import UNLAWFUL_PURPOSES

ID = "S4"
TITLE: Bilingual = labels.STEP_TITLES["S4"]
FACTS = ("poster", "participated", "role", "group_purpose", "content")
_BASE = (
    Clause("group_regulation", "no_prohibited_content", REGULATION_IN_FORCE),
    Clause("group_regulation", "member_duty", REGULATION_IN_FORCE),
)
CLAUSES = (
    *_BASE,
    Clause("cybersecurity_law", "no_illegal_groups"),
    Clause("criminal_law", "illegal_use_of_network"),
    Clause("spc_spp_2010_obscene_ii", "obscene_group"),
)
"""Regulation §10 and §9 ¶2; for ``unlawful_group`` 网络安全法 §46 / §48, 刑法 §287-1 and
2010 解释（二）§3, by the conduct's date."""

_PASSED = passed(ID, _BASE)
_PURPOSE_MATTERS = frozenset({Content.OBSCENE_VIOLENCE, Content.FRAUD, Content.OTHER_PROHIBITED})


def _own(route: Route, clauses: tuple[Clause, ...]) -> StepResult:
    return StepResult(ID, Status.CONCLUDED, Outcome.OWN_CONDUCT, route, (), clauses, (Level.LAW,))


def _group_clauses(inc: Incident) -> tuple[Clause, ...]:
    on = conduct_day(inc.date, inc.last_seen)
    out = [
        *_BASE,
        Clause("cybersecurity_law", "no_illegal_groups", on),
        Clause("criminal_law", "illegal_use_of_network", on),
    ]
    if inc.group_purpose is GroupPurpose.OBSCENE:
        out.append(Clause("spc_spp_2010_obscene_ii", "obscene_group", on))
    return tuple(out)


def decide(inc: Incident, settings: Settings) -> StepResult:
    """Apply the S4 rules in order."""
    posted_something = inc.content is None or bool(inc.content)
    if posted_something:
        if inc.poster is Poster.SELF:
            return _own(Route.POSTED, _BASE)
        if inc.participated is True:
            return _own(Route.PARTICIPATED, _BASE)
    managing = inc.role in (Role.CREATOR, Role.MANAGER)
    unlawful = inc.group_purpose in UNLAWFUL_PURPOSES
    if managing and unlawful:
        return _own(Route.UNLAWFUL_GROUP, _group_clauses(inc))
    missing: list[str] = []
    if posted_something:
        if inc.poster is None:
            missing.append("poster")
        if inc.participated is None:
            missing.append("participated")
    if (
        inc.group_purpose is None
        and inc.role is not Role.MEMBER
        and _PURPOSE_MATTERS.intersection(inc.content or ())
    ):
        missing.append("group_purpose")
    if inc.role is None and unlawful:
        missing.append("role")
    if missing:
        return unknown(ID, _BASE, *missing)
    return _PASSED


def explain(
    inc: Incident, result: StepResult, settings: Settings, cites: tuple[Citation, ...]
) -> Bilingual:
    """The finding of S4."""
    who = labels.person(inc.role and inc.role.value)
    art10 = (art(cites[0]), art(cites[0], "en"))
    if result.route is Route.POSTED:
        return (
            f"信息是{who[0]}本人发布的。这是本人的行为，由本人直接负责（《规定》{art10[0]}），"
            "不是群组管理责任的问题，也谈不上免责。",
            f"{who[1].capitalize()} posted the content. That is their own conduct, answered for "
            f"directly (Provisions {art10[1]}) — not a question of the management duty, and no "
            "exemption applies.",
        )
    if result.route is Route.PARTICIPATED:
        return (
            f"信息虽非{who[0]}发布，但{who[0]}转发、附和或组织了它，属于本人参与传播，由本人直接负责"
            f"（《规定》{art10[0]}）。",
            f"{who[1].capitalize()} did not post it but forwarded, endorsed or organised it: "
            f"their own part in spreading it, answered for directly (Provisions {art10[1]}).",
        )
    if result.route is Route.UNLAWFUL_GROUP:
        purpose = labels.PURPOSES[inc.group_purpose.value if inc.group_purpose else "ordinary"]
        role = labels.ROLES[inc.role.value if inc.role else "creator"]
        laws = "；".join(cite_text(c) for c in cites[2:])
        laws_en = "; ".join(cite_text(c, "en") for c in cites[2:])
        return (
            f"此人是群组的{role[0]}，而群组的主要用途是“{purpose[0]}”。建立或管理这样的群组本身就是"
            f"此人自己的行为（{laws}），不是对他人信息的注意义务问题，即使没有记录到具体的帖子；"
            "可能构成什么，见第七步的其他法律提示。",
            f"The person is the group's {role[1]}, and the group's main purpose was "
            f"“{purpose[1]}”. Setting up or running such a group is the person's own conduct "
            f"({laws_en}) — not a duty of care over others' posts, even with no post recorded; "
            "what it may amount to is flagged in step 7.",
        )
    if result.status is Status.UNKNOWN:
        parts = []
        if "poster" in result.missing:
            parts.append(("不清楚信息是谁发布的", "it is unknown who posted the content"))
        if "participated" in result.missing:
            parts.append(
                (
                    f"不清楚{who[0]}是否转发、附和或组织了它",
                    f"it is unknown whether {who[1]} took part in spreading it (forwarding, "
                    "endorsing or organising it)",
                )
            )
        if "group_purpose" in result.missing:
            parts.append(
                (
                    "不清楚群组的主要用途：若主要用于淫秽、赌博或违法犯罪活动，建立或管理它就是本人的行为",
                    "the group's purpose is unknown: if it was mainly for obscene content, "
                    "gambling or crime, running it is the person's own conduct",
                )
            )
        if "role" in result.missing:
            parts.append(
                (
                    "群组用途违法，但不清楚此人是否是建立者或管理者",
                    "the group's purpose is unlawful, but whether the person created or "
                    "managed it is unknown",
                )
            )
        zh = "；".join(p[0] for p in parts)
        en = "; ".join(p[1] for p in parts)
        return (zh + "。", en[0].upper() + en[1:] + ".")
    return (
        f"信息由他人发布，{who[0]}没有转发、附和或组织。下面判断{who[0]}是否负有管理责任。",
        f"Someone else posted it and {who[1]} took no part in it. Next: does {who[1]} carry "
        "a management duty?",
    )
