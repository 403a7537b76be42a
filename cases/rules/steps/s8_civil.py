"""S8 民事责任: could the person owe the victim damages? Kept apart from the outcome.

规则（白话）：法院按一般过错侵权判断（民法典第一千一百六十五条 / 侵权责任法第六条），《规定》第九条
第一款是注意义务的来源之一（广州互联网法院 2021 年：一名群主担责，一名不担责）。只评估名誉、隐私等
人格权；依次适用第一条适用的规则：
1. 信息既非侮辱诽谤也非隐私 → 不适用（诈骗等其他损失不在本评估之内）；信息不详 → 无法确定。
2. 此人发布或参与 → 直接侵权（无论结论如何，私聊、2017-10-08 以前也一样）。
3. 私密空间、无违法信息、无管理义务 → 不适用（管理义务不产生）。
4. 《规定》尚未施行（或第一步无法确定）：侵权法照样适用。不看第一步重新判断第二至第六步，对其结果
   适用规则 3 和 5，并说明注意义务来自一般侵权法，而不是《规定》。
5. 未尽管理责任、或建立/管理违法群组 → 可能；免责 → 不太可能，但信息留在群里（有提醒）时为可能；
   无法确定 → 无法确定。这一对应关系是本应用的假定。
工作群另提示民法典第一千一百九十一条第一款（用人单位责任）。救济途径、群主是否属于“网络服务提供者”
（尚无定论）都用文字说明。

The rule in plain words: courts apply general fault liability (民法典 §1165 /
侵权责任法 §6) with the Regulation's §9(1) as one source of the duty of care
(Guangzhou Internet Court 2021: one owner liable, one not). Only personality rights
(reputation, privacy) are assessed; the first rule that applies decides:
1. neither insult/defamation nor privacy → ``not_applicable`` (other losses, e.g.
   from fraud, are outside); content unknown → ``undetermined``.
2. the person posted or took part → ``direct`` (whatever the outcome, a private
   chat and a date before 2017-10-08 included).
3. PRIVATE_SPACE, NO_PROHIBITED_CONTENT or NO_DUTY → ``not_applicable``.
4. NOT_IN_FORCE, or UNDETERMINED at S1: tort law applies all the same; S2–S6 are
   run without S1 and rules 3 and 5 applied to that, the duty of care then coming
   from general tort law, not the Regulation.
5. NOT_EXEMPT or OWN_CONDUCT ``unlawful_group`` → ``possible``; EXEMPT →
   ``unlikely``, but ``possible`` with a caution (the content stayed up);
   UNDETERMINED → ``undetermined``. This mapping is an app assumption.
A work group adds 民法典 §1191 ¶1; remedies and the unsettled question whether a 群主
is a 网络服务提供者 are said in words.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass
from typing import Any

from cases.law.library import Citation, Level, library
from cases.model import labels
from cases.model.domain import Content, GroupPurpose, Incident, Poster
from cases.model.labels import Bilingual
from cases.rules import engine
from cases.rules.assumptions import Settings
from cases.rules.engine import Decision
from cases.rules.steps.common import Caution, Outcome, Route, day_of
from cases.rules.steps.time_limits import Clause, article_name, encode_string

FACTS = (
    "content",
    "poster",
    "participated",
    "group_purpose",
    "date",
    "last_seen",
    "minor_involved",
)
"""The facts S8 reads besides the decision's outcome, route and cautions."""

CIVIL_CODE_IN_FORCE = dt.date(2021, 1, 1)
PERSONALITY_RIGHTS = frozenset({Content.INSULT_DEFAMATION, Content.PRIVACY})
CONTENT_UP_CAUTIONS = frozenset({Caution.CONTENT_LEFT_UP, Caution.CONTENT_STAYED_UP})


class CivilStatus(enum.StrEnum):
    """``civil.status`` of the analysis JSON."""

    DIRECT = "direct"
    POSSIBLE = "possible"
    UNLIKELY = "unlikely"
    NOT_APPLICABLE = "not_applicable"
    UNDETERMINED = "undetermined"


