"""One ordered outline of an analysis: what comes first, what follows, and in which words.

The text output (:mod:`cases.present.plain_text`), the PDF
(:mod:`cases.present.report`) and the window's reasoning (``desktop.reasoning``)
all iterate the sections :func:`build` returns, instead of each deciding its own
order and wording, so the three cannot disagree. ``ORDER`` is the one place the
order is decided. A renderer may leave out a part its medium shows elsewhere (the
window has the facts in its questions), by naming it in ``leave_out``; it never
reorders one.

Names (outcomes, statuses, levels, facts and their values) come from
:mod:`cases.model.labels`; this module holds the sections' own words (headings, the
line shown when a section is empty) and decides which item goes where. Colours,
glyphs and mark stand-ins, which differ by medium, are in :mod:`cases.present.palette`.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import NamedTuple

from cases.law.library import Citation, Level
from cases.model import domain, labels
from cases.model.domain import Case
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.engine import Status
from cases.rules.results import Analysis, Step


class Part(enum.Enum):
    """The sections of an outline."""

    SUMMARY = "summary"
    FACTS = "facts"
    STEPS = "steps"
    WHAT_IF = "what_if"
    OTHER_LAWS = "other_laws"
    TIME_LIMITS = "time_limits"
    CIVIL = "civil"
    NOTES = "notes"


ORDER: tuple[Part, ...] = (
    Part.SUMMARY,
    Part.WHAT_IF,
    Part.TIME_LIMITS,
    Part.CIVIL,
    Part.OTHER_LAWS,
    Part.FACTS,
    Part.STEPS,
    Part.NOTES,
)
"""The order of the sections in every output: the one place to change it.

