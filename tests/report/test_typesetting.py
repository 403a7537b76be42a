"""Chinese line breaking and glyph coverage of the report's text blocks."""

import dataclasses
import datetime as dt
import io
import re

import pypdf
import pytest

from cases.analysis import analyzer
from cases.files import resources
from cases.model import case_files
from cases.present import report, typesetting

CLOSING = "，。、；：？！）」』”"
OPENING = "（「『“"

LONG_PARAGRAPH = (
    "群主在群里发布了群规（“禁止发布谣言、侮辱或者诽谤他人的信息”），并且提醒大家：“请遵守！”。"
    "此后，成员甲发布了一条消息，称某小区“发生疫情”；群主发现后，立即警告、删除、移出群聊，"
    "并向平台举报（举报编号：A-2024-0001）。问：群主是否尽到了管理义务？答：应当认为已经尽到！"
    "《互联网群组信息服务管理规定》第九条第一款规定：“互联网群组建立者、管理者应当履行群组管理责任……”。"
) * 6


def _check_lines(lines):
    for line in lines:
        assert line, "no empty lines inside a paragraph"
        assert line[0] not in CLOSING, f"line starts with closing mark: {line!r}"
        assert line[-1] not in OPENING, f"line ends with opening mark: {line!r}"


@pytest.mark.parametrize("width", [x * 7.3 for x in range(9, 70)])  # 6 to 50 characters a line
def test_break_lines_never_starts_with_closing_or_ends_with_opening(width):
    lines = typesetting.break_lines(LONG_PARAGRAPH, width, 10)
    _check_lines([text for text, _ in lines])
    assert "".join(text for text, _ in lines) == LONG_PARAGRAPH
    for text, _ in lines:
        assert typesetting.break_lines(text, width, 10)[0][0] == text  # each line fits


def test_latin_words_are_not_cut_and_spaces_are_break_points():
    text = "The group owner warned the poster promptly and then reported it to the platform."
    lines = [t for t, _ in typesetting.break_lines(text, 120, 10)]
    assert len(lines) > 2
    assert " ".join(lines) == text


def test_a_word_longer_than_the_line_is_cut_rather_than_overflowing():
    lines = [t for t, _ in typesetting.break_lines("x" * 500, 100, 10)]
    assert "".join(lines) == "x" * 500
    assert all(typesetting.break_lines(line, 100, 10)[0][0] == line for line in lines)


def test_hard_line_breaks_are_kept():
    lines = typesetting.break_lines("第一行\n\n第三行", 300, 10)
    assert lines == [("第一行", True), ("", True), ("第三行", True)]


def test_the_rule_holds_in_the_rendered_pdf_line_by_line():
    case = case_files.load_file(resources.path("examples/07-owners-group-long-insult.json")).cases[
        0
    ]
    case = dataclasses.replace(case, notes=LONG_PARAGRAPH)
    result = analyzer.analyze(case, today=dt.date(2026, 11, 28))
    data = report.render_pdf(case, result)
    reader = pypdf.PdfReader(io.BytesIO(data))
    decoration = re.compile(r"^第 \d+ 页 / 共 \d+ 页|群主责任分析 · 案件摘要$")
    lines = [
        ln.strip()
        for page in reader.pages
        for ln in page.extract_text().splitlines()
        if not decoration.search(ln) and ln.strip() != case.title  # running header
    ]
    start = next(i for i, ln in enumerate(lines) if ln.startswith("群主在群里发布了群规"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("免责声明"))
    note_lines = lines[start:end]
    assert len(note_lines) > 20
    assert "".join(note_lines) == LONG_PARAGRAPH
    _check_lines(note_lines)


def test_printable_keeps_covered_text_and_marks_the_rest():
    mark = typesetting.placeholder()
    assert mark == "□"  # the bundled font has it
    assert typesetting.printable("群主 QQ <b>&amp;</b>") == "群主 QQ <b>&amp;</b>"
    assert typesetting.printable("a😀b") == f"a{mark}b"
    assert typesetting.printable("⚠️") == mark  # the variation selector is dropped
    assert typesetting.printable("👨‍👩‍👧") == mark * 3  # joiners are dropped
    assert typesetting.printable("שלום") == mark * 4
    assert typesetting.printable("a\tb\r\nc\x00") == f"a    b\nc{mark}"


def test_every_character_drawn_is_in_the_font():
    covered = set(typesetting.font().face.charToGlyph)
    text = typesetting.printable("法律 😀 \u202e مرحبا ✅ ☑️ \ud800 end")
    assert all(ord(ch) in covered for ch in text if ch != "\n")
