"""Hostile or odd input never breaks the export and comes out literally."""

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


@pytest.fixture(scope="module")
def base():
    case = case_files.load_file(resources.path("examples/07-owners-group-long-insult.json")).cases[
        0
    ]
    return case, analyzer.analyze(case, today=dt.date(2026, 11, 28))


def _render(case, result, **kw):
    data = report.render_pdf(case, result, **kw)
    reader = pypdf.PdfReader(io.BytesIO(data))
    return data, reader, "\n".join(page.extract_text() for page in reader.pages)


def _body(reader, running_title):
    """The text without footers and running headers, which interrupt it at page breaks."""
    text = _squash("".join(page.extract_text() for page in reader.pages))
    text = re.sub(r"第\d+页/共\d+页", "", text)
    return text.replace("群主责任分析·案件摘要", "").replace(_squash(running_title), "")


def _squash(text):
    return re.sub(r"\s", "", text)


def test_markup_characters_come_out_literally(base):
    case, result = base
    markup = '<b>粗体</b> & &amp; <para>x</para> <font name="Helvetica">y</font> <br/> "引号"'
    case = dataclasses.replace(case, title="A&B <i>案</i>", notes=markup)
    _, _, text = _render(case, result, volunteer="<script>&")
    squashed = _squash(text)
    assert _squash(markup) in squashed
    assert "A&B<i>案</i>" in squashed
    assert "<script>&" in squashed


def test_emoji_and_rtl_text_become_visible_placeholders(base):
    case, result = base
    notes = "开始 😀 笑脸 👨‍👩‍👧 家庭 ⚠️ 注意 שלום مرحبا \u202eRLO\u202c 结束"
    case = dataclasses.replace(case, notes=notes, title="表情😀案")
    data, _, text = _render(case, result)
    squashed = _squash(text)
    assert _squash(typesetting.printable(notes)) in squashed
    assert "开始□笑脸□□□家庭□注意□□□□□□□□□□RLO□结束" in squashed
    assert "表情□案" in squashed
    assert data.startswith(b"%PDF")


def test_a_100000_character_note_is_printed_whole(base):
    case, result = base
    unit = "很长的备注，含有标点（括号）“引号”？！ and some Latin words 0123456789. "
    notes = (unit * (100_000 // len(unit) + 1))[:100_000] + "【备注结束】"
    case = dataclasses.replace(case, notes=notes)
    _, reader, _ = _render(case, result)
    assert len(reader.pages) > 20
    assert _squash(notes) in _body(reader, case.title)


def test_a_single_unbroken_word_of_any_length_wraps(base):
    case, result = base
    case = dataclasses.replace(case, notes="x" * 20_000, title="y" * 500)
    _, reader, _ = _render(case, result)
    running_title = next(
        ln for ln in reader.pages[1].extract_text().splitlines() if ln.endswith("y…")
    )
    assert running_title.startswith("yyyy")
    assert "x" * 20_000 in _body(reader, running_title)
    assert len(reader.pages) > 3


def test_empty_title_and_notes(base):
    case, result = base
    case = dataclasses.replace(case, title="", notes="")
    _, _, text = _render(case, result)
    assert "（无标题）" in text
    assert "（无备注）" in text
