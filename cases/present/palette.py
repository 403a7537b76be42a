"""The look every output shares: colours, status glyphs and verification-mark stand-ins.

Plain ``#rrggbb`` strings and characters, no Qt and no reportlab: the PDF makes
``HexColor`` of them, the window ``QColor`` or style sheets. The names that go with
them are in :mod:`cases.model.labels`. This module imports nothing, so the case list
(on screen in the window's first frame) can use it at no cost.

Every text colour here reads at WCAG AA (4.5:1 or more) on its background: white
text on each outcome badge (the undetermined badge has black text on yellow), each
level's tag on its background, each ink on white paper.
"""

from __future__ import annotations

INK = "#1a1a1a"
"""Body text."""
MUTED = "#5f6368"
"""Secondary text: captions, provenance, a step not reached (6.0:1 on white)."""
RULE = "#c8ccd0"
"""Thin rules and table lines."""
HEADING = "#1f3a68"
"""Headings and the navy of the law-text level."""
CAUTION = "#9a5b00"
"""Facts still missing, unknown values and warnings (5.6:1 on white)."""
ALERT = "#b71c1c"
"""A flag the reader must act on, such as an article number still to be checked."""
QUOTE_INK = "#333333"
"""Quoted clause text on a level's background (window)."""

OUTCOME_COLOURS: dict[str, tuple[str, str]] = {
    # outcome → (text, background). NOT_EXEMPT is #b71c1c, the PDF's red: white on it
    # is 6.6:1 (the window's former #c62828 was 5.6:1), and it is ALERT's red.
    "EXEMPT": ("#ffffff", "#2e7d32"),
    "NOT_EXEMPT": ("#ffffff", ALERT),
    "OWN_CONDUCT": ("#ffffff", "#ad1457"),
    "UNDETERMINED": ("#000000", "#ffd54f"),
    "NOT_IN_FORCE": ("#ffffff", "#546e7a"),
    "PRIVATE_SPACE": ("#ffffff", "#1565c0"),
    "NO_PROHIBITED_CONTENT": ("#ffffff", "#00838f"),
    "NO_DUTY": ("#ffffff", "#6a1b9a"),
}
"""The outcome badges of the case list and the reasoning banner."""


def outcome_ink(code: str) -> str:
    """The colour of an outcome's name printed on white paper (the PDF's outcome box).

    The badge's background where the badge has white text (so it reads on white as
    well), else the caution ink (the undetermined badge's yellow would not).
    """
    text, background = OUTCOME_COLOURS.get(code, ("#ffffff", HEADING))
    return background if text == "#ffffff" else CAUTION


LEVEL_COLOURS: dict[str, tuple[str, str]] = {
    # authority level → (tag and bar, background of the quoted text)
    "law": (HEADING, "#eef2f8"),
    "official_interpretation": ("#00695c", "#e8f4f2"),
    "commentary": ("#6d4c41", "#f5f1ee"),
    "court_practice": ("#6a1b9a", "#f4eef8"),
    "assumption": ("#b45309", "#fff4e5"),
}
"""Each authority level's colours, so a level looks the same on screen and on paper."""

STATUS_GLYPHS: dict[str, str] = {
    "passed": "✓",
    "concluded": "■",
    "unknown": "?",
    "not_reached": "·",
}
"""The sign before a step's status (all drawn by the bundled font)."""

STATUS_COLOURS: dict[str, str] = {
    "passed": "#2e7d32",
    "concluded": HEADING,
    "unknown": "#b45309",
    "not_reached": MUTED,
}
"""The colour of a step's status sign and name."""

WARNING_SIGN = "⚠"
"""Before a warning on screen and in the terminal (the PDF's font has no such glyph)."""

SCREEN_MARKS: dict[str, str] = {
    "✅": "✔",
}
"""Verification marks as the window shows them: the emoji ✅ exists only in colour
emoji fonts, so it becomes ✔, which the bundled font draws. ☑️ and ⚠️ stay: the
window falls back to the system's symbol fonts for them."""

PRINTED_MARKS: dict[str, str] = {
    "✅": "✔",
    "☑️": "✓",
    "⚠️": "▲",
}
"""Verification marks as the PDF prints them: the PDF embeds the bundled font only,
which draws none of ✅ ☑️ ⚠️, so each has a stand-in it does draw."""


def screen_marks(text: str) -> str:
    """A text with its verification marks as the window shows them."""
    for mark, stand_in in SCREEN_MARKS.items():
        text = text.replace(mark, stand_in)
    return text
