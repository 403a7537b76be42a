"""Which facts cannot matter for a case as entered, so the window need not ask them.

The rules follow the analysis (shared/spec/analysis.md): a fact is hidden only when
no answer to it could change the outcome or a cited provision, given the facts
already entered. Hiding never erases an answer; the analysis reads every fact.
``open_questions`` counts what is still worth asking (the form's progress line).
"""

from __future__ import annotations

from cases.model.domain import INCIDENT_FIELDS, ChatKind, Content, GroupPurpose, Incident, Poster
from cases.rules.assumptions import Settings
from cases.rules.engine import STEP_FACTS, STEP_IDS
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
