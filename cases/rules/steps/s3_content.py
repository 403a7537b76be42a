"""S3 违法信息 — was there prohibited content?

The rule in plain words:
    群成员不得发布法律法规禁止的信息（《规定》第十条）；网络安全法第十二条第二款（2025 年文本
    第十三条第二款）列举了侵害他人名誉、隐私和暴力、淫秽色情等信息，第四十六条（2025 年：
    第四十八条）涉及诈骗信息；2020-03-01 起《网络信息内容生态治理规定》第六条也列举了这些
    违法信息。《互联网信息服务管理办法》第十五条约束的是服务提供者，这里只作为类别清单引用。
    没有违法信息，就没有需要承担责任的内容。
    Members may not post prohibited content (Regulation art. 10); the Cybersecurity Law
    art. 12 para. 2 (2025: art. 13 para. 2) names content harming reputation or privacy
    and violent or obscene content, art. 46 (2025: art. 48) fraud; from 2020-03-01 the
    Content Ecosystem Provisions art. 6 list them too. Measures art. 15 binds service
    providers and is cited only as the list of categories. Without prohibited content
    there is nothing to answer for.

Rules (shared/spec/analysis.md, S3):
    ``content`` unknown → missing ``content``; ``content == []`` and a purpose that is
    not unlawful (``obscene``, ``gambling``, ``illegal_activity``) → NO_PROHIBITED_CONTENT
    (an unknown purpose is taken as lawful here, and the finding says so); with an
    unlawful purpose the chain goes on to S4. ``privacy`` and ``fraud`` are prohibited
    alongside the nine categories.

Decisions taken here:
    * ``content`` unknown in a group whose purpose is unlawful, the person being its
      creator or a manager: S3 passes. Either answer leads on to S4, where running
      such a group is the person's own conduct (``unlawful_group``), so the answer
      cannot decide this step and is not named as missing (the v1 rule: name a fact
      only when its answer could decide).
"""

from __future__ import annotations

import datetime as dt
import functools

from cases.law.library import Citation, Level
from cases.model import labels
from cases.model.domain import Content, GroupPurpose, Incident, Role
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.results import Assumption
from cases.rules.steps.common import (
    ECOSYSTEM_IN_FORCE,
    REGULATION_IN_FORCE,
    Clause,
    Outcome,
    Status,
    StepResult,
    art,
    conduct_day,
    passed,
    unknown,
)

ID = "S3"
TITLE: Bilingual = labels.STEP_TITLES["S3"]
FACTS = ("content", "group_purpose", "role")
CLAUSES = (
    Clause("group_regulation", "no_prohibited_content", REGULATION_IN_FORCE),
    Clause("internet_info_services_measures", "nine_prohibitions"),
    Clause("cybersecurity_law", "use_obligation"),
    Clause("cybersecurity_law", "no_illegal_groups"),
    Clause("content_ecosystem_provisions", "prohibited_content"),
)
"""Regulation §10; 办法 §15 (as the category list); 网络安全法 §12 ¶2 / §13 ¶2; §46 / §48
for fraud; 生态治理规定 §6 from 2020-03-01 — all by the conduct's date."""

UNLAWFUL_PURPOSES = frozenset(
    {GroupPurpose.OBSCENE, GroupPurpose.GAMBLING, GroupPurpose.ILLEGAL_ACTIVITY}
)
PURPOSE_ASSUMED = "purpose_assumed"
"""Note: nothing prohibited and the purpose unknown: taken as a lawful purpose."""
UNLAWFUL_PURPOSE = "unlawful_purpose"
"""Note: the content is not (known to be) prohibited, but the group's purpose is unlawful."""


def clauses_for(inc: Incident) -> tuple[Clause, ...]:
    """The clauses S3 rests on for this incident, each in the version of its date."""
    fraud = Content.FRAUD in (inc.content or ())
    return _clauses(conduct_day(inc.date, inc.last_seen), fraud)


@functools.lru_cache(maxsize=1024)
def _clauses(on: dt.date | None, fraud: bool) -> tuple[Clause, ...]:
    """``clauses_for`` by what it depends on (remembered: the what-if list asks again and again)."""
    out = [
        CLAUSES[0],
        Clause("internet_info_services_measures", "nine_prohibitions", on),
        Clause("cybersecurity_law", "use_obligation", on),
    ]
    if fraud:
        out.append(Clause("cybersecurity_law", "no_illegal_groups", on))
    if on is not None and on >= ECOSYSTEM_IN_FORCE:
        out.append(Clause("content_ecosystem_provisions", "prohibited_content", on))
    return tuple(out)


