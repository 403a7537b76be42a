"""The case list as a pane of the window: titles, sorting by a click, badges, hiding, widths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QSplitter

from cases.model.domain import Case
from cases.present.palette import OUTCOME_COLOURS
from cases.store.database import CaseStore
from desktop import i18n

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def _store_with(tmp_path: Path, titles: list[str]) -> None:
    with CaseStore.open(tmp_path / "cases.sqlite3") as store:
        for title in titles:
            store.create(Case(title=title))


def _header_titles(window) -> list[str]:
    header = window.case_list.table.horizontalHeader()
    return [header.model().headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())]


def _model_titles(window) -> list[str]:
    model = window.case_list.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def test_the_header_and_screen_readers_get_the_same_titles_in_both_languages(
    make_main_window,
):
    app = QApplication.instance()
    window = make_main_window(lang="zh", translators=i18n.install_translators(app, "zh"))
    assert _header_titles(window) == ["标题", "结论", "事发日期", "平台", "最后修改", "标签"]
    assert _model_titles(window) == _header_titles(window)
    window.set_language("en")
    assert _header_titles(window) == [
        "Title",
        "Outcome",
        "Incident date",
        "Platform",
        "Last change",
        "Tags",
    ]
    assert _model_titles(window) == _header_titles(window)


def test_a_click_on_a_column_title_sorts_the_list(make_main_window, qtbot, tmp_path):
    _store_with(tmp_path, ["乙", "甲", "丙"])
    window = make_main_window(staged=True)
    window.show()
    qtbot.waitUntil(window.is_complete)
    header = window.case_list.table.horizontalHeader()
    model = window.case_list.model
    # Once complete: the list's own order is shown (newest change first).
    assert header.sortIndicatorSection() == model.COLUMNS.index("updated_at")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [model.index(r, 0).data() for r in range(3)] == ["丙", "甲", "乙"]
    title = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert model.query().sort == "title"
    assert header.sortIndicatorSection() == 0
    first_order = [model.index(r, 0).data() for r in range(3)]
    assert first_order in (["丙", "乙", "甲"], ["甲", "乙", "丙"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert [model.index(r, 0).data() for r in range(3)] == first_order[::-1]


def test_the_outcome_badge_shows_in_its_colours_without_scrolling_on_a_small_screen(
    make_main_window, qtbot
):
    window = make_main_window()
    window.import_case_file(EXAMPLES / "07-owners-group-long-insult.json")
    window.resize(1366, 768)
    window.show()
    qtbot.wait_exposed(window)
    table = window.case_list.table
    model = window.case_list.model
    column = model.OUTCOME
    right_edge = table.columnViewportPosition(column) + table.columnWidth(column)
    assert table.columnViewportPosition(column) >= 0
    assert right_edge <= table.viewport().width()
    assert model.index(0, column).data() == "未尽责"
    code = model.index(0, column).data(model.OutcomeRole)
    assert code == "NOT_EXEMPT"
    # The open case's row is selected: its badge keeps its colours all the same.
    assert table.selectionModel().isRowSelected(0)
    image = table.viewport().grab().toImage()
    cell = table.visualRect(model.index(0, column))
    colours = [
        image.pixelColor(x, y)
        for x in range(cell.left(), cell.right())
        for y in range(cell.top(), cell.bottom())
    ]
    fg, bg = (QColor(c) for c in OUTCOME_COLOURS[code])
    assert bg in colours
    # the label on it, in its own colour (anti-aliased: some pixels near it)
    assert any(
        c != bg
        and abs(c.red() - fg.red()) + abs(c.green() - fg.green()) + abs(c.blue() - fg.blue()) < 60
        for c in colours
    )


def test_a_hidden_case_list_stays_hidden_after_a_restart(make_main_window):
    window = make_main_window()
    assert window.case_list.isVisibleTo(window)
    window.list_action.trigger()
    assert not window.case_list.isVisibleTo(window)
    window.close()
    again = make_main_window()
    assert not again.list_action.isChecked()
    assert not again.case_list.isVisibleTo(again)
    again.list_action.trigger()
    assert again.case_list.isVisibleTo(again)


def test_the_panes_keep_their_widths_after_a_restart_and_a_language_switch(make_main_window, qtbot):
    window = make_main_window()
    window.resize(780, 560)  # within the offscreen screen, which restoreGeometry keeps to
    window.show()
    qtbot.wait_exposed(window)
    splitter = window.findChild(QSplitter, "main_splitter")
    assert splitter.widget(0) is window.case_list
    splitter.setSizes([280, 260, 220])
    chosen = splitter.sizes()
    window.set_language("en")
    splitter = window.findChild(QSplitter, "main_splitter")

    def near_chosen() -> bool:
        # English labels may need a few pixels more: the list's minimum width
        return all(abs(a - b) <= 10 for a, b in zip(splitter.sizes(), chosen, strict=True))

    qtbot.waitUntil(near_chosen, timeout=1000)
    kept = splitter.sizes()
    window.close()
    again = make_main_window()
    again.show()
    qtbot.wait_exposed(again)
    splitter = again.findChild(QSplitter, "main_splitter")
    qtbot.waitUntil(lambda: splitter.sizes() == kept, timeout=1000)
