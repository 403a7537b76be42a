"""The PDF's layout as a supervising lawyer reads it: page 1 answers, nothing is stranded.

Every example case is typeset and its text read back page by page (pypdf): page 1
holds the answer, what would change it, the deadlines, the civil question and the
other laws; no page ends on a heading; the last page carries more than the closing
disclaimer; no internal code reaches the reader.
"""

import datetime as dt
import functools
import io
import re

import pypdf
import pytest

from cases.analysis import analyzer
from cases.files import resources
from cases.model import case_files, labels
from cases.present import outline, report

EXAMPLES = sorted(p.name for p in resources.path("examples").glob("[0-9]*.json"))
TODAY = dt.date(2026, 11, 28)
FOOTER = re.compile(r"^(第 \d+ 页 / 共 \d+ 页|Page \d+ of \d+)$")
NUMBERED_HEADING = re.compile(r"^([一二三四五六七八九十]+、|\d+\. )\S")
STEP_HEADING = re.compile(r"^S\d\s")


@functools.cache
def _case(name: str):
    case = case_files.load_file(resources.path("examples") / name).cases[0]
    return case, analyzer.analyze(case, today=TODAY)


@functools.cache
def _pages(name: str, lang: str = "zh") -> tuple[tuple[str, ...], ...]:
    """Each page's text lines, without the running header and the page number."""
    case, result = _case(name)
    data = report.render_pdf(
        case,
        result,
        lang=lang,
        case_id="C-0001",
        volunteer="王志愿",
        exported_at=dt.datetime(2026, 11, 28, 9, 30),
    )
    pages = []
    title = case.title.strip()
    for number, page in enumerate(pypdf.PdfReader(io.BytesIO(data)).pages, 1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        # The footer and the running header are stamped after the page's content.
        while lines and (FOOTER.match(lines[-1]) or (number > 1 and lines[-1] == title)):
            lines.pop()
        pages.append(tuple(lines))
    return tuple(pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_heading(line: str) -> bool:
    short_label = len(line) <= 24 and line.endswith(("：", ":"))
    return bool(NUMBERED_HEADING.match(line) or STEP_HEADING.match(line) or short_label)


@pytest.mark.parametrize("name", EXAMPLES)
def test_page_one_holds_the_answer_what_if_deadlines_civil_and_other_laws(name):
    case, result = _case(name)
    page_one = _squash("".join(_pages(name)[0]))
    # 此人 is defined where it first appears; compare with the words as the outline has them.
    page_one = page_one.replace(_squash(labels.pick(labels.PERSON_DEFINED, "zh")), "此人")
    sections = outline.build(case, result, "zh").sections
    summary = sections[0]
    assert isinstance(summary, outline.Summary)
    assert _squash(summary.outcome.text) in page_one
    assert _squash(summary.text) in page_one
    for caution in summary.cautions:
        assert _squash(caution) in page_one
    first_five = (outline.WhatIf, outline.TimeLimits, outline.Civil, outline.OtherLaws)
    shown = [s for s in sections if isinstance(s, first_five)]
    assert {type(s) for s in shown} >= {outline.WhatIf, outline.OtherLaws}
    for section in shown:
        assert _squash(section.heading) in page_one, section.heading


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_page_ends_on_a_heading(name, lang):
    for number, lines in enumerate(_pages(name, lang), 1):
        assert lines, f"page {number} is empty"
        assert not _is_heading(lines[-1]), f"page {number} ends on {lines[-1]!r}"


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_last_page_holds_more_than_the_closing_lines(name, lang):
    pages = _pages(name, lang)
    if len(pages) == 1:
        return
    last = "\n".join(pages[-1])
    start = last.find("免责声明" if lang == "zh" else "Disclaimer")
    assert start >= 0
    before = [line for line in last[:start].splitlines() if line.strip()]
    closing = {
        labels.pick(outline._NOTES_NONE, lang),
    }
    content = [line for line in before if line not in closing and not NUMBERED_HEADING.match(line)]
    assert len(content) >= 4, f"the last page holds only {before!r} before the disclaimer"


INTERNAL = (
    re.compile(r"\[[A-Za-z_]{3,}\]"),  # an outcome or route code in brackets
    re.compile(r"\b[a-z]+(?:_[a-z]+)+\b"),  # a field or code in snake_case
    re.compile(r"\b[A-Z]+_[A-Z_]+\b"),  # an outcome code
    re.compile(r"\b\w+\[\d+\]"),  # a field path such as actions[0].at
    re.compile(r"\b(?:incident|actions|measures|case)\.[a-z_]+"),
    re.compile(r"sources-zh"),
    re.compile(r"\d{2}:\d{2}:\d{2}(\.\d+)?"),  # seconds or microseconds
    re.compile(r"\('|'\)|\(''"),  # a Python tuple's repr
)


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_internal_code_reaches_the_reader(name, lang):
    text = "\n".join("\n".join(page) for page in _pages(name, lang))
    for pattern in INTERNAL:
        found = pattern.search(text)
        assert found is None, (
            f"{pattern.pattern}: …{text[max(0, found.start() - 40) : found.end() + 20]}…"
        )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_settings_line_names_the_late_window_beside_the_timely_one(lang):
    result = _case("07-owners-group-long-insult.json")[1]
    page_one = _squash("".join(_pages("07-owners-group-long-insult.json", lang)[0]))
    late = f"{result.settings.late_window_hours:g}"
    timely = f"{result.settings.timely_window_hours:g}"
    if lang == "zh":
        assert f"{timely}小时内" in page_one
        assert f"超过{late}小时" in page_one
    else:
        assert f"within{timely}h" in page_one
        assert f"past{late}h" in page_one


@pytest.mark.parametrize("name", EXAMPLES)
def test_this_person_is_defined_once_where_first_named_and_irrelevant_facts_say_so(name):
    case, result = _case(name)
    text = _squash("".join("".join(page) for page in _pages(name)))
    defined = _squash(labels.pick(labels.PERSON_DEFINED, "zh"))
    named = re.search("(?<!@)此人", text)  # "@此人" is a mention, not the person
    if named is not None:
        assert text.count(defined) == 1
        assert text.index(defined) == named.start()
    facts = next(
        s for s in outline.build(case, result, "zh").sections if isinstance(s, outline.Facts)
    )
    irrelevant = sum(facts.shown(row) == facts.irrelevant for row in facts.rows)
    unknown = sum(facts.shown(row) == facts.unknown for row in facts.rows)
    body = text[text.index(_squash(facts.heading)) :]
    assert body.count(_squash(facts.irrelevant)) >= irrelevant
    assert body.count(facts.unknown) >= unknown