def decide(inc: Incident, settings: Settings) -> StepResult:
    """Apply the S3 rules."""
    clauses = clauses_for(inc)
    unlawful = inc.group_purpose in UNLAWFUL_PURPOSES
    if inc.content is None:
        if unlawful and inc.role in (Role.CREATOR, Role.MANAGER):
            return passed(ID, clauses, UNLAWFUL_PURPOSE)
        return unknown(ID, clauses, "content")
    if inc.content:
        return passed(ID, clauses)
    if unlawful:
        return passed(ID, clauses, UNLAWFUL_PURPOSE)
    notes = (PURPOSE_ASSUMED,) if inc.group_purpose is None else ()
    return StepResult(
        ID,
        Status.CONCLUDED,
        Outcome.NO_PROHIBITED_CONTENT,
        clauses=clauses,
        basis=(Level.LAW,),
        notes=notes,
    )


def explain(
    inc: Incident, result: StepResult, settings: Settings, cites: tuple[Citation, ...]
) -> Bilingual:
    """The finding of S3."""
    reg, measures, csl = cites[0], cites[1], cites[2]
    where = (
        f"《规定》{art(reg)}；《网络安全法》{art(csl)}（{csl.version} 年文本）",
        f"Provisions {art(reg, 'en')}; Cybersecurity Law {art(csl, 'en')} ({csl.version} text)",
    )
    eco = [c for c in cites if c.law_id == "content_ecosystem_provisions"]
    if eco:
        where = (
            where[0] + f"；《网络信息内容生态治理规定》{art(eco[0])}",
            where[1] + f"; Content Ecosystem Provisions {art(eco[0], 'en')}",
        )
    listing = (
        f"《互联网信息服务管理办法》{art(measures)}约束的是服务提供者，这里只借用它的类别清单。",
        f" Measures {art(measures, 'en')} binds service providers; it is cited only for its "
        "list of categories.",
    )
    if result.status is Status.UNKNOWN:
        return (
            "不清楚群里的信息是否属于法律法规禁止的信息。",
            "It is unknown whether the content was prohibited.",
        )
    purpose = labels.PURPOSES.get(inc.group_purpose.value if inc.group_purpose else "", ("", ""))
    if UNLAWFUL_PURPOSE in result.notes:
        known = "不清楚群里具体有哪些信息" if inc.content is None else "没有记录到具体的违法信息"
        known_en = (
            "the content itself is unknown"
            if inc.content is None
            else "no prohibited message is recorded"
        )
        return (
            f"{known}，但群组的主要用途是“{purpose[0]}”：建立或管理这样的群组本身可能违法，下一步判断。",
            f"{known_en.capitalize()}, but the group's main purpose was “{purpose[1]}”: "
            "setting up or running such a group may itself be unlawful (next step).",
        )
    if result.outcome is Outcome.NO_PROHIBITED_CONTENT:
        assumed = (
            (
                "群组的用途不详，这里按正当用途处理（若群组主要用于淫秽、赌博或违法犯罪活动，请填写用途）。",
                " The group's purpose is unknown and is taken as lawful here (enter it if the "
                "group was mainly for obscene content, gambling or crime).",
            )
            if PURPOSE_ASSUMED in result.notes
            else ("", "")
        )
        return (
            "群里的信息不属于法律法规禁止传播的信息，没有需要承担责任的违法信息"
            f"（{where[0]}）。" + assumed[0],
            "The content was not of a prohibited kind, so there is nothing to answer for "
            f"({where[1]})." + assumed[1],
        )
    content = inc.content or ()
    zh = "、".join(labels.pick(labels.CONTENT[c.value], "zh") for c in content)
    en = "; ".join(labels.pick(labels.CONTENT[c.value], "en") for c in content)
    fraud = [c for c in cites if c.law_id == "cybersecurity_law" and c is not csl]
    fraud_text = (
        (
            f"诈骗信息另见《网络安全法》{art(fraud[0])}。",
            f" Fraud: see also Cybersecurity Law {art(fraud[0], 'en')}.",
        )
        if fraud
        else ("", "")
    )
    return (
        f"信息属于：{zh}。这是法律法规禁止传播的信息（{where[0]}）。" + fraud_text[0] + listing[0],
        f"The content was: {en}. Such content may not be spread ({where[1]})."
        + fraud_text[1]
        + listing[1],
    )


def assumptions(inc: Incident, result: StepResult, s: Settings) -> tuple[Assumption, ...]:
    """The app's assumptions S3 used for this case."""
    if PURPOSE_ASSUMED not in result.notes:
        return ()
    return (
        Assumption(
            (
                "群组用途不详时，本步骤按正当用途处理（本应用的假定）。",
                "With the group's purpose unknown, this step takes it as lawful (app assumption).",
            )
        ),
    )
