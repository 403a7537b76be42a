"""S7 后果: consequences under other laws (flags) and their time limits, for every case.

规则（白话）：《规定》本身不设罚则（第十四条指向其他法律；第十一条列举的是平台的措施）；2020-03-01
起《网络信息内容生态治理规定》同样不为群组建立者、管理者另设罚则（第三十八条指向有关法律、行政法规）。
按信息类别和群组用途提示可能适用的其他法律条文（“提示”，不是结论），每条写明性质（行政、刑事、民事）
和涉及谁（被分析的人或发布者）；此人参与转发、组织的，涉及发布者的提示同样涉及此人。一对一聊天不提示
刑法第二百四十六条及 2013 年解释第二条（缺少“公然”、向他人散布）。行为时尚不存在的罪名不提示。未成年人
的责任不同。行为跨越新旧法、或在新法施行后才处理的，同时列出两个文本（从旧兼从轻）。涉及《互联网信息
服务管理办法》第十五条第（一）至（五）项的内容不作提示，而是提醒立即咨询律师。

The rule in plain words: the Regulation sets no penalty of its own (§14 refers to
other laws; §11's measures are the platform's); from 2020-03-01 the 生态治理规定 sets
none for group founders and managers either (§38 refers breaches to the relevant
laws). By kind of content and the group's purpose, the step flags provisions of
other laws that may apply — flags, not conclusions — each with its kind
(administrative, criminal, civil) and whom it concerns (the person analysed or the
poster); a person who forwarded or organised it is concerned by the poster's flags
too. A one-to-one chat gets no 刑法 §246 and no 2013 解释 §2 flag (no 公然, nothing
spread to others). An offence that did not exist yet is not flagged. Minors answer
differently. Conduct that straddles a change of a law, or is judged after one, shows
both texts (从旧兼从轻). Content of 办法 §15 (1)–(5) gets no flag but a "needs a lawyer
at once" finding.

``decide`` works on provision keys and dates only (pure, fast); ``explain`` resolves
the citations through ``cases.law`` and writes the words, article numbers taken from
the citations. Time limits: :mod:`cases.rules.steps.time_limits`.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass
from typing import Any, NamedTuple

from cases.law.library import Citation, library
from cases.model import labels
from cases.model.domain import ChatKind, Content, GroupPurpose, Incident, Poster, Role
from cases.model.labels import Bilingual
from cases.rules.steps import time_limits
from cases.rules.steps.common import ECOSYSTEM_IN_FORCE
from cases.rules.steps.time_limits import (
    Clause,
    Concerns,
    ConductEnd,
    ConsequenceKind,
    TimeLimit,
    article_name,
)

FACTS = (
    "date",
    "last_seen",
    "persistent",
    "chat_kind",
    "member_count",
    "group_purpose",
    "role",
    "poster",
    "participated",
    "content",
    "rumor_emergency",
    "forwards",
    "views",
    "minor_involved",
    "police_aware",
)
"""The facts S7 reads (the analysis date and S8's civil status too)."""

CLAUSES = (
    ("group_regulation", "platform_measures"),
    ("group_regulation", "penalties_elsewhere"),
    ("content_ecosystem_provisions", "penalties_elsewhere"),
)
"""The clauses every group case cites (besides the flags' own), with commentary B."""

OBSCENE_GROUP_MIN_MEMBERS = 30
"""2010 解释（二）§3: a group of 30 or more members; below it, 造成严重后果 is needed."""
DEFAMATION_FORWARDS = 500
DEFAMATION_VIEWS = 5000
"""2013 解释 §2 (一): 情节严重 when viewed 5,000 or forwarded 500 times."""

OFFENCE_SINCE: dict[tuple[str, str | None], dt.date] = {
    # 刑法修正案（九）, in force 2015-11-01, created these offences.
    ("criminal_law", "illegal_use_of_network"): dt.date(2015, 11, 1),
    ("criminal_law", "helping_network_crime"): dt.date(2015, 11, 1),
    ("criminal_law", "false_emergency_info"): dt.date(2015, 11, 1),
    # 网络安全法, in force 2017-06-01 (every provision).
    ("cybersecurity_law", None): dt.date(2017, 6, 1),
}
"""When an offence (or a whole law) began: a flag is not raised for conduct before it."""

URGENT_CONTENT = frozenset(
    {
        Content.AGAINST_CONSTITUTION,
        Content.NATIONAL_SECURITY,
        Content.NATIONAL_HONOR,
        Content.ETHNIC_HATRED,
        Content.RELIGION_CULT,
    }
)
"""办法 §15 (1)–(5): no flag is computed; the finding says a lawyer is needed at once."""

_MANAGERS = frozenset({Role.CREATOR, Role.MANAGER})
_OFFENCES = frozenset(
    {
        "insult_defamation",
        "false_emergency_info",
        "personal_information",
        "spreading_obscene_items",
        "obscene_for_profit",
        "gambling_house",
        "illegal_use_of_network",
        "helping_network_crime",
    }
)
"""刑法 provisions with stored statutory maxima: each flag of one gets a time limit."""


class Note(enum.StrEnum):
    """A remark a flag carries (the words are in :func:`explain`)."""

    DATE_UNKNOWN = "date_unknown"
    LATER_END = "later_end"
    EXACT_DATE_DECIDES = "exact_date_decides"
    CONTINUING = "continuing"
    OLD_OR_LIGHTER = "old_or_lighter"
    ONLY_FROM = "only_from"
    IF_CONDUCT_FROM = "if_conduct_from"
    IF_MANAGER = "if_manager"
    IF_EMERGENCY = "if_emergency"
    ONE_TO_ONE = "one_to_one"
    INTENT_2025 = "intent_2025"
    SERIOUS_CONSEQUENCES = "serious_consequences"
    MEMBERS_UNKNOWN = "members_unknown"
    FOR_PROFIT = "for_profit"
    THRESHOLDS = "thresholds"
    NEEDS_SERIOUS = "needs_serious"
    KNEW_OF_CRIMES = "knew_of_crimes"
    NO_COMPUTED_LIMIT = "no_computed_limit"
    PARTICIPATED = "participated"
    MINOR = "minor"


class LeftOut(enum.StrEnum):
    """Why a flag is not raised."""

    ONE_TO_ONE = "one_to_one"
    NOT_YET_AN_OFFENCE = "not_yet_an_offence"
    MEMBER = "member"


class FlagDecision(NamedTuple):
    """One flag, decided: which clause, which other version, kind, whom, and remarks.

    Attributes:
        key: what the flag is about (e.g. ``insult_defamation``); the words use it.
        clause: the clause flagged, in the version that applies.
        compare: the other version's clause, when 从旧兼从轻 or a straddle shows both.
        kind: administrative, criminal or civil.
        concerns: the person analysed or the poster.
        notes: remarks the flag's ``why`` carries.
        since: the day the offence began, for ``only_from`` / ``if_conduct_from``.
    """

    key: str
    clause: Clause
    compare: Clause | None
    kind: ConsequenceKind
    concerns: Concerns
    notes: tuple[Note, ...]
    since: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Omission:
    """A flag that is not raised, and why (the finding says so).

    Attributes:
        key: the flag's subject.
        clause: the clause that would have been flagged.
        reason: why it is left out.
        since: for ``not_yet_an_offence``, the day the offence began.
        later_end: the end of the conduct is unknown, so a later end may bring it in.
    """

    key: str
    clause: Clause
    reason: LeftOut
    since: dt.date | None = None
    later_end: bool = False


@dataclass(frozen=True, slots=True)
class Consequences:
    """S7's decision: the flags, those left out, the time limits and the general findings.

    Attributes:
        flags: the flags raised, in a stable order.
        left_out: flags not raised, with the reason.
        limits: one time limit per kind present (see the spec).
        group_case: the case is about a group (not a one-to-one chat).
        urgent: content of 办法 §15 (1)–(5) present: a lawyer is needed at once.
        minor: a minor was involved (every flag says so).
        clauses: the clauses of the step's own finding.
        on: the date deciding the version of the step's own clauses.
    """

    flags: tuple[FlagDecision, ...]
    left_out: tuple[Omission, ...]
    limits: tuple[time_limits.Limit, ...]
    group_case: bool
    urgent: tuple[Content, ...]
    minor: bool
    clauses: tuple[Clause, ...]
    on: dt.date


@functools.lru_cache(maxsize=4096)
def _version(law_id: str, provision: str, on: dt.date) -> str:
    return library().law(law_id).version_on(on, provision)[0].version


class _Builder:
    """Collects the flags of one incident (a helper of :func:`decide`)."""

    def __init__(self, inc: Incident, end: ConductEnd, today: dt.date) -> None:
        self.inc = inc
        self.end = end
        self.today = today
        self.flags: list[FlagDecision] = []
        self.left_out: list[Omission] = []
        # The relevant date is the end of the conduct: last_seen's interval, else date's.
        shown = end.shown
        first = end.first or shown
        self.start = None if first is None else first.first
        self.end_lo = None if shown is None else shown.first
        self.end_hi = None if shown is None else shown.last
        self.end_unknown = inc.last_seen is None and inc.persistent is not False
        self.base_notes: tuple[Note, ...] = (Note.MINOR,) if inc.minor_involved else ()

    def _versions(self, law_id: str, provision: str) -> tuple[Clause, Clause | None, list[Note]]:
        """The clause to cite, the one to compare and the notes (spec "Versions by date")."""
        if self.end_hi is None or self.end_lo is None or self.start is None:
            return Clause(law_id, provision, self.today), None, [Note.DATE_UNKNOWN]
        hi = Clause(law_id, provision, self.end_hi)
        cited = _version(law_id, provision, self.end_hi)
        notes: list[Note] = []
        compare: Clause | None = None
        if _version(law_id, provision, self.end_lo) != cited:
            compare = Clause(law_id, provision, self.end_lo)
            notes += [Note.EXACT_DATE_DECIDES, Note.OLD_OR_LIGHTER]
        elif _version(law_id, provision, self.start) != cited:
            compare = Clause(law_id, provision, self.start)
            notes += [Note.CONTINUING, Note.OLD_OR_LIGHTER]
        elif self.today > self.end_hi and _version(law_id, provision, self.today) != cited:
            compare = Clause(law_id, provision, self.today)
            notes.append(Note.OLD_OR_LIGHTER)
            if self.end_unknown:
                notes.append(Note.LATER_END)
        return hi, compare, notes

    def _exists(self, key: str, law_id: str, provision: str) -> tuple[bool, list[Note], dt.date]:
        """Whether the offence existed at the relevant date (else it is left out)."""
        since = OFFENCE_SINCE.get((law_id, provision)) or OFFENCE_SINCE.get((law_id, None))
        if since is None:
            return True, [], dt.date.min
        if self.end_hi is None or self.start is None:
            return True, [Note.IF_CONDUCT_FROM], since
        if self.end_hi < since:
            clause = Clause(law_id, provision, since)
            self.left_out.append(
                Omission(key, clause, LeftOut.NOT_YET_AN_OFFENCE, since, self.end_unknown)
            )
            return False, [], since
        if self.start < since:
            return True, [Note.ONLY_FROM], since
        return True, [], since

    def add(
        self,
        key: str,
        law_id: str,
        provision: str,
        kind: ConsequenceKind,
        concerns: Concerns,
        *notes: Note,
    ) -> None:
        """Raise one flag (unless its offence did not exist yet)."""
        exists, exist_notes, since = self._exists(key, law_id, provision)
        if not exists:
            return
        clause, compare, version_notes = self._versions(law_id, provision)
        if self.inc.poster is Poster.SELF and concerns is Concerns.POSTER:
            concerns = Concerns.PERSON
        all_notes = (*notes, *exist_notes, *version_notes, *self.base_notes)
        self.flags.append(
            FlagDecision(
                key,
                clause,
                compare,
                kind,
                concerns,
                tuple(dict.fromkeys(all_notes)),
                since if exist_notes else None,
            )
        )

    def manager_only(self, key: str, law_id: str, provision: str, *notes: Note) -> None:
        """A criminal flag for the person as creator or manager of the group."""
        role = self.inc.role
        if role is Role.MEMBER:
            self.left_out.append(
                Omission(key, Clause(law_id, provision, self.today), LeftOut.MEMBER)
            )
            return
        extra = (Note.IF_MANAGER,) if role is None else ()
        self.add(key, law_id, provision, ConsequenceKind.CRIMINAL, Concerns.PERSON, *extra, *notes)


def _content_flags(b: _Builder, inc: Incident) -> None:
    content = inc.content or ()
    one_to_one = inc.chat_kind is ChatKind.ONE_TO_ONE
    admin, crime = ConsequenceKind.ADMINISTRATIVE, ConsequenceKind.CRIMINAL
    poster = Concerns.POSTER
    if Content.RUMOR in content:
        b.add("rumor", "public_security_penalties_law", "rumor", admin, poster, Note.INTENT_2025)
        if inc.rumor_emergency is not False:
            extra = (Note.IF_EMERGENCY,) if inc.rumor_emergency is None else ()
            b.add("rumor_emergency", "criminal_law", "false_emergency_info", crime, poster, *extra)
    if Content.INSULT_DEFAMATION in content:
        extra = (Note.ONE_TO_ONE,) if one_to_one else ()
        b.add(
            "insult_defamation",
            "public_security_penalties_law",
            "insult_defamation",
            admin,
            poster,
            *extra,
        )
        if one_to_one:
            for provision, law_id in (
                ("insult_defamation", "criminal_law"),
                ("serious_defamation", "spc_spp_2013_defamation"),
            ):
                clause = Clause(law_id, provision, b.end_hi or b.today)
                b.left_out.append(Omission("insult_defamation", clause, LeftOut.ONE_TO_ONE))
        else:
            b.add(
                "insult_defamation",
                "criminal_law",
                "insult_defamation",
                crime,
                poster,
                Note.THRESHOLDS,
            )
            if (inc.forwards or 0) >= DEFAMATION_FORWARDS or (inc.views or 0) >= DEFAMATION_VIEWS:
                b.add(
                    "serious_defamation",
                    "spc_spp_2013_defamation",
                    "serious_defamation",
                    crime,
                    poster,
                )
    if Content.PRIVACY in content:
        b.add("privacy", "public_security_penalties_law", "insult_defamation", admin, poster)
        b.add("privacy", "criminal_law", "personal_information", crime, poster, Note.NEEDS_SERIOUS)
    if Content.OBSCENE_VIOLENCE in content:
        b.add("obscene", "public_security_penalties_law", "obscene", admin, poster)
    if Content.FRAUD in content:
        b.add("fraud", "criminal_law", "illegal_use_of_network", crime, poster)


def _purpose_flags(b: _Builder, inc: Incident) -> None:
    purpose = inc.group_purpose
    person = Concerns.PERSON
    if purpose is GroupPurpose.OBSCENE:
        members = inc.member_count
        size = (
            (Note.MEMBERS_UNKNOWN,)
            if members is None
            else (Note.SERIOUS_CONSEQUENCES,)
            if members < OBSCENE_GROUP_MIN_MEMBERS
            else ()
        )
        b.manager_only("obscene_group", "spc_spp_2010_obscene_ii", "obscene_group", *size)
        b.manager_only("obscene_group", "criminal_law", "spreading_obscene_items", *size)
        b.manager_only("obscene_group", "criminal_law", "obscene_for_profit", Note.FOR_PROFIT)
    elif purpose is GroupPurpose.GAMBLING:
        b.add(
            "gambling",
            "public_security_penalties_law",
            "gambling",
            ConsequenceKind.ADMINISTRATIVE,
            person,
        )
        b.manager_only("gambling", "criminal_law", "gambling_house", Note.THRESHOLDS)
    elif purpose is GroupPurpose.ILLEGAL_ACTIVITY:
        admin = ConsequenceKind.ADMINISTRATIVE
        b.add(
            "illegal_group",
            "cybersecurity_law",
            "no_illegal_groups",
            admin,
            person,
            Note.NO_COMPUTED_LIMIT,
        )
        b.add(
            "illegal_group",
            "cybersecurity_law",
            "illegal_groups_penalty",
            admin,
            person,
            Note.NO_COMPUTED_LIMIT,
        )
        b.manager_only("illegal_group", "criminal_law", "illegal_use_of_network")
        b.manager_only("illegal_group", "spc_spp_2019_network_crimes", "illegal_group")
        b.manager_only("illegal_group", "spc_spp_2019_network_crimes", "serious_circumstances")
        b.add(
            "illegal_group",
            "criminal_law",
            "helping_network_crime",
            ConsequenceKind.CRIMINAL,
            person,
            Note.KNEW_OF_CRIMES,
        )


def _participation(b: _Builder, inc: Incident) -> None:
    """The poster's flags raised for a person who forwarded or organised the content."""
    if inc.participated is not True or inc.poster is Poster.SELF:
        return
    for flag in [f for f in b.flags if f.concerns is Concerns.POSTER]:
        b.flags.append(
            FlagDecision(
                flag.key,
                flag.clause,
                flag.compare,
                flag.kind,
                Concerns.PERSON,
                (Note.PARTICIPATED, *flag.notes),
                flag.since,
            )
        )
    if (
        Content.INSULT_DEFAMATION in (inc.content or ())
        and inc.chat_kind is not ChatKind.ONE_TO_ONE
    ):
        b.add(
            "insult_defamation",
            "spc_spp_2013_defamation",
            "fabricating_defamation",
            ConsequenceKind.CRIMINAL,
            Concerns.PERSON,
            Note.PARTICIPATED,
        )


def _limits(
    inc: Incident,
    end: ConductEnd,
    flags: tuple[FlagDecision, ...],
    civil_applies: bool,
    today: dt.date,
) -> tuple[time_limits.Limit, ...]:
    out: list[time_limits.Limit] = []
    administrative = dict.fromkeys(
        f.concerns for f in flags if f.clause.law_id == "public_security_penalties_law"
    )
    for concerns in administrative:
        out.append(time_limits.administrative(end, inc.police_aware, concerns, today))
    criminal = dict.fromkeys(
        (f.clause.provision, f.concerns)
        for f in flags
        if f.clause.law_id == "criminal_law" and f.clause.provision in _OFFENCES
    )
    for provision, concerns in criminal:
        out.append(time_limits.criminal(end, "criminal_law", provision, concerns, today))
    if civil_applies:
        out.append(time_limits.civil(end, today))
    return tuple(out)


def decide(inc: Incident, today: dt.date, *, civil_applies: bool) -> Consequences:
    """S7 for one incident (pure; provision keys and dates, no words).

    Args:
        inc: the facts.
        today: the analysis date (versions for 从旧兼从轻, the time limits' status).
        civil_applies: S8's status is ``direct`` or ``possible`` (then a civil time
            limit is computed).
    """
    end = time_limits.conduct_end(inc.date, inc.last_seen, inc.persistent)
    b = _Builder(inc, end, today)
    _content_flags(b, inc)
    _purpose_flags(b, inc)
    _participation(b, inc)
    flags = tuple(b.flags)
    on = b.end_hi or today
    clauses = [Clause(law_id, provision, on) for law_id, provision in CLAUSES[:2]]
    if b.end_hi is not None and b.end_hi >= ECOSYSTEM_IN_FORCE:
        clauses.append(Clause(*CLAUSES[2], on))
    content = inc.content or ()
    return Consequences(
        flags=flags,
        left_out=tuple(b.left_out),
        limits=_limits(inc, end, flags, civil_applies, today),
        group_case=inc.chat_kind is not ChatKind.ONE_TO_ONE,
        urgent=tuple(c for c in content if c in URGENT_CONTENT),
        minor=inc.minor_involved is True,
        clauses=tuple(clauses),
        on=on,
    )


# --- the words ------------------------------------------------------------------------


class Flag(NamedTuple):
    """A flag as shown: the clause with its text, why it may apply, kind, whom, compare.

    Attributes:
        citation: the clause in the version that applies.
        why: why it is flagged, in Chinese and English.
        kind: administrative, criminal or civil.
        concerns: the person analysed or the poster.
        compare: the other version's clause (从旧兼从轻 or a straddle), else None.
    """

    citation: Citation
    why: Bilingual
    kind: ConsequenceKind
    concerns: Concerns
    compare: Citation | None = None

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """The spec's ``other_laws`` entry: a citation plus why, kind, concerns, compare."""
        return {
            **self.citation.to_json(lang),
            "why": labels.pick(self.why, lang),
            "kind": self.kind.value,
            "concerns": self.concerns.value,
            "compare": None if self.compare is None else self.compare.to_json(lang),
        }


@dataclass(frozen=True, slots=True)
class Explained:
    """S7 in words: the step's finding and citations, the flags and the time limits."""

    finding: Bilingual
    citations: tuple[Citation, ...]
    flags: tuple[Flag, ...]
    time_limits: tuple[TimeLimit, ...]


_WHO: dict[Concerns, Bilingual] = {
    Concerns.PERSON: ("此人", "the person analysed"),
    Concerns.POSTER: ("发布者", "the poster"),
}

_WHY: dict[tuple[str, str, str], Bilingual] = {
    ("rumor", "public_security_penalties_law", "rumor"): (
        "散布谣言扰乱公共秩序的，{who}可能受治安管理处罚。",
        "Spreading rumours that disturb public order may bring {who} an administrative penalty.",
    ),
    ("rumor_emergency", "criminal_law", "false_emergency_info"): (
        "编造虚假的险情、疫情、灾情、警情，或者明知是此类虚假信息而在信息网络上传播，严重扰乱社会秩序的，"
        "{who}可能构成编造、故意传播虚假信息罪。",
        "Fabricating a false danger, epidemic, disaster or police emergency, or knowingly "
        "spreading it online with serious disorder, may be a crime for {who}.",
    ),
    ("insult_defamation", "public_security_penalties_law", "insult_defamation"): (
        "公然侮辱他人或者捏造事实诽谤他人的（第（二）项），{who}可能受治安管理处罚。",
        "Public insult or defamation (item 2) may bring {who} an administrative penalty.",
    ),
    ("insult_defamation", "criminal_law", "insult_defamation"): (
        "以暴力或者其他方法公然侮辱他人或者捏造事实诽谤他人，情节严重的，{who}可能构成侮辱罪、诽谤罪"
        "（告诉的才处理，严重危害社会秩序和国家利益的除外）。",
        "Public insult or defamation, if serious, may be the crime of insult or defamation for "
        "{who} (prosecuted on the victim's complaint unless it seriously harms public order or "
        "the state).",
    ),
    ("serious_defamation", "spc_spp_2013_defamation", "serious_defamation"): (
        "同一诽谤信息实际被点击、浏览五千次以上或者被转发五百次以上的，属于“情节严重”；本案已知转发 "
        "{forwards} 次、浏览 {views} 次。涉及{who}。",
        "The same defamatory message viewed 5,000 times or forwarded 500 times is "
        "“serious”; here forwards: {forwards}, views: {views}. Concerns {who}.",
    ),
    ("insult_defamation", "spc_spp_2013_defamation", "fabricating_defamation"): (
        "明知是捏造的损害他人名誉的事实而在信息网络上散布，情节恶劣的，以“捏造事实诽谤他人”论："
        "{who}转发、组织散布，也可能构成诽谤。",
        "Knowingly spreading fabricated facts that harm someone's reputation online, where "
        "the circumstances are bad, counts as fabricating them: {who} may commit defamation by "
        "forwarding or organising it.",
    ),
    ("privacy", "public_security_penalties_law", "insult_defamation"): (
        "散布他人隐私的（第（六）项），{who}可能受治安管理处罚。",
        "Spreading another's private information (item 6) may bring {who} an administrative "
        "penalty.",
    ),
    ("privacy", "criminal_law", "personal_information"): (
        "向他人提供公民个人信息（住址、电话等）的，{who}可能构成侵犯公民个人信息罪。",
        "Providing a citizen's personal information (address, phone…) to others may be a "
        "crime for {who}.",
    ),
    ("obscene", "public_security_penalties_law", "obscene"): (
        "利用信息网络传播淫秽信息的，{who}可能受治安管理处罚。",
        "Spreading obscene information online may bring {who} an administrative penalty.",
    ),
    ("obscene_group", "spc_spp_2010_obscene_ii", "obscene_group"): (
        "建立主要用于传播淫秽电子信息的群组，成员达三十人以上或者造成严重后果的，对建立者、管理者和"
        "主要传播者以传播淫秽物品罪论处：涉及{who}。",
        "Setting up a group mainly for spreading obscene material, with 30 or more members or "
        "serious consequences, is the crime of spreading obscene articles for its creators, "
        "managers and main spreaders: concerns {who}.",
    ),
    ("obscene_group", "criminal_law", "spreading_obscene_items"): (
        "传播淫秽物品，情节严重的，{who}可能构成传播淫秽物品罪。",
        "Spreading obscene articles, if serious, may be a crime for {who}.",
    ),
    ("obscene_group", "criminal_law", "obscene_for_profit"): (
        "以牟利为目的传播淫秽物品的，{who}可能构成传播淫秽物品牟利罪。",
        "Spreading obscene articles for profit may be a crime for {who}.",
    ),
    ("gambling", "public_security_penalties_law", "gambling"): (
        "以营利为目的为赌博提供条件的，{who}可能受治安管理处罚；在群里参与赌博、赌资较大的成员同样"
        "如此（这是最现实的风险）。",
        "Providing the means for gambling for profit may bring {who} an administrative "
        "penalty; so may gambling with large stakes for members who take part (the most "
        "realistic exposure).",
    ),
    ("gambling", "criminal_law", "gambling_house"): (
        "利用群组开设赌场、聚众赌博的，{who}（建立者、管理者）可能构成开设赌场罪或赌博罪。",
        "Running a gambling den or organising gambling through the group may be a crime for "
        "{who} (as its creator or manager).",
    ),
    ("illegal_group", "cybersecurity_law", "no_illegal_groups"): (
        "任何个人和组织不得设立用于实施违法犯罪活动的通讯群组：涉及{who}。",
        "No one may set up a chat group for illegal activity: concerns {who}.",
    ),
    ("illegal_group", "cybersecurity_law", "illegal_groups_penalty"): (
        "设立此类群组，尚不构成犯罪的，由公安机关处拘留、罚款，并关闭群组：涉及{who}。",
        "Short of a crime, the police may detain and fine {who} and close the group.",
    ),
    ("illegal_group", "criminal_law", "illegal_use_of_network"): (
        "设立用于实施违法犯罪活动的通讯群组，情节严重的，{who}可能构成非法利用信息网络罪。",
        "Setting up a chat group for illegal activity, if serious, may be a crime for {who}.",
    ),
    ("illegal_group", "spc_spp_2019_network_crimes", "illegal_group"): (
        "说明什么是“用于实施违法犯罪活动的通讯群组”：为此目的设立，或设立后主要用于此目的。涉及{who}。",
        "Says what a group “for illegal activity” is: set up for it, or mainly used for it "
        "afterwards. Concerns {who}.",
    ),
    ("illegal_group", "spc_spp_2019_network_crimes", "serious_circumstances"): (
        "“情节严重”包括设立此类群组五个以上，或者群组成员账号累计一千以上。涉及{who}。",
        "“Serious” includes five or more such groups, or 1,000 or more member accounts in "
        "total. Concerns {who}.",
    ),
    ("illegal_group", "criminal_law", "helping_network_crime"): (
        "明知他人利用信息网络实施犯罪而提供帮助，情节严重的，{who}可能构成帮助信息网络犯罪活动罪。",
        "Knowingly helping others commit crimes online, if serious, may be a crime for {who}.",
    ),
    ("fraud", "criminal_law", "illegal_use_of_network"): (
        "为实施诈骗等违法犯罪活动发布信息，情节严重的，{who}可能构成非法利用信息网络罪。",
        "Posting information for fraud or other crimes, if serious, may be a crime for {who}.",
    ),
}

_THRESHOLDS: dict[str, Bilingual] = {
    "insult_defamation": (
        "网上诽谤的“情节严重”包括同一信息被浏览五千次或转发五百次以上，见司法解释；请补充转发、浏览次数。",
        "Online defamation is “serious” e.g. at 5,000 views or 500 forwards of the same "
        "message (judicial interpretation); add the forward and view counts.",
    ),
    "gambling": (
        "需要以营利为目的，并达到司法解释规定的标准（未收录）。",
        "It needs a profit motive and the thresholds of the judicial interpretations (not stored).",
    ),
}


def _note_text(
    note: Note, flag: FlagDecision, c: Citation, cmp: Citation | None, inc: Incident
) -> Bilingual:
    since = "" if flag.since is None else flag.since.isoformat()
    if note is Note.DATE_UNKNOWN:
        return (
            "事件日期不详，按分析日有效的文本。",
            "The date is unknown: the text in force on the analysis date.",
        )
    if note is Note.LATER_END:
        return (
            "行为何时终了不详：若持续到更晚，可能适用更新的文本。",
            "When the conduct ended is unknown: if it went on later, a later text may apply.",
        )
    if note is Note.EXACT_DATE_DECIDES:
        assert cmp is not None
        return (
            f"行为终了的日期跨越了法律修改之日：引用终了期间末日有效的 {c.version} 年文本，另列 {cmp.version} 年文本；"
            "确切日期决定适用哪一个。",
            f"When the conduct ended straddles the change of the law: the {c.version} text in "
            f"force at the interval's end is cited, the {cmp.version} text shown beside it; the "
            "exact date decides.",
        )
    if note is Note.CONTINUING:
        assert cmp is not None
        return (
            f"行为从 {cmp.version} 年文本施行期间持续到 {c.version} 年文本施行以后：持续的行为适用终了时有效的法律，"
            "旧文本列出供比较。",
            f"The conduct went on from the time of the {cmp.version} text into that of the "
            f"{c.version} text: continuing conduct falls under the law in force when it ends; "
            "the older text is shown for comparison.",
        )
    if note is Note.OLD_OR_LIGHTER:
        return (
            "从旧兼从轻：适用行为时的法律，新法处罚较轻或不认为违法的适用新法；由作出决定的机关比较两个文本。",
            "Old law or lighter (从旧兼从轻): the law of the time of the conduct applies unless "
            "the new one is lighter or no longer punishes it; the deciding authority compares the "
            "two texts.",
        )
    if note is Note.ONLY_FROM:
        return (
            f"该罪名自 {since} 起才有：只评价此后的行为。",
            f"The offence exists from {since}: only conduct from then on counts.",
        )
    if note is Note.IF_CONDUCT_FROM:
        return (
            f"该罪名（或法律）自 {since} 起才有：只在行为发生在此后时适用。",
            f"The offence (or law) exists from {since}: it applies only to conduct from then on.",
        )
    if note is Note.IF_MANAGER:
        return (
            "只在此人是群的建立者或管理者时适用（身份不详）。",
            "Only if the person created or manages the group (role unknown).",
        )
    if note is Note.IF_EMERGENCY:
        return (
            "谣言是否涉及险情、疫情、灾情、警情尚不清楚：只在涉及时适用。",
            "Whether the rumour concerns a danger, epidemic, disaster or police emergency is "
            "unknown: only then does this apply.",
        )
    if note is Note.ONE_TO_ONE:
        return (
            "这是一对一聊天：第（二）项要求“公然”或向他人散布，只对受害人一人说的话缺少这一点；"
            "但威胁他人人身安全（第（一）项）、多次发送侮辱等信息干扰他人正常生活（第（五）项）不需要公然。",
            "This was a one-to-one chat: item 2 needs publicity or spreading to others, which "
            "words to the victim alone lack; threats to personal safety (item 1) and repeated "
            "insulting messages disturbing the victim's life (item 5) do not need it.",
        )
    if note is Note.INTENT_2025:
        return (
            "2025 年文本要求“故意”散布谣言。" if "2025" in (c.version, cmp and cmp.version) else "",
            "The 2025 text requires the rumour to be spread knowingly (故意)."
            if "2025" in (c.version, cmp and cmp.version)
            else "",
        )
    if note is Note.SERIOUS_CONSEQUENCES:
        return (
            f"群成员 {inc.member_count} 人，不足三十人：需要“造成严重后果”。",
            f"{inc.member_count} members, fewer than 30: it needs serious consequences.",
        )
    if note is Note.MEMBERS_UNKNOWN:
        return (
            "成员人数不详：三十人以上直接适用，不足三十人需要“造成严重后果”。",
            "Member count unknown: 30 or more suffices; fewer needs serious consequences.",
        )
    if note is Note.FOR_PROFIT:
        return (
            "只在以牟利为目的经营该群（例如收费入群）时适用。",
            "Only where the group was run for profit (paid entry, for example).",
        )
    if note is Note.THRESHOLDS:
        return _THRESHOLDS[flag.key]
    if note is Note.NEEDS_SERIOUS:
        return (
            "需要“情节严重”，标准见司法解释（未收录）。",
            "It needs serious circumstances, as a judicial interpretation defines them (not stored).",
        )
    if note is Note.KNEW_OF_CRIMES:
        return (
            "只在此人明知他人利用群组实施犯罪时适用。",
            "Only if the person knew others used the group for crimes.",
        )
    if note is Note.NO_COMPUTED_LIMIT:
        return (
            "处罚时效本应用不计算：行政处罚法第三十六条规定一般为两年（条文未收录）。",
            "No limit is computed: the Administrative Penalty Law, Art. 36, sets two years as a "
            "rule (text not stored).",
        )
    if note is Note.PARTICIPATED:
        return (
            "此人参与转发、认可或组织了这些信息：明知而转发或组织是本人的行为，涉及发布者的条文同样涉及此人；"
            "民事上与发布者承担连带责任（民法典第一千一百六十八条、第一千一百六十九条，条文未收录）。",
            "The person forwarded, endorsed or organised it: doing so knowingly is their own "
            "conduct, so what concerns the poster concerns them too; civilly they answer jointly "
            "with the poster (Civil Code Arts. 1168 and 1169, texts not stored).",
        )
    # Note.MINOR
    if flag.kind is ConsequenceKind.CRIMINAL:
        return (
            "当事人未满十八周岁：年龄影响刑事责任（刑法第十七条：不满十六周岁的，对这些犯罪不负刑事责任；条文未收录）。",
            "Someone involved was under 18: age changes criminal liability (Criminal Law Art. "
            "17: none under 16 for these offences; text not stored).",
        )
    return (
        "当事人未满十八周岁：对未成年人从轻、减轻或者不予处罚，一般不执行行政拘留（条文未收录）。",
        "Someone involved was under 18: minors get a lighter, reduced or no penalty and, as a "
        "rule, no detention (texts not stored).",
    )


def _flag(flag: FlagDecision, inc: Incident) -> Flag:
    citation = flag.clause.cite()
    compare = None if flag.compare is None else flag.compare.cite()
    base = _WHY[(flag.key, flag.clause.law_id, flag.clause.provision)]
    who = _WHO[flag.concerns]
    forwards = "不详" if inc.forwards is None else str(inc.forwards)
    views = "不详" if inc.views is None else str(inc.views)
    zh = base[0].format(who=who[0], forwards=forwards, views=views)
    en = base[1].format(
        who=who[1],
        forwards="unknown" if inc.forwards is None else inc.forwards,
        views="unknown" if inc.views is None else inc.views,
    )
    texts = [_note_text(n, flag, citation, compare, inc) for n in flag.notes]
    return Flag(
        citation,
        (zh + "".join(t[0] for t in texts), " ".join([en, *(t[1] for t in texts if t[1])])),
        flag.kind,
        flag.concerns,
        compare,
    )


def _old_or_lighter(c: Consequences, today: dt.date) -> list[Flag]:
    """The rule of 从旧兼从轻 itself, once per kind and whom, beside the flags that need it."""
    out: list[Flag] = []
    seen: set[tuple[ConsequenceKind, Concerns]] = set()
    for flag in c.flags:
        key = (flag.kind, flag.concerns)
        if Note.OLD_OR_LIGHTER not in flag.notes or key in seen:
            continue
        seen.add(key)
        if flag.kind is ConsequenceKind.CRIMINAL:
            rule = library().cite("criminal_law", "temporal_scope", today)
        else:
            rule = library().cite("administrative_penalty_law", "old_law_or_lighter", today)
        out.append(
            Flag(
                rule,
                (
                    "从旧兼从轻：上面的条文在行为之后修改过，适用行为时的文本，新文本较轻的适用新文本；"
                    "两个文本都已列出，由作出决定的机关比较。",
                    "Old law or lighter: a provision above changed after the conduct; the text of "
                    "the time applies unless the new one is lighter. Both texts are shown; the "
                    "deciding authority compares them.",
                ),
                flag.kind,
                flag.concerns,
            )
        )
    return out


def _left_out_text(o: Omission) -> Bilingual:
    name = article_name(o.clause.cite())
    if o.reason is LeftOut.ONE_TO_ONE:
        return (
            f"未提示{name[0]}：一对一聊天只有受害人一人，缺少“公然”，也没有向他人散布。",
            f"{name[1]} is not flagged: a one-to-one chat with the victim alone has no publicity "
            "and spreads nothing to others.",
        )
    if o.reason is LeftOut.MEMBER:
        return (
            f"未提示{name[0]}：它针对群的建立者、管理者，此人是普通成员。",
            f"{name[1]} is not flagged: it concerns the group's creators and managers, and the "
            "person is an ordinary member.",
        )
    since = "" if o.since is None else o.since.isoformat()
    zh = f"未提示{name[0]}：该罪名（或法律）自 {since} 起才有，行为在此之前。"
    en = f"{name[1]} is not flagged: the offence (or law) exists only from {since}, after the conduct."
    if o.later_end:
        zh += f"若行为持续到 {since} 以后，仍可能适用。"
        en += f" If the conduct went on after {since}, it may still apply."
    return (zh, en)


def explain(c: Consequences, inc: Incident, today: dt.date) -> Explained:
    """S7 in words: the finding, its citations, the flags and the time limits."""
    lib = library()
    citations = [cl.cite() for cl in c.clauses]
    citations.insert(2, lib.authority("commentary_b"))
    parts: list[Bilingual] = []
    if c.group_case:
        regulation = article_name(citations[1])
        platform = article_name(citations[0])
        parts.append(
            (
                f"《规定》本身不设罚则：{regulation[0]}把违反本规定的处理指向相关法律法规；{platform[0]}列举的警示整改、"
                "暂停发布、关闭群组等是平台采取的措施。2017 年解读 B 部分指出，不能依据《规定》拘留或罚款。",
                f"The Provisions set no penalty of their own: {regulation[1]} refers violations to "
                f"the relevant laws; the measures of {platform[1]} (warning, suspending posting, "
                "closing the group…) are the platform's. Part B of the 2017 explainer: the "
                "Provisions cannot ground detention or fines.",
            )
        )
        if len(citations) > 3:
            eco = article_name(citations[3])
            parts.append(
                (
                    f"2020-03-01 起，《网络信息内容生态治理规定》（部门规章，位阶高于《规定》）同样不为群组建立者、管理者"
                    f"另设罚则：{eco[0]}把违反其群组管理责任的处理指向有关法律、行政法规。",
                    "From 2020-03-01 the Provisions on the Governance of the Online Information "
                    "Content Ecosystem (a departmental rule, ranking above the Provisions) set none "
                    f"for group founders and managers either: {eco[1]} sends breaches of their "
                    "group-management duty to the relevant laws.",
                )
            )
    else:
        parts.append(
            (
                "一对一聊天不涉及《规定》的群组管理责任；下面只提示其他法律。",
                "A one-to-one chat raises no group-management duty; only other laws are flagged below.",
            )
        )
    if c.urgent:
        use = lib.cite("cybersecurity_law", "use_obligation", c.on)
        measures = lib.cite("internet_info_services_measures", "nine_prohibitions", c.on)
        citations += [use, measures]
        kinds_zh = "、".join(labels.pick(labels.CONTENT[k.value], "zh") for k in c.urgent)
        kinds_en = "; ".join(labels.pick(labels.CONTENT[k.value], "en") for k in c.urgent)
        name, list_name = article_name(use), article_name(measures)
        parts.append(
            (
                f"信息涉及{kinds_zh}（{list_name[0]}所列）：可能涉及{name[0]}和严重的刑事条文。"
                "本应用不对此类内容作出提示，请立即咨询律师。",
                f"The content is {kinds_en} (listed in {list_name[1]}): it may engage {name[1]} "
                "and serious criminal provisions. The app flags nothing for such content: see a "
                "lawyer at once.",
            )
        )
    flags = [_flag(f, inc) for f in c.flags] + _old_or_lighter(c, today)
    if flags:
        parts.append(
            (
                "下列其他法律条文只是提示可能适用，不是结论；每条写明涉及谁。",
                "The other laws below are flags of provisions that may apply, not conclusions; "
                "each says whom it concerns.",
            )
        )
    else:
        parts.append(("没有需要提示的其他法律条文。", "No other law is flagged."))
    if c.minor:
        parts.append(
            (
                "当事人未满十八周岁：年龄影响责任，每条提示都已注明；民事赔偿由监护人承担（民法典第一千一百八十八条，条文未收录）。",
                "Someone involved was under 18: age changes liability, as each flag says; civil "
                "claims go to the guardian (Civil Code Art. 1188, text not stored).",
            )
        )
    parts += [_left_out_text(o) for o in c.left_out]
    return Explained(
        finding=("".join(p[0] for p in parts), " ".join(p[1] for p in parts)),
        citations=tuple(citations),
        flags=tuple(flags),
        time_limits=tuple(time_limits.explain(lim) for lim in c.limits),
    )
