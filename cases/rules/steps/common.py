"""What every step module shares: outcomes, routes, statuses, citation keys and step results.

A step module (``s1_in_force`` … ``s6_duty_of_care``) holds its rule in plain words,
the facts it reads (``FACTS``), the citation keys it may use (``CLAUSES``), a
``decide`` returning a frozen :class:`StepResult` (which names the clause keys it
used) and an ``explain`` building the finding from the resolved citations. Law text
is never written in a step: a :class:`Clause` is resolved through ``cases.law`` by
date, so article numbers in findings come from the Citation objects.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import NamedTuple

from cases.law.library import Citation, Level, article_number_en, chinese_number, library
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.model.labels import Bilingual

REGULATION_IN_FORCE = dt.date(2017, 10, 8)
"""The Regulation (互联网群组信息服务管理规定) is in force from this day (art. 15)."""
ECOSYSTEM_IN_FORCE = dt.date(2020, 3, 1)
"""网络信息内容生态治理规定 (CAC 令第5号) is in force from this day."""


class Outcome(enum.StrEnum):
    """The conclusion about the person analysed."""

    NOT_IN_FORCE = "NOT_IN_FORCE"
    PRIVATE_SPACE = "PRIVATE_SPACE"
    NO_PROHIBITED_CONTENT = "NO_PROHIBITED_CONTENT"
    OWN_CONDUCT = "OWN_CONDUCT"
    NO_DUTY = "NO_DUTY"
    EXEMPT = "EXEMPT"
    NOT_EXEMPT = "NOT_EXEMPT"
    UNDETERMINED = "UNDETERMINED"


class Route(enum.StrEnum):
    """How an outcome was reached (null only for the outcomes the spec names)."""

    # PRIVATE_SPACE (S2)
    ONE_TO_ONE = "one_to_one"
    TWO_MEMBERS = "two_members"
    SMALL_FAMILY = "small_family"
    # OWN_CONDUCT (S4)
    POSTED = "posted"
    PARTICIPATED = "participated"
    UNLAWFUL_GROUP = "unlawful_group"
    # EXEMPT (S6)
    REMOVED_POSTER = "removed_poster"
    REPORTED_PLATFORM = "reported_platform"
    REPORTED_AUTHORITY = "reported_authority"
    DISSOLVED_GROUP = "dissolved_group"
    WARNED_NO_RECURRENCE = "warned_no_recurrence"
    GROUP_RULES = "group_rules"
    UNAWARE_ISOLATED = "unaware_isolated"
    # NOT_EXEMPT (S6)
    NO_MEASURE = "no_measure"
    LATE_MEASURE = "late_measure"
    RECURRED_AFTER_SOFT = "recurred_after_soft"
    SHOULD_HAVE_KNOWN = "should_have_known"


ASSUMPTION_ROUTES = frozenset(
    {
        Route.TWO_MEMBERS,
        Route.WARNED_NO_RECURRENCE,
        Route.GROUP_RULES,
        Route.UNAWARE_ISOLATED,
        Route.SHOULD_HAVE_KNOWN,
        Route.RECURRED_AFTER_SOFT,
    }
)
"""Routes decided by a rule the spec marks *(assumption)*.

``recurred_after_soft`` is one too (a decision of this app): that a warning, a
deletion or a reminder is not enough once the content came back rests on the
strong/soft classification of measures, itself an assumption drawn from commentary
C and police practice.
"""


class Status(enum.StrEnum):
    """A step's status."""

    PASSED = "passed"
    CONCLUDED = "concluded"
    UNKNOWN = "unknown"
    NOT_REACHED = "not_reached"


class Caution(enum.StrEnum):
    """A warning that goes with an outcome (``cautions`` in the JSON)."""

    CONTENT_LEFT_UP = "content_left_up"
    CONTENT_STAYED_UP = "content_stayed_up"


class Clause(NamedTuple):
    """A citation key: a provision of a stored law, or an authority entry.

    Attributes:
        law_id: the law's id (``group_regulation``), or "" for an authority
            (official interpretation, commentary, court practice).
        key: the provision key, or the authority's key.
        on: the date that decides the law's version; None for the analysis date
            (立法法's non-retroactivity clause) and for authorities.
    """

    law_id: str
    key: str
    on: dt.date | None = None

    def resolve(self, analysis_date: dt.date) -> Citation:
        """The citation this key stands for."""
        if not self.law_id:
            return library().authority(self.key)
        return library().cite(self.law_id, self.key, self.on or analysis_date)


def authority(key: str) -> Clause:
    """A clause key for an authority entry (resources/authorities.json)."""
    return Clause("", key)


class MeasureCheck(NamedTuple):
    """How one recorded measure was judged for promptness (S6).

    Attributes:
        position: its index in ``actions``.
        kind: the measure (an ``ActionKind`` value).
        strong: the measure is a strong one.
        by_other: another manager took it.
        elapsed: hours from the start of the clock to the measure as an interval
            (lo, hi), when both times are known.
        prompt: True/False, or None when it cannot be judged.
        by_judgement: the volunteer's ``timely`` decided it.
        grey: the elapsed time lies wholly between the two windows, where only the
            volunteer's ``timely`` can decide.
        before_discovery: the measure lies wholly before ``discovered_at`` (prompt).
        missing: the fields that would let it be judged.

    A named tuple, not a dataclass: S6 judges every measure again for each what-if
    change it tries.
    """

    position: int
    kind: str
    strong: bool
    by_other: bool
    elapsed: tuple[float, float] | None
    prompt: bool | None
    by_judgement: bool
    grey: bool
    before_discovery: bool
    missing: tuple[str, ...]


