"""Tags and the parties' names in the window: set in the form, kept in the store, undoable."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QApplication

from cases.model import case_files, domain
from cases.store.database import CaseStore
from cases.store.records import Parties
from desktop import dialogs
from desktop.pdf_dialog import PdfExportDialog, PdfOptions

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def _tags_cell(window, case_id: int) -> str:
    model = window.case_list.model
    row = model.row_of(case_id)
    return model.data(model.index(row, model.COLUMNS.index("tags")))


def test_tags_typed_in_the_form_are_saved_listed_searchable_and_undoable(make_main_window, qtbot):
    window = make_main_window()
    window.form.title_edit.setText("物业群")
    case_id = window.case_id()
    window.form.tags_edit.setText("物业、噪音, 投诉")
    assert window.session.tags() == ("噪音", "投诉", "物业")
    assert window.form.tags_edit.text() == "物业、噪音, 投诉"  # not rewritten under the cursor
    window.flush()
    assert window.store().get(case_id).tags == ("噪音", "投诉", "物业")
    assert "噪音" in _tags_cell(window, case_id)
    window.form.editors["knew"].button(True).click()
    window.flush()  # a save that leaves the tags alone keeps them listed
    assert "噪音" in _tags_cell(window, case_id)
    window.new_action.trigger()
    assert window.form.tags_edit.text() == ""
    window.form.title_edit.setText("另一件")
    listing = window.case_list
    listing.search.setText("噪音")
    qtbot.wait_until(lambda: listing.model.total() == 1)
    assert listing.model.case_id(0) == case_id
    listing.search.setText("")
    qtbot.wait_until(lambda: listing.model.total() == 2)
    window.open_case(case_id)
    assert window.form.tags_edit.text() == "噪音、投诉、物业"
    window.undo_stack.undo()  # the other case's title (a new case: back to the trash)
    window.undo_stack.undo()  # the answer to knew
    window.undo_stack.undo()  # the tags
    assert window.session.tags() == ()
    assert window.form.tags_edit.text() == ""
    window.flush()
    assert window.store().get(case_id).tags == ()


def test_tags_are_the_first_answer_of_a_new_case_too(make_main_window):
    window = make_main_window()
    window.form.tags_edit.setText("待跟进")
    assert window.case_id() is not None
    assert window.store().get(window.case_id()).tags == ("待跟进",)


def test_the_parties_names_are_saved_with_the_case_and_survive_a_restart(make_main_window):
    window = make_main_window()
    assert window.form.poster_edit.accessibleName()
    assert window.form.victim_edit.accessibleName()
    window.form.poster_edit.setText("王小明")
    case_id = window.case_id()
    window.form.victim_edit.setText("李大华")
    window.undo_stack.undo()
    assert window.session.parties() == Parties("王小明", "")
    window.undo_stack.redo()
    window.close()
    with CaseStore.open(window.store().path) as store:
        assert store.get(case_id).parties == Parties("王小明", "李大华")
    again = make_main_window()
    assert again.form.poster_edit.text() == "王小明"
    assert again.form.victim_edit.text() == "李大华"


def test_the_parties_names_are_redacted_from_the_pdf(make_main_window, monkeypatch, tmp_path):
    example = case_files.load_file(EXAMPLES / "07-owners-group-long-insult.json").cases[0]
    window = make_main_window()
    window.import_case_file(EXAMPLES / "07-owners-group-long-insult.json")
    window.form.title_edit.setText("王小明辱骂李大华案")
    window.form.notes_edit.setPlainText("王小明在群里多次辱骂李大华。")
    window.form.poster_edit.setText("王小明")
    window.form.victim_edit.setText("李大华")
    assert window.case().incident == example.incident
    offered: list[tuple[str, ...]] = []

    def ask_options(cls, parent, names, lang, volunteer=""):
        offered.append(tuple(names))
        return PdfOptions(True, tuple(names))

    out = tmp_path / "report.pdf"
    monkeypatch.setattr(PdfExportDialog, "ask", classmethod(ask_options))
    monkeypatch.setattr(dialogs.PdfFileDialog, "ask", classmethod(lambda cls, p, n: out))
    window.pdf_action.trigger()
    assert offered
    assert {"王小明", "李大华"} <= set(offered[0])
    reader = pypdf.PdfReader(out)
    text = re.sub(r"\s", "", "".join(page.extract_text() for page in reader.pages))
    assert "王小明" not in text
    assert "李大华" not in text
    assert "王某" in text
    assert "李某" in text
    assert not QApplication.activeModalWidget()


def test_a_case_file_exported_from_the_window_carries_no_names(make_main_window, tmp_path):
    window = make_main_window()
    window.form.title_edit.setText("甲")
    window.form.poster_edit.setText("王小明")
    out = tmp_path / "case.json"
    window.session.export(out)
    assert "王小明" not in out.read_text(encoding="utf-8")
    assert case_files.load_file(out).cases[0] == domain.Case(title="甲")


def test_the_tags_column_sits_after_the_title_and_outcome_and_a_click_on_it_keeps_the_order(
    make_main_window,
):
    window = make_main_window()
    listing = window.case_list
    header = listing.table.horizontalHeader()
    tags = listing.model.COLUMNS.index("tags")
    assert header.visualIndex(listing.model.COLUMNS.index("title")) == 0
    assert header.visualIndex(listing.model.COLUMNS.index("outcome")) == 1
    assert header.visualIndex(tags) == 2
    before = listing.model.query()
    header.sectionClicked.emit(tags)
    header.setSortIndicator(tags, header.sortIndicatorOrder())
    assert listing.model.query() == before
    assert header.sortIndicatorSection() == listing.model.COLUMNS.index(before.sort)
