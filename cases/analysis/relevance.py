"""Which facts cannot matter for a case as entered, so the window need not ask them.

The rules follow the analysis (shared/spec/analysis.md): a fact is hidden only when
no answer to it could change the outcome or a cited provision, given the facts
already entered. Hiding never erases an answer; the analysis reads every fact.
``open_questions`` counts what is still worth asking (the form's progress line).
``precision_matters`` says whether a fuzzy date or time decides anything (the line
under a date field says so in words, ``precision_verdict``).
"""

from __future__ import annotations

from collections.abc import Sequence

from cases.model import labels
from cases.model.domain import (
    INCIDENT_FIELDS,
    ChatKind,
    Content,
    GroupPurpose,
    Incident,
    Poster,
    dated_fact,
    with_dated_fact,
)
from cases.model.fuzzy import FuzzyDate, FuzzyTime, precise_ends
from cases.model.labels import Bilingual
from cases.rules import engine
from cases.rules.assumptions import Settings
from cases.rules.engine import FACT_STEP, STEP_FACTS, STEP_IDS, Decision
from cases.rules.results import Analysis
from cases.rules.steps.common import Outcome, Status

OPTIONAL_FACTS = frozenset({"timely"})
"""Facts left unknown by design: without the volunteer's judgement the app counts the hours."""


def irrelevant_facts(inc: Incident, settings: Settings) -> frozenset[str]:
    """The facts that cannot matter for this incident.

    - One-to-one chat: private space (S2), so family membership does not matter,
      nor the size, unless the obscene-group flag of S7 could apply.
    - More members than the small-family limit: a group space whatever
      ``family_only`` says (S2).
    - The person did not know: S6 takes the no-knowledge route (rules beforehand;
      isolated or persistent), so the time of knowing, the measures, the
      recurrence and the promptness judgement do not matter.
    - No rumour among the content: whether a rumour concerned an emergency only
      matters for the 刑法 art. 291-1 flag (S7).
    - The person posted it: own conduct whatever ``participated`` says (S4).
    - The person knew: whether the content was hard to miss only matters for
      someone who did not know (S6).
    - No insult or defamation among the content, or a one-to-one chat: the
      forwards and views only matter for the 2013 interpretation's threshold of a
      serious defamation (S7), which needs both.
    """
    hidden: set[str] = set()
    if inc.chat_kind is ChatKind.ONE_TO_ONE:
        hidden.add("family_only")
        obscene_group = inc.group_purpose is GroupPurpose.OBSCENE and Content.OBSCENE_VIOLENCE in (
            inc.content or ()
        )
        if not obscene_group:  # the size still matters for that flag (S7)
            hidden.add("member_count")
    if inc.member_count is not None and inc.member_count > settings.small_family_max:
        hidden.add("family_only")
    if inc.knew is False:
        hidden |= {"discovered_at", "actions", "timely", "recurred_after_warning"}
    if not inc.content or Content.RUMOR not in inc.content:
        hidden.add("rumor_emergency")
    if inc.poster is Poster.SELF:
        hidden.add("participated")
    if inc.knew is True:
        hidden.add("noticeable")
    no_insult = inc.content is not None and Content.INSULT_DEFAMATION not in inc.content
    if no_insult or inc.chat_kind is ChatKind.ONE_TO_ONE:
        hidden |= {"forwards", "views"}
    return frozenset(hidden)


def open_questions(inc: Incident, analysis: Analysis) -> tuple[str, ...]:
    """The unanswered questions whose answer could still change the outcome, in format order.

    - The facts the analysis names as missing (a measure's time as ``actions[N].at``).
    - Unknown facts that one answer would change the outcome by (the what-if list).
    - While the outcome is undetermined: the unknown facts read by the step that
      stopped or a later one (S1–S6: once the missing ones are answered, the chain
      goes on to them), except the volunteer's own judgement of promptness, which
      the app can do without.
    Facts that cannot matter (``irrelevant_facts``) are left out.

    Args:
        inc: the facts.
        analysis: their analysis (its settings are used).
    """
    hidden = irrelevant_facts(inc, analysis.settings)
    found: set[str] = set(analysis.missing)
    found |= {
        w.field
        for w in analysis.what_if
        if w.outcome is not analysis.outcome
        and w.field in INCIDENT_FIELDS
        and getattr(inc, w.field) is None
    }
    if analysis.outcome is Outcome.UNDETERMINED:
        stopped = next(
            (i for i, step in enumerate(analysis.steps) if step.status is Status.UNKNOWN),
            len(STEP_IDS),
        )
        found |= {
            fact
            for step in STEP_IDS[stopped:]
            for fact in STEP_FACTS[step]
            if fact not in OPTIONAL_FACTS and getattr(inc, fact) is None
        }
    order = {name: i for i, name in enumerate(INCIDENT_FIELDS)}
    return tuple(
        sorted(
            (name for name in found if name not in hidden),
            key=lambda name: (order.get(name.split("[")[0], len(order)), name),
        )
    )


