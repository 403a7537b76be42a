"""The window with format version 2: fuzzy dates typed and shown, new facts kept through edits."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtWidgets import QLineEdit, QWidget

from cases.model import case_files
from cases.model.domain import ActionBy, ActionKind
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from desktop import measures_editor

V2_CASE = {
    "format": "group-owner-case",
    "version": 2,
    "title": "工作群泄露住址",
    "incident": {
        "date": "2019-05",
        "last_seen": "2019-06-10",
        "platform": "dingtalk",
        "chat_kind": "group",
        "member_count": 40,
        "family_only": False,
        "group_purpose": "work",
        "role": "manager",
        "poster": "other",
        "participated": False,
        "content": ["privacy"],
        "forwards": 12,
        "views": 800,
        "persistent": True,
        "noticeable": True,
        "minor_involved": False,
        "knew": True,
        "discovered_at": "2019-05-14",
        "rules_before_incident": False,
        "actions": [
            {"kind": "reminded_group", "at": "2019-05-15", "by": "other_manager"},
            {"kind": "removed_poster", "at": "2019-05-16T09:30", "by": "other_manager"},
        ],
        "recurred_after_warning": False,
        "timely": None,
        "police_aware": "2019-07",
    },
    "notes": "",
}


def _line(window, name: str) -> QLineEdit:
    widget = window.findChild(QWidget, name)
    assert isinstance(widget, QLineEdit), name
    return widget


def _type(window, name: str, text: str) -> None:
    line = _line(window, name)
    line.clear()
    line.setText(text)
    line.editingFinished.emit()


def test_a_v2_case_shows_its_fuzzy_date_and_day_only_times(make_main_window, tmp_path):
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(V2_CASE, ensure_ascii=False), encoding="utf-8")
    window = make_main_window()
    assert window.import_case_file(path) is not None
    assert _line(window, "date").text() == "2019-05"
    assert _line(window, "discovered_at").text() == "2019-05-14"
    model = window.form.editors["actions"].model
    assert model.data(model.index(0, measures_editor.ActionsModel.AT)) == "2019-05-15"
    assert model.data(model.index(1, measures_editor.ActionsModel.AT)) == "2019-05-16 09:30"
    assert window.case().incident.date == FuzzyDate(2019, 5)


def test_date_fields_accept_a_year_a_month_or_a_day(make_main_window):
    window = make_main_window()
    for text, value in (
        ("2019", FuzzyDate(2019)),
        ("2019-03", FuzzyDate(2019, 3)),
        ("2019-03-05", FuzzyDate(2019, 3, 5)),
        ("2019/3/5", FuzzyDate(2019, 3, 5)),
        # As people write it (issue 17): the window reads it like 2019/3 and 2019.3.
        ("2019-3", FuzzyDate(2019, 3)),
        ("2019-3-5", FuzzyDate(2019, 3, 5)),
    ):
        _type(window, "date", text)
        assert window.case().incident.date == value, text
        assert not window.form.questions["date"].problem()
    _type(window, "date", "2019-13")
    assert window.form.questions["date"].problem()
    assert window.case().incident.date is None
    _type(window, "date", str(dt.date.today().year + 1))
    assert "future" in window.form.questions["date"].problem()
    _type(window, "date", str(dt.date.today().year))  # this year may still be past
    assert not window.form.questions["date"].problem()


def test_time_fields_accept_a_day_or_a_minute(make_main_window):
    window = make_main_window()
    window.form.editors["knew"].button(True).click()
    _type(window, "discovered_at", "2019-05-14")
    assert window.case().incident.discovered_at == FuzzyTime(dt.date(2019, 5, 14))
    _type(window, "discovered_at", "2019-05-14 09:00")
    assert window.case().incident.discovered_at == FuzzyTime.parse("2019-05-14T09:00")
    _type(window, "discovered_at", "2019-05")
    assert window.form.questions["discovered_at"].problem()
    actions = window.form.editors["actions"]
    actions.add_action(ActionKind.WARNED, None)
    model = actions.model
    assert model.setData(model.index(0, measures_editor.ActionsModel.AT), "2019-05-15")
    assert window.case().incident.actions[0].at == FuzzyTime(dt.date(2019, 5, 15))
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert not model.setData(model.index(0, measures_editor.ActionsModel.AT), tomorrow)


def test_facts_without_editors_survive_an_edit_and_save_untouched(make_main_window, tmp_path):
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(V2_CASE, ensure_ascii=False), encoding="utf-8")
    window = make_main_window()
    case_id = window.import_case_file(path)
    before = window.case().incident
    # Edit facts that have editors, including a measure's kind and time and the date.
    _type(window, "title", "工作群泄露住址（已核对）")
    _type(window, "date", "2019-05-02")
    model = window.form.editors["actions"].model
    assert model.setData(model.index(0, measures_editor.ActionsModel.KIND), "warned")
    assert model.setData(model.index(1, measures_editor.ActionsModel.AT), "2019-05-16")
    window.flush()
    stored = window.store().get(case_id).case.incident
    for name in ("last_seen", "forwards", "views", "noticeable", "minor_involved", "police_aware"):
        assert getattr(stored, name) == getattr(before, name), name
    assert [a.by for a in stored.actions] == [ActionBy.OTHER_MANAGER, ActionBy.OTHER_MANAGER]
    assert stored.actions[0].kind is ActionKind.WARNED
    assert stored.actions[1].at == FuzzyTime(dt.date(2019, 5, 16))
    assert stored.date == FuzzyDate(2019, 5, 2)
    # And out again as a v2 file with every fact.
    exported = tmp_path / "out.json"
    case_files.write_file(exported, [window.store().get(case_id).case])
    data = json.loads(exported.read_text("utf-8"))
    assert data["version"] == 2
    assert data["incident"]["last_seen"] == "2019-06-10"
    assert data["incident"]["police_aware"] == "2019-07"
    assert data["incident"]["actions"][1] == {
        "kind": "removed_poster",
        "at": "2019-05-16",
        "by": "other_manager",
    }


def test_the_window_shows_progress_while_an_older_store_is_upgraded(make_main_window, tmp_path):
    from tests.store.conftest import make_case
    from tests.store.test_store_migrate_v2 import v4_store

    cases = [make_case(title=f"旧案 {i}") for i in range(3)]
    v4_store(tmp_path / "cases.sqlite3", cases)
    window = make_main_window()
    progress = window.migration_progress
    assert progress.shown
    assert progress.reports[0] == (0, 9)
    assert progress.reports[-1] == (9, 9)
    assert window.findChild(QWidget, "migration_progress") is None  # closed and gone
    assert window.store().get(1).case == cases[0]
    # The upgraded store opens again without a dialog.
    window.close()
    again = make_main_window()
    assert again.migration_progress.reports == []
    assert not again.migration_progress.shown