The answer first: what the case comes to and why, what would change it, the
deadlines, whether the victim can sue and the other laws, so a reader knows where
the case stands from the first screen (or the PDF's first page). The facts and the
step-by-step reasoning with its verbatim clauses follow, for whoever checks it.
"""

# The sections are frozen dataclasses; the items in them (a step, a citation, a fact)
# are named tuples, which are made about twice as fast: a batch makes millions.

USER_JUDGEMENTS = frozenset({"timely"})
"""Facts that record the volunteer's own judgement rather than something that happened."""

# Words of the frame around the sections: the title line, a citation's note.
CASE: Bilingual = ("案件", "Case")
UNTITLED: Bilingual = ("（无标题）", "(untitled)")
NOTE: Bilingual = ("注", "Note")

_OUTCOME: Bilingual = ("结论", "Outcome")
_ROUTE: Bilingual = ("途径", "Route")
_MISSING: Bilingual = ("还需要确认的事实", "Facts still to establish")
_WARNING: Bilingual = ("提醒", "Check")
_FACTS: Bilingual = ("事实", "Facts")
_FACTS_LEGEND: Bilingual = (
    "“不详”表示该事实未知；标为“志愿者的判断”的一项是志愿者本人的评价，不是记录的事实。",
    "'unknown' means the fact is not known; a 'volunteer's judgement' is the "
    "volunteer's own assessment, not a recorded fact.",
)
_JUDGEMENT: Bilingual = ("志愿者的判断", "volunteer's judgement")
_STEPS: Bilingual = ("分析步骤", "Steps of the analysis")
_FACTS_USED: Bilingual = ("所依据的事实", "Facts used")
_WHAT_IF: Bilingual = ("什么会改变结论", "What would change the outcome")
_WHAT_IF_NONE: Bilingual = ("没有单一事实的改变会改变结论。", "No single change of fact alters it.")
_OTHER_LAWS: Bilingual = (
    "其他可能适用的法律（提示，不是结论）",
    "Other laws that may apply (flags, not conclusions)",
)
_OTHER_LAWS_NONE: Bilingual = ("无。", "None.")
_BASIS: Bilingual = ("依据", "Basis")
_CAUTION: Bilingual = ("注意", "Caution")
_COMPARE: Bilingual = ("对照（从旧兼从轻）", "Compare (the lighter applies)")
_TIME_LIMITS: Bilingual = ("追究时效", "Time limits")
_CIVIL: Bilingual = labels.STEP_TITLES["S8"]
_NOTES: Bilingual = ("备注", "Notes")
_NOTES_NONE: Bilingual = ("（无备注）", "(no notes)")

_VERBATIM = frozenset({Level.LAW, Level.OFFICIAL_INTERPRETATION})
"""Levels quoted word for word: their text stays Chinese in every language."""


class Item(NamedTuple):
    """A code (an outcome, a route, a fact's field) and its words."""

    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Summary:
    """The outcome, its route, the facts still missing and the warnings.

    Attributes:
        heading: the outcome's heading (结论).
        outcome: the outcome's code and full name.
        short: the outcome's short name (banners, lists).
        route_heading: the route's heading (途径).
        route: the exemption route's code and name, if exempt.
        missing_heading: the heading of the missing facts.
        missing: the facts still to establish: field and name.
        warnings_heading: the word before each warning (提醒).
        warnings: facts accepted but suspicious, in words.
        text: the summary: what was decided and why, in one to three sentences.
        basis_heading: the word before the basis (依据).
        basis: the authority levels the outcome rests on, in words ("" when none).
        cautions_heading: the word before each caution (注意).
        cautions: cautions that go with the outcome, in words.
    """

    heading: str
    outcome: Item
    short: str
    route_heading: str
    route: Item | None
    missing_heading: str
    missing: tuple[Item, ...]
    warnings_heading: str
    warnings: tuple[str, ...]
    text: str = ""
    basis_heading: str = ""
    basis: str = ""
    cautions_heading: str = ""
    cautions: tuple[str, ...] = ()


class FactRow(NamedTuple):
    """One fact: its field, its name, its value in words (None: unknown), whose word it is."""

    field: str
    name: str
    value: str | None
    judgement: bool


@dataclass(frozen=True, slots=True)
class Facts:
    """The facts as entered.

    Attributes:
        heading: the section's heading.
        legend: what "unknown" and "volunteer's judgement" mean.
        unknown: the word for an unknown value (不详).
        judgement: the mark of a fact that is the volunteer's own judgement.
        rows: every fact, in the case format's order.
    """

    heading: str
    legend: str
    unknown: str
    judgement: str
    rows: tuple[FactRow, ...]


class Cited(NamedTuple):
    """A citation with its level's name, and its heading, text and note in one language."""

    level_name: str
    citation: Citation
    heading: str
    text: str
    note: str | None


class StepItem(NamedTuple):
    """One step of the analysis in words.

    Attributes:
        id: S1–S7.
        title: the step's name.
        status: the status code (passed, concluded, unknown, not_reached).
        status_name: the status in words.
        reached: False for a step after the one that stopped the chain.
        finding: what the step found.
        facts: the names of the facts the step reads.
        citations: the clauses and authorities it rests on.
        assumptions: the app's assumptions it made, in words.
    """

    id: str
    title: str
    status: str
    status_name: str
    reached: bool
    finding: str
    facts: tuple[str, ...]
    citations: tuple[Cited, ...]
    assumptions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Steps:
    """The steps S1–S7, with the words their parts are labelled with.

    Attributes:
        heading: the section's heading.
        facts_heading: the label of a step's facts (所依据的事实).
        assumption: the level name an assumption is tagged with.
        items: the steps in order.
    """

    heading: str
    facts_heading: str
    assumption: str
    items: tuple[StepItem, ...]


@dataclass(frozen=True, slots=True)
class WhatIf:
    """Single changes of fact that change the outcome: the field and the change in words."""

    heading: str
    none: str
    items: tuple[Item, ...]


class OtherLaw(NamedTuple):
    """A flag under another law: why it may apply, which version, the clause.

    ``tag`` says its kind and whom it concerns; ``compare`` is the other version's
    clause where 从旧兼从轻 applies (with ``compare_heading`` before it).
    """

    why: str
    version_note: str | None
    cited: Cited
    tag: str = ""
    compare: Cited | None = None
    compare_heading: str = ""


@dataclass(frozen=True, slots=True)
class OtherLaws:
    """Other laws that may apply (flags, not conclusions)."""

    heading: str
    none: str
    items: tuple[OtherLaw, ...]


@dataclass(frozen=True, slots=True)
class Notes:
    """The volunteer's notes on the case (empty: ``none`` is shown)."""

    heading: str
    none: str
    text: str


class LimitItem(NamedTuple):
    """A time limit: kind and status (codes), its clause, the status and why in words."""

    kind: str
    status: str
    title: str
    status_name: str
    finding: str


@dataclass(frozen=True, slots=True)
class TimeLimits:
    """The time limits of the consequences flagged (S7)."""

    heading: str
    items: tuple[LimitItem, ...]


@dataclass(frozen=True, slots=True)
class Civil:
    """The civil question (S8): its status, the finding and the clauses it rests on."""

    heading: str
    status: str
    status_name: str
    finding: str
    citations: tuple[Cited, ...]


Section = Summary | Facts | Steps | WhatIf | OtherLaws | TimeLimits | Civil | Notes


@dataclass(frozen=True, slots=True)
class Provenance:
    """What the analysis depended on, and a line saying so.

    Attributes:
        ruleset: the ruleset's version.
        analysis_date: the day of the analysis.
        settings: the adjustable assumptions used.
        line: the three in one sentence.
    """

    ruleset: str
    analysis_date: dt.date
    settings: Settings
    line: str


@dataclass(frozen=True, slots=True)
class Outline:
    """An analysis as ordered sections, and its provenance (placed by each medium's frame)."""

    sections: tuple[Section, ...]
    provenance: Provenance


def _cited(citation: Citation, lang: str) -> Cited:
    verbatim = citation.level in _VERBATIM
    english = lang == "en"
    text = citation.text_en if english and not verbatim and citation.text_en else citation.text
    return Cited(
        labels.pick(labels.LEVELS[citation.level.value], lang),
        citation,
        citation.heading(lang),
        text,
        citation.note_en if english else citation.note,
    )


_CITED: dict[tuple[int, str], Cited] = {}
_CITED_MAX = 8192


def cited(citation: Citation, lang: str) -> Cited:
    """A citation with its level's name, and the text and note in ``lang``.

    Law text and official interpretation are quoted in Chinese in every language; the
    app's paraphrase (commentary, court practice) is in ``lang`` where it has one.
    Cached by the citation's identity: the library hands out the same objects for the
    thousands of cases of a batch, and hashing a citation costs more than this. The
    cached value holds its citation, so an identity cannot be reused while cached.
    """
    key = (id(citation), lang)
    hit = _CITED.get(key)
    if hit is not None and hit.citation is citation:
        return hit
    if len(_CITED) >= _CITED_MAX:
        _CITED.clear()
    made = _CITED[key] = _cited(citation, lang)
    return made


def _summary(case: Case | None, a: Analysis, lang: str) -> Summary:
    code = a.outcome.value
    route = None
    if a.route is not None:
        route = Item(a.route.value, labels.pick(labels.ROUTES[a.route.value], lang))
    joiner = "、" if lang == "zh" else ", "
    return Summary(
        heading=labels.pick(_OUTCOME, lang),
        outcome=Item(code, a.label(lang)),
        short=a.label(lang, short=True),
        route_heading=labels.pick(_ROUTE, lang),
        route=route,
        missing_heading=labels.pick(_MISSING, lang),
        missing=tuple(Item(m, labels.field_label(m, lang)) for m in a.missing),
        warnings_heading=labels.pick(_WARNING, lang),
        warnings=tuple(labels.pick(w, lang) for w in a.warnings),
        text=labels.pick(a.summary, lang),
        basis_heading=labels.pick(_BASIS, lang),
        basis=joiner.join(labels.pick(labels.LEVELS[b], lang) for b in a.basis),
        cautions_heading=labels.pick(_CAUTION, lang),
        cautions=tuple(labels.pick(labels.CAUTIONS[c], lang) for c in a.cautions),
    )


def _facts(case: Case | None, a: Analysis, lang: str) -> Facts | None:
    if case is None:
        return None
    return Facts(
        heading=labels.pick(_FACTS, lang),
        legend=labels.pick(_FACTS_LEGEND, lang),
        unknown=labels.pick(labels.UNKNOWN_VALUE, lang),
        judgement=labels.pick(_JUDGEMENT, lang),
        rows=tuple(
            FactRow(
                name,
                labels.field_label(name, lang),
                labels.fact_value(case.incident, name, lang),
                name in USER_JUDGEMENTS,
            )
            for name in domain.INCIDENT_FIELDS
        ),
    )


@functools.cache
def _status(status: Status, lang: str) -> tuple[str, str]:
    """A status's code and name."""
    return status.value, labels.pick(labels.STATUSES[status.value], lang)


@functools.lru_cache(maxsize=256)
def _fact_names(facts: tuple[str, ...], lang: str) -> tuple[str, ...]:
    return tuple(labels.field_label(f, lang) for f in facts)


def _step(step: Step, lang: str) -> StepItem:
    status, status_name = _status(step.status, lang)
    index = 0 if lang == "zh" else 1
    return StepItem(
        step.id,
        step.title[index],
        status,
        status_name,
        status != "not_reached",
        step.finding[index],
        _fact_names(step.facts, lang),
        tuple([cited(c, lang) for c in step.citations]),
        tuple([x.text[index] for x in step.assumptions]),
    )


def _steps(case: Case | None, a: Analysis, lang: str) -> Steps:
    return Steps(
        heading=labels.pick(_STEPS, lang),
        facts_heading=labels.pick(_FACTS_USED, lang),
        assumption=labels.pick(labels.LEVELS[Level.ASSUMPTION.value], lang),
        items=tuple(_step(s, lang) for s in a.steps),
    )


def _what_if(case: Case | None, a: Analysis, lang: str) -> WhatIf:
    return WhatIf(
        heading=labels.pick(_WHAT_IF, lang),
        none=labels.pick(_WHAT_IF_NONE, lang),
        items=tuple(Item(w.field, labels.pick(w.change, lang)) for w in a.what_if),
    )


def _version_note(citation: Citation, lang: str) -> str | None:
    if not citation.version:
        return None
    if lang == "zh":
        return f"（{citation.version} 年版本，按日期适用）"
    return f" ({citation.version} version, by date)"


def _other_laws(case: Case | None, a: Analysis, lang: str) -> OtherLaws:
    return OtherLaws(
        heading=labels.pick(_OTHER_LAWS, lang),
        none=labels.pick(_OTHER_LAWS_NONE, lang),
        items=tuple(
            OtherLaw(
                labels.pick(flag.why, lang),
                _version_note(flag.citation, lang),
                cited(flag.citation, lang),
                _flag_tag(flag.kind.value, flag.concerns.value, lang),
                None if flag.compare is None else cited(flag.compare, lang),
                labels.pick(_COMPARE, lang),
            )
            for flag in a.other_laws
        ),
    )


@functools.cache
def _flag_tag(kind: str, concerns: str, lang: str) -> str:
    """A flag's kind and whom it concerns: 行政 · 涉及发布者."""
    return (
        labels.pick(labels.CONSEQUENCE_KINDS[kind], lang)
        + " · "
        + labels.pick(labels.CONCERNS[concerns], lang)
    )


def _time_limits(case: Case | None, a: Analysis, lang: str) -> TimeLimits | None:
    if not a.time_limits:
        return None
    items = []
    for limit in a.time_limits:
        data = limit.to_json(lang)
        items.append(
            LimitItem(
                data["kind"],
                data["status"],
                f"{labels.pick(labels.CONSEQUENCE_KINDS[data['kind']], lang)} · "
                f"{data['law']} {data['article']}",
                labels.pick(labels.LIMIT_STATUSES[data["status"]], lang),
                labels.pick(limit.finding, lang),
            )
        )
    return TimeLimits(labels.pick(_TIME_LIMITS, lang), tuple(items))


def _civil(case: Case | None, a: Analysis, lang: str) -> Civil | None:
    if a.civil is None:
        return None
    data = a.civil.to_json(lang)
    citations = a.civil.citations
    return Civil(
        labels.pick(_CIVIL, lang),
        data["status"],
        labels.pick(labels.CIVIL_STATUSES[data["status"]], lang),
        labels.pick(a.civil.finding, lang),
        tuple(cited(c, lang) for c in citations),
    )


def _notes(case: Case | None, a: Analysis, lang: str) -> Notes | None:
    if case is None:
        return None
    return Notes(labels.pick(_NOTES, lang), labels.pick(_NOTES_NONE, lang), case.notes)


_BUILDERS: dict[Part, Callable[[Case | None, Analysis, str], Section | None]] = {
    Part.SUMMARY: _summary,
    Part.FACTS: _facts,
    Part.STEPS: _steps,
    Part.WHAT_IF: _what_if,
    Part.OTHER_LAWS: _other_laws,
    Part.TIME_LIMITS: _time_limits,
    Part.CIVIL: _civil,
    Part.NOTES: _notes,
}


def provenance(a: Analysis, lang: str) -> Provenance:
    """The ruleset, the day and the settings an analysis depended on, and a line saying so."""
    s = a.settings
    if lang == "zh":
        line = (
            f"规则版本 {a.ruleset}；分析日期 {a.analysis_date}；假定：家庭群上限 "
            f"{s.small_family_max} 人，及时＝{s.timely_window_hours:g} 小时内，"
            f"超过 {s.late_window_hours:g} 小时不及时。"
        )
    else:
        line = (
            f"Ruleset {a.ruleset}; analysed {a.analysis_date}; assumptions: family group "
            f"≤ {s.small_family_max}, prompt = within {s.timely_window_hours:g} h, "
            f"late = past {s.late_window_hours:g} h."
        )
    return Provenance(a.ruleset, a.analysis_date, s, line)


def build(
    case: Case | None,
    analysis: Analysis,
    lang: str = "zh",
    *,
    leave_out: Collection[Part] = (),
) -> Outline:
    """The analysis as ordered sections in ``lang`` (``"zh"`` or ``"en"``).

    Args:
        case: the case analysed; without it, the facts and the notes are left out.
        analysis: the analysis of that case.
        lang: the language of every word.
        leave_out: parts the medium shows elsewhere or not at all (not built).
    """
    sections = []
    for part in ORDER:
        if part in leave_out:
            continue
        section = _BUILDERS[part](case, analysis, lang)
        if section is not None:
            sections.append(section)
    return Outline(tuple(sections), provenance(analysis, lang))
