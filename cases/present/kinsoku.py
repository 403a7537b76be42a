"""Chinese line breaking by display width: no line starts with a closing mark or ends with an opening one."""

from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

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


def _sized_atoms(text: str) -> tuple[list[str], list[int]]:
    """``atoms(text)`` with each atom's display width."""
    out: list[str] = []
    sizes: list[int] = []
    word = ""
    word_size = 0
    wide = _wide
    for ch in text:
        if ch == " " or wide(ch):  # a piece of its own, after the word before it
            if word:
                out.append(word)
                sizes.append(word_size)
                word = ""
                word_size = 0
            out.append(ch)
            sizes.append(1 if ch == " " else 2)
        else:
            word += ch
            word_size += 1
    if word:
        out.append(word)
        sizes.append(word_size)
    return out, sizes


def wrap(text: str, columns: int) -> list[str]:
    """Wrap one paragraph to at most ``columns`` display columns where the rules allow.

    A closing mark that would start a line takes the previous character with it; an
    opening mark that would end a line moves to the next one. A line may run over
    only when a single unbreakable word is longer than the width.

    Greedy, atom by atom: an atom that does not fit on the line (a space never
    breaks; it is dropped from the end of a line) starts the next one. The atoms
    that fit are found at once from running totals of their widths, so the work per
    line is a search, not a step per character.
    """
    # Every character takes at least one column: a text longer than the width cannot
    # fit, without measuring it.
    if len(text) <= columns and width(text) <= columns:
        # One line: what the loop below gives (leading spaces dropped, the end stripped).
        return [text.lstrip(" ").rstrip()]
    atoms_, sizes = _sized_atoms(text)
    count = len(atoms_)
    totals = list(accumulate(sizes, initial=0))
    line: list[str] = []
    lines = [line]
    # Spaces at the very start are dropped; the first atom then goes on the line
    # whatever its width.
    i = 0
    while i < count and atoms_[i] == " ":
        i += 1
    if i == count:
        return [""]
    line.append(atoms_[i])
    used = sizes[i]
    i += 1
    while i < count:
        # The first atom that no longer fits (every later one does not fit either:
        # widths are at least 1), then the first that is not a space from there.
        j = max(i, bisect_right(totals, totals[i] + columns - used) - 1)
        while j < count and atoms_[j] == " ":
            j += 1
        line += atoms_[i:j]
        if j == count:
            break
        atom = atoms_[j]
        carried: list[str] = []
        if atom[0] in CANNOT_START and len(line) > 1:
            carried.append(line.pop())
        while len(line) > 1 and line[-1][-1] in CANNOT_END:
            carried.insert(0, line.pop())
        while line and line[-1] == " ":
            line.pop()
        line = carried
        lines.append(line)
        used = sum(width(a) for a in line) + sizes[j]
        line.append(atom)
        i = j + 1
    return ["".join(line).rstrip() for line in lines]
