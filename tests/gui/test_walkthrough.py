"""A volunteer's walk through the window: the sample incident typed from a blank case.

Issue 17's trial case: a 420-member owners' WeChat group, insults posted in
2019年3月 by a member, the owner (not the poster) learned of them on 12 March and
warned the poster that day, and the insults came back. The test starts the real
window on an empty store and drives it only as a person would (keys into the
widget that has the focus, clicks on widgets in view), counting every key press and
click that is not part of typing a text, and reads the answer in ``summary``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from cases.model.domain import ActionKind, Content, Poster, Role
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from desktop import measures_editor

ACTION_BUDGET = 35
"""Issue 17: fewer than 35 clicks and key presses beyond typing the text itself."""


class Volunteer:
    """Drives the window as a person does, and counts what is not typing.

    Keys go to the widget that has the keyboard focus; a click goes to a widget only
    where it is on screen (inside the window and every scrolled pane around it),
    the form scrolled down with the mouse wheel until it is (each notch counts).
    Text is typed into the focused widget: ASCII key by key, Chinese as an input
    method commits it. Typing is not counted; every other key and click is.
    """

    def __init__(self, window: QWidget, pane: QAbstractScrollArea) -> None:
        self.window = window
        self.pane = pane
        self.actions: list[str] = []

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def _settle(self) -> None:
        for _ in range(3):
            QApplication.processEvents()

    def press(self, key: Qt.Key, note: str = "") -> None:
        self.actions.append(note or key.name.removeprefix("Key_"))
        QTest.keyClick(self.focus(), key)
        self._settle()

    def tab_to(self, name: str, limit: int = 8) -> None:
        """Tab until the named widget has the focus (each Tab counts)."""
        for _ in range(limit):
            self.press(Qt.Key.Key_Tab)
            if self.focus().objectName() == name:
                return
        raise AssertionError(f"{limit} Tabs never reached {name!r}")

    def type(self, text: str) -> None:
        """Type into the focused widget (not counted)."""
        target = self.focus()
        if text.isascii():
            QTest.keyClicks(target, text)
        else:  # QTest types ASCII only: Chinese arrives as an input method commits it
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(target, event)
        self._settle()

    def _in_view(self, widget: QWidget, point: QPoint) -> bool:
        """Whether the point of the widget is inside it and every pane around it.

        (In its own window: a drop-down's list is a window of its own.)
        """
        window = widget.window()
        at = widget.mapTo(window, point)
        shown = window.rect()
        parent: QWidget | None = widget
        while parent is not None and parent is not window:
            shown &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            parent = parent.parentWidget()
        return widget.isVisible() and shown.contains(at)

    def _assert_on_screen(self, widget: QWidget, point: QPoint) -> None:
        assert self._in_view(widget, point), (
            f"{widget.objectName() or widget!r} at {point} is not in view: "
            "a person could not click it"
        )

    def scroll_down_to(self, widget: QWidget, point: QPoint) -> None:
        """Turn the mouse wheel over the pane, a notch at a time, until the point is in view."""
        viewport = self.pane.viewport()
        where = QPointF(viewport.rect().center())
        for _ in range(12):
            if self._in_view(widget, point):
                return
            self.actions.append("wheel")
            notch = QWheelEvent(
                where,
                QPointF(viewport.mapToGlobal(where.toPoint())),
                QPoint(),
                QPoint(0, -120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(viewport, notch)
            self._settle()
        raise AssertionError(f"{widget.objectName()!r} never came into view")

    def click(self, widget: QWidget, at: QPoint | None = None, note: str = "") -> None:
        """Click a widget in view (at its centre, or at a point of it)."""
        point = widget.rect().center() if at is None else at
        if self.pane.isAncestorOf(widget):
            self.scroll_down_to(widget, point)
        self._assert_on_screen(widget, point)
        self.actions.append(note or f"click {widget.objectName()}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        self._settle()

    def tick(self, view: QAbstractItemView, row: int) -> None:
        """Click the check box of a list's row."""
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.rect = view.visualRect(index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        box = view.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
        )
        self.click(view.viewport(), box.center(), f"tick row {row}")


def test_the_sample_incident_is_entered_from_a_blank_case_in_fewer_than_35_actions(
    zh_catalogue, make_main_window, qtbot
):
    window = make_main_window(lang="zh")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.case_id() is None  # a blank case, nothing stored yet
    form = window.form
    you = Volunteer(window, form)

    # Step 1: when, where, how big. The focus starts in the first question.
    assert you.focus() is form.editors["date"]
    you.type("2019年3月")
    you.tab_to("platform")
    you.press(Qt.Key.Key_Down)  # 微信, the first app listed
    you.tab_to("chat_kind")
    you.press(Qt.Key.Key_Down)  # 群聊
    you.tab_to("member_count")
    you.type("420")
    # Step 2: the content: insults (ticking the kind answers 是).
    you.tab_to("content_kinds")
    you.tick(form.editors["content"].list, list(Content).index(Content.INSULT_DEFAMATION))
    # Step 3: the owner is analysed; a member posted; the owner did not join in.
    you.tab_to("role")
    you.press(Qt.Key.Key_Down)  # 建立者（群主）
    you.tab_to("poster")
    you.press(Qt.Key.Key_Down)
    you.press(Qt.Key.Key_Down)  # 他人
    you.tab_to("participated_true")
    you.click(form.editors["participated"].button(False))
    # Step 4: the owner knew on 12 March and warned the poster that day; it came back.
    you.tab_to("knew_true")  # past the parties' names, which are optional
    you.press(Qt.Key.Key_Space)
    you.tab_to("discovered_at")
    you.type("2019-03-12")
    you.tab_to("add_action")
    you.press(Qt.Key.Key_Space)  # a warning, by the person analysed, is the default
    you.type("2019-03-12")  # into the new measure's time
    you.press(Qt.Key.Key_Return)
    you.tab_to("recurred_after_warning_true")
    you.press(Qt.Key.Key_Space)

    incident = window.case().incident
    print(f"\n{len(you.actions)} clicks and key presses beyond typing: {you.actions}")
    assert incident.date == FuzzyDate(2019, 3)
    assert incident.member_count == 420
    assert incident.content == (Content.INSULT_DEFAMATION,)
    assert (incident.role, incident.poster, incident.participated) == (
        Role.CREATOR,
        Poster.OTHER,
        False,
    )
    assert incident.discovered_at == FuzzyTime(day=incident.discovered_at.day)
    assert [(a.kind, a.at) for a in incident.actions or ()] == [
        (ActionKind.WARNED, incident.discovered_at)
    ]
    assert incident.recurred_after_warning is True
    assert window.case_id() is not None  # stored since its first answer
    summary = window.panel.summary.plain_text()
    assert "可能未尽群管理责任" in summary
    assert "再次出现" in summary
    assert len(you.actions) < ACTION_BUDGET


# What the walk found, each on its own.


def _shown(make_main_window, qtbot, height: int = 600):
    window = make_main_window(lang="zh")
    window.resize(1024, height)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _inside(widget: QWidget, pane: QAbstractScrollArea) -> bool:
    viewport = pane.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def test_every_content_kind_is_in_view_without_scrolling_the_list(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot)
    kinds = window.form.editors["content"].list
    assert kinds.verticalScrollBar().maximum() == 0
    last = kinds.visualRect(kinds.model().index(kinds.model().rowCount() - 1, 0))
    assert kinds.viewport().rect().contains(last)
    font = kinds.font()
    font.setPointSize(font.pointSize() * 2)  # a larger font, applied at once
    window.form.editors["content"].setFont(font)
    # The list lays its rows out on a timer, then the form gives it its new height.
    qtbot.waitUntil(lambda: kinds.height() >= kinds.sizeHintForRow(0) * len(Content))
    qtbot.wait(50)
    assert kinds.verticalScrollBar().maximum() == 0
    last = kinds.visualRect(kinds.model().index(kinds.model().rowCount() - 1, 0))
    assert last.bottom() < kinds.viewport().height()  # above a sideways scroll bar, if any


def test_tab_into_the_content_kinds_shows_the_whole_question(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot)
    form = window.form
    form.editors["member_count"].setFocus()
    you = Volunteer(window, form)
    you.tab_to("content_kinds")
    assert _inside(form.questions["content"], form)


def test_adding_a_measure_opens_its_time_for_typing(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot, height=900)
    form = window.form
    form.editors["knew"].button(True).click()
    actions = form.editors["actions"]
    form.ensureWidgetVisible(actions.add_button)
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    table = actions.table
    assert table.state() == QAbstractItemView.State.EditingState
    assert table.currentIndex().row() == 0
    assert table.currentIndex().column() == measures_editor.ActionsModel.AT
    QTest.keyClicks(QApplication.focusWidget(), "2019-03-12")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()  # the table commits an Enter as a queued call
    (action,) = window.case().incident.actions
    assert (action.kind, action.at) == (ActionKind.WARNED, FuzzyTime(dt.date(2019, 3, 12)))


def test_tab_goes_from_the_measures_table_to_the_next_question(make_main_window, qtbot):
    window = _shown(make_main_window, qtbot, height=900)
    form = window.form
    form.editors["knew"].button(True).click()
    actions = form.editors["actions"]
    actions.add_button.click()
    actions.table.setFocus()
    QTest.keyClick(actions.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editors["recurred_after_warning"].button(True)
