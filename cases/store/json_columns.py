"""How the store keeps JSON in its text columns (facts, analyses, tags).

Shared by the store (``cases.store.database``) and its records
(``cases.store.records``), below both. ``json`` is imported where used: opening
the store and listing cases need no JSON, and the window's first frame counts.
"""

from __future__ import annotations

from typing import Any


def json_text(value: Any) -> str:
    """A value as the store keeps JSON: UTF-8 text, not ASCII-escaped."""
    import json

    return json.dumps(value, ensure_ascii=False)


def json_value(text: str) -> Any:
    """The value of JSON text read from the store."""
    import json

    return json.loads(text)
