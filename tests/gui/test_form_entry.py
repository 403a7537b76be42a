"""The questions as volunteers answer them: fuzzy dates typed, and a form that never moves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from cases.model.domain import Content
from cases.model.fuzzy import FuzzyDate, FuzzyTime


def _widget(window, name: str) -> QWidget:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def _type(window, name: str, text: str) -> None:
    line = _widget(window, name)
    assert isinstance(line, QLineEdit)
    line.clear()
    line.setText(text)
    line.editingFinished.emit()
    QApplication.processEvents()


def _status(window, field: str) -> str:
    label = window.findChild(QLabel, f"{field}_status")
    assert label is not None, field
    return label.text()


def _shown(make_main_window, qtbot, lang: str = "zh", height: int = 600):
    window = make_main_window(lang=lang)
    window.resize(1024, height)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def _where(window, widget: QWidget) -> QPoint:
    for _ in range(3):  # nested layouts settle over a few posted layout requests
        QApplication.processEvents()
    return widget.mapTo(window, QPoint(0, 0))


def test_the_date_field_takes_a_month_as_written_and_shows_its_precision(make_main_window):
    window = make_main_window(lang="zh")
    _type(window, "date", "2019年3月")
    assert window.case().incident.date == FuzzyDate(2019, 3)
    assert not window.form.questions["date"].problem()
    assert "约 2019 年 3 月" in _status(window, "date")
    _type(window, "date", "2019")
    assert window.case().incident.date == FuzzyDate(2019)
    assert "约 2019 年" in _status(window, "date")


def test_the_precision_is_in_english_too(make_main_window):
    window = make_main_window(lang="en")
    _type(window, "date", "2019/3")
    assert window.case().incident.date == FuzzyDate(2019, 3)
    assert "about March 2019" in _status(window, "date")


def test_a_day_without_a_year_takes_the_incident_year_and_the_field_says_so(make_main_window):
    window = make_main_window(lang="zh")
    _type(window, "date", "2019-03")
    window.form.editors["knew"].button(True).click()
    _type(window, "discovered_at", "3月5日")
    assert window.case().incident.discovered_at == FuzzyTime(dt.date(2019, 3, 5))
    assert "按案发日期取 2019 年" in _status(window, "discovered_at")
    _type(window, "discovered_at", "2019-03-05 晚上")
    assert window.case().incident.discovered_at == FuzzyTime.whole_day(dt.date(2019, 3, 5))
    assert "只知道日期" in _status(window, "discovered_at")
    _type(window, "discovered_at", "3月5日下午3点")
    assert window.case().incident.discovered_at == FuzzyTime(dt.date(2019, 3, 5), dt.time(15))


def test_a_day_without_a_year_and_no_incident_date_takes_this_year(make_main_window):
    window = make_main_window(lang="zh")
    window.form.editors["knew"].button(True).click()
    _type(window, "discovered_at", "1月1日")
    year = dt.date.today().year
    assert window.case().incident.discovered_at == FuzzyTime(dt.date(year, 1, 1))
    assert f"分析日所在的 {year} 年" in _status(window, "discovered_at")


def test_an_opened_case_shows_how_precise_its_dates_are(make_main_window):
    window = make_main_window(lang="zh")
    _type(window, "date", "2019-05")
    window.form.editors["knew"].button(True).click()
    _type(window, "discovered_at", "2019-05-14")
    actions = window.form.editors["actions"]
    actions.add_button.click()
    assert actions.model.setData(actions.model.index(0, 1), "2019-05-15")
    case_id = window.case_id()
    window.close()
    again = make_main_window(lang="zh")
    assert again.case_id() == case_id
    assert _status(again, "date") == "约 2019 年 5 月（只知道月份）"
    assert _status(again, "discovered_at") == "2019-05-14（只知道日期）"
    model = again.form.editors["actions"].model
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "2019-05-15（只知道日期）"


def test_a_date_that_cannot_be_read_says_what_is_wrong_and_keeps_nothing(make_main_window):
    window = make_main_window(lang="zh")
    _type(window, "date", "3月32日")
    assert "3 月没有 32 日" in window.form.questions["date"].problem()
    assert window.case().incident.date is None
    assert "3 月没有 32 日" in _status(window, "date")


def test_a_measure_time_takes_the_forms_people_write(make_main_window):
    window = make_main_window(lang="zh")
    _type(window, "date", "2019-03")
    actions = window.form.editors["actions"]
    window.form.editors["knew"].button(True).click()
    actions.add_button.click()
    model = actions.model
    assert model.setData(model.index(0, 1), "3月6日晚上")
    assert window.case().incident.actions[0].at == FuzzyTime.whole_day(dt.date(2019, 3, 6))
    assert not model.setData(model.index(0, 1), "3月32日")
    assert "3 月没有 32 日" in window.form.questions["actions"].problem()


def test_the_next_question_does_not_move_when_a_value_turns_valid_or_invalid(
    make_main_window, qtbot
):
    window = _shown(make_main_window, qtbot, lang="en")
    below = _widget(window, "platform")
    where = _where(window, below)
    for text in ("3月32日", "2019-03", "", "not a date", "2019", "2019-03-05 晚上"):
        _type(window, "date", text)
        assert _where(window, below) == where, text
    window.form.editors["knew"].button(True).click()
    below = window.form.editors["rules_before_incident"].button(True)
    where = _where(window, below)
    for text in ("2019-13-01", "2019-03-05 晚上", "", "abc", "2019-03-05 20:30"):
        _type(window, "discovered_at", text)
        assert _where(window, below) == where, text


def test_the_add_measure_button_stays_put_when_measures_are_added(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot, height=900)
    window.form.editors["knew"].button(True).click()
    actions = window.form.editors["actions"]
    window.form.ensureWidgetVisible(actions.add_button)
    where = actions.add_button.mapToGlobal(QPoint(0, 0))
    below = window.form.editors["recurred_after_warning"].button(True)
    below_where = below.mapToGlobal(QPoint(0, 0))
    for _ in range(3):
        # A real click: the button takes the focus, so the step keeps it.
        qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
        _where(window, actions.add_button)
        assert actions.add_button.mapToGlobal(QPoint(0, 0)) == where
        assert below.mapToGlobal(QPoint(0, 0)) == below_where
    assert len(window.case().incident.actions) == 3


def test_ticking_a_content_kind_answers_yes_by_itself(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot)
    content = window.form.editors["content"]
    assert content.any.value() is None
    assert content.list.isVisible()
    row = list(Content).index(Content.RUMOR)
    content.list.setFocus()
    content.list.setCurrentIndex(content.model.index(row))
    qtbot.keyClick(content.list, Qt.Key.Key_Space)
    assert content.any.value() is True
    assert window.case().incident.content == (Content.RUMOR,)


def test_the_wheel_over_an_unfocused_combo_scrolls_the_form(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot, height=500)
    form = window.form
    combo = _widget(window, "platform")
    assert isinstance(combo, QComboBox)
    assert form.verticalScrollBar().maximum() > 0
    form.ensureWidgetVisible(combo)
    _widget(window, "title").setFocus()
    before_index = combo.currentIndex()
    before_scroll = form.verticalScrollBar().value()
    assert not combo.hasFocus()
    QApplication.sendEvent(combo, _wheel_down(combo))
    QApplication.processEvents()
    assert combo.currentIndex() == before_index
    assert form.verticalScrollBar().value() > before_scroll
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert not combo.hasFocus()


def test_the_wheel_over_an_unfocused_list_scrolls_the_form(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot, height=500)
    form = window.form
    kinds = window.form.editors["content"].list
    form.ensureWidgetVisible(kinds)
    before = form.verticalScrollBar().value()
    QApplication.sendEvent(kinds.viewport(), _wheel_down(kinds.viewport()))
    QApplication.processEvents()
    assert form.verticalScrollBar().value() > before


def test_a_focused_combo_still_takes_the_wheel(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot, height=500)
    window.activateWindow()
    combo = _widget(window, "platform")
    window.form.ensureWidgetVisible(combo)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before = window.form.verticalScrollBar().value()
    QApplication.sendEvent(combo, _wheel_down(combo))
    assert combo.currentIndex() == 1
    assert window.form.verticalScrollBar().value() == before


def _wheel_down(widget: QWidget) -> QWheelEvent:
    centre = QPointF(widget.rect().center())
    return QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
