"""S2 群组性质 — a group, or a private space?

The rule in plain words:
    《规定》第二条只管“用于群体在线交流信息的网络空间”。一对一聊天是点对点的私人通信，受宪法
    第四十条保护；只有两个人的“群”也是点对点交流（本应用的假定）；人数很少、只有家庭成员的群，
    按 2017 年解读 A 部分的观点视为私密空间（人数上限是可调整的假定，默认 10 人）。其余都是群组空间。
    Art. 2 governs network spaces for group communication. A one-to-one chat is private
    correspondence (Constitution art. 40); a "group" of two people is point-to-point
    talk too (an app assumption); a very small family-only group is a private space
    per part A of the 2017 explainer (the size limit is an adjustable assumption,
    default 10). Everything else is a group space.

Rules (shared/spec/analysis.md, S2), in order:
    ``chat_kind`` unknown → missing; ``one_to_one`` → PRIVATE_SPACE ``one_to_one``;
    ``member_count`` ≤ 2 → ``two_members`` *(assumption)*; ≤ ``small_family_max`` and
    ``family_only`` → ``small_family``; > ``small_family_max`` → group space. Unknowns:
    ≤ limit with ``family_only`` unknown → missing ``family_only``; ``family_only`` true
    with the size unknown → missing ``member_count``; both unknown → both. A group of
    unknown size that is not family-only passes *(assumption: more than two members)*.

Decisions taken here:
    * The family-group rule rests on the commentary alone (no clause says it): the
      finding says so, and its basis is commentary plus the adjustable assumption.
"""

from __future__ import annotations

from cases.law.library import Citation, Level
from cases.model import labels
from cases.model.domain import ChatKind, Incident
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.results import Assumption
from cases.rules.steps.common import (
    REGULATION_IN_FORCE,
    Clause,
    Outcome,
    Route,
    Status,
    StepResult,
    art,
    authority,
    conduct_day,
    passed,
    unknown,
)

ID = "S2"
TITLE: Bilingual = labels.STEP_TITLES["S2"]
FACTS = ("chat_kind", "member_count", "family_only")
DEFINITION = Clause("group_regulation", "definition", REGULATION_IN_FORCE)
CORRESPONDENCE = "freedom_of_correspondence"
CLAUSES = (
    DEFINITION,
    authority("qa_group_definition"),
    Clause("constitution", CORRESPONDENCE),
    authority("commentary_a"),
)
"""Regulation §2 (with the official Q&A's examples); 宪法 §40 for ``one_to_one`` only
(in the text of the conduct's date); commentary part A."""
_GROUP = (DEFINITION, authority("qa_group_definition"), authority("commentary_a"))

_PASSED = passed(ID, _GROUP)
SIZE_ASSUMED = "size_assumed"
"""Note: a group of unknown size, not family-only, is taken to have more than two members."""


def _private(route: Route, clauses: tuple[Clause, ...], *basis: Level) -> StepResult:
    return StepResult(ID, Status.CONCLUDED, Outcome.PRIVATE_SPACE, route, (), clauses, basis)


def decide(inc: Incident, settings: Settings) -> StepResult:
    """Apply the S2 rules."""
    if inc.chat_kind is None:
        return unknown(ID, _GROUP, "chat_kind")
    if inc.chat_kind is ChatKind.ONE_TO_ONE:
        on = conduct_day(inc.date, inc.last_seen)
        clauses = (
            DEFINITION,
            Clause("constitution", CORRESPONDENCE, on),
            authority("commentary_a"),
        )
        return _private(Route.ONE_TO_ONE, clauses, Level.LAW, Level.COMMENTARY)
    members, family = inc.member_count, inc.family_only
    if members is not None:
        if members <= 2:
            return _private(Route.TWO_MEMBERS, _GROUP, Level.LAW, Level.ASSUMPTION)
        if members > settings.small_family_max or family is False:
            return _PASSED
        if family is None:
            return unknown(ID, _GROUP, "family_only")
        return _private(Route.SMALL_FAMILY, _GROUP, Level.COMMENTARY, Level.ASSUMPTION)
    if family is False:
        return passed(ID, _GROUP, SIZE_ASSUMED)
    if family is True:
        return unknown(ID, _GROUP, "member_count")
    return unknown(ID, _GROUP, "member_count", "family_only")


