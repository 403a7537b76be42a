"""S1 施行时间 — temporal scope: does the Regulation reach the conduct at all?

The rule in plain words:
    《互联网群组信息服务管理规定》自 2017 年 10 月 8 日起施行（第十五条），法不溯及既往。
    行为从发布之日（``date``）持续到信息最后出现之日（``last_seen``）；只要其中有一部分
    在 2017-10-08 或之后，《规定》就评价这一部分，此前的部分不评价。
    The Regulation is in force from 8 October 2017 (art. 15) and does not reach back.
    The conduct runs from ``date`` to ``last_seen``; if any of it lies on or after
    2017-10-08 the Regulation assesses that part, and only that part.

The table of shared/spec/analysis.md (S1), with fuzzy dates compared over the days
they stand for: "wholly on/after", "wholly before" or "straddles" 2017-10-08. With
``last_seen`` unknown the conduct ends within ``date`` when ``persistent`` is false
and its end is unknown otherwise.

Decisions taken here (shown as such):
    * 立法法 §93 (2015) / §104 (2023) is cited by the analysis date. It names laws,
      regulations and 规章; the Regulation is a 规范性文件, below them, so the principle
      applies to it a fortiori, not directly — the finding says so.
"""

from __future__ import annotations

from cases.law.library import Citation, Level
from cases.model import fuzzy, labels
from cases.model.domain import Incident
from cases.model.fuzzy import FuzzyDate
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.steps.common import (
    REGULATION_IN_FORCE,
    Clause,
    Outcome,
    Status,
    StepResult,
    art,
    authority,
    passed,
    unknown,
)

ID = "S1"
TITLE: Bilingual = labels.STEP_TITLES["S1"]
FACTS = ("date", "last_seen", "persistent")
CLAUSES = (
    Clause("group_regulation", "effective_date", REGULATION_IN_FORCE),
    Clause("legislation_law", "non_retroactivity"),
    authority("commentary_b"),
)
"""Regulation §15; 立法法 §93/§104 by the analysis date; commentary part B."""

PARTIAL = "partial"
"""Note: the conduct began before 2017-10-08; only the part from that day is assessed."""


_PASSED = passed(ID, CLAUSES)


def _side(value: FuzzyDate) -> fuzzy.Tri:
    """True: wholly on/after 2017-10-08; False: wholly before; None: straddles."""
    return fuzzy.on_or_after(value, REGULATION_IN_FORCE)


def decide(inc: Incident, settings: Settings) -> StepResult:
    """Apply the S1 table."""
    date, last_seen = inc.date, inc.last_seen
    if date is None:
        return unknown(ID, CLAUSES, "date")
    start = _side(date)
    if start is True:
        return _PASSED
    if last_seen is not None:
        end = _side(last_seen)
        if end is True:
            return passed(ID, CLAUSES, PARTIAL)
        if end is False:
            return _not_in_force()
        if start is False:
            return unknown(ID, CLAUSES, "last_seen")
        return unknown(ID, CLAUSES, "date", "last_seen")
    if inc.persistent is False:
        return _not_in_force() if start is False else unknown(ID, CLAUSES, "date")
    lead = () if start is False else ("date",)
    tail = ("persistent",) if inc.persistent is None else ()
    return unknown(ID, CLAUSES, *lead, "last_seen", *tail)


def _not_in_force() -> StepResult:
    return StepResult(
        ID,
        Status.CONCLUDED,
        Outcome.NOT_IN_FORCE,
        clauses=CLAUSES,
        basis=(Level.LAW, Level.COMMENTARY),
    )


def explain(
    inc: Incident, result: StepResult, settings: Settings, cites: tuple[Citation, ...]
) -> Bilingual:
    """The finding of S1 (article numbers from the citations)."""
    reg, lex = cites[0], cites[1]
    lex_zh = f"《立法法》{art(lex)}（{lex.version} 年文本）"
    lex_en = f"Legislation Law {art(lex, 'en')} ({lex.version} text)"
    fortiori = (
        f"{lex_zh}规定的不溯及既往针对法律、法规、规章；《规定》是位阶更低的规范性文件，这一原则对它更应适用。",
        f"The non-retroactivity of {lex_en} names laws, regulations and rules; the Provisions "
        "are a normative document below them, so the principle applies to them a fortiori.",
    )
    date, last_seen = inc.date, inc.last_seen
    in_force = f"《规定》{art(reg)}：自 2017-10-08 起施行。"
    in_force_en = f"The Provisions ({art(reg, 'en')}) are in force from 2017-10-08."
    if date is None:
        return (
            "违法信息是哪一天发布的不详，无法判断《规定》是否适用。" + in_force,
            "The date the content was posted is unknown, so it cannot be said whether the "
            "Provisions apply. " + in_force_en,
        )
    span = f"{date}" if last_seen is None else f"{date} 至 {last_seen}"
    span_en = f"{date}" if last_seen is None else f"{date} to {last_seen}"
    if result.outcome is Outcome.NOT_IN_FORCE:
        return (
            f"信息发布于 {span}，全部早于《规定》施行之日 2017-10-08（{art(reg)}）。"
            + fortiori[0]
            + "此前的行为只能依当时有效的其他法律评价（见第七步）。",
            f"The conduct ({span_en}) lies wholly before the Provisions took effect on "
            f"2017-10-08 ({art(reg, 'en')}). "
            + fortiori[1]
            + " Earlier conduct can only be judged under the other laws then in force "
            "(see step 7).",
        )
    if result.status is Status.UNKNOWN:
        return (
            f"信息发布于 {span}，不能确定是否有一部分行为在 2017-10-08 或之后。" + in_force,
            f"The conduct ({span_en}) may or may not reach 2017-10-08 or later. " + in_force_en,
        )
    if PARTIAL in result.notes:
        return (
            f"信息发布于 {date}，早于 2017-10-08，但一直到 {last_seen} 仍在群里。"
            "只评价 2017-10-08 及以后的行为；此前的部分不适用《规定》（法不溯及既往）。",
            f"The content was posted on {date}, before 2017-10-08, but was still in the group "
            f"on {last_seen}. Only the conduct from 2017-10-08 on is assessed; the earlier part "
            "is outside the Provisions (no retroactivity).",
        )
    return (
        f"信息发布于 {date}，在《规定》施行（2017-10-08，{art(reg)}）之后，《规定》适用。",
        f"The content was posted on {date}, after the Provisions took effect "
        f"(2017-10-08, {art(reg, 'en')}), so they apply.",
    )