@dataclass(frozen=True, slots=True)
class CivilDecision:
    """S8 decided: the status, the rule that gave it and the clauses it rests on.

    Attributes:
        status: the civil status.
        rule: the spec's rule (1–5) that decided it.
        outcome: the outcome rules 3 and 5 were applied to (the rerun's under rule 4).
        general_tort_law: rule 4: the duty of care came from general tort law alone.
        in_force_open: rule 4 for UNDETERMINED at S1 (whether the Regulation applied is open).
        caution: rule 5 found a caution (the content stayed up).
        on: the date of the harm that chooses the versions (the end of the conduct).
        date_known: the date of the harm is known (else ``on`` is the analysis date).
        clauses: the provisions the finding cites, by key.
    """

    status: CivilStatus
    rule: int
    outcome: Outcome | None
    general_tort_law: bool
    in_force_open: bool
    caution: bool
    on: dt.date
    date_known: bool
    clauses: tuple[Clause, ...]

    @property
    def time_limit_applies(self) -> bool:
        """S7 computes a civil time limit for ``direct`` and ``possible``."""
        return self.status in (CivilStatus.DIRECT, CivilStatus.POSSIBLE)


def without_in_force(inc: Incident, settings: Settings) -> Decision:
    """S2–S6 without S1 (rule 4): the duty of care under general tort law."""
    return engine.decide(inc, settings, skip_in_force=True)


def _harm_date(inc: Incident, today: dt.date) -> tuple[dt.date, bool]:
    """The date of the harm for the versions: the end of the conduct, as far as known."""
    shown = inc.last_seen or day_of(inc.date)
    return (today, False) if shown is None else (shown.last, True)


def _rules_3_and_5(d: Decision) -> tuple[CivilStatus, int, bool]:
    outcome = d.outcome
    if outcome in (Outcome.PRIVATE_SPACE, Outcome.NO_PROHIBITED_CONTENT, Outcome.NO_DUTY):
        return CivilStatus.NOT_APPLICABLE, 3, False
    if outcome is Outcome.NOT_EXEMPT or (
        outcome is Outcome.OWN_CONDUCT and d.route is Route.UNLAWFUL_GROUP
    ):
        return CivilStatus.POSSIBLE, 5, False
    if outcome is Outcome.EXEMPT:
        caution = bool(set(d.cautions) & CONTENT_UP_CAUTIONS)
        return (CivilStatus.POSSIBLE if caution else CivilStatus.UNLIKELY), 5, caution
    return CivilStatus.UNDETERMINED, 5, False


def _clauses(
    inc: Incident, status: CivilStatus, rule: int, on: dt.date, today: dt.date
) -> tuple[Clause, ...]:
    """The clauses S8 cites: fault liability by the date of the harm, then by the rule."""
    new = on >= CIVIL_CODE_IN_FORCE
    out = [
        Clause("civil_code", "fault_liability", on)
        if new
        else Clause("tort_liability_law", "fault_liability", on)
    ]
    content = inc.content or ()
    if status is CivilStatus.DIRECT and new:
        if Content.INSULT_DEFAMATION in content:
            out.append(Clause("civil_code", "reputation", on))
        out.append(Clause("civil_code", "mental_harm", on))
    if rule > 1:  # personality rights are at stake: the provider question and the remedies
        out += (
            [
                Clause("civil_code", "network_tort", on),
                Clause("civil_code", "knowledge_liability", on),
            ]
            if new
            else [Clause("tort_liability_law", "network_tort", on)]
        )
        out.append(Clause("civil_code", "notice_and_takedown", max(today, CIVIL_CODE_IN_FORCE)))
    if inc.group_purpose is GroupPurpose.WORK and new:
        out.append(Clause("civil_code", "employer_liability", on))
    return tuple(out)


