"""Which facts cannot matter for a case as entered, so the window need not ask them.

The rules follow the analysis (shared/spec/analysis.md): a fact is hidden only when
no answer to it could change the outcome or a cited provision, given the facts
already entered. Hiding never erases an answer; the analysis reads every fact.
"""

from __future__ import annotations

from cases.model.domain import ChatKind, Content, GroupPurpose, Incident, Poster
from cases.rules.assumptions import Settings


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
    return frozenset(hidden)
