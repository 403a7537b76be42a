"""Chinese typesetting for the PDF report: the bundled font, glyph coverage, line breaking.

reportlab's ``Paragraph(wordWrap="CJK")`` does not meet the report's rule: its
kinsoku table lacks the full-width comma, semicolon, colon, question and
exclamation marks and the closing curly quote, it never keeps an opening bracket
off a line end, and it hangs a forbidden character into the right margin instead of
moving it. It also parses its input as markup. So the report draws text with
:class:`TextBlock`, a small flowable with its own line breaker that takes plain
text literally (no markup, nothing to escape) and never starts a line with a closing
mark or ends one with an opening mark.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from cases.files import resources
from cases.present import kinsoku

FONT_NAME = "WQYMicroHei"
FONT_RESOURCE = "fonts/wqy-microhei.ttf"

# One rule for the terminal and the PDF: the kinsoku sets live in cases.present.kinsoku.
CANNOT_START = kinsoku.CANNOT_START
CANNOT_END = kinsoku.CANNOT_END

_INVISIBLE = frozenset("\u200d\u200c\u2060\ufeff") | frozenset(
    chr(c) for c in range(0xFE00, 0xFE10)
)
"""Joiners and variation selectors: they only modify a neighbour, so they are dropped."""

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Direction overrides and isolates: a PDF does not apply them, so they are shown, not hidden."""


@functools.cache
def font() -> TTFont:
    """Register the bundled WenQuanYi Micro Hei once and return it (embedded as subsets)."""
    face = TTFont(FONT_NAME, str(resources.path(FONT_RESOURCE)))
    pdfmetrics.registerFont(face)
    return face


@functools.cache
def _covered() -> frozenset[int]:
    return frozenset(font().face.charToGlyph)


@functools.cache
def placeholder() -> str:
    """The visible stand-in for a character the font lacks: □ if the font has it, else [?]."""
    return "□" if ord("□") in _covered() else "[?]"


def printable(text: str) -> str:
    """Return text the bundled font can draw, every other character made visible as a placeholder.

    Newlines are kept, tabs become spaces, CR/LF pairs become one newline; joiners and
    variation selectors (which only modify a neighbour, as in ⚠️) are dropped; direction
    overrides (which a PDF ignores) become placeholders so their presence stays visible.
    """
    covered = _covered()
    mark = placeholder()
    out: list[str] = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append("    ")
        elif ch in _INVISIBLE:
            continue
        elif ch in _BIDI_CONTROLS:
            out.append(mark)
        elif ord(ch) in covered and unicodedata.category(ch) not in ("Cc", "Cs"):
            out.append(ch)
        elif unicodedata.category(ch) == "Zs":
            out.append(" ")
        else:
            out.append(mark)
    return "".join(out)


@functools.cache
def _unit_width(ch: str) -> float:
    return float(font().stringWidth(ch, 1.0))


def _is_wide(ch: str) -> bool:
    """Whether a character stands on its own for line breaking (CJK and full-width forms)."""
    return unicodedata.east_asian_width(ch) in ("W", "F") or ch in CANNOT_START or ch in CANNOT_END


def _atoms(text: str) -> list[str]:
    """Split one paragraph into unbreakable pieces: a wide character, a Latin word, or a space."""
    atoms = kinsoku.atoms(text, _is_wide)
    # Kinsoku: a closing mark sticks to what precedes it, an opening mark to what follows.
    glued: list[str] = []
    for atom in atoms:
        if (
            glued
            and glued[-1] != " "
            and atom != " "
            and (atom[0] in CANNOT_START or glued[-1][-1] in CANNOT_END)
        ):
            glued[-1] += atom
        else:
            glued.append(atom)
    return glued


