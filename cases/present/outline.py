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
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, NamedTuple

from cases.analysis import relevance
from cases.law.library import Citation, Level
from cases.model import domain, labels
from cases.model.domain import Case
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.results import Analysis, Step
from cases.rules.steps import common as step_common
from cases.rules.steps import s6_duty_of_care as s6
from cases.rules.steps.common import Status


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
    "“不详”表示该事实未知；“与结论无关”表示无论怎样回答都不会改变结论，因此没有问；"
    "标为“志愿者的判断”的一项是志愿者本人的评价，不是记录的事实。",
    "'unknown' means the fact is not known; 'not relevant to the outcome' means no "
    "answer could change the outcome, so it was not asked; a 'volunteer's judgement' is "
    "the volunteer's own assessment, not a recorded fact.",
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
        penalty: the note that the Regulation sets no penalty of its own, when the
            summary's text does not already say it ("" when it does not apply).
        basis_levels: the authority levels alone, in words (法律条文、评论（转述）);
            ``basis`` names what the outcome rests on (《规定》第九条第一款 + …).
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
    penalty: str = ""
    basis_levels: str = ""


class FactRow(NamedTuple):
    """One fact: its field, its name, its value in words (None: unknown), whose word it is.

    ``relevant`` is False for a fact no answer to which could matter for the case as
    entered (``cases.analysis.relevance``): shown as ``Facts.irrelevant``, not 不详.
    """

    field: str
    name: str
    value: str | None
    judgement: bool
    relevant: bool = True


@dataclass(frozen=True, slots=True)
class Facts:
    """The facts as entered.

    Attributes:
        heading: the section's heading.
        legend: what "unknown" and "volunteer's judgement" mean.
        unknown: the word for an unknown value (不详).
        judgement: the mark of a fact that is the volunteer's own judgement.
        rows: every fact, in the case format's order.
        irrelevant: the words for an unanswered fact that cannot matter (与结论无关).
    """

    heading: str
    legend: str
    unknown: str
    judgement: str
    rows: tuple[FactRow, ...]
    irrelevant: str = ""

    def shown(self, row: FactRow) -> str:
        """A row's value as a reader sees it: its value, 与结论无关 or 不详."""
        if row.value is not None:
            return row.value
        return self.unknown if row.relevant or not self.irrelevant else self.irrelevant


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
    ``headline`` is the flag in one line (the clause, its kind, the first sentence of
    ``why``): what a first page shows; ``detail`` is the rest of ``why``.
    ``concerns`` is whom it concerns (``person`` or ``poster``).
    """

    why: str
    version_note: str | None
    cited: Cited
    tag: str = ""
    compare: Cited | None = None
    compare_heading: str = ""
    concerns: str = ""
    headline: str = ""
    detail: str = ""


class OtherLawGroup(NamedTuple):
    """The flags that concern one party: 涉及此人 / 涉及发布者."""

    concerns: str
    heading: str
    items: tuple[OtherLaw, ...]


@dataclass(frozen=True, slots=True)
class OtherLaws:
    """Other laws that may apply (flags, not conclusions).

    ``items`` holds every flag, grouped as ``groups`` shows them (the person analysed
    first, then the poster).
    """

    heading: str
    none: str
    items: tuple[OtherLaw, ...]
    groups: tuple[OtherLawGroup, ...]


@dataclass(frozen=True, slots=True)
class Notes:
    """The volunteer's notes on the case (empty: ``none`` is shown)."""

    heading: str
    none: str
    text: str


class LimitItem(NamedTuple):
    """A time limit: kind and status (codes), its clause, the status and why in words.

    ``headline`` is the limit in one line, with its date and status in words
    ("治安处罚（发布者）：2019-12-10 已过，除非公安机关在此前已知情"); ``finding`` is the
    long explanation that may follow it.
    """

    kind: str
    status: str
    title: str
    status_name: str
    finding: str
    headline: str


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


_NO_PENALTY_OUTCOMES = frozenset({"EXEMPT", "NOT_EXEMPT", "OWN_CONDUCT", "UNDETERMINED"})
"""Group cases whose answer carries the note that the Regulation sets no penalty (S7)."""
_NO_PENALTY: Bilingual = (
    "《规定》本身不设罚则，后果见其他法律。",
    "The Provisions set no penalty of their own; for consequences see the other laws.",
)
_SHORT_LAWS: dict[str, Bilingual] = {
    "group_regulation": labels.REGULATION_SHORT,
    "content_ecosystem_provisions": ("《生态治理规定》", "Content Ecosystem Provisions"),
}
"""Laws a basis names by their short title (the spec's 《规定》 and 生态治理规定)."""


def _deciding(a: Analysis) -> Step | None:
    """The step that concluded the chain (None when it stopped on a missing fact)."""
    for step in a.steps[:6]:
        if step.status is Status.CONCLUDED:
            return step
    return None


