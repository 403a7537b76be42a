"""The questions of format version 2: asked plainly, with help, progress, 此人 defined, greying."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QToolTip, QWidget

from cases.model import domain, questions
from cases.model.domain import ActionBy, ActionKind, Content, GroupPurpose, Platform
from cases.model.fuzzy import FuzzyDate
from desktop import fields, measures_editor


def _spoken_name(widget: QWidget) -> str:
    """The name a screen reader speaks (a button's text counts)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _editor(window, name: str) -> QWidget:
    widget = window.form.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def _type(window, name: str, text: str) -> None:
    line = _editor(window, name)
    assert isinstance(line, QLineEdit), name
    line.clear()
    if text:
        line.setText(text)
    line.editingFinished.emit()


def _shown(window) -> None:
    window.resize(1366, 768)
    window.show()
    window.activateWindow()


def test_every_v2_fact_is_asked_and_its_answer_is_saved(make_main_window):
    window = make_main_window()
    for name in domain.V2_FIELDS:
        assert window.form.questions[name].editor is _editor(window, name), name
    _type(window, "date", "2019-03")
    _type(window, "last_seen", "2019-06")
    _type(window, "police_aware", "2019-07-02")
    _type(window, "forwards", "600")
    _type(window, "views", "５０００")  # full-width, as a Chinese IME types it
    _editor(window, "noticeable").button(True).click()
    _editor(window, "minor_involved").button(False).click()
    _editor(window, "platform").select(Platform.WECOM)
    _editor(window, "group_purpose").select(GroupPurpose.WORK)
    content = window.form.editors["content"]
    content.set_kind(Content.INSULT_DEFAMATION, True)
    content.set_kind(Content.PRIVACY, True)
    content.set_kind(Content.FRAUD, True)
    _editor(window, "knew").button(True).click()
    actions = window.form.editors["actions"]
    actions.add_action(ActionKind.WARNED, None)
    model = actions.model
    assert model.setData(model.index(0, model.KIND), "reminded_group")
    assert model.setData(model.index(0, model.BY), "other_manager")
    assert model.data(model.index(0, model.BY)) == "其他管理者"
    inc = window.case().incident
    assert inc.last_seen == FuzzyDate(2019, 6)
    assert inc.police_aware == FuzzyDate(2019, 7, 2)
    assert (inc.forwards, inc.views) == (600, 5000)
    assert inc.noticeable is True
    assert inc.minor_involved is False
    assert inc.platform is Platform.WECOM
    assert inc.group_purpose is GroupPurpose.WORK
    assert inc.content == (Content.INSULT_DEFAMATION, Content.PRIVACY, Content.FRAUD)
    assert inc.actions == (domain.Action(ActionKind.REMINDED_GROUP, None, ActionBy.OTHER_MANAGER),)
    # Unknown stays possible: an emptied count is unknown again.
    _type(window, "views", "")
    assert window.case().incident.views is None
    _editor(window, "platform").select(Platform.DINGTALK)
    window.flush()
    saved = window.case()
    window.close()
    again = make_main_window()
    assert again.case() == saved
    assert again.form.editors["forwards"].text() == "600"
    assert again.form.editors["last_seen"].text() == "2019-06"
    assert again.form.editors["platform"].value() is Platform.DINGTALK
    by = again.form.editors["actions"].model
    assert by.data(by.index(0, by.BY), Qt.ItemDataRole.EditRole) == "other_manager"


def test_a_count_of_forwards_refuses_what_is_not_a_number(make_main_window):
    window = make_main_window()
    _type(window, "forwards", "many")
    assert window.form.questions["forwards"].problem()
    assert window.case().incident.forwards is None
    _type(window, "forwards", "0")
    assert not window.form.questions["forwards"].problem()
    assert window.case().incident.forwards == 0


def test_the_new_choices_are_offered(make_main_window):
    window = make_main_window(lang="zh")
    platform = _editor(window, "platform")
    texts = [platform.itemText(i) for i in range(platform.count())]
    assert {"企业微信", "钉钉"} <= set(texts)
    assert texts[-1] == "其他"
    purpose = _editor(window, "group_purpose")
    assert purpose.findData("work") > 0
    kinds = window.form.editors["content"].model
    names = [kinds.data(kinds.index(r)) for r in range(kinds.rowCount())]
    assert any("隐私" in n for n in names)
    assert any("诈骗" in n for n in names)
    delegate = window.form.editors["actions"].table.itemDelegateForColumn(
        measures_editor.ActionsModel.KIND
    )
    assert "reminded_group" in [value for _text, value in delegate.choices()]
    by = window.form.editors["actions"].table.itemDelegateForColumn(measures_editor.ActionsModel.BY)
    assert [text for text, _value in by.choices()] == ["此人", "其他管理者"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_question_has_its_help_in_words_and_for_screen_readers(make_main_window, lang):
    window = make_main_window(lang=lang)
    assert set(window.form.questions) == set(domain.INCIDENT_FIELDS)
    for field, question in window.form.questions.items():
        for either in ("zh", "en"):
            assert questions.help_text(field, either).strip(), (field, either)
        help_text = questions.help_text(field, lang)
        assert question.help == help_text
        button = question.findChild(QToolButton, f"{field}_help")
        assert button.toolTip() == help_text
        assert button.accessibleName()
        for part in (question.editor, *question.editor.findChildren(QWidget)):
            if part.focusPolicy() != Qt.FocusPolicy.NoFocus and part.window() is window:
                assert help_text in part.accessibleDescription(), (field, part.objectName())
                assert _spoken_name(part), (field, part.objectName())


@pytest.mark.qt_log_ignore("^This plugin does not support raise")
def test_the_help_button_shows_the_help(make_main_window, qtbot):
    window = make_main_window(lang="en")
    _shown(window)
    question = window.form.questions["noticeable"]
    window.form.ensureWidgetVisible(question)
    qtbot.mouseClick(question.help_button, Qt.MouseButton.LeftButton)
    assert QToolTip.isVisible()
    assert QToolTip.text() == questions.help_text("noticeable", "en")
    QToolTip.hideText()


def test_a_problem_keeps_the_help_in_the_description(make_main_window):
    window = make_main_window()
    _type(window, "member_count", "1")
    description = window.form.editors["member_count"].accessibleDescription()
    assert window.form.questions["member_count"].problem() in description
    assert questions.help_text("member_count", "zh") in description


@pytest.mark.parametrize(
    ("lang", "defined", "word"),
    [
        ("zh", questions.PERSON_DEFINED[0], "此人"),
        ("en", questions.PERSON_DEFINED[1], "the person"),
    ],
)
def test_the_person_is_defined_where_the_form_first_names_them(
    make_main_window, lang, defined, word
):
    window = make_main_window(lang=lang)
    texts = [
        label.text()
        for label in window.form.widget().findChildren(QLabel)
        if label.isVisibleTo(window.form) and word in label.text()
    ]
    # findChildren walks in creation order, which is the form's reading order.
    assert texts
    assert defined in texts[0]
    assert texts[0].index(defined) == texts[0].find(word)


def _open_count(window) -> int:
    return window.form.progress.property("open_questions")


def test_progress_counts_the_questions_that_can_change_the_outcome(zh_catalogue, make_main_window):
    window = make_main_window(lang="zh")
    before = _open_count(window)
    assert before > 0
    assert f"还有 {before} 个影响结论的问题未回答" in window.form.progress.text()
    _type(window, "date", "2019-03")
    assert _open_count(window) < before
    _editor(window, "chat_kind").select(domain.ChatKind.ONE_TO_ONE)  # a private space: decided
    assert _open_count(window) == 0
    assert window.form.progress.text() == "影响结论的问题都已回答"


def test_progress_in_english(catalogue, make_main_window):
    catalogue("en")  # it gives the plural forms
    window = make_main_window(lang="en")
    count = _open_count(window)
    assert window.form.progress.text() == (
        f"{count} questions that affect the outcome are still unanswered"
    )


def test_a_new_case_starts_with_the_focus_in_the_first_question(make_main_window, qtbot):
    window = make_main_window()
    _shown(window)
    window.case_list.setFocus()
    window.form.verticalScrollBar().setValue(window.form.verticalScrollBar().maximum())
    window.new_action.trigger()
    first = window.form.questions["date"].editor
    assert window.focusWidget() is first
    assert window.form.first_question() is first
    assert window.form.verticalScrollBar().value() == 0


def test_the_first_start_puts_the_focus_in_the_first_question(make_main_window, qtbot):
    window = make_main_window()
    assert window.focusWidget() is window.form.questions["date"].editor
    _shown(window)
    qtbot.waitExposed(window)
    assert window.form.verticalScrollBar().value() == 0  # the form shown from its top


def _global(widget: QWidget) -> tuple[QPoint, int, int]:
    return widget.mapToGlobal(QPoint(0, 0)), widget.width(), widget.height()


def test_a_question_that_stops_mattering_is_greyed_while_its_step_has_focus(
    zh_catalogue, make_main_window, qtbot
):
    window = make_main_window(lang="zh")
    _shown(window)
    qtbot.waitExposed(window)
    form = window.form
    _type(window, "member_count", "8")
    assert form.is_shown("family_only")
    poster = form.editors["poster"]
    participated = form.questions["participated"]
    below = form.editors["minor_involved"].button(None)
    form.ensureWidgetVisible(participated)
    poster.setFocus()
    qtbot.waitUntil(lambda: poster.hasFocus())
    where, below_before = _global(poster), _global(below)
    poster.select(domain.Poster.SELF)  # own conduct: whether they took part no longer matters
    assert window.case().incident.poster is domain.Poster.SELF
    assert form.is_shown("participated")
    assert form.is_greyed("participated")
    assert not participated.editor.isEnabled()
    assert participated.irrelevant_label.isVisible()
    assert participated.irrelevant_label.text() == "与结论无关"
    assert "与结论无关" in participated.editor.button(None).accessibleDescription()
    assert _global(poster) == where
    assert _global(below) == below_before
    # Back to mattering while still in the step: enabled again, in place.
    poster.select(domain.Poster.OTHER)
    assert not form.is_greyed("participated")
    assert participated.editor.isEnabled()
    assert _global(below) == below_before
    # Irrelevant again, then the focus leaves the step: now it is hidden as before.
    poster.select(domain.Poster.SELF)
    assert form.is_greyed("participated")
    form.editors["knew"].button(None).setFocus()
    qtbot.waitUntil(lambda: not form.is_shown("participated"))
    assert not form.is_greyed("participated")
    assert window.case().incident.participated is None  # the answer is kept (unknown here)


def test_without_focus_in_the_step_an_irrelevant_question_is_hidden(make_main_window):
    window = make_main_window()
    _editor(window, "poster").select(domain.Poster.SELF)
    assert not window.form.is_shown("participated")
    assert not window.form.is_greyed("participated")


def test_the_measures_table_asks_who_took_each_measure(make_main_window):
    window = make_main_window(lang="en")
    actions = window.form.editors["actions"]
    actions.add_action(ActionKind.REMOVED_POSTER, None, ActionBy.OTHER_MANAGER)
    model = actions.model
    assert model.headerData(model.BY, Qt.Orientation.Horizontal) == "Taken by"
    assert model.data(model.index(0, model.BY)) == "another manager"
    assert not model.setData(model.index(0, model.BY), "nobody")
    assert model.setData(model.index(0, model.BY), "self")
    assert window.case().incident.actions[0].by is ActionBy.SELF
    assert model.data(model.index(0, model.BY)) == "the person analysed"


def test_v2_editors_are_typed_for_what_they_ask(make_main_window):
    window = make_main_window()
    for name in ("last_seen", "police_aware"):
        assert isinstance(window.form.editors[name], fields.DateLine)
    for name in ("forwards", "views"):
        assert isinstance(window.form.editors[name], fields.TallyLine)
    for name in ("noticeable", "minor_involved"):
        assert isinstance(window.form.editors[name], fields.TriStateChoice)
    _type(window, "police_aware", str(dt.date.today().year + 1))
    assert window.form.questions["police_aware"].problem()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_focusable_widget_of_the_form_has_a_spoken_name(make_main_window, lang):
    window = make_main_window(lang=lang)
    form = window.form
    assert _spoken_name(form)
    unnamed = [
        w.objectName() or type(w).__name__
        for w in (form, *form.findChildren(QWidget))
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with the keyboard
        and w.window() is window
        and not _spoken_name(w)
    ]
    assert unnamed == []


def test_greying_a_typed_question_moves_nothing_below_it(zh_catalogue, make_main_window, qtbot):
    window = make_main_window(lang="zh")
    _shown(window)
    qtbot.waitExposed(window)
    form = window.form
    _type(window, "member_count", "8")
    chat = form.editors["chat_kind"]
    chat.setFocus()
    qtbot.waitUntil(lambda: chat.hasFocus())
    next_step = form.editors["content"].any.button(None)
    where, below = _global(chat), _global(next_step)
    chat.select(domain.ChatKind.ONE_TO_ONE)  # a private chat: size and family no longer matter
    for name in ("member_count", "family_only"):
        assert form.is_greyed(name), name
        assert form.questions[name].irrelevant_label.isVisible(), name
    assert not form.editors["member_count"].isEnabled()
    assert form.editors["member_count"].text() == "8"  # still showing the answer, kept
    assert _global(chat) == where
    assert _global(next_step)[0] == below[0]


def test_progress_is_shown_again_after_a_language_switch(catalogue, make_main_window):
    catalogue("en")
    window = make_main_window(lang="zh")
    _type(window, "date", "2019-03")
    count = _open_count(window)
    window.set_language("en")
    assert _open_count(window) == count
    assert window.form.progress.text().startswith(f"{count} questions that affect")


def test_the_note_joins_an_editor_that_already_sits_in_a_row(qtbot, monkeypatch):
    # Another line beside the editor (e.g. how precise a date is) keeps working.
    from PySide6.QtWidgets import QHBoxLayout

    from desktop import entry

    original = fields.Question.__init__

    def nested(self, field, text, editor, hint="", parent=None):
        original(self, field, text, editor, hint, parent)
        layout = self.layout()
        at = layout.indexOf(editor)
        layout.removeWidget(editor)
        row = QHBoxLayout()
        row.addWidget(editor)
        row.addWidget(QLabel("约 2019 年 3 月", self))
        layout.insertLayout(at, row)

    monkeypatch.setattr(fields.Question, "__init__", nested)
    question = entry.AskedQuestion("date", "哪天？", fields.DateLine("date"), "说明", "", "zh")
    qtbot.addWidget(question)
    question.show()
    qtbot.waitExposed(question)
    height = question.height()
    editor_top = question.editor.mapTo(question, QPoint(0, 0)).y()
    question.set_irrelevant(True)
    assert question.irrelevant_label.isVisible()
    assert not question.editor.isEnabled()
    assert question.editor.mapTo(question, QPoint(0, 0)).y() == editor_top
    assert question.height() == height
    assert question.irrelevant_label.mapTo(question, QPoint(0, 0)).x() > question.editor.width()