def explain(
    inc: Incident, result: StepResult, settings: Settings, cites: tuple[Citation, ...]
) -> Bilingual:
    """The finding of S2."""
    n, m = inc.member_count, settings.small_family_max
    reg = cites[0]
    if result.route is Route.ONE_TO_ONE:
        const = cites[1]
        return (
            f"这是一对一聊天，属于点对点的私人通信，不是《规定》{art(reg)}所称的“互联网群组”，"
            f"受《宪法》{art(const)}对通信自由和通信秘密的保护；群组管理责任无从谈起。",
            f"This was a one-to-one chat: private correspondence between two people, not an "
            f"“internet group” under {art(reg, 'en')} of the Provisions, and protected by the "
            f"freedom and secrecy of correspondence (Constitution {art(const, 'en')}). No "
            "group-management duty arises.",
        )
    if result.route is Route.TWO_MEMBERS:
        return (
            f"群里只有 {n} 人。两个人之间的交流是点对点的，本应用把它视为私密空间，"
            f"不按《规定》{art(reg)}的群组评价（本应用的假定）。",
            f"The group had only {n} members. Two people talk point to point, so this app "
            f"treats it as a private space, not a group under {art(reg, 'en')} (an app "
            "assumption).",
        )
    if result.route is Route.SMALL_FAMILY:
        return (
            f"群成员 {n} 人（不超过 {m} 人），且只有家庭成员。2017 年解读 A 部分认为，人数很少、"
            "只有家庭成员的群应视为私密空间；这一点只以该解读为依据，没有条文明确规定。",
            f"The group had {n} members (no more than {m}), all family. Part A of the 2017 "
            "explainer treats a very small family-only group as a private space; this rests "
            "on that explainer alone, not on any clause.",
        )
    if result.status is Status.UNKNOWN:
        if inc.chat_kind is None:
            return (
                "不清楚这是群聊还是一对一聊天。",
                "It is unknown whether this was a group or a one-to-one chat.",
            )
        if "member_count" in result.missing and "family_only" in result.missing:
            return (
                f"不清楚群有多少人，也不清楚是否只有家庭成员；不超过 {m} 人的纯家庭群视为私密空间。",
                f"Neither the size nor whether members are family only is known; a "
                f"family-only group of at most {m} is a private space.",
            )
        if "member_count" in result.missing:
            return (
                f"群里只有家庭成员，但人数不详；不超过 {m} 人才视为私密空间。",
                f"Members are family only, but the size is unknown; only up to {m} is a "
                "private space.",
            )
        return (
            f"群成员 {n} 人（不超过 {m} 人），但不清楚是否只有家庭成员。",
            f"The group had {n} members (at most {m}), but it is unknown whether they are "
            "family only.",
        )
    if SIZE_ASSUMED in result.notes:
        return (
            "群成员人数不详，但成员不只是家庭成员。本应用假定这是一个多于两人的群组（人数若只有两人，"
            f"请填写人数），属于《规定》{art(reg)}所称用于群体在线交流信息的网络空间。",
            "The size is unknown but the members are not family only. This app assumes a "
            "group of more than two (enter the size if there were only two): a network space "
            f"for group communication under {art(reg, 'en')}.",
        )
    size_zh = f" {n} 人的" if n is not None else ""
    size_en = f"{n}-member " if n is not None else ""
    big = n is not None and n > m
    why_zh = f"超过 {m} 人，" if big else "成员不只是家庭成员，"
    why_en = f"it has more than {m} members, " if big else "its members are not family only, "
    return (
        f"这是一个{size_zh}群组：{why_zh}属于《规定》{art(reg)}所称用于群体在线交流信息的网络空间，"
        "不是私密空间。",
        f"This is a {size_en}group: {why_en}so it is a network space for group communication "
        f"under {art(reg, 'en')}, not a private space.",
    )


def assumptions(inc: Incident, result: StepResult, s: Settings) -> tuple[Assumption, ...]:
    """The app's assumptions S2 used for this case."""
    if inc.chat_kind is not ChatKind.GROUP:
        return ()
    out = [
        Assumption(
            (
                f"只由家庭成员组成、不超过 {s.small_family_max} 人的群视为私密空间（2017 年解读 A 部分"
                "只说“人数规模很小”，未给数字；可在设置中调整）。",
                f"A family-only group of at most {s.small_family_max} members is a "
                "private space (part A of the 2017 explainer says only “very small”; adjustable "
                "in settings).",
            ),
            "small_family_max",
            s.small_family_max,
        )
    ]
    if result.route is Route.TWO_MEMBERS:
        out.append(
            Assumption(
                (
                    "只有两个人的群，交流是点对点的，视为私密空间（本应用的假定）。",
                    "A group of two is point-to-point talk and treated as a private space "
                    "(app assumption).",
                )
            )
        )
    if SIZE_ASSUMED in result.notes:
        out.append(
            Assumption(
                (
                    "群的人数不详时，除非人数表明只有两人，本应用假定群里多于两人。",
                    "With its size unknown, a group is taken to have more than two members "
                    "unless its size says otherwise (app assumption).",
                )
            )
        )
    return tuple(out)
