"""File → Export PDF offers redaction: a checkbox and the names to replace, found ones filled in."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cases.model import case_files, domain
from desktop import dialogs, pdf_dialog
from desktop.pdf_dialog import PdfExportDialog, PdfOptions

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"

TITLE = "张伟诉王芳名誉侵权案"
NOTES = (
    "原告张伟（电话 13912345678，邮箱 zhang.wei@example.com）住北京市朝阳区建国路88号3栋2单元501室。"
    "被告王芳是群主。当事人欧阳娜娜作证，证人刘晓红也在群里。"
)
SECRETS = ("张伟", "王芳", "欧阳娜娜", "刘晓红", "13912345678", "zhang.wei", "建国路", "501室")


@pytest.fixture
def pii_file(tmp_path) -> Path:
    case = case_files.load_file(EXAMPLES / "07-owners-group-long-insult.json").cases[0]
    case = domain.Case(incident=case.incident, title=TITLE, notes=NOTES)
    path = tmp_path / "pii.json"
    path.write_text(json.dumps(domain.case_to_json(case), ensure_ascii=False), "utf-8")
    return path


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    pages = "".join(page.extract_text() for page in reader.pages)
    meta = " ".join(str(v) for v in reader.metadata.values())
    return re.sub(r"\s", "", pages + meta)


def test_the_dialog_offers_redaction_with_the_found_names_filled_in(qtbot):
    dialog = PdfExportDialog(("张伟", "王芳"), "zh")
    qtbot.addWidget(dialog)
    assert not dialog.redact_check.isChecked()
    assert not dialog.names_edit.isEnabled()
    assert dialog.names_edit.text() == "张伟、王芳"
    assert dialog.options() == PdfOptions()
    dialog.redact_check.setChecked(True)
    assert dialog.names_edit.isEnabled()
    dialog.names_edit.setText("张伟、王芳，刘晓红")
    assert dialog.options() == PdfOptions(True, ("张伟", "王芳", "刘晓红"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(("lang", "word"), [("zh", "姓名"), ("en", "name")])
def test_the_dialog_stays_open_on_a_one_character_name_and_says_why(qtbot, lang, word):
    dialog = PdfExportDialog((), lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.redact_check.setChecked(True)
    dialog.names_edit.setText("张伟、张")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem_label.isVisible()
    assert "'张'" in dialog.problem_label.text()
    assert word in dialog.problem_label.text()
    dialog.names_edit.end(False)
    qtbot.keyClick(dialog.names_edit, Qt.Key.Key_Backspace)
    assert not dialog.problem_label.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.options() == PdfOptions(True, ("张伟",))


def test_the_window_writes_a_redacted_pdf_with_the_names_chosen(
    make_main_window, monkeypatch, tmp_path, pii_file
):
    window = make_main_window()
    window.import_case_file(pii_file)
    found: list[tuple[str, ...]] = []
    suggested: list[str] = []
    target = tmp_path / "r.pdf"

    def ask_options(cls, parent, names, lang, volunteer=""):
        found.append(tuple(names))
        return PdfOptions(True, (*names, "刘晓红"))

    def ask_file(cls, parent, name):
        suggested.append(name)
        return target

    monkeypatch.setattr(PdfExportDialog, "ask", classmethod(ask_options))
    monkeypatch.setattr(dialogs.PdfFileDialog, "ask", classmethod(ask_file))
    monkeypatch.setattr(
        dialogs.Problem, "show", classmethod(lambda cls, *a: pytest.fail(f"problem: {a}"))
    )
    window.pdf_action.trigger()
    assert found == [("张伟", "王芳", "欧阳娜娜")]
    assert [Path(name).name for name in suggested] == [f"张某诉王某名誉侵权案-{date.today()}.pdf"]
    text = pdf_text(target)
    for secret in SECRETS:
        assert secret not in text, secret
    assert "已脱敏" in text
    assert window.case().title == TITLE  # the case itself is not changed


def test_the_names_removed_from_the_list_are_kept(
    make_main_window, monkeypatch, tmp_path, pii_file
):
    window = make_main_window()
    window.import_case_file(pii_file)
    target = tmp_path / "r.pdf"
    monkeypatch.setattr(
        PdfExportDialog,
        "ask",
        classmethod(lambda cls, parent, names, lang, volunteer="": PdfOptions(True, ())),
    )
    monkeypatch.setattr(dialogs.PdfFileDialog, "ask", classmethod(lambda cls, p, n: target))
    window.pdf_action.trigger()
    text = pdf_text(target)
    assert "张伟" in text  # the volunteer took it off the list
    assert "13912345678" not in text  # patterns need no list


def test_without_redaction_the_pdf_keeps_the_names(
    make_main_window, monkeypatch, tmp_path, pii_file
):
    window = make_main_window()
    window.import_case_file(pii_file)
    target = tmp_path / "r.pdf"
    monkeypatch.setattr(
        PdfExportDialog,
        "ask",
        classmethod(lambda cls, parent, names, lang, volunteer="": PdfOptions()),
    )
    monkeypatch.setattr(dialogs.PdfFileDialog, "ask", classmethod(lambda cls, p, n: target))
    window.pdf_action.trigger()
    text = pdf_text(target)
    assert "张伟诉王芳" in text
    assert "已脱敏" not in text


def test_cancelling_the_dialog_asks_for_no_file_and_writes_nothing(
    make_main_window, monkeypatch, tmp_path, pii_file
):
    window = make_main_window()
    window.import_case_file(pii_file)
    monkeypatch.setattr(pdf_dialog.PdfExportDialog, "ask", classmethod(lambda cls, *a: None))
    monkeypatch.setattr(
        dialogs.PdfFileDialog, "ask", classmethod(lambda cls, *a: pytest.fail("file asked"))
    )
    before = sorted(tmp_path.rglob("*"))
    window.pdf_action.trigger()
    assert sorted(tmp_path.rglob("*")) == before
