"""Chinese line breaking by display width: no line starts with a closing mark or ends with an opening one."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

CANNOT_START = frozenset(
    "，。、；：？！）」』”’〕】》〉］｝〗〙〞…‥·・％‰℃"
    "!),.:;?]}%"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々"
)
"""Characters that must not begin a line (closing marks, stops, small kana)."""

CANNOT_END = frozenset("（「『“‘〔【《〈［｛〖〘〝([{")
"""Characters that must not end a line (opening marks)."""


def is_wide(ch: str) -> bool:
    """Whether a character takes two columns (CJK ideographs and full-width forms)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


_wide = functools.cache(is_wide)
"""``is_wide``, remembered: a batch's text repeats the same few thousand characters."""


@functools.cache
def _columns(ch: str) -> int:
    return 2 if is_wide(ch) else 1


def width(text: str) -> int:
    """Display width in columns."""
    if text.isascii():
        return len(text)
    return sum(map(_columns, text))


def atoms(text: str, alone: Callable[[str], bool] = is_wide) -> list[str]:
    """Split text into unbreakable pieces: a character that stands alone, a space, or a word.

    Args:
        text: one paragraph.
        alone: which characters form a piece of their own (by default the wide ones);
            runs of the others (Latin words, numbers) stay whole.
    """
    out: list[str] = []
    word = ""
    for ch in text:
        if ch == " " or alone(ch):
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
    if word:
        out.append(word)
    return out


def _forbidden_start(atom: str) -> bool:
    return atom[0] in CANNOT_START


def _forbidden_end(atom: str) -> bool:
    return atom[-1] in CANNOT_END


def wrap(text: str, columns: int) -> list[str]:
    """Wrap one paragraph to at most ``columns`` display columns where the rules allow.

    A closing mark that would start a line takes the previous character with it; an
    opening mark that would end a line moves to the next one. A line may run over
    only when a single unbreakable word is longer than the width.
    """
    if width(text) <= columns:
        # One line: what the loop below gives (leading spaces dropped, the end stripped).
        return [text.lstrip(" ").rstrip()]
    line: list[str] = []
    lines = [line]
    used = 0
    columns_of = _columns
    for atom in atoms(text, _wide):
        size = columns_of(atom) if len(atom) == 1 else width(atom)
        if used + size > columns and line and atom != " ":
            carried: list[str] = []
            if _forbidden_start(atom) and len(line) > 1:
                carried.append(line.pop())
            while len(line) > 1 and _forbidden_end(line[-1]):
                carried.insert(0, line.pop())
            while line and line[-1] == " ":
                line.pop()
            line = carried
            lines.append(line)
            used = sum(width(a) for a in line)
        if atom == " " and not line:
            continue
        line.append(atom)
        used += size
    return ["".join(line).rstrip() for line in lines]