def _basis_name(citation: Citation, lang: str) -> str:
    """A citation as a basis names it: 《规定》第九条第一款 / 2017年解读 C 部分."""
    zh = lang == "zh"
    level = citation.level
    year = citation.version or ""
    if level is Level.LAW:
        short = _SHORT_LAWS.get(citation.law_id)
        law = labels.pick(short, lang) if short else step_common.name(citation, lang)
        return law + ("" if zh else " ") + step_common.art(citation, lang)
    if level is Level.OFFICIAL_INTERPRETATION:
        return f"{year}年答记者问" if zh else f"the {year} official Q&A"
    if level is Level.COMMENTARY:
        part = citation.article.split("（")[0] if zh else (citation.article_en or "").split(" (")[0]
        return (
            f"{year}年解读 {part}".rstrip() if zh else f"the {year} explainer, {part}".rstrip(", ")
        )
    # Court practice: by court and year, never a file.
    return (
        citation.law.removeprefix("法院实务：")
        if zh
        else (citation.law_en or citation.law).removeprefix("Court practice: ")
    )


def _basis_assumptions(a: Analysis, step: Step, lang: str) -> list[str]:
    """The app's assumptions an outcome rests on, each named by what it assumes.

    The deciding route when it is an assumption rule; the timely window when halving
    or doubling it would change the outcome (named by its hours); another manager's
    measure counting; the small-family limit.
    """
    zh = lang == "zh"
    out = []
    route = a.route
    if route is not None and route in step_common.ASSUMPTION_ROUTES:
        name = labels.pick(labels.ROUTES[route.value], lang)
        out.append(f"本应用的假定（{name}）" if zh else f"the app's assumption ({name})")
    texts = {x.text for x in step.assumptions}
    for x in step.assumptions:
        if x.value is None:
            continue
        if x.setting == "timely_window_hours" and s6.WINDOW_ASSUMPTION in texts:
            hours = f"{x.value:g}"
            out.append(f"本应用的{hours}小时假定" if zh else f"the app's {hours}-hour assumption")
        elif x.setting == "small_family_max":
            out.append(
                f"本应用的{x.value}人家庭群假定"
                if zh
                else f"the app's family-group-of-{x.value} assumption"
            )
    if s6.OTHER_MANAGER_ASSUMPTION in texts:
        out.append(
            "本应用的假定（其他管理者的措施也算）"
            if zh
            else "the app's assumption (another manager's measures count)"
        )
    return out


def basis(a: Analysis, lang: str) -> str:
    """What the outcome rests on, the levels named: 《规定》第九条第一款 + 2017年解读 C 部分.

    The deciding step's citations of each level in ``basis``, in the order of the
    levels, then the app's assumptions it made ("" for an undetermined outcome).
    """
    step = _deciding(a)
    if step is None or not a.basis:
        return ""
    parts: list[str] = []
    for level in a.basis:
        if level == Level.ASSUMPTION.value:
            parts += _basis_assumptions(a, step, lang)
            continue
        for citation in step.citations:
            if citation.level.value == level:
                parts.append(_basis_name(citation, lang))
    return " + ".join(dict.fromkeys(parts))


def _summary(case: Case | None, a: Analysis, lang: str) -> Summary:
    code = a.outcome.value
    route = None
    if a.route is not None:
        route = Item(a.route.value, labels.pick(labels.ROUTES[a.route.value], lang))
    joiner = "、" if lang == "zh" else ", "
    text = labels.pick(a.summary, lang)
    penalty = labels.pick(_NO_PENALTY, lang)
    if code not in _NO_PENALTY_OUTCOMES or penalty in text:
        penalty = ""
    incident = None if case is None else case.incident
    return Summary(
        heading=labels.pick(_OUTCOME, lang),
        outcome=Item(code, a.label(lang)),
        short=a.label(lang, short=True),
        route_heading=labels.pick(_ROUTE, lang),
        route=route,
        missing_heading=labels.pick(_MISSING, lang),
        missing=tuple(Item(m, labels.missing_label(incident, m, lang)) for m in a.missing),
        warnings_heading=labels.pick(_WARNING, lang),
        warnings=tuple(labels.pick(w, lang) for w in a.warnings),
        text=text,
        basis_heading=labels.pick(_BASIS, lang),
        basis=basis(a, lang),
        cautions_heading=labels.pick(_CAUTION, lang),
        cautions=tuple(labels.pick(labels.CAUTIONS[c], lang) for c in a.cautions),
        penalty=penalty,
        basis_levels=joiner.join(labels.pick(labels.LEVELS[b], lang) for b in a.basis),
    )


def define_person(text: str, lang: str) -> tuple[str, bool]:
    """The text with its first "此人" defined, and whether it named the person at all.

    "此人" becomes "此人（本案要分析其责任的人，通常是群主）" (in English the first "the
    person (analysed)" is defined likewise). A medium calls this on its texts in
    reading order until it returns True, so the definition stands where the term first
    appears.
    """
    en = lang == "en"
    if _PERSON_WORD[en] not in text:  # most texts: a substring search instead of the pattern's
        return text, False
    found = _PERSON[en].search(text)
    if found is None:
        return text, False
    defined = labels.pick(labels.PERSON_DEFINED, lang)
    if found.group(0)[0] == "T":
        defined = defined[0].upper() + defined[1:]
    return text[: found.start()] + defined + text[found.end() :], True


