"""Exports suggest the user's documents folder and a file named after the case; PDF takes the volunteer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QStandardPaths

from cases.model import case_files, domain
from desktop import dialogs, export_paths
from desktop.pdf_dialog import PdfExportDialog, PdfOptions

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
TODAY = dt.date.today().isoformat()


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    real = QStandardPaths.writableLocation

    def writable(location):
        if location == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(folder)
        return real(location)

    monkeypatch.setattr(QStandardPaths, "writableLocation", writable)
    return folder


def _case_file(tmp_path: Path, title: str) -> Path:
    case = case_files.load_file(EXAMPLES / "07-owners-group-long-insult.json").cases[0]
    case = domain.Case(incident=case.incident, title=title, notes="")
    path = tmp_path / "case.json"
    path.write_text(json.dumps(domain.case_to_json(case), ensure_ascii=False), "utf-8")
    return path


def _export_pdf(window, monkeypatch, answer: Path | None, volunteer: str = "") -> list[str]:
    asked: list[str] = []

    def ask_options(cls, parent, names, lang, volunteer=""):
        return PdfOptions(volunteer=volunteer)

    def ask_file(cls, parent, suggested):
        asked.append(suggested)
        return answer

    monkeypatch.setattr(PdfExportDialog, "ask", classmethod(ask_options))
    monkeypatch.setattr(dialogs.PdfFileDialog, "ask", classmethod(ask_file))
    monkeypatch.setattr(
        dialogs.Problem, "show", classmethod(lambda cls, *a: pytest.fail(f"problem: {a}"))
    )
    window.pdf_action.trigger()
    return asked


def test_the_pdf_export_suggests_the_documents_folder_and_the_case_title_with_the_date(
    make_main_window, monkeypatch, tmp_path, documents
):
    window = make_main_window()
    window.import_case_file(_case_file(tmp_path, "业主群辱骂案"))
    asked = _export_pdf(window, monkeypatch, None)
    assert asked == [str(documents / f"业主群辱骂案-{TODAY}.pdf")]


def test_the_case_export_suggests_the_documents_folder_and_a_json_name(
    make_main_window, monkeypatch, tmp_path, documents
):
    window = make_main_window()
    window.import_case_file(_case_file(tmp_path, "业主群辱骂案"))
    asked: list[str] = []

    def ask_save(cls, parent, suggested):
        asked.append(suggested)
        return None

    monkeypatch.setattr(dialogs.CaseFileDialog, "ask_save", classmethod(ask_save))
    window.export_action.trigger()
    assert asked == [str(documents / f"业主群辱骂案-{TODAY}.json")]


def test_an_untitled_case_and_characters_a_file_name_cannot_hold_get_a_sensible_name(
    zh_catalogue, make_main_window, monkeypatch, tmp_path, documents
):
    window = make_main_window()
    window.import_case_file(_case_file(tmp_path, ""))
    assert _export_pdf(window, monkeypatch, None) == [str(documents / f"案件摘要-{TODAY}.pdf")]
    assert export_paths.file_stem('a/b\\c:d*e?"f<g>h|i\n', "x") == "a b c d e f g h i"
    assert export_paths.file_stem("  ..（无标题）.. ", "案件") == "案件"
    assert export_paths.file_stem("(untitled)", "case") == "case"
    assert len(export_paths.file_stem("长" * 300, "x")) <= 80


def test_the_next_export_suggests_the_folder_used_last_even_after_a_restart(
    make_main_window, monkeypatch, tmp_path, documents
):
    window = make_main_window()
    window.import_case_file(_case_file(tmp_path, "业主群辱骂案"))
    elsewhere = tmp_path / "cases for the lawyer"
    elsewhere.mkdir()
    _export_pdf(window, monkeypatch, elsewhere / "mine.pdf")
    assert (elsewhere / "mine.pdf").exists()
    assert _export_pdf(window, monkeypatch, None) == [str(elsewhere / f"业主群辱骂案-{TODAY}.pdf")]
    window.close()
    again = make_main_window()
    again.import_case_file(_case_file(tmp_path, "业主群辱骂案"))
    assert _export_pdf(again, monkeypatch, None) == [str(elsewhere / f"业主群辱骂案-{TODAY}.pdf")]


def test_a_folder_that_is_gone_falls_back_to_the_documents_folder(
    make_main_window, monkeypatch, tmp_path, documents
):
    window = make_main_window()
    window.import_case_file(_case_file(tmp_path, "业主群辱骂案"))
    gone = tmp_path / "gone"
    gone.mkdir()
    _export_pdf(window, monkeypatch, gone / "x.pdf")
    (gone / "x.pdf").unlink()
    gone.rmdir()
    assert _export_pdf(window, monkeypatch, None) == [str(documents / f"业主群辱骂案-{TODAY}.pdf")]


def test_without_a_documents_folder_the_home_folder_is_suggested(monkeypatch, tmp_path):
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: "")
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path))
    assert export_paths.suggested_path("", "案", ".pdf", "案件摘要") == tmp_path / f"案-{TODAY}.pdf"


def test_the_dialog_offers_the_volunteers_name_filled_in_from_the_settings(qtbot):
    dialog = PdfExportDialog((), "zh", volunteer="王志愿")
    qtbot.addWidget(dialog)
    assert dialog.volunteer_edit.text() == "王志愿"
    assert dialog.volunteer_edit.accessibleName()
    dialog.volunteer_edit.setText("  李律师助理 ")
    assert dialog.options() == PdfOptions(volunteer="李律师助理")
    dialog.redact_check.setChecked(True)
    assert dialog.options().volunteer == "李律师助理"


def test_the_volunteer_named_in_the_export_is_printed_and_remembered(
    make_main_window, monkeypatch, tmp_path, documents
):
    window = make_main_window()
    window.import_case_file(_case_file(tmp_path, "业主群辱骂案"))
    offered: list[str] = []
    target = tmp_path / "r.pdf"

    def ask_options(cls, parent, names, lang, volunteer=""):
        offered.append(volunteer)
        return PdfOptions(volunteer="赵志愿")

    monkeypatch.setattr(PdfExportDialog, "ask", classmethod(ask_options))
    monkeypatch.setattr(dialogs.PdfFileDialog, "ask", classmethod(lambda cls, p, s: target))
    window.pdf_action.trigger()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "经办志愿者" in text
    assert "赵志愿" in text
    assert window.app_settings().volunteer_name == "赵志愿"
    window.close()
    again = make_main_window()
    assert again.app_settings().volunteer_name == "赵志愿"
    again.import_case_file(_case_file(tmp_path, "另一案"))
    again.pdf_action.trigger()
    assert offered == ["", "赵志愿"]


def test_changing_the_settings_keeps_the_folder_used_last(
    make_main_window, monkeypatch, tmp_path, documents
):
    from desktop import settings_dialog
    from desktop.settings import AppSettings

    window = make_main_window()
    window.import_case_file(_case_file(tmp_path, "业主群辱骂案"))
    elsewhere = tmp_path / "out"
    elsewhere.mkdir()
    _export_pdf(window, monkeypatch, elsewhere / "a.pdf")
    monkeypatch.setattr(
        settings_dialog.SettingsDialog,
        "ask",
        classmethod(lambda cls, parent, current: AppSettings(small_family_max=12)),
    )
    window.settings_action.trigger()
    assert window.app_settings().small_family_max == 12
    assert window.app_settings().export_folder == str(elsewhere)
