"""No blank case is stored until the volunteer types into one (issue 17, "A blank case")."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from cases.model import domain
from cases.store.database import CaseStore, ListQuery


def _title(window) -> QLineEdit:
    return window.form.title_edit


def test_the_first_start_shows_an_empty_form_and_stores_no_case(make_main_window):
    window = make_main_window()
    assert window.is_complete()
    assert window.case() == domain.Case()
    assert window.analysis() is not None
    assert window.analysis().outcome.value == "UNDETERMINED"
    assert window.store().count() == 0
    assert window.case_list.model.total() == 0
    window.close()
    with CaseStore.open(window.store().path) as again:
        assert again.count() == 0
        assert again.count(ListQuery(trash=True)) == 0


def test_the_first_answer_creates_and_saves_the_case_at_once(make_main_window, tmp_path):
    window = make_main_window()
    _title(window).setText("物业群")
    assert window.case_id() is not None
    assert window.case_list.model.total() == 1
    assert window.store().get(window.case_id()).case.title == "物业群"
    selected = window.case_list.current_id()
    assert selected == window.case_id()
    case_id = window.case_id()
    window.close()  # at once: nothing typed is lost
    again = make_main_window()
    assert again.case_id() == case_id
    assert again.case().title == "物业群"


def test_typing_into_a_new_case_is_one_step_and_undo_removes_the_case(make_main_window, qtbot):
    window = make_main_window()
    qtbot.keyClicks(_title(window), "abc")
    assert window.store().count() == 1
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.store().count() == 0
    assert window.case_id() is None
    assert window.case() == domain.Case()
    assert _title(window).text() == ""
    window.undo_stack.redo()
    assert window.store().count() == 1
    assert window.case().title == "abc"


def test_new_shows_an_empty_form_and_a_second_new_adds_nothing(make_main_window, qtbot):
    window = make_main_window()
    _title(window).setText("第一件")
    first = window.case_id()
    window.new_action.trigger()
    assert window.case_id() is None
    assert window.case() == domain.Case()
    assert _title(window).text() == ""
    assert window.store().count() == 1
    assert window.case_list.current_id() is None
    window.new_action.trigger()
    window.case_list.new_button.click()
    assert window.store().count() == 1
    window.form.editors["knew"].button(True).click()
    assert window.store().count() == 2
    assert window.case_id() not in (None, first)
    assert window.store().get(window.case_id()).case.incident.knew is True


def test_trashing_the_last_case_shows_an_empty_form_and_stores_nothing(make_main_window):
    window = make_main_window()
    _title(window).setText("唯一")
    case_id = window.case_id()
    window.delete_action.trigger()
    assert window.case_id() is None
    assert window.case() == domain.Case()
    assert window.store().count() == 0
    assert window.store().count(ListQuery(trash=True)) == 1
    window.undo_stack.undo()
    assert window.case_id() == case_id
    assert window.case().title == "唯一"
