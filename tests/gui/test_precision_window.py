"""Fuzzy values in the window: what the missing-fact links ask for, and what a value decides.

Issue 17, "Entering facts" item 1: the window's links to missing facts say what is
needed with the words of the text output ("需要更精确（已知 …，需要到小时）") and take the
keyboard to the question; the line under a date or time says, from the core's
``relevance.precision_matters``, whether its precision decides anything.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from cases.model import labels
from desktop import answer, measures_editor

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
MONTH_KNOWN = EXAMPLES / "21-month-known-prompt-removal.json"  # 2019-03, decided
DAY_KNOWN = EXAMPLES / "22-day-known-undetermined.json"  # the hour of knowing decides


def _case_file(tmp_path: Path, **incident: object) -> Path:
    data = json.loads(MONTH_KNOWN.read_text(encoding="utf-8"))
    data["incident"].update(incident)
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


TWO_DAYS_LATER = {
    "discovered_at": "2019-03-05",
    "actions": [{"kind": "removed_poster", "at": "2019-03-07", "by": "self"}],
}
"""Known on 2019-03-05, the poster removed on 2019-03-07: both hours decide."""


def _shown_window(make_main_window, qtbot, path: Path, lang: str = "zh", store: str = "c.sqlite3"):
    window = make_main_window(lang=lang, store=store)
    assert window.import_case_file(path) is not None
    window.resize(1366, 768)
    window.show()
    qtbot.wait_exposed(window)
    QApplication.processEvents()
    return window


def _links(window) -> dict[str, str]:
    """The answer's links to missing facts: field → the words shown."""
    body = window.findChild(QLabel, "summary_text")
    found = re.findall(r"<a href='field:([^']+)'>(.*?)</a>", body.text())
    return {field: answer.plain(words) for field, words in found}


def _line(window, name: str) -> QLineEdit:
    widget = window.findChild(QWidget, name)
    assert isinstance(widget, QLineEdit), name
    return widget


def _type(window, name: str, text: str) -> None:
    line = _line(window, name)
    line.clear()
    line.setText(text)


def _status(window, field: str) -> str:
    return window.findChild(QLabel, f"{field}_status").text()


# --- 1. the missing-fact links say what is needed ---------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_missing_fact_link_says_the_value_needs_to_be_more_precise(make_main_window, qtbot, lang):
    window = _shown_window(make_main_window, qtbot, DAY_KNOWN, lang)
    assert window.analysis().missing == ("discovered_at",)
    words = _links(window)["discovered_at"]
    inc = window.case().incident
    assert words == labels.missing_label(inc, "discovered_at", lang)
    expected = {
        "zh": "需要更精确（已知 2020-08-02，需要到小时）",
        "en": "needs to be more precise (known: 2020-08-02; needs the hour)",
    }[lang]
    assert expected in words


def test_a_measure_time_link_says_what_is_needed_and_takes_the_keyboard_to_its_row(
    make_main_window, qtbot, tmp_path
):
    window = _shown_window(make_main_window, qtbot, _case_file(tmp_path, **TWO_DAYS_LATER))
    window.activateWindow()
    qtbot.wait_active(window)
    links = _links(window)
    assert list(links) == ["discovered_at", "actions[0].at"]
    assert "需要更精确（已知 2019-03-05，需要到小时）" in links["discovered_at"]
    assert "需要更精确（已知 2019-03-07，需要到小时）" in links["actions[0].at"]
    body = window.findChild(QLabel, "summary_text")
    body.setFocus(Qt.FocusReason.TabFocusReason)  # on the first link, as Tab lands
    qtbot.keyClick(body, Qt.Key.Key_Tab)  # the next link
    qtbot.keyClick(body, Qt.Key.Key_Return)
    editor = window.form.editors["actions"]
    assert editor.table.hasFocus()
    current = editor.table.currentIndex()
    assert (current.row(), current.column()) == (0, measures_editor.ActionsModel.AT)


def test_the_link_to_a_time_of_knowing_takes_the_keyboard_to_that_field(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, DAY_KNOWN)
    window.activateWindow()
    qtbot.wait_active(window)
    body = window.findChild(QLabel, "summary_text")
    body.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is _line(window, "discovered_at")


