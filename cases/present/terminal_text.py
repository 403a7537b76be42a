r"""Text from a case, made safe to print to a terminal: control characters shown, not sent.

A case file is data from anyone. Its title, notes and tags printed raw could clear
the screen, retitle the terminal window, move the cursor to overwrite a line, or
reorder text (a right-to-left override), and so print a fake disclaimer or a fake
conclusion. Every text-mode printer (``analyze``, ``cases list``, ``cases show``
and the error messages that quote a case file) passes what it prints through
:func:`visible`; JSON output goes through :func:`json_dumps`.

Made visible, as Python escapes (``\x1b``, ``\u202e``): the C0 controls except
newline and tab, DEL, the C1 controls, and Unicode's bidirectional controls
(U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). A backslash already in
the text is left as it is: the point is that nothing reaches the terminal as a
command, not that the text can be read back exactly (the JSON output is for that).
"""

from __future__ import annotations

import json
import re
from typing import Any

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_BIDI}]")
"""What ``json.dumps(..., ensure_ascii=False)`` leaves raw (it escapes C0 itself)."""


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def visible(text: str, *, one_line: bool = False) -> str:
    """The text with every control character written out as an escape.

    Args:
        text: text that came from a case (or a message quoting one).
        one_line: also show newlines and tabs, for a field printed on one line
            (a title in a list row), so it cannot start a line of its own.
    """
    return (_UNSAFE_ONE_LINE if one_line else _UNSAFE).sub(_escape, text)


def json_dumps(value: Any, indent: int | None = None) -> str:
    r"""JSON as the app prints it (UTF-8, not ASCII-escaped), with no raw control character.

    ``json.dumps`` escapes the C0 controls but leaves DEL, the C1 controls and the
    bidirectional controls raw; they are written as ``\uXXXX`` here, which JSON
    reads back as the same characters (they can only occur inside strings).
    """
    return _UNSAFE_IN_JSON.sub(_json_escape, json.dumps(value, ensure_ascii=False, indent=indent))