def decide(inc: Incident, decision: Decision, settings: Settings, today: dt.date) -> CivilDecision:
    """S8 for one incident and the engine's decision (pure; rule 4 re-runs S2–S6).

    Args:
        inc: the facts.
        decision: the engine's decision on the Regulation.
        settings: the app's adjustable assumptions (for the rerun without S1).
        today: the analysis date (the version of the remedies' clauses).
    """
    on, known = _harm_date(inc, today)
    content = inc.content
    general = open_ = caution = False
    outcome: Outcome | None = None
    if content is None:
        status, rule = CivilStatus.UNDETERMINED, 1
    elif not PERSONALITY_RIGHTS & set(content):
        status, rule = CivilStatus.NOT_APPLICABLE, 1
    elif inc.poster is Poster.SELF or inc.participated is True:
        status, rule = CivilStatus.DIRECT, 2
    else:
        basis = decision
        at_s1 = decision.outcome is Outcome.UNDETERMINED and decision.step == 0
        if decision.outcome is Outcome.NOT_IN_FORCE or at_s1:
            basis = without_in_force(inc, settings)
            general = decision.outcome is Outcome.NOT_IN_FORCE
            open_ = not general
        outcome = basis.outcome
        status, rule, caution = _rules_3_and_5(basis)
        if general or open_:
            rule = 4
    return CivilDecision(
        status=status,
        rule=rule,
        outcome=outcome,
        general_tort_law=general,
        in_force_open=open_,
        caution=caution,
        on=on,
        date_known=known,
        clauses=_clauses(inc, status, rule, on, today),
    )


# --- the words ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Civil:
    """S8 in words: the status, the finding and its citations (the JSON's ``civil``)."""

    decision: CivilDecision
    finding: Bilingual
    citations: tuple[Citation, ...]

    @property
    def status(self) -> CivilStatus:
        """The civil status."""
        return self.decision.status

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """``{"status", "finding", "citations"}`` as the spec's ``civil``."""
        return {
            "status": self.status.value,
            "finding": labels.pick(self.finding, lang),
            "citations": [c.to_json(lang) for c in self.citations],
        }

    def json_bytes(self, lang: str = "zh") -> bytes:
        """``to_json`` serialised as UTF-8, the citations' cached bytes not encoded again."""
        # Status and finding written out: encoding a small object builds a JSON encoder.
        head = (
            f'{{"status": {encode_string(self.status.value)}, '
            f'"finding": {encode_string(labels.pick(self.finding, lang))}, "citations": ['
        )
        return b"".join(
            (
                head.encode(),
                b", ".join([c.json_bytes(lang) for c in self.citations]),
                b"]}",
            )
        )


_STATUS: dict[CivilStatus, Bilingual] = {
    CivilStatus.DIRECT: (
        "此人本人发布或参与传播了这些信息，是直接侵权人：可能要向受害人承担侵权责任（{fault}"
        "{reputation}），精神损害严重的还可能赔偿精神损害（{mental}）。无论上面的结论如何都是这样，"
        "私聊或 2017-10-08 以前的行为也一样。",
        "The person posted or helped spread the content and is the infringer: they may owe "
        "the victim damages ({fault}{reputation}), and for serious mental harm, compensation "
        "for it ({mental}). This holds whatever the conclusion above, a private chat or "
        "conduct before 2017-10-08 included.",
    ),
    CivilStatus.POSSIBLE: (
        "可能承担民事责任：作为群的管理者未尽注意义务，可能按过错责任（{fault}）对受害人承担赔偿责任。",
        "Civil liability is possible: having fallen short of the duty of care as the group's "
        "manager, the person may owe damages under fault liability ({fault}).",
    ),
    CivilStatus.UNLIKELY: (
        "不太可能承担民事责任：此人已及时采取措施，难以认定有过错（{fault}）。",
        "Civil liability is unlikely: the person acted promptly, so fault is hard to show "
        "({fault}).",
    ),
    CivilStatus.NOT_APPLICABLE: (
        "不涉及群管理者的民事责任：管理义务不产生。",
        "No civil liability as the group's manager: the management duty does not arise.",
    ),
    CivilStatus.UNDETERMINED: (
        "民事责任尚无法判断：还缺少事实（见上面的结论）。",
        "Civil liability cannot be judged yet: facts are still missing (see the conclusion above).",
    ),
}