class StepResult(NamedTuple):
    """The bare result of one step (no text).

    Attributes:
        id: S1 … S6.
        status: passed, concluded, unknown (UNDETERMINED) or not_reached.
        outcome: the outcome when the step concluded (UNDETERMINED when unknown).
        route: how, for outcomes that carry a route.
        missing: for an unknown step, every unknown fact that could decide it.
        clauses: the citation keys the step rests on for this case.
        basis: the authority levels the step's conclusion rests on.
        notes: codes of facts the explanation must state (e.g. ``partial`` in S1).
        cautions: cautions that go with the outcome.
        measures: S6's judgement of each measure.

    A named tuple, not a dataclass: the what-if list builds thousands per second.
    """

    id: str
    status: Status
    outcome: Outcome | None = None
    route: Route | None = None
    missing: tuple[str, ...] = ()
    clauses: tuple[Clause, ...] = ()
    basis: tuple[Level, ...] = ()
    notes: tuple[str, ...] = ()
    cautions: tuple[Caution, ...] = ()
    measures: tuple[MeasureCheck, ...] = ()

    @property
    def stops(self) -> bool:
        """Whether the chain stops at this step."""
        return self.status in (Status.CONCLUDED, Status.UNKNOWN)


def passed(step_id: str, clauses: tuple[Clause, ...], *notes: str) -> StepResult:
    """A step that lets the chain go on."""
    return StepResult(step_id, Status.PASSED, clauses=clauses, notes=notes)


def unknown(step_id: str, clauses: tuple[Clause, ...], *missing: str) -> StepResult:
    """A step stopped by unknown facts, each named once, in order."""
    return StepResult(
        step_id,
        Status.UNKNOWN,
        Outcome.UNDETERMINED,
        missing=tuple(dict.fromkeys(missing)),
        clauses=clauses,
    )


def not_reached(step_id: str) -> StepResult:
    """A step after the one that stopped the chain."""
    return StepResult(step_id, Status.NOT_REACHED)


def day_of(value: FuzzyDate | dt.date | None) -> FuzzyDate | None:
    """A date as a fuzzy date: an exact ``dt.date`` is the fuzzy date of that day."""
    if value is None or isinstance(value, FuzzyDate):
        return value
    return FuzzyDate.exact(value)


def time_of(value: FuzzyTime | dt.datetime | None) -> FuzzyTime | None:
    """A time as a fuzzy time: an exact ``dt.datetime`` is the fuzzy time of that minute."""
    if value is None or isinstance(value, FuzzyTime):
        return value
    return FuzzyTime.exact(value)


def conduct_day(date: FuzzyDate | None, last_seen: FuzzyDate | None) -> dt.date | None:
    """The day that decides the versions cited for the conduct: its last possible day.

    Conduct that lasts falls under the text in force when it ends (S7's rule, used
    for every step); with ``last_seen`` unknown, the last day of ``date``.
    """
    if last_seen is not None:
        return last_seen.last
    return None if date is None else date.last


def art(citation: Citation, lang: str = "zh") -> str:
    """The article of a citation as a finding writes it: 第十五条 / art. 15 (with the paragraph)."""
    return _article(citation.article, citation.paragraph, lang)


@functools.cache  # findings name the same few articles in every analysis
def _article(article: str, paragraph: int | None, lang: str) -> str:
    if lang == "zh":
        return article + ("" if paragraph is None else f"第{chinese_number(paragraph)}款")
    text = article_number_en(article).replace("Art.", "art.")
    return text if paragraph is None else f"{text} para. {paragraph}"


_SHORT_NAMES: dict[str, Bilingual] = {
    "spc_spp_2010_obscene_ii": (
        "2010 年淫秽电子信息解释（二）",
        "2010 interpretation (II) on obscene e-information",
    ),
    "spc_spp_2013_defamation": ("2013 年网络诽谤解释", "2013 interpretation on online defamation"),
    "spc_spp_2019_network_crimes": (
        "2019 年信息网络犯罪解释",
        "2019 interpretation on network crimes",
    ),
}


def name(citation: Citation, lang: str = "zh") -> str:
    """A law's name as a finding writes it: 《网络安全法》 / Cybersecurity Law.

    The judicial interpretations' long titles get short forms.
    """
    short = _SHORT_NAMES.get(citation.law_id)
    if short is not None:
        return short[0] if lang == "zh" else short[1]
    if lang == "zh":
        return f"《{citation.law}》"
    return citation.law_en or citation.law


def cite_text(citation: Citation, lang: str = "zh") -> str:
    """A law, its article and its version in a finding: 《网络安全法》第四十六条（2016 年文本）."""
    if lang == "zh":
        version = f"（{citation.version} 年文本）" if citation.version else ""
        return f"{name(citation)}{art(citation)}{version}"
    version = f" ({citation.version} text)" if citation.version else ""
    return f"{name(citation, 'en')} {art(citation, 'en')}{version}"
