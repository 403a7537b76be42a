"""Explains a decision step by step: findings in plain words, citations and assumptions.

The decision comes from ``cases.rules.engine``; each step module of
``cases.rules.steps`` explains its own result (its finding is built from the
citations its clause keys resolve to, so article numbers come from the law data).
This module puts the steps together, adds the steps that were not reached and S7's
statement of consequences, and lists the warnings.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from cases.law.library import Citation, library
from cases.model import date_checks, labels
from cases.model.domain import ChatKind, Incident
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.engine import STEP_FACTS, STEPS, Decision
from cases.rules.results import Assumption, Step
from cases.rules.steps import s2_group, s3_content, s6_duty_of_care, s7_consequences, s8_civil
from cases.rules.steps.common import REGULATION_IN_FORCE, Clause, Outcome, Status, StepResult

TITLES: dict[str, Bilingual] = labels.STEP_TITLES
S7_FACTS = s7_consequences.FACTS
S8_FACTS = s8_civil.FACTS
_ASSUMPTIONS: dict[str, Callable[[Incident, StepResult, Settings], tuple[Assumption, ...]]] = {
    "S2": s2_group.assumptions,
    "S3": s3_content.assumptions,
    "S6": s6_duty_of_care.assumptions,
}


def _reg(provision: str) -> Citation:
    """A clause of the Regulation (one version, in force from 2017-10-08)."""
    return library().cite("group_regulation", provision, REGULATION_IN_FORCE)


def _missing_text(inc: Incident, missing: tuple[str, ...]) -> Bilingual:
    # A fact known only roughly (a month, a day without the hour) says what it needs.
    zh = "；".join(labels.missing_label(inc, m, "zh") for m in missing)
    en = "; ".join(labels.missing_label(inc, m, "en") for m in missing)
    return (f"还需要确认：{zh}。", f"Still to establish: {en}.")


def person(inc: Incident) -> Bilingual:
    """How to call the person analysed: 群主, 管理者 or 此人."""
    return labels.person(inc.role and inc.role.value)


def _s7(inc: Incident, d: Decision) -> tuple[Bilingual, tuple[Citation, ...]]:
    cites = (
        _reg("platform_measures"),
        _reg("penalties_elsewhere"),
        library().authority("commentary_b"),
    )
    if d.outcome is Outcome.NOT_IN_FORCE:
        lead = ("《规定》不适用于本事件。", "The Provisions do not apply to this incident. ")
    elif d.outcome is Outcome.PRIVATE_SPACE:
        lead = (
            "本事件属于私密空间，不涉及《规定》的群组管理责任。",
            "This is a private space: the group-management duty does not arise. ",
        )
    else:
        lead = ("", "")
    return (
        (
            lead[0]
            + "《规定》本身不设罚则：第十四条把违反本规定的处理指向“相关法律法规”；第十一条列举的警示整改、暂停发布、"
            "关闭群组、降低信用等级、暂停管理权限、取消建群资格、纳入黑名单等，都是平台采取的措施。2017 年解读 B 部分"
            "指出，不能依据《规定》拘留或罚款。下列其他法律只是提示可能适用的条文，不是结论。",
            lead[1]
            + "The Provisions set no penalty of their own: art. 14 refers violations to “relevant laws and "
            "regulations”; the measures of art. 11 (warning and rectification, suspending posting, closing "
            "the group, lowering credit rating, suspending admin rights, revoking the right to create groups, "
            "blacklisting) are taken by the platform. Part B of the 2017 explainer: the Provisions cannot "
            "ground detention or fines. The other laws below are flags of clauses that may apply, not conclusions.",
        ),
        cites,
    )


@functools.lru_cache(maxsize=4096)
def _citations(clauses: tuple[Clause, ...], today: dt.date) -> tuple[Citation, ...]:
    """The citations of a step's clause keys (remembered: most steps cite the same few)."""
    return tuple(clause.resolve(today) for clause in clauses)


def steps(
    inc: Incident,
    d: Decision,
    s: Settings,
    today: dt.date,
    consequences: s7_consequences.Explained | None = None,
    civil: s8_civil.Civil | None = None,
) -> tuple[Step, ...]:
    """The steps for a decision, with not-reached steps after the one that stopped.

    Args:
        inc: the facts.
        d: the decision.
        s: the settings it was made with.
        today: the analysis date (立法法 is cited by it).
        consequences: S7 in words; without it S7 states only that the Regulation sets
            no penalty of its own.
        civil: S8 in words; the steps end with S7 without it.
    """
    out: list[Step] = []
    not_reached = (
        ("未进行：前面的步骤还缺少事实。", "Not reached: an earlier step is missing facts.")
        if d.outcome is Outcome.UNDETERMINED
        else ("未进行：前一步已得出结论。", "Not reached: an earlier step concluded.")
    )
    for module, result in zip(STEPS, d.steps, strict=True):
        sid = module.ID
        if result.status is Status.NOT_REACHED:
            out.append(
                Step(sid, TITLES[sid], Status.NOT_REACHED, not_reached, facts=STEP_FACTS[sid])
            )
            continue
        cites = _citations(result.clauses, today)
        finding = module.explain(inc, result, s, cites)
        if result.status is Status.UNKNOWN:
            missing = _missing_text(inc, result.missing)
            finding = (finding[0] + missing[0], finding[1] + " " + missing[1])
        make = _ASSUMPTIONS.get(sid)
        assumptions = make(inc, result, s) if make is not None else ()
        out.append(
            Step(sid, TITLES[sid], result.status, finding, cites, assumptions, STEP_FACTS[sid])
        )
    if consequences is None:
        finding, cites = _s7(inc, d)
    else:
        finding, cites = consequences.finding, consequences.citations
    out.append(Step("S7", TITLES["S7"], Status.PASSED, finding, cites, (), S7_FACTS))
    if civil is not None:
        out.append(
            Step("S8", TITLES["S8"], Status.PASSED, civil.finding, civil.citations, (), S8_FACTS)
        )
    return tuple(out)


def date_range_warnings(inc: Incident, today: dt.date) -> tuple[Bilingual, ...]:
    """Dates a case file may not hold, each with a request to correct it.

    Only a case saved before these checks can hold such a date (a year outside the
    format's, ``last_seen`` before ``date``): it opens, with these warnings.
    """
    return tuple(issue.problem for issue in date_checks.refusals(inc, today))


def warnings(inc: Incident, today: dt.date) -> tuple[Bilingual, ...]:
    """Facts that are accepted but look suspicious (spec: flagged, not rejected)."""
    refused = date_checks.refusals(inc, today)
    out = [issue.problem for issue in refused]
    out += [issue.problem for issue in date_checks.oddities(inc, today, refused)]
    if inc.knew is False and (inc.discovered_at is not None or inc.actions):
        out.append(
            (
                "记录为“不知道”，却填写了知道的时间或措施，请核对。",
                "Recorded as not knowing, yet a time of knowing or measures are filled in — check it.",
            )
        )
    if (
        inc.chat_kind is ChatKind.ONE_TO_ONE
        and inc.member_count is not None
        and inc.member_count > 2
    ):
        out.append(
            (
                "一对一聊天却填写了超过 2 名成员，请核对。",
                "A one-to-one chat with more than 2 members — check it.",
            )
        )
    return tuple(out)
