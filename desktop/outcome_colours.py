"""The colours of each outcome, shared by the reasoning banner and the case list's badges.

Kept apart from both so that the case list, which is on screen first, does not
pull in the reasoning panel and the law texts behind it.
"""

from __future__ import annotations

OUTCOME_COLOURS: dict[str, tuple[str, str]] = {
    # outcome → (text, background)
    "EXEMPT": ("#ffffff", "#2e7d32"),
    "NOT_EXEMPT": ("#ffffff", "#c62828"),
    "OWN_CONDUCT": ("#ffffff", "#ad1457"),
    "UNDETERMINED": ("#000000", "#ffd54f"),
    "NOT_IN_FORCE": ("#ffffff", "#546e7a"),
    "PRIVATE_SPACE": ("#ffffff", "#1565c0"),
    "NO_PROHIBITED_CONTENT": ("#ffffff", "#00838f"),
    "NO_DUTY": ("#ffffff", "#6a1b9a"),
}
