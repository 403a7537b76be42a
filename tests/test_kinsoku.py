"""Terminal line breaking for Chinese text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cases.present import kinsoku

LONG = (
    "互联网群组建立者、管理者应当履行群组管理责任，依据法律法规、用户协议和平台公约，"
    "规范群组网络行为和信息发布，构建文明有序的网络群体空间。（《规定》第九条第一款）"
    "群主知道后 24 小时内将发布者移出群聊，结论将变为：免责。"
)


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one():
    for columns in range(8, 60):
        lines = kinsoku.wrap(LONG, columns)
        assert "".join(lines).replace(" ", "") == LONG.replace(" ", "")
        for line in lines[1:]:
            assert line[0] not in kinsoku.CANNOT_START, (columns, line)
        for line in lines[:-1]:
            assert line[-1] not in kinsoku.CANNOT_END, (columns, line)


def test_lines_fit_and_latin_words_stay_whole():
    lines = kinsoku.wrap("The owner removed the poster within 24 hours 之后没有再出现。", 20)
    assert all(kinsoku.width(line) <= 20 for line in lines)
    assert "removed" in " ".join(lines).split()


@given(st.text(alphabet="群主，。（）“”abc 12", max_size=80), st.integers(4, 30))
def test_wrapping_keeps_every_character(text, columns):
    lines = kinsoku.wrap(text, columns)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def _reference_wrap(text: str, columns: int) -> list[str]:
    """The line breaking rules written atom by atom, as ``wrap`` was first written."""
    line: list[str] = []
    lines = [line]
    used = 0
    for atom in kinsoku.atoms(text):
        size = kinsoku.width(atom)
        if used + size > columns and line and atom != " ":
            carried: list[str] = []
            if atom[0] in kinsoku.CANNOT_START and len(line) > 1:
                carried.append(line.pop())
            while len(line) > 1 and line[-1][-1] in kinsoku.CANNOT_END:
                carried.insert(0, line.pop())
            while line and line[-1] == " ":
                line.pop()
            line = carried
            lines.append(line)
            used = sum(kinsoku.width(a) for a in line)
        if atom == " " and not line:
            continue
        line.append(atom)
        used += size
    return ["".join(line).rstrip() for line in lines]


@given(
    st.text(alphabet="群主，。（）“”《》「」、…·—　Ａabc 12", max_size=120) | st.text(max_size=60),
    st.integers(-2, 40),
)
def test_wrapping_breaks_where_the_rules_applied_atom_by_atom_break(text, columns):
    assert kinsoku.wrap(text, columns) == _reference_wrap(text, columns)


def test_a_paragraph_longer_than_the_width_is_broken_without_measuring_it_whole(monkeypatch):
    measured: list[str] = []
    width = kinsoku.width
    monkeypatch.setattr(kinsoku, "width", lambda text: measured.append(text) or width(text))
    assert kinsoku.wrap(LONG, 30) == _reference_wrap(LONG, 30)
    assert LONG not in measured