class PersonDefinition:
    """``define_person`` as a medium uses it, on each text in reading order.

    It defines the first "此人" (or "the person") and passes every text after that
    as it is.
    """

    def __init__(self, lang: str) -> None:
        """Nothing defined yet, in ``lang``."""
        self._lang = lang
        self.done = False

    def __call__(self, text: str) -> str:
        """The text, with the definition if it is the first to name the person."""
        if not self.done:
            text, self.done = define_person(text, self._lang)
        return text


_PERSON = (
    re.compile("(?<!@)此人"),  # not inside "@此人", a mention
    re.compile(r"(?<!@-mentioning )\b[Tt]he person(?: analysed)?\b(?!')"),
)
_PERSON_WORD = ("此人", "he person")
"""What every match of ``_PERSON`` holds."""


def _facts(case: Case | None, a: Analysis, lang: str) -> Facts | None:
    if case is None:
        return None
    irrelevant = relevance.irrelevant_facts(case.incident, a.settings)
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
                name not in irrelevant,
            )
            for name in domain.INCIDENT_FIELDS
        ),
        irrelevant=labels.pick(labels.NOT_RELEVANT, lang),
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


def first_sentence(text: str, lang: str) -> tuple[str, str]:
    """A text's first sentence and the rest (a headline and its detail)."""
    if lang == "zh":
        at = text.find("。")
        cut = -1 if at < 0 else at + 1
    else:
        found = re.search(r"\.(?:\s|$)", text)
        cut = -1 if found is None else found.end()
    if cut < 0:
        return text, ""
    return text[:cut].strip(), text[cut:].strip()


_CONCERNS_ORDER = ("person", "poster")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _other_law(flag: Any, lang: str) -> OtherLaw:
    why = labels.pick(flag.why, lang)
    lead, rest = first_sentence(why, lang)
    kind = labels.pick(labels.CONSEQUENCE_KINDS[flag.kind.value], lang)
    clause = _basis_name(flag.citation, lang)
    headline = f"{clause}（{kind}）：{lead}" if lang == "zh" else f"{clause} ({kind}): {lead}"
    return OtherLaw(
        why,
        _version_note(flag.citation, lang),
        cited(flag.citation, lang),
        _flag_tag(flag.kind.value, flag.concerns.value, lang),
        None if flag.compare is None else cited(flag.compare, lang),
        labels.pick(_COMPARE, lang),
        flag.concerns.value,
        headline,
        rest,
    )


def _other_laws(case: Case | None, a: Analysis, lang: str) -> OtherLaws:
    flags = [_other_law(flag, lang) for flag in a.other_laws]
    groups = tuple(
        OtherLawGroup(
            concerns,
            _capital(labels.pick(labels.CONCERNS[concerns], lang)),
            tuple(f for f in flags if f.concerns == concerns),
        )
        for concerns in _CONCERNS_ORDER
        if any(f.concerns == concerns for f in flags)
    )
    return OtherLaws(
        heading=labels.pick(_OTHER_LAWS, lang),
        none=labels.pick(_OTHER_LAWS_NONE, lang),
        items=tuple(f for g in groups for f in g.items),
        groups=groups,
    )


@functools.cache
def _flag_tag(kind: str, concerns: str, lang: str) -> str:
    """A flag's kind and whom it concerns: 行政 · 涉及发布者."""
    return (
        labels.pick(labels.CONSEQUENCE_KINDS[kind], lang)
        + " · "
        + labels.pick(labels.CONCERNS[concerns], lang)
    )


def _limit_headline(data: dict[str, Any], offence: Citation | None, lang: str) -> str:
    """A time limit in one line: what it bars, for whom, its last day and its status."""
    kind, status = data["kind"], data["status"]
    subject = labels.pick(labels.LIMIT_SUBJECTS[kind], lang)
    if offence is not None:
        name = _basis_name(offence, lang)
        subject += f"（{name}）" if lang == "zh" else f" ({name})"
    whom = labels.pick(_LIMIT_WHOM[data["concerns"]], lang)
    until, serious = data.get("until"), data.get("until_most_serious")
    if kind == "criminal" and status == "unclear" and until and serious and until != serious:
        said = labels.pick(labels.LIMIT_UNCLEAR_CRIMINAL, lang)
    elif until is None and status not in ("not_barred",):
        said = labels.pick(labels.LIMIT_NO_DATE, lang)
    else:
        said = labels.pick(labels.LIMIT_HEADLINES[status], lang)
    said = said.format(until=until, until_most_serious=serious)
    if kind == "civil":
        said += ("；" if lang == "zh" else "; ") + labels.pick(labels.LIMIT_CIVIL_ALWAYS, lang)
    # "·", not brackets: 此人 is defined in brackets where it first appears.
    if lang == "zh":
        return f"{subject} · {whom}：{said}"
    return f"{subject} · {whom}: {said}"


_LIMIT_WHOM: dict[str, Bilingual] = {
    "person": ("此人", "the person analysed"),
    "poster": ("发布者", "the poster"),
}


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
                _limit_headline(data, getattr(limit, "offence", None), lang),
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