def break_lines(text: str, width: float, size: float) -> list[tuple[str, bool]]:
    """Break text into lines no wider than ``width`` at font size ``size``.

    Breaks fall between wide characters, at spaces, and between a wide character and
    a Latin word; never before a closing mark or after an opening mark. A piece wider
    than a whole line (a very long Latin word) is cut where it must be.

    Returns:
        The lines, each with whether it ends a paragraph (hard break or end of text).
    """
    lines: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        current = ""
        used = 0.0
        for atom in _atoms(paragraph):
            w = sum(_unit_width(ch) for ch in atom) * size
            if atom == " " and not current:
                continue
            if used + w <= width + 1e-6:
                current += atom
                used += w
                continue
            if current.strip():
                lines.append((current.rstrip(" "), False))
            current, used = "", 0.0
            if atom == " ":
                continue
            while w > width:  # only a piece longer than a whole line gets here
                cut, cut_w = "", 0.0
                for ch in atom:
                    cw = _unit_width(ch) * size
                    if cut and cut_w + cw > width:
                        break
                    cut += ch
                    cut_w += cw
                # Even a forced cut keeps the rule where it can: back off over marks.
                while len(cut) > 1 and (
                    cut[-1] in CANNOT_END or atom[len(cut) : len(cut) + 1] in CANNOT_START
                ):
                    cut_w -= _unit_width(cut[-1]) * size
                    cut = cut[:-1]
                lines.append((cut, False))
                atom = atom[len(cut) :]
                w -= cut_w
            current, used = atom, w
        lines.append((current.rstrip(" "), True))
    return lines


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text in one colour."""

    text: str
    color: Any = colors.black


class TextBlock(Flowable):  # type: ignore[misc]
    """Plain text drawn literally in the bundled font, broken by :func:`break_lines`.

    Splits across pages line by line. Optional background, left bar and border make
    quoted clause text and authority levels stand apart.
    """

    def __init__(
        self,
        runs: Sequence[Run] | str,
        *,
        size: float = 10.0,
        leading: float | None = None,
        indent: float = 0.0,
        padding: float = 0.0,
        background: Any = None,
        bar: Any = None,
        space_before: float = 0.0,
        space_after: float = 0.0,
        justify: bool = True,
    ) -> None:
        """Prepare a block; the runs are made printable here, once.

        Args:
            runs: the text, or coloured runs of it.
            size: font size in points.
            leading: line distance (default 1.5 × size, comfortable for Chinese).
            indent: left indent in points.
            padding: inner padding when a background or bar is drawn.
            background: fill colour behind the text, or None.
            bar: colour of a 2.5 pt bar at the left edge, or None.
            space_before: space above the block.
            space_after: space below the block.
            justify: spread full Chinese lines to the right margin.
        """
        super().__init__()
        if isinstance(runs, str):
            runs = [Run(runs)]
        runs = [Run(printable(r.text), r.color) for r in runs]
        self._text = "".join(r.text for r in runs)
        self._colors: list[Any] = []
        for r in runs:
            self._colors.extend([r.color] * len(r.text))
        self.size = size
        self.leading = leading if leading is not None else size * 1.5
        self.indent = indent
        self.padding = padding
        self.background = background
        self.bar = bar
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.justify = justify
        self._lines: list[tuple[int, int, bool]] = []
        self._wrapped_for: float | None = None

    @property
    def text(self) -> str:
        """The printable text of the block."""
        return self._text

    def _inner(self, avail_width: float) -> float:
        pad = self.padding * 2 + (4.0 if self.bar is not None else 0.0)
        return max(avail_width - self.indent - pad, self.size * 2)

    def _layout(self, avail_width: float) -> None:
        if self._wrapped_for == avail_width:
            return
        self._lines = []
        pos = 0
        for line, end in break_lines(self._text, self._inner(avail_width), self.size):
            # Map each line back onto the text, skipping spaces dropped at the break.
            start = self._text.find(line, pos) if line else pos
            if start < 0:
                start = pos
            self._lines.append((start, start + len(line), end))
            pos = start + len(line)
            if end and pos < len(self._text) and self._text[pos] == "\n":
                pos += 1
        self._wrapped_for = avail_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Override Flowable.wrap: lay out lines for this width."""
        self._layout(avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self.leading + 2 * self.padding
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Override Flowable.split: as many whole lines as fit, then the rest."""
        self._layout(avail_width)
        fit = int((avail_height - 2 * self.padding) // self.leading)
        if fit < 1 or fit >= len(self._lines):
            return []
        cut = self._lines[fit][0]
        head = self._part(0, cut, self._lines[:fit])
        tail = self._part(cut, len(self._text), self._lines[fit:])
        head.spaceAfter = 0.0
        tail.spaceBefore = 0.0
        return [head, tail]

    def _part(self, start: int, end: int, lines: list[tuple[int, int, bool]]) -> TextBlock:
        """A block of some of this block's lines, keeping their layout (no re-breaking)."""
        # A fresh block, not a copy: the frame marks flowables it postponed, and a copied
        # mark would make reportlab give up on the rest (LayoutError) at the next page end.
        part = TextBlock(
            "",
            size=self.size,
            leading=self.leading,
            indent=self.indent,
            padding=self.padding,
            background=self.background,
            bar=self.bar,
            space_before=self.spaceBefore,
            space_after=self.spaceAfter,
            justify=self.justify,
        )
        part._wrapped_for = self._wrapped_for
        part._text = self._text[start:end]
        part._colors = self._colors[start:end]
        part._lines = [(a - start, b - start, last) for a, b, last in lines]
        return part

    def draw(self) -> None:
        """Override Flowable.draw: background, bar, then each line run by run."""
        canvas = self.canv
        left = self.indent
        box_width = self.width - self.indent
        if self.background is not None:
            canvas.setFillColor(self.background)
            canvas.rect(left, 0, box_width, self.height, stroke=0, fill=1)
        if self.bar is not None:
            canvas.setFillColor(self.bar)
            canvas.rect(left, 0, 2.5, self.height, stroke=0, fill=1)
        x0 = left + self.padding + (4.0 if self.bar is not None else 0.0)
        inner = self._inner(self.width)
        baseline = (
            self.height - self.padding - self.size * 1.05 - (self.leading - self.size * 1.2) / 2
        )
        for start, end, last in self._lines:
            text = canvas.beginText(x0, baseline)
            text.setFont(FONT_NAME, self.size)
            line = self._text[start:end]
            if self.justify and not last and len(line) > 1 and any(_is_wide(c) for c in line):
                spare = inner - sum(_unit_width(c) for c in line) * self.size
                if 0 < spare < self.size * 2:
                    text.setCharSpace(spare / (len(line) - 1))
            for piece, color in _pieces(line, self._colors[start:end]):
                text.setFillColor(color)
                text.textOut(piece)
            canvas.drawText(text)
            baseline -= self.leading


def _pieces(line: str, line_colors: Sequence[Any]) -> Iterable[tuple[str, Any]]:
    piece = ""
    color: Any = None
    for ch, c in zip(line, line_colors, strict=True):
        if piece and c != color:
            yield piece, color
            piece = ""
        piece += ch
        color = c
    if piece:
        yield piece, color
