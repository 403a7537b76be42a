"""The staged start: the frame and the case list first, the questions and reasoning after the first paint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from cases.model.domain import Case
from cases.store.database import CaseStore
from desktop import mainwindow


def _store_with(tmp_path, titles):
    with CaseStore.open(tmp_path / "cases.sqlite3") as store:
        for title in titles:
            store.create(Case(title=title))


def test_the_case_list_is_there_before_the_questions(make_main_window, qtbot, tmp_path):
    _store_with(tmp_path, ["甲", "乙"])
    window = make_main_window(staged=True)
    assert window.case_list.model.rowCount() == 2
    assert window.findChild(QWidget, "case_form") is None
    assert not window.is_complete()
    with qtbot.waitSignal(window.workspace_built, timeout=2000):
        window.show()
    qtbot.waitUntil(window.is_complete)
    assert window.findChild(QWidget, "case_form") is window.form
    assert window.findChild(QWidget, "workspace_placeholder") is None
    # The newest case is open and analysed, as in an unstaged start.
    assert window.case().title in ("甲", "乙")
    assert window.panel.banner.property("outcome") == window.analysis().outcome.value


def test_a_window_never_painted_completes_anyway(make_main_window, qtbot, tmp_path):
    _store_with(tmp_path, ["甲"])
    window = make_main_window(staged=True)  # never shown
    qtbot.waitUntil(window.is_complete, timeout=mainwindow.STAGE_FALLBACK_MS * 8)
    assert window.case().title == "甲"


def test_asking_for_the_questions_early_builds_them_at_once(make_main_window, tmp_path):
    _store_with(tmp_path, ["甲"])
    window = make_main_window(staged=True)
    assert window.form.editors["date"].objectName() == "date"
    window.open_case(window.case_list.model.case_id(0))
    assert window.is_complete()


def test_closing_before_completion_opens_nothing_afterwards(make_main_window, qtbot, tmp_path):
    _store_with(tmp_path, ["甲"])
    window = make_main_window(staged=True)
    window.close()
    qtbot.wait(mainwindow.STAGE_FALLBACK_MS * 2)
    assert window.case_id() is None
    assert window.findChild(QWidget, "case_form") is None


def test_a_case_file_at_start_replaces_an_untouched_blank_case(make_main_window, tmp_path):
    _store_with(tmp_path, [""])  # what an earlier start left in an empty store
    window = make_main_window(staged=True)
    example = (
        Path(__file__).resolve().parents[2] / "resources/examples/07-owners-group-long-insult.json"
    )
    case_id = window.import_case_file(example)
    assert case_id is not None
    assert window.case_list.model.total() == 1
    assert window.case_id() == case_id
