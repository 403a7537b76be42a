"""The text output, the PDF and the window's reasoning follow one outline of an analysis.

``cases.present.outline.ORDER`` decides the order of the sections for all three:
these tests read each output (the text, the PDF's extracted text, the reasoning
panel of the real window) and find each section where the outline puts it, in the
outline's words, and again after the order is turned around.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pypdf
import pytest

from cases.analysis import analyzer
from cases.model import case_files
from cases.present import outline, plain_text, report

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
# Not exempt with what-ifs and other laws; exempt with a route; undetermined with a
# missing fact and no what-if.
CASES = ("07-owners-group-long-insult", "09-reported-platform", "15-facts-incomplete")
TODAY = dt.date(2026, 3, 1)


def _squeeze(text: str) -> str:
    """The text without white space: line breaks fall differently in each medium."""
    return re.sub(r"\s+", "", text)


def _marker(section: outline.Section, lang: str) -> str | None:
    """Words of the section that no other section has (None: it shows nothing)."""
    match section:
        case outline.Summary():
            return section.heading + ("：" if lang == "zh" else ":") + section.outcome.text
        case outline.Facts():
            return section.legend
        case outline.Steps():
            first = section.items[0]
            return first.id + first.title
        case outline.WhatIf() | outline.OtherLaws():
            return section.heading if section.items else None
        case outline.Notes():
            return section.heading + (section.text.split("\n")[0] or section.none)


def _positions(output: str, case, analysis, lang: str, leave_out=()) -> list[tuple[str, int]]:
    """Where each section's marker is first found in the output, in the outline's order."""
    squeezed = _squeeze(output)
    found = []
    for section in outline.build(case, analysis, lang, leave_out=leave_out).sections:
        marker = _marker(section, lang)
        if marker is not None:
            found.append((type(section).__name__, squeezed.find(_squeeze(marker))))
    return found


def _load(name: str):
    case = case_files.load_file(EXAMPLES / f"{name}.json").cases[0]
    return case, analyzer.analyze(case, today=TODAY)


def _pdf_text(case, analysis, lang: str) -> str:
    data = report.render_pdf(case, analysis, lang=lang, exported_at=dt.datetime(2026, 3, 1))
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def _window_text(make_main_window, name: str, lang: str):
    """The reasoning panel's text and analysis, the case imported into the real window."""
    window = make_main_window(lang=lang)
    window.import_case_file(EXAMPLES / f"{name}.json")
    panel = window.panel
    return panel.plain_text(), panel.analysis()


def _assert_in_order(found: list[tuple[str, int]], medium: str) -> None:
    missing = [name for name, at in found if at < 0]
    assert not missing, f"{medium}: sections not found: {missing}"
    positions = [at for _, at in found]
    assert positions == sorted(positions), f"{medium}: out of the outline's order: {found}"
    assert len(found) >= 3, found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", CASES)
def test_text_pdf_and_window_show_the_sections_in_the_outlines_order(make_main_window, name, lang):
    case, analysis = _load(name)
    shown, window_analysis = _window_text(make_main_window, name, lang)
    text = plain_text.render(case, analysis, lang)
    _assert_in_order(_positions(text, case, analysis, lang, plain_text.LEFT_OUT), "text")
    _assert_in_order(_positions(_pdf_text(case, analysis, lang), case, analysis, lang), "PDF")
    from desktop import reasoning

    found = _positions(shown, None, window_analysis, lang, reasoning.LEFT_OUT)
    _assert_in_order(found, "window")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_turning_the_order_around_in_the_outline_turns_it_around_everywhere(
    make_main_window, monkeypatch, lang
):
    name = "07-owners-group-long-insult"
    case, analysis = _load(name)
    monkeypatch.setattr(outline, "ORDER", tuple(reversed(outline.ORDER)))
    shown, window_analysis = _window_text(make_main_window, name, lang)
    from desktop import reasoning

    for medium, output, source, leave_out in (
        ("text", plain_text.render(case, analysis, lang), case, plain_text.LEFT_OUT),
        ("PDF", _pdf_text(case, analysis, lang), case, ()),
        ("window", shown, None, reasoning.LEFT_OUT),
    ):
        found = _positions(
            output, source, window_analysis if source is None else analysis, lang, leave_out
        )
        assert found[0][0] != "Summary", (medium, found)
        assert found[-1][0] == "Summary", (medium, found)
        _assert_in_order(found, medium)
