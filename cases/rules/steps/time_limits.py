"""S7's time limits (时效): how long each kind of consequence can still be pursued.

规则（白话）：每个违法者的时效从其行为终了之日起算；终了日在 ``date``（首次发布）之末与
``last_seen`` 之末之间（他人转发、消息留在聊天记录里是否延长时效，有争议）。在两个端点各算一次，
结果不同即为“不确定”（unclear）。治安管理处罚 6 个月（公安机关在期限内知道即不受限）；
刑事追诉按刑法第八十七条，依法定最高刑计算，本应用不知道事实落在哪个量刑幅度，故按基本幅度和
最重幅度各算一次；民事诉讼时效 3 年，从受害人知道损害和侵权人时起算（这里按行为终了计算并说明）。
期限的末日：起算日加上期间（月中同一日，没有该日的取当月最后一日；起算当日不计入）；
分析日在末日后 3 天内（民事 7 天）也算“不确定”（节假日可能顺延末日）。

The rule in plain words: each offender's limit runs from the end of *their*
conduct, which lies between the end of ``date`` (the first post) and the end of
``last_seen`` (whether others' reposts, or a message merely left in the history,
extend it is contested). The status is computed at both bounds; when they differ it
is ``unclear``. 治安 (administrative) penalties: 6 months, unless the police learned of
it in time; criminal prosecution: 刑法 §87 by the statutory maximum, computed for the
basic and the most serious bracket because the app cannot know which one the facts
fall in; civil claims: 3 years from when the victim knew of the harm and who caused
it (counted here from the end of the conduct, and said so). ``until`` is the start
plus the period (same day of the month or the month's last day; the first day is not
counted); an analysis date within 3 days after it (7 for civil) is ``unclear``
(holidays may move the last day).

Statuses never get worse when the conduct ends later (a later end moves every last
day later), so with one bound unknown the known one decides only where a later (or
earlier) end could not change it. The module is pure date arithmetic over the
incident's facts; :func:`explain` turns a limit into citations and plain words.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from cases.law.library import Citation, MaximumSentence, library
from cases.model import labels
from cases.model.fuzzy import FuzzyDate, add_months, on_or_before
from cases.model.labels import Bilingual
from cases.rules.steps import common
from cases.rules.steps.common import day_of

NEAR_DAYS = 3
"""An analysis date this many days after the last day is ``unclear`` (holidays)."""
NEAR_DAYS_CIVIL = 7
"""The same margin for the civil limitation period."""
ADMINISTRATIVE_MONTHS = 6
CIVIL_YEARS = 3
OLD_CIVIL_YEARS = 2
GENERAL_PROVISIONS_IN_FORCE = dt.date(2017, 10, 1)
CIVIL_CODE_IN_FORCE = dt.date(2021, 1, 1)


@functools.lru_cache(maxsize=4096)
def _plus_months(day: dt.date, months: int) -> dt.date:
    """``add_months``, or the last day Python has when the result is past year 9999.

    Remembered: each limit asks for the same few sums several times.

    Only a stored case can hold such a date (the format's years end next year); its
    limit then never runs out within the calendar, and it opens with a warning.
    """
    try:
        return add_months(day, months)
    except OverflowError:
        return dt.date.max


def _plus_years(day: dt.date, years: int) -> dt.date:
    """``add_years``, saturating like ``_plus_months``."""
    return _plus_months(day, 12 * years)


class ConsequenceKind(enum.StrEnum):
    """The kind of a flag or a time limit."""

    ADMINISTRATIVE = "administrative"
    CRIMINAL = "criminal"
    CIVIL = "civil"


class Concerns(enum.StrEnum):
    """Whom a flag or a time limit concerns: the person analysed, or the poster."""

    PERSON = "person"
    POSTER = "poster"


class LimitStatus(enum.StrEnum):
    """The status of a time limit on the analysis date (shared/spec/case-format.md)."""

    RUNNING = "running"
    NOT_BARRED = "not_barred"
    EXPIRED = "expired"
    EXPIRED_UNLESS_POLICE_KNEW = "expired_unless_police_knew"
    EXPIRED_UNLESS_CASE_OPENED = "expired_unless_case_opened"
    DAMAGES_MAY_BE_BARRED = "damages_may_be_barred"
    UNCLEAR = "unclear"


_FAVOURABLE = frozenset({LimitStatus.RUNNING, LimitStatus.NOT_BARRED})
"""Statuses a later end of the conduct cannot change."""


class Unclear(enum.StrEnum):
    """Why a status is ``unclear``."""

    END_OF_CONDUCT = "end_of_conduct"
    END_UNKNOWN = "end_unknown"
    START_UNKNOWN = "start_unknown"
    NEAR_LAST_DAY = "near_last_day"
    SERIOUSNESS = "seriousness"
    POLICE_AWARE = "police_aware"


class Clause(NamedTuple):
    """A provision key and the date that chooses its version."""

    law_id: str
    provision: str
    on: dt.date

    def cite(self) -> Citation:
        """The citation of the version in force on ``on``."""
        return library().cite(self.law_id, self.provision, self.on)


@dataclass(frozen=True, slots=True)
class ConductEnd:
    """When the conduct ended, as far as the facts say.

    Attributes:
        first: ``date`` (the first post), None when unknown.
        lower: the earliest end: the last day of ``date`` (None when unknown).
        upper: the latest end: the last day of ``last_seen``, or of ``date`` when the
            content did not persist; None when unknown.
        shown: the value shown as the limit's ``from``: ``last_seen``, else ``date``.
    """

    first: FuzzyDate | None
    lower: dt.date | None
    upper: dt.date | None
    shown: FuzzyDate | None

    @property
    def known(self) -> dt.date | None:
        """The bound a single last day is computed from: the upper, else the lower."""
        return self.upper or self.lower


def conduct_end(
    date: FuzzyDate | dt.date | None, last_seen: FuzzyDate | None, persistent: bool | None
) -> ConductEnd:
    """The bounds of the end of the conduct (spec S7, "Time limits").

    Args:
        date: when the content was first posted.
        last_seen: the last day it (or a repetition) was in the group.
        persistent: whether it was repeated or stayed up for long.
    """
    first = day_of(date)
    lower = None if first is None else first.last
    if last_seen is not None:
        upper: dt.date | None = last_seen.last
    elif persistent is False:
        upper = lower
    else:
        upper = None
    return ConductEnd(first, lower, upper, last_seen or first)


class Limit(NamedTuple):
    """One time limit, decided (no words yet: see :func:`explain`).

    Attributes:
        kind: administrative, criminal or civil.
        concerns: the person analysed or the poster.
        clause: the provision that sets the period.
        also: further provisions the limit rests on (刑法 §88, §89).
        offence: for a criminal limit, the offence it is computed for.
        years: the period in years (None for months).
        months: the period in months (None for years).
        most_serious_years: for a criminal limit, the period of the most serious bracket.
        start: the value shown as ``from``.
        until: the last day computed from the latest known end.
        until_most_serious: the same for the most serious bracket.
        status: the status on the analysis date.
        reasons: why it is ``unclear`` (empty otherwise).
        end: the bounds it was computed from.
        police_aware: when the police learned of it (administrative).
        analysis_date: the analysis date.
    """

    kind: ConsequenceKind
    concerns: Concerns
    clause: Clause
    also: tuple[Clause, ...]
    offence: Clause | None
    years: int | None
    months: int | None
    most_serious_years: int | None
    start: FuzzyDate | None
    until: dt.date | None
    until_most_serious: dt.date | None
    status: LimitStatus
    reasons: tuple[Unclear, ...]
    end: ConductEnd
    police_aware: FuzzyDate | None
    analysis_date: dt.date

    @property
    def period(self) -> str:
        """The period as the JSON writes it: ``6 months``, ``5 years``."""
        if self.months is not None:
            return f"{self.months} months"
        return f"{self.years} years"


class _At(NamedTuple):
    status: LimitStatus
    reasons: tuple[Unclear, ...] = ()


def _combine(lower: _At | None, upper: _At | None) -> _At:
    """The status from the two bounds' statuses (None: that bound is unknown)."""
    if lower is None and upper is None:
        return _At(LimitStatus.UNCLEAR, (Unclear.START_UNKNOWN, Unclear.END_UNKNOWN))
    if upper is None:
        assert lower is not None
        if lower.status in _FAVOURABLE:
            return lower
        return _At(LimitStatus.UNCLEAR, (*lower.reasons, Unclear.END_UNKNOWN))
    if lower is None:
        if upper.status not in _FAVOURABLE and upper.status is not LimitStatus.UNCLEAR:
            return upper
        return _At(LimitStatus.UNCLEAR, (*upper.reasons, Unclear.START_UNKNOWN))
    if lower.status is upper.status:
        return _At(lower.status, tuple(dict.fromkeys(lower.reasons + upper.reasons)))
    return _At(
        LimitStatus.UNCLEAR,
        tuple(dict.fromkeys((Unclear.END_OF_CONDUCT, *lower.reasons, *upper.reasons))),
    )


def _near(today: dt.date, until: dt.date, days: int) -> bool:
    return until < today <= until + dt.timedelta(days=days)


def _administrative_at(end: dt.date, police: FuzzyDate | None, today: dt.date) -> _At:
    until = _plus_months(end, ADMINISTRATIVE_MONTHS)
    knew = None if police is None else on_or_before(police, until)
    if knew is True:
        return _At(LimitStatus.NOT_BARRED)
    if today <= until:
        return _At(LimitStatus.RUNNING)
    if _near(today, until, NEAR_DAYS):
        return _At(LimitStatus.UNCLEAR, (Unclear.NEAR_LAST_DAY,))
    if police is None:
        return _At(LimitStatus.EXPIRED_UNLESS_POLICE_KNEW)
    if knew is None:
        return _At(LimitStatus.UNCLEAR, (Unclear.POLICE_AWARE,))
    return _At(LimitStatus.EXPIRED)


def _administrative(end: ConductEnd, police_aware: FuzzyDate | None, today: dt.date) -> _At:
    return _combine(
        None if end.lower is None else _administrative_at(end.lower, police_aware, today),
        None if end.upper is None else _administrative_at(end.upper, police_aware, today),
    )


def administrative_status(
    end: ConductEnd, police_aware: FuzzyDate | None, today: dt.date
) -> LimitStatus:
    """The status ``administrative`` gives, alone (the what-if list tries police dates)."""
    return _administrative(end, police_aware, today).status


def administrative(
    end: ConductEnd, police_aware: FuzzyDate | None, concerns: Concerns, today: dt.date
) -> Limit:
    """The 治安 limit: 6 months, not barred when the police knew within it.

    Cites 治安管理处罚法 2012 §22 / 2025 §25 in the version of the (latest known) end.
    """
    at = _administrative(end, police_aware, today)
    last = end.known
    return Limit(
        kind=ConsequenceKind.ADMINISTRATIVE,
        concerns=concerns,
        clause=Clause("public_security_penalties_law", "time_limit", last or today),
        also=(),
        offence=None,
        years=None,
        months=ADMINISTRATIVE_MONTHS,
        most_serious_years=None,
        start=end.shown,
        until=None if last is None else _plus_months(last, ADMINISTRATIVE_MONTHS),
        until_most_serious=None,
        status=at.status,
        reasons=at.reasons,
        end=end,
        police_aware=police_aware,
        analysis_date=today,
    )


def limit_years(maximum: MaximumSentence) -> int:
    """刑法 §87: the prosecution limit for an offence's statutory maximum.

    Under 5 years → 5; 5 to under 10 → 10; 10 or more → 15; life (or death) → 20.
    """
    if maximum.life:
        return 20
    years = maximum.years or 0
    if years < 5:
        return 5
    if years < 10:
        return 10
    return 15


@functools.lru_cache(maxsize=4096)
def _criminal_years(offence: Clause, end: dt.date, today: dt.date) -> tuple[int, int]:
    """The limits of the basic and the most serious bracket for conduct ending on ``end``.

    The text in force at the end of the conduct decides, unless the text in force on
    the analysis date is lighter (从旧兼从轻, 刑法 §12): the shorter limit is taken.
    """
    lib = library()
    then = lib.statutory_maximum(offence.law_id, offence.provision, end)
    now = lib.statutory_maximum(offence.law_id, offence.provision, max(end, today))
    return (
        min(limit_years(then.basic), limit_years(now.basic)),
        min(limit_years(then.most_serious), limit_years(now.most_serious)),
    )


def _criminal_at(offence: Clause, end: dt.date, today: dt.date) -> _At:
    basic, serious = _criminal_years(offence, end, today)
    first, last = _plus_years(end, basic), _plus_years(end, serious)
    if today <= first:
        return _At(LimitStatus.RUNNING)
    if _near(today, first, NEAR_DAYS):
        return _At(LimitStatus.UNCLEAR, (Unclear.NEAR_LAST_DAY,))
    if today <= last:
        return _At(LimitStatus.UNCLEAR, (Unclear.SERIOUSNESS,))
    if _near(today, last, NEAR_DAYS):
        return _At(LimitStatus.UNCLEAR, (Unclear.NEAR_LAST_DAY,))
    return _At(LimitStatus.EXPIRED_UNLESS_CASE_OPENED)


def criminal(
    end: ConductEnd, law_id: str, provision: str, concerns: Concerns, today: dt.date
) -> Limit:
    """The 刑法 §87 limit of one offence, for its basic and its most serious bracket."""
    last = end.known or today
    offence = Clause(law_id, provision, last)
    at = _combine(
        None if end.lower is None else _criminal_at(offence, end.lower, today),
        None if end.upper is None else _criminal_at(offence, end.upper, today),
    )
    basic, serious = _criminal_years(offence, last, today)
    known = end.known
    return Limit(
        kind=ConsequenceKind.CRIMINAL,
        concerns=concerns,
        clause=Clause("criminal_law", "time_limits", last),
        also=(
            Clause("criminal_law", "time_limit_start", last),
            Clause("criminal_law", "time_limit_exceptions", last),
        ),
        offence=offence,
        years=basic,
        months=None,
        most_serious_years=serious,
        start=end.shown,
        until=None if known is None else _plus_years(known, basic),
        until_most_serious=None if known is None else _plus_years(known, serious),
        status=at.status,
        reasons=at.reasons,
        end=end,
        police_aware=None,
        analysis_date=today,
    )


def civil_years(end: dt.date) -> int:
    """The civil limitation period for a claim whose period began on ``end``.

    3 years (民法总则 / 民法典 §188); before 2017-10-01, 2 years under 民法通则, but
    3 years when those 2 years had not run out on 2017-10-01 (the Supreme People's
    Court's transitional interpretation).
    """
    if _plus_years(end, OLD_CIVIL_YEARS) < GENERAL_PROVISIONS_IN_FORCE:
        return OLD_CIVIL_YEARS
    return CIVIL_YEARS


def _civil_at(end: dt.date, today: dt.date) -> _At:
    until = _plus_years(end, civil_years(end))
    if today <= until:
        return _At(LimitStatus.RUNNING)
    if _near(today, until, NEAR_DAYS_CIVIL):
        return _At(LimitStatus.UNCLEAR, (Unclear.NEAR_LAST_DAY,))
    return _At(LimitStatus.DAMAGES_MAY_BE_BARRED)


def civil(end: ConductEnd, today: dt.date) -> Limit:
    """The civil limitation period of the victim's damages claim against the person.

    Cites 民法总则 §188 for conduct ending before 2021-01-01 (with the library's note
    when it ended before 2017-10-01) and 民法典 §188 from 2021-01-01.
    """
    at = _combine(
        None if end.lower is None else _civil_at(end.lower, today),
        None if end.upper is None else _civil_at(end.upper, today),
    )
    last = end.known
    on = last or today
    law_id = "civil_code" if on >= CIVIL_CODE_IN_FORCE else "general_provisions_civil_law"
    years = civil_years(on)
    return Limit(
        kind=ConsequenceKind.CIVIL,
        concerns=Concerns.PERSON,
        clause=Clause(law_id, "time_limit", on),
        also=(),
        offence=None,
        years=years,
        months=None,
        most_serious_years=None,
        start=end.shown,
        until=None if last is None else _plus_years(last, years),
        until_most_serious=None,
        status=at.status,
        reasons=at.reasons,
        end=end,
        police_aware=None,
        analysis_date=today,
    )


# --- the words ------------------------------------------------------------------------


class TimeLimit(NamedTuple):
    """A time limit as shown: its citations and a finding in plain words.

    Attributes:
        limit: the decided limit.
        citation: the provision that sets the period.
        also: further provisions it rests on (刑法 §88, §89).
        offence: for a criminal limit, the offence's citation.
        finding: what the status means for this case.
    """

    limit: Limit
    citation: Citation
    also: tuple[Citation, ...]
    offence: Citation | None
    finding: Bilingual

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """The spec's ``time_limits`` entry (plus the most serious bracket and the finding)."""
        out = self._head()
        out.update(self.citation.to_json(lang))
        out.update(self._tail(lang))
        if self.limit.kind is ConsequenceKind.CRIMINAL:
            assert self.offence is not None
            out["offence"] = self.offence.to_json(lang)
            out.update(self._most_serious())
        return out

    def json_bytes(self, lang: str = "zh") -> bytes:
        """``to_json`` serialised as UTF-8, the citations' cached bytes not encoded again."""
        # The JSON of ``_head``, ``_tail`` and ``_most_serious`` written out: encoding
        # each small object builds a JSON encoder anew.
        lim = self.limit
        parts = [
            f'{{"kind": {_text(lim.kind.value)}, "concerns": {_text(lim.concerns.value)}, '.encode(),
            self.citation.json_bytes(lang)[1:-1],
            (
                f', "period": {_text(lim.period)}'
                f', "from": {_text(None if lim.start is None else str(lim.start))}'
                f', "until": {_text(None if lim.until is None else lim.until.isoformat())}'
                f', "status": {_text(lim.status.value)}'
                f', "finding": {_text(labels.pick(self.finding, lang))}'
            ).encode(),
        ]
        if lim.kind is ConsequenceKind.CRIMINAL:
            assert self.offence is not None
            until = lim.until_most_serious
            parts += [
                b', "offence": ',
                self.offence.json_bytes(lang),
                (
                    f', "period_most_serious": {_text(f"{lim.most_serious_years} years")}'
                    f', "until_most_serious": {_text(None if until is None else until.isoformat())}}}'
                ).encode(),
            ]
        else:
            parts.append(b"}")
        return b"".join(parts)

    def _head(self) -> dict[str, Any]:
        return {"kind": self.limit.kind.value, "concerns": self.limit.concerns.value}

    def _tail(self, lang: str) -> dict[str, Any]:
        lim = self.limit
        return {
            "period": lim.period,
            "from": None if lim.start is None else str(lim.start),
            "until": None if lim.until is None else lim.until.isoformat(),
            "status": lim.status.value,
            "finding": labels.pick(self.finding, lang),
        }

    def _most_serious(self) -> dict[str, Any]:
        """A criminal limit's most serious bracket (its offence is cited beside it)."""
        lim = self.limit
        return {
            "period_most_serious": f"{lim.most_serious_years} years",
            "until_most_serious": (
                None if lim.until_most_serious is None else lim.until_most_serious.isoformat()
            ),
        }


encode_string: Callable[[str], str] = json.encoder.encode_basestring
"""A string as ``json.dumps(value, ensure_ascii=False)`` writes it."""


def _text(value: str | None) -> str:
    """A string or None as ``json.dumps(value, ensure_ascii=False)`` writes it."""
    return "null" if value is None else encode_string(value)


@functools.cache
def article_name(citation: Citation) -> Bilingual:
    """How a finding names a citation: 《刑法》第二百四十六条 / Criminal Law art. 246.

    The article number comes from the citation, so a finding never hard-codes one.
    """
    return (
        f"{common.name(citation)}{common.art(citation)}",
        f"{common.name(citation, 'en')} {common.art(citation, 'en')}",
    )


_CONCERNS: dict[Concerns, Bilingual] = {
    Concerns.PERSON: ("被分析的人", "the person analysed"),
    Concerns.POSTER: ("发布者", "the poster"),
}

_REASONS: dict[Unclear, Bilingual] = {
    Unclear.END_OF_CONDUCT: (
        "结论取决于行为何时终了：首次发布之日所在期间的末日与最后一次出现之日之间，两端算出的结果不同"
        "（他人转发、消息留在聊天记录中是否延长时效，有争议）。",
        "It depends on when the conduct ended: the two ends (the last day of the first post's "
        "date and the last day the content was seen) give different results (whether others' "
        "reposts, or a message left in the history, extend the limit is contested).",
    ),
    Unclear.END_UNKNOWN: (
        "信息最后一次出现的日期不详，行为可能持续更久，时效也随之延后；请补充“最后出现日期”。",
        "When the content was last seen is unknown: the conduct may have lasted longer, which "
        "moves the limit later; add the last-seen date.",
    ),
    Unclear.START_UNKNOWN: (
        "信息首次发布的日期不详，无法确定起算日；请补充日期。",
        "The date of the first post is unknown, so the start cannot be fixed; add the date.",
    ),
    Unclear.NEAR_LAST_DAY: (
        "分析日就在期限末日之后几天内：末日遇节假日可能顺延，请按实际情况核对。",
        "The analysis date is within a few days after the last day: a holiday may move the "
        "last day, so check it against the calendar.",
    ),
    Unclear.SERIOUSNESS: (
        "按基本量刑幅度已过追诉期限，按最重幅度尚未过：取决于情节轻重，由司法机关判断。",
        "The limit for the basic bracket has run out but the one for the most serious has "
        "not: it depends on how serious the facts are, which is for the authorities to judge.",
    ),
    Unclear.POLICE_AWARE: (
        "公安机关知道的时间与期限末日重叠：请把“公安机关知道的日期”写得更精确。",
        "When the police learned of it overlaps the last day: make the police-aware date "
        "more precise.",
    ),
}


def _status_text(t: Limit, offence: Bilingual, exceptions: Bilingual) -> Bilingual:
    s = t.status
    if s is LimitStatus.RUNNING:
        return ("时效尚未届满。", "The limit has not run out.")
    if s is LimitStatus.NOT_BARRED:
        return (
            f"公安机关在期限内（{t.police_aware}）已经知道，不受六个月期限限制。",
            f"The police knew within the limit ({t.police_aware}), so the six months no "
            "longer bar a penalty.",
        )
    if s is LimitStatus.EXPIRED:
        return (
            f"期限已过，公安机关到 {t.police_aware} 才知道：不再处罚。",
            f"The limit has run out and the police learned of it only on {t.police_aware}: "
            "no penalty any more.",
        )
    if s is LimitStatus.EXPIRED_UNLESS_POLICE_KNEW:
        return (
            "期限已过；除非公安机关在期限内已经知道（例如有人报过警），否则不再处罚。请补充“公安机关知道的日期”。",
            "The limit has run out; no penalty any more unless the police learned of it within "
            "the limit (someone reported it, for example). Add the police-aware date.",
        )
    if s is LimitStatus.EXPIRED_UNLESS_CASE_OPENED:
        return (
            f"两种量刑幅度的追诉期限都已届满；但依{exceptions[0]}，在期限内立案侦查或受理后逃避侦查、审判的，"
            f"或者被害人在期限内控告而应当立案未立案的，不受追诉期限限制（{offence[0]}）。",
            f"The limits for both brackets have run out; but under {exceptions[1]}, there is no "
            "limit if a case was opened within it and the suspect then evaded investigation or "
            "trial, or if the victim complained within it and a case was wrongly not opened "
            f"({offence[1]}).",
        )
    if s is LimitStatus.DAMAGES_MAY_BE_BARRED:
        return (
            "按行为终了起算，诉讼时效可能已经届满：赔偿请求可能因对方抗辩而得不到支持。",
            "Counted from the end of the conduct, the limitation period may have run out: a "
            "damages claim may fail if the other side raises it.",
        )
    zh = "".join(_REASONS[r][0] for r in t.reasons)
    en = " ".join(_REASONS[r][1] for r in t.reasons)
    return (f"不确定。{zh}", f"Unclear. {en}")


def _dates(t: Limit) -> Bilingual:
    start = "不详" if t.start is None else str(t.start)
    start_en = "unknown" if t.start is None else str(t.start)
    if t.until is None:
        return (f"起算：{start}。", f"From {start_en}.")
    zh = f"起算：{start}（行为终了），期限至 {t.until.isoformat()}"
    en = f"From {start_en} (the end of the conduct), until {t.until.isoformat()}"
    if t.until_most_serious is not None and t.until_most_serious != t.until:
        zh += f"（最重幅度至 {t.until_most_serious.isoformat()}）"
        en += f" ({t.until_most_serious.isoformat()} for the most serious bracket)"
    return (zh + "。", en + ".")


@functools.lru_cache(maxsize=4096)
def explain(limit: Limit) -> TimeLimit:
    """The limit's citations and its finding in plain words (Chinese and English)."""
    citation = limit.clause.cite()
    also = tuple(c.cite() for c in limit.also)
    offence = None if limit.offence is None else limit.offence.cite()
    who = _CONCERNS[limit.concerns]
    period = article_name(citation)
    dates = _dates(limit)
    if limit.kind is ConsequenceKind.ADMINISTRATIVE:
        head = (
            f"治安管理处罚的追究时效（{who[0]}）：依{period[0]}，六个月内未被公安机关发现的不再处罚，"
            "行为有连续或继续状态的从终了之日起算。",
            f"Time limit for an administrative penalty ({who[1]}): under {period[1]}, no "
            "penalty once six months pass without the police discovering it, counted from the "
            "end of continuing conduct.",
        )
        status = _status_text(limit, ("", ""), ("", ""))
    elif limit.kind is ConsequenceKind.CRIMINAL:
        assert offence is not None
        name = article_name(offence)
        start = article_name(also[0])
        head = (
            f"{name[0]}的追诉期限（{who[0]}）：依{period[0]}按法定最高刑计算，基本幅度 {limit.years} 年，"
            f"最重幅度 {limit.most_serious_years} 年；依{start[0]}，行为有连续或继续状态的从终了之日起算。"
            "本应用无法判断事实落在哪个幅度。",
            f"Prosecution limit for {name[1]} ({who[1]}): under {period[1]}, by the statutory "
            f"maximum: {limit.years} years for the basic bracket, {limit.most_serious_years} "
            f"for the most serious; under {start[1]} it runs from the end of continuing "
            "conduct. The app cannot tell which bracket the facts fall in.",
        )
        status = _status_text(limit, name, article_name(also[1]))
    else:
        head = _civil_head(limit, period)
        status = _status_text(limit, ("", ""), ("", ""))
    return TimeLimit(
        limit,
        citation,
        also,
        offence,
        (head[0] + dates[0] + status[0], f"{head[1]} {dates[1]} {status[1]}"),
    )


def _civil_head(limit: Limit, period: Bilingual) -> Bilingual:
    head_zh = (
        f"民事诉讼时效（{_CONCERNS[limit.concerns][0]}）：依{period[0]}为三年，自受害人知道或应当知道"
        "权利受损和侵权人之日起计算，最长二十年；本应用按行为终了之日计算。"
        "停止侵害、消除影响、恢复名誉、赔礼道歉的请求不适用诉讼时效（民法典第九百九十五条、第一百九十六条）；"
        "法院不主动适用诉讼时效（第一百九十三条）；向侵权人提出请求可以中断时效（第一百九十五条）"
        "（以上条文本应用未收录）。"
    )
    head_en = (
        f"Civil limitation period ({_CONCERNS[limit.concerns][1]}): under {period[1]}, three "
        "years from when the victim knew or should have known of the harm and who caused "
        "it, twenty at most; the app counts from the end of the conduct. Claims to stop the "
        "infringement, remove its effects, restore reputation and apologise have no "
        "limitation period (Civil Code Arts. 995 and 196); the court does not apply the "
        "limit on its own (Art. 193); a demand to the infringer interrupts it (Art. 195) "
        "(texts not stored)."
    )
    on = limit.clause.on
    if on < GENERAL_PROVISIONS_IN_FORCE:
        head_zh += (
            f"行为终了于 2017-10-01 以前：适用《民法通则》规定的两年（条文未收录）；但 2017-10-01 时两年尚未届满的，"
            f"按三年计算（最高人民法院关于诉讼时效的衔接解释）。本案按 {limit.years} 年计算。"
        )
        head_en += (
            " The conduct ended before 2017-10-01: the General Principles of Civil Law set two "
            "years (text not stored), but three apply where the two had not run out on "
            "2017-10-01 (the Supreme People's Court's transitional interpretation). Here: "
            f"{limit.years} years."
        )
    return (head_zh, head_en)
