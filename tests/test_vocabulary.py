"""One presentation vocabulary: each display name, colour, glyph and mark stand-in has one copy.

``cases/model/labels.py`` owns the names (zh/en), ``cases/present/palette.py`` the
colours, status glyphs and verification-mark stand-ins. These tests read the source
of the core and the GUI and fail, naming the file and line, when a second copy
appears (a literal name in a Qt ``tr()``, a colour written out again…).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from cases.model import labels
from cases.present import palette

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.glob("cases/**/*.py"), *ROOT.glob("desktop/**/*.py")])
LABELS = ROOT / "cases" / "model" / "labels.py"
PALETTE = ROOT / "cases" / "present" / "palette.py"


def _keys(tree: ast.AST) -> set[int]:
    """The string constants that are codes, not text: dict keys, subscripts, enum values."""
    keys: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys.update(k for k in node.keys if k is not None)
        elif isinstance(node, ast.Subscript):
            keys.add(node.slice)
        elif isinstance(node, ast.ClassDef) and any(
            "Enum" in ast.unparse(base) for base in node.bases
        ):
            keys.update(s.value for s in node.body if isinstance(s, ast.Assign))
    return {id(k) for k in keys}


def _strings(path: Path, texts_only: bool = False) -> Iterator[tuple[int, str]]:
    """Every string constant of a module (f-string parts included), with its line.

    With ``texts_only``, codes (dict keys, subscripts, enum values such as
    ``"passed"``) are left out: they may spell the same as an English name.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    codes = _keys(tree) if texts_only else set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in codes:
            yield node.lineno, node.value


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT)}:{line}"


def _bare(text: str) -> str:
    """A literal without the brackets, colon and spaces a renderer puts around a name."""
    text = text.strip(" ：:")
    for opening, closing in ("【】", "[]"):
        if text.startswith(opening) and text.endswith(closing):
            text = text[1:-1]
    return text.strip()


def _names() -> dict[str, str]:
    """Every zh and en display name of the tables the outputs share → its table."""
    tables = {
        "LEVELS": labels.LEVELS,
        "STATUSES": labels.STATUSES,
        "MARKS": labels.MARKS,
        "OUTCOMES": labels.OUTCOMES,
        "OUTCOME_SHORT": labels.OUTCOME_SHORT,
        "ROUTES": labels.ROUTES,
        "STEP_TITLES": labels.STEP_TITLES,
    }
    return {
        name: table for table, pairs in tables.items() for pair in pairs.values() for name in pair
    }


def test_bilingual_is_defined_once():
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name == "Bilingual":
                found.append(_where(path, node.lineno))
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AnnAssign)
                else []
            )
            if any(isinstance(t, ast.Name) and t.id == "Bilingual" for t in targets):
                found.append(_where(path, node.lineno))
    assert len(found) == 1, found
    assert found[0].startswith("cases/model/labels.py:"), found


def test_each_display_name_is_written_only_in_labels():
    names = _names()
    copies = [
        f"{_where(path, line)} {text!r} (labels.{names[_bare(text)]})"
        for path in SOURCES
        if path != LABELS
        for line, text in _strings(path, texts_only=True)
        if _bare(text) in names
    ]
    assert not copies, "second copies:\n" + "\n".join(copies)


def _palette_values() -> dict[str, str]:
    """Every colour, glyph and stand-in the palette holds → where it is in the palette."""
    values: dict[str, str] = {}
    for name, value in vars(palette).items():
        if name.startswith("_"):
            continue
        if isinstance(value, str):
            values.setdefault(value.lower(), f"palette.{name}")
        if not isinstance(value, dict):
            continue
        for key, item in value.items():
            for one in item if isinstance(item, tuple) else (item,):
                if isinstance(one, str):
                    values.setdefault(one.lower(), f"palette.{name}[{key!r}]")
    return values


def test_each_colour_glyph_and_mark_stand_in_is_written_only_in_the_palette():
    values = _palette_values()
    # The glyphs that are also plain punctuation ('·', '?') would match everywhere.
    values = {
        v: where
        for v, where in values.items()
        if v.startswith("#") or (len(v) == 1 and ord(v) > 0x2000)
    }
    assert {"#b71c1c", "#5f6368", "✔", "■", "⚠"} <= set(values)
    # ⚠ is the warning sign; ⚠️ (with U+FE0F) is a verification mark, data of its own.
    copies = [
        f"{_where(path, line)} {value!r} ({where})"
        for path in SOURCES
        if path != PALETTE
        for line, text in _strings(path)
        for value, where in values.items()
        if re.search(re.escape(value) + "(?!\ufe0f)", text.lower())
    ]
    assert not copies, "second copies:\n" + "\n".join(copies)


def _contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_outcome_badge_is_readable_and_not_exempt_has_one_red():
    for code in labels.OUTCOMES:
        text, background = palette.OUTCOME_COLOURS[code]
        assert _contrast(text, background) >= 4.5, code
        # The PDF prints the outcome's name in its ink on white paper.
        assert _contrast(palette.outcome_ink(code), "#ffffff") >= 4.5, code
    assert palette.OUTCOME_COLOURS["NOT_EXEMPT"] == ("#ffffff", "#b71c1c")
    assert palette.outcome_ink("NOT_EXEMPT") == "#b71c1c"


def test_every_level_status_and_mark_has_a_name_and_a_look():
    assert set(palette.LEVEL_COLOURS) == set(labels.LEVELS)
    assert set(palette.STATUS_GLYPHS) == set(labels.STATUSES) == set(palette.STATUS_COLOURS)
    assert set(palette.PRINTED_MARKS) == set(labels.MARKS)
    for tag, background in palette.LEVEL_COLOURS.values():
        assert _contrast(tag, background) >= 4.5


def test_printed_marks_are_drawn_by_the_bundled_font():
    from cases.present import typesetting

    covered = typesetting._covered()
    for stand_in in palette.PRINTED_MARKS.values():
        assert all(ord(ch) in covered for ch in stand_in), stand_in
    for glyph in palette.STATUS_GLYPHS.values():
        assert ord(glyph) in covered, glyph


def test_screen_marks_swap_only_the_emoji_check_mark():
    assert palette.screen_marks("第二条 ✅") == "第二条 ✔"
    assert palette.screen_marks("官方解读 ☑️ ⚠️") == "官方解读 ☑️ ⚠️"