# --- 2. the line under a fuzzy value says whether it decides anything --------------------


def test_a_month_that_decides_nothing_says_it_is_precise_enough(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, MONTH_KNOWN)
    assert _status(window, "date") == (
        "约 2019 年 3 月（只知道月份）——已足够：结论不取决于具体日期"
    )
    assert _status(window, "discovered_at") == (
        "2019-03-18（只知道日期）——已足够：结论不取决于具体钟点"
    )


def test_a_month_that_decides_the_case_says_it_needs_to_be_more_precise(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, MONTH_KNOWN)
    _type(window, "date", "2017年10月")
    assert _status(window, "date") == (
        "约 2017 年 10 月（只知道月份）——需要更精确：结论取决于具体日期"
    )
    _type(window, "date", "2017-10-20")  # exact: nothing more to say
    assert _status(window, "date") == "2017-10-20（具体日期）"
    _type(window, "date", "2019-3")
    assert _status(window, "date").endswith("——已足够：结论不取决于具体日期")


def test_a_day_only_time_of_knowing_that_decides_the_case_says_so(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, DAY_KNOWN)
    assert _status(window, "discovered_at") == (
        "2020-08-02（只知道日期）——需要更精确：结论取决于具体钟点"
    )
    _type(window, "discovered_at", "2020-08-02 21:00")  # within 24 hours of the removal
    assert window.analysis().outcome.value == "EXEMPT"
    assert _status(window, "discovered_at") == "2020-08-02 21:00（具体时刻）"
    _type(window, "discovered_at", "2020-08-03")  # the day of the removal
    assert _status(window, "discovered_at").endswith("——已足够：结论不取决于具体钟点")


def test_the_verdict_is_in_english_in_an_english_window(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, MONTH_KNOWN, "en")
    assert _status(window, "date") == (
        "about March 2019 (month only) — precise enough: the outcome does not depend on "
        "the exact day"
    )


def test_no_verdict_while_other_facts_leave_the_case_open(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, MONTH_KNOWN)
    window.form.editors["knew"].button(None).click()
    assert window.analysis().outcome.value == "UNDETERMINED"
    assert _status(window, "date") == "约 2019 年 3 月（只知道月份）"
    window.form.editors["knew"].button(True).click()
    assert _status(window, "date").endswith("——已足够：结论不取决于具体日期")


def test_a_refused_text_shows_its_problem_not_an_old_verdict(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, MONTH_KNOWN)
    _type(window, "date", "2019-13")
    assert _status(window, "date") == window.form.questions["date"].problem()
    assert "已足够" not in _status(window, "date")


def test_a_screen_reader_hears_the_verdict_and_still_the_help(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, MONTH_KNOWN)
    _type(window, "date", "2017年10月")
    spoken = _line(window, "date").accessibleDescription()
    assert "约 2017 年 10 月（只知道月份）——需要更精确：结论取决于具体日期" in spoken
    assert window.form.questions["date"].help in spoken


def _time_tip(window, row: int) -> str:
    model = window.form.editors["actions"].model
    return model.data(
        model.index(row, measures_editor.ActionsModel.AT), Qt.ItemDataRole.ToolTipRole
    )


def test_a_measure_time_known_to_the_day_says_whether_its_hour_decides(
    make_main_window, qtbot, tmp_path
):
    window = _shown_window(make_main_window, qtbot, MONTH_KNOWN)  # removed the same day
    assert _time_tip(window, 0) == "2019-03-18（只知道日期）——已足够：结论不取决于具体钟点"
    path = _case_file(
        tmp_path,
        discovered_at="2019-03-05T20:00",
        actions=[{"kind": "removed_poster", "at": "2019-03-06", "by": "self"}],
    )
    window = _shown_window(make_main_window, qtbot, path, store="other.sqlite3")
    # Removed the next day: between 4 and 28 hours after knowing.
    assert _time_tip(window, 0) == "2019-03-06（只知道日期）——需要更精确：结论取决于具体钟点"
    model = window.form.editors["actions"].model
    assert model.setData(model.index(0, measures_editor.ActionsModel.AT), "2019-03-06 09:00")
    assert _time_tip(window, 0) == "2019-03-06 09:00（具体时刻）"
