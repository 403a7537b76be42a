"""The main window driven like a volunteer would: typing, clicking, undoing, restarting."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from cases.cli import common
from cases.cli import main as cli
from cases.model import domain
from cases.model.domain import ActionKind, Content
from cases.model.fuzzy import FuzzyTime
from desktop import dialogs, i18n, measures_editor, pdf_dialog, typed_dates
from desktop.fields import EnumChoice, TriStateChoice

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def editor(window, name: str) -> QWidget:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def outcome(window) -> str:
    return editor(window, "outcome").property("outcome")


def answer(window, name: str, value) -> None:
    """Answer one question through its widget, as the user would."""
    widget = editor(window, name)
    if isinstance(widget, TriStateChoice):
        widget.button(value).click()
    elif isinstance(widget, EnumChoice):
        widget.select(value)
    elif isinstance(widget, QLineEdit):
        widget.clear()
        if value:
            widget.setText(value)
    else:
        raise AssertionError(f"no way to answer {name}")


def test_blank_case_is_undetermined_and_names_the_date(make_main_window):
    window = make_main_window()
    assert outcome(window) == "UNDETERMINED"
    assert window.analysis().missing == ("date",)
    links = [h for h, _ in window.panel.links()]
    assert "field:date" in links


def test_outcomes_follow_the_facts(make_main_window, qtbot):
    window = make_main_window()
    answer(window, "date", "2016-05-01")
    # v2: conduct that may have lasted past 2017-10-08 is not judged before 2017-10-08
    assert outcome(window) == "UNDETERMINED"
    assert window.analysis().missing == ("last_seen", "persistent")
    answer(window, "persistent", False)
    assert outcome(window) == "NOT_IN_FORCE"
    answer(window, "date", "2019-05-01")
    answer(window, "chat_kind", "one_to_one")
    assert outcome(window) == "PRIVATE_SPACE"
    assert not window.form.is_shown("family_only")
    answer(window, "chat_kind", "group")
    qtbot.keyClicks(editor(window, "member_count"), "300")
    assert not window.form.is_shown("family_only")
    content = editor(window, "content")
    content.any.button(False).click()
    assert outcome(window) == "NO_PROHIBITED_CONTENT"
    assert not window.form.is_shown("rumor_emergency")
    content.set_kind(Content.RUMOR, True)
    assert window.form.is_shown("rumor_emergency")
    answer(window, "rumor_emergency", False)
    answer(window, "poster", "self")
    assert outcome(window) == "OWN_CONDUCT"
    answer(window, "poster", "other")
    answer(window, "participated", False)
    answer(window, "role", "member")
    assert outcome(window) == "NO_DUTY"
    answer(window, "role", "creator")
    answer(window, "group_purpose", "ordinary")
    answer(window, "knew", False)
    assert not window.form.is_shown("actions")
    assert not window.form.is_shown("discovered_at")
    answer(window, "persistent", False)
    assert outcome(window) == "EXEMPT"
    assert window.analysis().route.value == "unaware_isolated"
    answer(window, "persistent", True)
    answer(window, "knew", True)
    assert window.form.is_shown("actions")
    answer(window, "discovered_at", "2019-05-01 09:00")
    answer(window, "rules_before_incident", False)
    actions = window.form.editors["actions"]
    actions.add_action(ActionKind.WARNED, None)
    model = actions.model
    assert model.setData(model.index(0, measures_editor.ActionsModel.AT), "2019-05-10 09:00")
    answer(window, "recurred_after_warning", True)
    assert outcome(window) == "NOT_EXEMPT"
    answer(window, "recurred_after_warning", False)
    answer(window, "timely", True)
    assert outcome(window) == "EXEMPT"
    answer(window, "timely", None)
    assert model.setData(model.index(0, measures_editor.ActionsModel.KIND), "removed_poster")
    assert model.setData(model.index(0, measures_editor.ActionsModel.AT), "2019-05-01 10:00")
    assert outcome(window) == "EXEMPT"
    assert window.analysis().route.value == "removed_poster"
    assert window.case().incident.actions[0].kind is ActionKind.REMOVED_POSTER


def test_invalid_input_is_shown_next_to_the_field(make_main_window):
    window = make_main_window()
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    answer(window, "date", future)
    assert window.form.questions["date"].problem()
    assert window.case().incident.date is None
    answer(window, "date", "2019-05-01")
    assert not window.form.questions["date"].problem()
    answer(window, "member_count", "1")
    assert window.form.questions["member_count"].problem()
    assert window.case().incident.member_count is None
    answer(window, "member_count", "abc")
    assert window.form.questions["member_count"].problem()
    # Text that Python would refuse with a programmer's message gets a plain one.
    for text, plain in (("²", "whole number"), ("9" * 5000, "more members")):
        answer(window, "member_count", text)
        assert plain in window.form.questions["member_count"].problem()
        assert window.case().incident.member_count is None
    answer(window, "member_count", "３００")  # full-width digits, as a Chinese IME types them
    assert not window.form.questions["member_count"].problem()
    assert window.case().incident.member_count == 300
    answer(window, "knew", True)
    actions = window.form.editors["actions"]
    actions.add_action(ActionKind.WARNED, None)
    assert not actions.model.setData(actions.model.index(0, 1), "not a time")
    assert actions.model.setData(actions.model.index(0, 1), "2018-01-01 10:00")
    assert window.form.questions["actions"].problem()


def test_yes_no_questions_are_three_way(make_main_window):
    window = make_main_window()
    for name in ("family_only", "participated", "persistent", "knew", "timely"):
        widget = editor(window, name)
        assert isinstance(widget, TriStateChoice)
        assert widget.value() is None
        widget.button(True).click()
        assert getattr(window.case().incident, name) is True
        widget.button(None).click()
        assert getattr(window.case().incident, name) is None


def test_every_fact_has_an_editor_named_after_it(make_main_window):
    window = make_main_window()
    for name in domain.INCIDENT_FIELDS:
        widget = editor(window, name)
        assert widget.accessibleName(), name
    assert isinstance(editor(window, "title"), QLineEdit)
    assert isinstance(editor(window, "notes"), QPlainTextEdit)


def test_undo_and_redo_cover_edits_and_typing_merges(make_main_window, qtbot):
    window = make_main_window()
    title = editor(window, "title")
    qtbot.keyClicks(title, "Owners")  # QTest types ASCII only; each key is one edit
    assert window.case().title == "Owners"
    assert window.undo_stack.count() == 1
    answer(window, "knew", True)
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert window.case().incident.knew is None
    assert editor(window, "knew").value() is None
    window.undo_stack.undo()
    assert window.case().title == ""
    assert title.text() == ""
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert window.case().title == "Owners"
    assert editor(window, "knew").value() is True


def test_ctrl_z_in_a_text_field_with_nothing_to_undo_undoes_the_case_change(
    make_main_window, qtbot
):
    # A QLineEdit claims Ctrl+Z even with nothing to undo; the search box had the
    # focus after a new case, and Ctrl+Z did nothing (desktop.undo_keys).
    window = make_main_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts need the active window
    search = window.case_list.search
    answer(window, "knew", False)  # the first answer stores the new case
    assert window.case_list.model.total() == 1
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.case_id() is None  # an empty new case: nothing stored until answered
    # A new case puts the focus in its first question (issue 17), a line edit too.
    first = window.form.first_question()
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.model.total() == 0  # the first case went back to the trash
    qtbot.keyClick(first, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.model.total() == 1
    search.setFocus()
    assert QApplication.focusWidget() is search
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.model.total() == 0  # the first case went back to the trash
    qtbot.keyClick(search, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.model.total() == 1
    # A field with typing of its own keeps the keys until that is undone.
    answer(window, "knew", True)
    qtbot.keyClicks(search, "ab")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == ""
    assert window.case().incident.knew is True
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case().incident.knew is False
    # The question fields too: the member count's own typing first, then the case's.
    count = editor(window, "member_count")
    count.setFocus()
    qtbot.keyClicks(count, "5")
    assert window.case().incident.member_count == 5
    qtbot.keyClick(count, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count.text() == ""
    assert window.case().incident.member_count is None
    answer(window, "knew", False)
    count.setFocus()
    qtbot.keyClick(count, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case().incident.knew is None


def test_closing_right_after_typing_a_search_leaves_no_search_pending(make_main_window, qtbot):
    # The search waits 150 ms for more typing; the store is closed with the window.
    window = make_main_window()
    qtbot.keyClicks(window.case_list.search, "ab")
    window.close()
    qtbot.wait(300)  # pytest-qt fails the test on an exception in the event loop


def test_restart_finds_the_case_as_it_was(make_main_window, qtbot):
    window = make_main_window()
    editor(window, "title").setText("重启测试")  # as an input method commits it
    answer(window, "date", "2019-05-01")
    answer(window, "knew", False)
    case_id = window.case_id()
    expected = window.case()
    window.close()
    again = make_main_window()
    assert again.case_id() == case_id
    assert again.case() == expected
    assert editor(again, "title").text() == "重启测试"
    assert editor(again, "date").text() == "2019-05-01"
    assert editor(again, "knew").value() is False
    assert again.store().get(case_id).analysis.outcome == outcome(again)


def test_cases_imported_elsewhere_are_listed_when_the_app_is_active_again(
    make_main_window, tmp_path, capsys
):
    window = make_main_window()
    editor(window, "title").setText("本案")  # stored at its first answer
    opened = window.case_id()
    app = QApplication.instance()
    resets: list[int] = []
    window.case_list.model.modelReset.connect(lambda: resets.append(1))
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert resets == []  # nothing changed elsewhere: the list (and its scrolling) stays
    example = sorted(EXAMPLES.glob("0*.json"))[0]
    db = str(tmp_path / "cases.sqlite3")
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert cli.main(["cases", "import", str(example), "--db", db]) == common.EXIT_OK
    capsys.readouterr()
    assert window.case_list.model.total() == 1
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert window.case_list.model.total() == 2
    assert resets == [1]
    assert window.case_id() == opened  # the open case stays open and selected
    selected = window.case_list.table.selectionModel().selectedRows()
    assert [window.case_list.model.data(i, window.case_list.model.IdRole) for i in selected] == [
        opened
    ]


def test_after_language_switches_an_activation_asks_the_store_once(make_main_window, monkeypatch):
    window = make_main_window()
    window.set_language("en")
    window.set_language("zh")
    asked: list[int] = []
    version = window.store().data_version
    monkeypatch.setattr(window.store(), "data_version", lambda: asked.append(1) or version())
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert asked == [1]


def test_new_duplicate_delete_restore_are_undoable(make_main_window):
    window = make_main_window()
    answer(window, "knew", True)  # a new case is stored at its first answer
    first = window.case_id()
    window.new_action.trigger()
    assert window.case_id() is None
    answer(window, "knew", False)
    second = window.case_id()
    assert second not in (None, first)
    assert window.case_list.model.total() == 2
    window.undo_stack.undo()
    assert window.case_list.model.total() == 1
    window.undo_stack.redo()
    assert window.case_id() == second
    window.duplicate_action.trigger()
    assert window.case_list.model.total() == 3
    window.delete_action.trigger()
    assert window.case_list.model.total() == 2
    window.undo_stack.undo()
    assert window.case_list.model.total() == 3
    window.case_list.trash_toggle.setChecked(True)
    assert window.case_list.model.total() == 0


def test_search_and_filters(make_main_window, qtbot):
    window = make_main_window()
    for path in sorted(EXAMPLES.glob("0*.json"))[:5]:
        window.import_case_file(path)
    listing = window.case_list
    total = listing.model.total()
    assert total == 5
    title = window.case().title
    listing.search.setText(title[:4])
    qtbot.wait_until(lambda: listing.model.total() < total)
    assert any(
        listing.model.data(listing.model.index(r, 0)) == title
        for r in range(listing.model.rowCount())
    )
    listing.search.clear()
    qtbot.wait_until(lambda: listing.model.total() == total)
    index = listing.outcome_filter.findData("PRIVATE_SPACE")
    listing.outcome_filter.setCurrentIndex(index)
    assert 0 < listing.model.total() < total


def test_missing_fact_link_focuses_the_question(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    qtbot.wait_exposed(window)
    window.panel.follow("field:date")
    assert window.focusWidget() is editor(window, "date")


def test_bad_case_file_shows_a_message(make_main_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        dialogs.Problem, "show", classmethod(lambda cls, p, t, d="": shown.append(t))
    )
    window = make_main_window()
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"format": "group-owner-case", "version": 1, "incident": {"knew": "yes"}})
    )
    assert window.import_case_file(bad) is None
    assert shown
    assert "bad.json" in shown[0]


def test_settings_change_reanalyses_and_is_recorded(make_main_window):
    window = make_main_window()
    case_id = window.import_case_file(EXAMPLES / "03-family-group-rumor.json")
    before = outcome(window)
    members = window.case().incident.member_count
    settings = window.app_settings()
    window.apply_settings(settings.replace(small_family_max=max(2, members - 1)))
    assert window.analysis().settings.small_family_max == max(2, members - 1)
    window.flush()
    record = window.store().get(case_id).analysis
    assert record.settings["small_family_max"] == max(2, members - 1)
    assert before == "PRIVATE_SPACE"
    assert outcome(window) != "PRIVATE_SPACE"


def test_citation_opens_the_law_browser(make_main_window, qtbot):
    pytest.importorskip("desktop.law_browser")
    window = make_main_window()
    window.import_case_file(EXAMPLES / "07-owners-group-long-insult.json")
    cites = [h for h, _ in window.panel.links() if h.startswith("cite:")]
    assert cites
    browser = window.law_browser()
    with qtbot.wait_signal(browser.article_shown) as shown:
        window.panel.follow(cites[0])
    law_id, _version, article = shown.args
    assert cites[0].startswith(f"cite:{law_id}/")
    assert article in window.panel.links()[[h for h, _ in window.panel.links()].index(cites[0])][1]
    assert window.findChild(QWidget, "law_dock").isVisibleTo(window)


def test_misreading_link_opens_help(make_main_window):
    pytest.importorskip("desktop.misreadings")
    window = make_main_window()
    window.import_case_file(EXAMPLES / "07-owners-group-long-insult.json")
    window.panel.follow("step:S2")  # the link is in S2's body: folded until the step is opened
    topics = [h for h, _ in window.panel.links() if h.startswith("topic:")]
    assert "topic:private_space" in topics
    window.panel.follow("topic:private_space")
    assert window.findChild(QWidget, "misreadings_dock").isVisibleTo(window)


def test_misreadings_clause_and_source_links_open_the_law_browser(make_main_window, qtbot):
    from PySide6.QtCore import QUrl

    from cases.present import misreadings
    from desktop.law_browser import Role

    window = make_main_window()
    window.misreadings_action.trigger()
    page = window.misreadings()
    assert window.findChild(QWidget, "misreadings_dock").isVisibleTo(window)
    page.show_topic("private_space")
    topic = misreadings.topic("private_space")
    citation = topic.provisions[1].cite(dt.date.today())
    browser = window.law_browser()
    with qtbot.wait_signal(browser.article_shown) as shown:
        page.text_view.anchorClicked.emit(QUrl("cite:1"))
    assert shown.args == [citation.law_id, citation.version, citation.article]
    assert browser.tree.currentIndex().data(Role.ARTICLE) == citation.article
    assert citation.text.split("\n")[0] in browser.text_view.toPlainText()
    assert window.findChild(QWidget, "law_dock").isVisibleTo(window)
    key = topic.authorities[0]
    with qtbot.wait_signal(browser.authority_shown) as shown:
        page.text_view.anchorClicked.emit(QUrl(f"authority:{key}"))
    assert shown.args == [key]
    assert browser.tree.currentIndex().data(Role.AUTHORITY_KEY) == key


def test_misreadings_page_follows_the_window_language(make_main_window):
    from cases.present import misreadings

    topic = misreadings.topic("owner_answers_for_everything")
    window = make_main_window(lang="en")
    page = window.misreadings()
    page.show_topic(topic.key)
    assert topic.verdict.en in page.text_view.toPlainText()
    assert page.list_view.currentIndex().data() == topic.misreading.en
    window.set_language("zh")
    assert window.misreadings() is page
    assert page.current_key() == topic.key
    assert topic.verdict.zh in page.text_view.toPlainText()
    window.set_language("en")
    assert topic.verdict.en in page.text_view.toPlainText()


def test_dates_parse_in_common_forms():
    assert typed_dates.parse_date("2019/5/1") == dt.date(2019, 5, 1)
    assert typed_dates.parse_date("2019年5月1日") == dt.date(2019, 5, 1)
    with pytest.raises(ValueError, match="yesterday"):
        typed_dates.parse_date("yesterday")


def _pdf_action(window):
    file_menu = window.findChild(QWidget, "file_menu")
    assert window.pdf_action in file_menu.actions()
    return window.pdf_action


def _no_redaction(cls, parent, found_names, lang, volunteer=""):
    return pdf_dialog.PdfOptions()


def test_export_pdf_writes_the_case_summary(make_main_window, monkeypatch, tmp_path):
    translators = i18n.install_translators(QApplication.instance(), "zh")
    window = make_main_window(lang="zh", translators=translators)
    window.import_case_file(EXAMPLES / "07-owners-group-long-insult.json")
    assert _pdf_action(window).text() == "导出 PDF(&P)…"
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    asked = []

    def ask(cls, parent, suggested):
        asked.append(suggested)
        return target

    monkeypatch.setattr(dialogs.PdfFileDialog, "ask", classmethod(ask))
    monkeypatch.setattr(pdf_dialog.PdfExportDialog, "ask", classmethod(_no_redaction))
    monkeypatch.setattr(
        dialogs.Problem, "show", classmethod(lambda cls, *a: pytest.fail(f"problem: {a}"))
    )
    window.pdf_action.trigger()
    title = window.case().title
    assert [Path(path).name for path in asked] == [f"{title}-{dt.date.today()}.pdf"]
    reader = pypdf.PdfReader(target)
    assert reader.metadata.title == title
    text = "".join(page.extract_text() for page in reader.pages)
    assert title in text.replace("\n", "")
    assert sorted(p.name for p in target.parent.iterdir()) == ["summary.pdf"]


def test_export_pdf_to_an_unwritable_place_says_so_and_writes_nothing(
    make_main_window, monkeypatch, tmp_path
):
    window = make_main_window()
    window.import_case_file(EXAMPLES / "07-owners-group-long-insult.json")
    target = tmp_path / "no such folder" / "summary.pdf"
    problems = []
    monkeypatch.setattr(
        dialogs.PdfFileDialog, "ask", classmethod(lambda cls, parent, suggested: target)
    )
    monkeypatch.setattr(pdf_dialog.PdfExportDialog, "ask", classmethod(_no_redaction))
    monkeypatch.setattr(
        dialogs.Problem,
        "show",
        classmethod(lambda cls, parent, text, details="": problems.append(text)),
    )
    before = sorted(tmp_path.rglob("*"))
    _pdf_action(window).trigger()
    assert len(problems) == 1
    assert str(target) in problems[0]
    assert not target.exists()
    assert sorted(tmp_path.rglob("*")) == before
    assert "PDF" not in window.statusBar().currentMessage()


def test_a_case_saved_with_a_year_before_1000_opens_shown_warned_and_editable(
    make_main_window, tmp_path
):
    import sqlite3

    window = make_main_window()
    answer(window, "date", "2019-05-01")
    answer(window, "knew", True)
    answer(window, "discovered_at", "2019-05-14 09:00")
    case_id = window.case_id()
    window.close()
    # What an older version saved for 0001-01-01 00:00 (strftime does not pad the year).
    conn = sqlite3.connect(tmp_path / "cases.sqlite3")
    with conn:
        conn.execute(
            "UPDATE cases SET facts = replace(facts, '\"2019-05-14T09:00\"', '\"1-01-01T00:00\"')"
        )
    conn.close()

    again = make_main_window()
    assert again.case_id() == case_id
    assert again.case().incident.discovered_at == FuzzyTime.exact(dt.datetime(1, 1, 1, 0, 0))
    assert editor(again, "discovered_at").text() == "0001-01-01 00:00"
    assert not again.form.questions["discovered_at"].problem()
    warned = again.panel.plain_text()
    assert "0001-01-01T00:00" in warned
    assert "1990" in warned

    answer(again, "discovered_at", "2019-05-14 10:00")
    assert again.case().incident.discovered_at == FuzzyTime.exact(dt.datetime(2019, 5, 14, 10, 0))
    assert "0001-01-01" not in again.panel.plain_text()
    again.flush()
    stored = again.store().get(case_id)
    assert stored.case.incident.discovered_at == FuzzyTime.exact(dt.datetime(2019, 5, 14, 10, 0))


def test_the_measures_hint_names_f2_which_edits_the_selected_cell(
    zh_catalogue, make_main_window, qtbot
):
    from PySide6.QtWidgets import QAbstractItemView, QLabel

    window = make_main_window(lang="zh")
    actions = window.form.findChild(measures_editor.ActionsEditor, "actions_editor")
    hint = next(label.text() for label in actions.findChildren(QLabel) if "双击" in label.text())
    assert "F2" in hint
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    table = actions.table
    table.setCurrentIndex(table.model().index(0, measures_editor.ActionsModel.AT))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState


def _saved_settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_window_reopens_with_its_size_position_and_panes(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    area = window.screen().availableGeometry()
    window.resize(area.width() * 3 // 4, area.height() * 2 // 3)
    window.move(area.left() + 40, area.top() + 30)
    splitter = window.findChild(QWidget, "main_splitter")
    splitter.setSizes([150, 200, 250])
    qtbot.wait(10)
    geometry, sizes = window.geometry(), splitter.sizes()
    window.close()
    again = make_main_window()
    again.show()
    qtbot.wait(10)
    assert again.geometry() == geometry
    assert again.findChild(QWidget, "main_splitter").sizes() == sizes


@pytest.mark.parametrize("saved", [b"not a geometry", b""], ids=["damaged", "empty"])
def test_a_geometry_that_cannot_be_restored_gives_80_percent_of_the_screen(
    make_main_window, tmp_path, saved
):
    from PySide6.QtCore import QByteArray

    settings = _saved_settings(tmp_path)
    settings.setValue("window/geometry", QByteArray(saved))
    settings.sync()
    window = make_main_window()
    area = window.screen().availableGeometry()
    assert window.size().width() == int(area.width() * 0.8)
    assert window.size().height() == int(area.height() * 0.8)
    assert area.contains(window.geometry())


def test_a_geometry_larger_than_the_screen_gives_80_percent_of_it(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    area = window.screen().availableGeometry()
    window.resize(area.width() + 400, area.height() + 300)  # saved on a larger screen
    qtbot.wait(10)
    window.close()
    again = make_main_window()
    assert again.size().width() == int(area.width() * 0.8)
    assert again.size().height() == int(area.height() * 0.8)
    assert area.contains(again.geometry())