@functools.cache
def _mapping_assumption() -> Citation:
    """The assumption mapping the conclusion to a civil likelihood, made once.

    One object for every case: readers cache what they show of a citation by its
    identity, and a new one per case would grow those caches with the batch.
    """
    return Citation(
        level=Level.ASSUMPTION,
        law=labels.LEVELS[Level.ASSUMPTION.value][0],
        law_id="",
        version=None,
        article="民事部分：结论与民事可能性的对应",
        paragraph=None,
        verified=None,
        text="未尽管理责任或建立、管理违法群组 → 可能；免责 → 不太可能（信息留在群里时为可能）；无法确定 → 无法确定。",
        text_en="Not exempt or an unlawful group → possible; exempt → unlikely (possible "
        "when the content stayed up); undetermined → undetermined.",
        law_en="Assumption of this app",
        article_en="Civil part: mapping the conclusion to a civil likelihood",
    )


def explain(c: CivilDecision, inc: Incident) -> Civil:
    """S8 in words: the status, why, the remedies and the caveats (Chinese and English)."""
    lib = library()
    cites = {
        cl.provision if cl.law_id != "tort_liability_law" else "old_" + cl.provision: cl.cite()
        for cl in c.clauses
    }
    citations = list(cites.values())
    fault = article_name(next(iter(cites.values())))
    parts: list[Bilingual] = []
    if c.rule == 1:
        parts.append(
            (
                "民事部分只评估名誉权、隐私权等人格权："
                + (
                    "信息类别不详，无法判断。"
                    if c.status is CivilStatus.UNDETERMINED
                    else "本案信息不涉及侮辱诽谤或隐私，不在评估之内；诈骗等造成的其他损失另行主张。"
                ),
                "The civil part assesses personality rights (reputation, privacy) only: "
                + (
                    "the kind of content is unknown."
                    if c.status is CivilStatus.UNDETERMINED
                    else "this content is neither insult/defamation nor privacy, so it is outside; "
                    "other losses (e.g. from fraud) are claimed separately."
                ),
            )
        )
    else:
        rep = article_name(cites["reputation"]) if "reputation" in cites else None
        mental = article_name(cites["mental_harm"]) if "mental_harm" in cites else fault
        template = _STATUS[c.status]
        parts.append(
            (
                template[0].format(
                    fault=fault[0], reputation="、" + rep[0] if rep else "", mental=mental[0]
                ),
                template[1].format(
                    fault=fault[1], reputation="; " + rep[1] if rep else "", mental=mental[1]
                ),
            )
        )
    if c.rule == 4:
        base = labels.OUTCOMES[c.outcome.value] if c.outcome else ("", "")
        if c.general_tort_law:
            parts.append(
                (
                    f"《规定》当时尚未施行，但侵权法照样适用：不看施行时间重新判断，结果为“{base[0]}”；"
                    f"此时注意义务来自一般侵权法（{fault[0]}），而不是《规定》。",
                    f"The Provisions were not yet in force, but tort law applied all the same: "
                    f"judged without the date, the result is “{base[1]}”; the duty of care then "
                    f"comes from general tort law ({fault[1]}), not the Provisions.",
                )
            )
        else:
            parts.append(
                (
                    f"《规定》是否适用尚不确定，但侵权法无论如何适用：不看施行时间判断，结果为“{base[0]}”"
                    f"（注意义务至少来自一般侵权法，{fault[0]}）。",
                    f"Whether the Provisions applied is still open, but tort law applies either way: "
                    f"judged without the date, the result is “{base[1]}” (the duty of care comes "
                    f"at least from general tort law, {fault[1]}).",
                )
            )
    if c.caution:
        parts.append(
            (
                "虽然已采取措施，但信息仍留在群里：法院可能追问为什么没有删除，所以民事上仍“可能”担责。",
                "Measures were taken, but the content stayed up: a court may ask why it was not "
                "removed, so civil liability remains possible.",
            )
        )
    if c.rule in (4, 5):
        parts.append(
            (
                "按上面结论对应民事可能性是本应用的假定（法院按过错个案判断）。",
                "Mapping the conclusion above to a civil likelihood is an assumption of this app "
                "(courts judge fault case by case).",
            )
        )
        court = lib.authority("court_practice_duty_of_care")
        citations.append(court)
        citations.append(_mapping_assumption())
    if "employer_liability" in cites:
        employer = article_name(cites["employer_liability"])
        parts.append(
            (
                f"工作群：依{employer[0]}，工作人员因执行工作任务造成他人损害的，由用人单位承担侵权责任。"
                "此人受单位安排管理该群时可能适用；同事自己的辱骂一般不属于执行工作任务。",
                f"A work group: under {employer[1]} the employer answers for harm an employee causes "
                "in performing work tasks. It may apply where the person ran the group as part of "
                "the job; a colleague's own insult is rarely a work task.",
            )
        )
    elif inc.group_purpose is GroupPurpose.WORK:
        parts.append(
            (
                "工作群：2021-01-01 以前由《侵权责任法》第三十四条规定用人单位对工作人员执行工作任务造成的损害"
                "承担责任（条文未收录）；同事自己的辱骂一般不属于执行工作任务。",
                "A work group: before 2021-01-01 the Tort Liability Law, Art. 34, made the "
                "employer answer for harm caused in performing work tasks (text not stored); a "
                "colleague's own insult is rarely a work task.",
            )
        )
    if "notice_and_takedown" in cites:
        takedown = article_name(cites["notice_and_takedown"])
        content = inc.content or ()
        privacy = Content.PRIVACY in content
        parts.append(
            (
                f"受害人可以：通知平台删除、屏蔽（{takedown[0]}）；请求法院责令停止侵害（民法典第九百九十七条）；"
                "请求消除影响、恢复名誉、赔礼道歉（第九百九十五条）"
                + ("；隐私和个人信息见第一千零三十二条至第一千零三十四条" if privacy else "")
                + "（这些条文未收录）。",
                f"The victim can ask the platform to take the content down ({takedown[1]}), ask a "
                "court to order it stopped (Civil Code Art. 997), and claim removal of its effects, "
                "restoration of reputation and an apology (Art. 995)"
                + ("; for privacy and personal information, Arts. 1032–1034" if privacy else "")
                + " (texts not stored).",
            )
        )
        provider = (
            (article_name(cites["network_tort"]), article_name(cites["knowledge_liability"]))
            if "network_tort" in cites
            else (article_name(cites["old_network_tort"]),) * 2
        )
        span_zh = (
            provider[0][0] if provider[0] == provider[1] else f"{provider[0][0]}至{provider[1][0]}"
        )
        span_en = (
            provider[0][1]
            if provider[0] == provider[1]
            else f"{provider[0][1]} to {provider[1][1]}"
        )
        parts.append(
            (
                f"群主是否属于{span_zh}所说的“网络服务提供者”，尚无定论；已知的判决（广州互联网法院 2021 年）"
                "适用的是一般过错责任。",
                f"Whether a group owner is a “network service provider” under {span_en} is "
                "unsettled; the known decisions (Guangzhou Internet Court, 2021) applied general "
                "fault liability.",
            )
        )
    if not c.date_known:
        parts.append(
            (
                "事件日期不详，按分析日有效的文本；2021-01-01 以前的损害适用《侵权责任法》。",
                "The date is unknown: texts in force on the analysis date; harm before 2021-01-01 "
                "falls under the Tort Liability Law.",
            )
        )
    if inc.minor_involved:
        parts.append(
            (
                "当事人未满十八周岁：对未成年人的赔偿请求由其监护人承担（民法典第一千一百八十八条，条文未收录）。",
                "Someone involved was under 18: claims against a minor go to the guardian (Civil "
                "Code Art. 1188, text not stored).",
            )
        )
    return Civil(c, ("".join(p[0] for p in parts), " ".join(p[1] for p in parts)), tuple(citations))
