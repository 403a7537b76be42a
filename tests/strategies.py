"""Hypothesis strategies for cases, shared by the property tests.

Each test module chooses the dates and times it draws (exact, fuzzy, near the
Regulation's first day…); the shape of an incident is written once, here.
"""

from __future__ import annotations

from hypothesis import strategies as st

from cases.model import domain


def maybe(strategy):
    """The value or None (unknown)."""
    return st.none() | strategy


contents = st.lists(st.sampled_from(domain.Content), unique=True, max_size=3).map(tuple)


def actions(times):
    """Up to four measures, each at a time drawn from ``times`` or unknown."""
    return st.lists(
        st.builds(
            domain.Action,
            st.sampled_from(domain.ActionKind),
            maybe(times),
            st.sampled_from(domain.ActionBy),
        ),
        max_size=4,
    ).map(tuple)


def incidents(dates, times, *, forwards=None, views=None):
    """Incidents with every fact drawn or unknown; ``dates``/``times`` fill the date facts."""
    forwards = forwards if forwards is not None else st.integers(0, 10**6)
    views = views if views is not None else st.integers(0, 10**7)
    return st.builds(
        domain.Incident,
        date=maybe(dates),
        last_seen=maybe(dates),
        platform=maybe(st.sampled_from(domain.Platform)),
        chat_kind=maybe(st.sampled_from(domain.ChatKind)),
        member_count=maybe(st.integers(2, 5000)),
        family_only=maybe(st.booleans()),
        group_purpose=maybe(st.sampled_from(domain.GroupPurpose)),
        role=maybe(st.sampled_from(domain.Role)),
        poster=maybe(st.sampled_from(domain.Poster)),
        participated=maybe(st.booleans()),
        content=maybe(contents),
        rumor_emergency=maybe(st.booleans()),
        forwards=maybe(forwards),
        views=maybe(views),
        persistent=maybe(st.booleans()),
        noticeable=maybe(st.booleans()),
        minor_involved=maybe(st.booleans()),
        knew=maybe(st.booleans()),
        discovered_at=maybe(times),
        rules_before_incident=maybe(st.booleans()),
        actions=maybe(actions(times)),
        recurred_after_warning=maybe(st.booleans()),
        timely=maybe(st.booleans()),
        police_aware=maybe(dates),
    )