def _fuzzy_and_read(inc: Incident, field: str) -> tuple[FuzzyDate | FuzzyTime, int] | None:
    """A date or time field's fuzzy value and the first step that reads it, or None.

    None when the field has no fuzzy value, or only S7 reads it (its precision
    cannot change the outcome). The steps before the one given keep their results
    when the value changes.
    """
    value = dated_fact(inc, field)
    start = FACT_STEP.get(field.split("[")[0])
    if value is None or value.is_exact or start is None:
        return None
    return value, start


def precision_matters(
    inc: Incident, field: str, settings: Settings, base: Decision | None = None
) -> bool | None:
    """Whether a more precise value of a fuzzy date or time could change the outcome or route.

    The facts are decided again with the earliest and with the latest value the
    fuzzy one allows (a month's first and last day; a day's first and last minute).
    A decided outcome never changes when a fuzzy value is made precise (the
    three-valued logic of shared/spec/analysis.md); its route can, e.g. which of two
    measures came first.

    Args:
        inc: the facts.
        field: ``date``, ``last_seen``, ``discovered_at``, ``police_aware`` or
            ``actions[N].at``.
        settings: the adjustable assumptions.
        base: ``engine.decide(inc, settings)``, when already made.

    Returns:
        True when the analysis names the field as missing (its value is not precise
        enough to decide), or when the two ends give another outcome or route than
        the value as entered. False when the case is decided and both ends give the
        same outcome and route: the value is precise enough. None when there is
        nothing to say: no value, an exact one, a fact the outcome never reads
        (``police_aware`` only bears on the time limits), or a case that other
        unknown facts leave open whatever the value.
    """
    fuzzy = _fuzzy_and_read(inc, field)
    if fuzzy is None:
        return None
    value, start = fuzzy
    if base is None:
        base = engine.decide(inc, settings)
    if field in base.missing:
        return True
    for end in precise_ends(value):
        other = engine.decide_changed(with_dated_fact(inc, field, end), settings, base, start)
        if (other.outcome, other.route) != (base.outcome, base.route):
            return True
    if base.outcome is Outcome.UNDETERMINED:
        return None
    return False


_ENOUGH: dict[bool, Bilingual] = {
    False: (
        "已足够：结论不取决于具体日期",
        "precise enough: the outcome does not depend on the exact day",
    ),
    True: (
        "已足够：结论不取决于具体钟点",
        "precise enough: the outcome does not depend on the exact time of day",
    ),
}
"""A fuzzy date (False) or a day-only time (True) that decides nothing."""
_MORE: dict[bool, Bilingual] = {
    False: (
        "需要更精确：结论取决于具体日期",
        "needs to be more precise: the outcome depends on the exact day",
    ),
    True: (
        "需要更精确：结论取决于具体钟点",
        "needs to be more precise: the outcome depends on the exact time of day",
    ),
}
"""A fuzzy date (False) or a day-only time (True) on which the outcome depends."""


def precision_verdict(
    inc: Incident, field: str, settings: Settings, lang: str = "zh", base: Decision | None = None
) -> str:
    """``precision_matters`` in words, to follow the value's precision note ("" when it says nothing).

    ``——已足够：结论不取决于具体日期`` / `` — precise enough: the outcome does not depend
    on the exact day``; ``——需要更精确：结论取决于具体钟点``.
    """
    matters = precision_matters(inc, field, settings, base)
    if matters is None:
        return ""
    is_time = isinstance(dated_fact(inc, field), FuzzyTime)
    words = labels.pick((_MORE if matters else _ENOUGH)[is_time], lang)
    return f"——{words}" if lang == "zh" else f" — {words}"


def precision_verdicts(
    inc: Incident, fields: Sequence[str], settings: Settings, lang: str = "zh"
) -> tuple[str, ...]:
    """``precision_verdict`` of each field, the facts as they are decided once for all.

    The form shows them all after each edit; they are decided only when some field
    has a fuzzy value the outcome reads.
    """
    base: Decision | None = None
    out = []
    for field in fields:
        if base is None and _fuzzy_and_read(inc, field) is not None:
            base = engine.decide(inc, settings)
        out.append(precision_verdict(inc, field, settings, lang, base))
    return tuple(out)
