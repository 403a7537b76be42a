"""S5 管理身份 — does the person carry the management duty?

The rule in plain words:
    群组建立者、管理者应当履行群组管理责任（《规定》第九条第一款；2020-03-01 起《网络信息内容
    生态治理规定》第十九条对群组建立者、管理者规定了同样的义务，位阶高于《规定》）。普通成员只
    对自己的发言负责（第九条第二款），对他人发布的信息没有管理责任。国家网信办答记者问把它概括为
    “谁建群谁负责、谁管理谁负责”——这是官方解读，不是条文。
    Group creators and managers carry the management duty (Regulation art. 9 para. 1;
    from 2020-03-01 the Content Ecosystem Provisions art. 19, a higher-ranking 部门规章,
    lays the same duty on them). An ordinary member answers only for their own posts
    (art. 9 para. 2). The CAC's Q&A summed it up as "whoever creates or manages a group
    is responsible" — an official interpretation, not the clause's words.

Rules (shared/spec/analysis.md, S5): ``role`` unknown → missing; ``member`` → NO_DUTY.
"""

from __future__ import annotations

from cases.law.library import Citation, Level
from cases.model import labels
from cases.model.domain import Incident, Role
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.steps.common import (
    ECOSYSTEM_IN_FORCE,
    REGULATION_IN_FORCE,
    Clause,
    Outcome,
    Status,
    StepResult,
    art,
    authority,
    conduct_day,
    passed,
    unknown,
)

ID = "S5"
TITLE: Bilingual = labels.STEP_TITLES["S5"]
FACTS = ("role",)
CLAUSES = (
    Clause("group_regulation", "owner_duty", REGULATION_IN_FORCE),
    Clause("group_regulation", "member_duty", REGULATION_IN_FORCE),
    Clause("content_ecosystem_provisions", "group_manager_duty", ECOSYSTEM_IN_FORCE),
    authority("qa_owner_duty"),
)
"""Regulation §9 ¶1 and ¶2; 生态治理规定 §19 for conduct from 2020-03-01; the Q&A (level 2)."""


_PASSED_ECO = passed(ID, CLAUSES)
_PASSED = passed(ID, (CLAUSES[0], CLAUSES[1], CLAUSES[3]))


def ecosystem_applies(inc: Incident) -> bool:
    """Whether the conduct reaches 2020-03-01 or later (生态治理规定 cited beside the Regulation)."""
    on = conduct_day(inc.date, inc.last_seen)
    return on is not None and on >= ECOSYSTEM_IN_FORCE


def clauses_for(inc: Incident) -> tuple[Clause, ...]:
    """The clauses S5 rests on for this incident."""
    if ecosystem_applies(inc):
        return CLAUSES
    return (CLAUSES[0], CLAUSES[1], CLAUSES[3])


def decide(inc: Incident, settings: Settings) -> StepResult:
    """Apply the S5 rules."""
    clauses = clauses_for(inc)
    if inc.role is None:
        return unknown(ID, clauses, "role")
    if inc.role is Role.MEMBER:
        return StepResult(ID, Status.CONCLUDED, Outcome.NO_DUTY, None, (), clauses, (Level.LAW,))
    return _PASSED_ECO if len(clauses) == len(CLAUSES) else _PASSED


def ecosystem_sentence(inc: Incident, cites: tuple[Citation, ...]) -> Bilingual:
    """The 生态治理规定 §19 sentence, or empty text when it does not apply."""
    eco = [c for c in cites if c.law_id == "content_ecosystem_provisions"]
    if not eco:
        return ("", "")
    date = inc.date
    partly = date is not None and date.first < ECOSYSTEM_IN_FORCE
    when = (
        ("（对 2020-03-01 及以后的行为）", " (for conduct from 2020-03-01)") if partly else ("", "")
    )
    return (
        f"2020-03-01 起，部门规章《网络信息内容生态治理规定》{art(eco[0])}对群组建立者、管理者规定了"
        f"同样的管理义务，位阶高于《规定》{when[0]}。",
        " From 2020-03-01 the Content Ecosystem Provisions (a departmental rule, ranking "
        f"above the Provisions) lay the same duty on group founders and managers in "
        f"{art(eco[0], 'en')}{when[1]}.",
    )


def explain(
    inc: Incident, result: StepResult, settings: Settings, cites: tuple[Citation, ...]
) -> Bilingual:
    """The finding of S5."""
    owner, member = cites[0], cites[1]
    if result.status is Status.UNKNOWN:
        return (
            "不清楚此人在群里是群主、管理者还是普通成员。",
            "The person's role in the group is unknown.",
        )
    if result.outcome is Outcome.NO_DUTY:
        return (
            f"此人只是普通成员。《规定》{art(owner)}的群组管理责任只针对建立者、管理者；成员只负有"
            f"{art(member)}守法、文明互动的义务，而这条信息不是其发布或参与传播的，因此没有管理责任可言。",
            f"The person is an ordinary member. The management duty of {art(owner, 'en')} binds "
            f"only creators and managers; members must obey the law in their own posts "
            f"({art(member, 'en')}), and this content was neither posted nor spread by them.",
        )
    role = labels.ROLES[inc.role.value if inc.role else "creator"]
    eco = ecosystem_sentence(inc, cites)
    return (
        f"此人是{role[0]}，负有《规定》{art(owner)}规定的群组管理责任。"
        + eco[0]
        + "答记者问把它概括为"
        "“谁建群谁负责、谁管理谁负责”——这是官方解读，不是条文原文；责任的内容是注意义务（见下一步）。",
        f"The person is the {role[1]} and carries the management duty of {art(owner, 'en')} "
        "of the Provisions." + eco[1] + " The official Q&A summed it up as “whoever creates "
        "or manages a group is responsible” — an interpretation, not the clause's words; its "
        "content is a duty of care (next step).",
    )
