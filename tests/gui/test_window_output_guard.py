"""The window's export dialogs refuse the store, a database or a folder and change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cases.files import resources
from cases.store import database
from desktop import dialogs, pdf_dialog

EXAMPLE = resources.path("examples/07-owners-group-long-insult.json")


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


def _target(tmp_path: Path, which: str) -> Path:
    db = tmp_path / "cases.sqlite3"
    if which == "other database":
        other = tmp_path / "old-backup.sqlite3"
        conn = sqlite3.connect(other)
        conn.execute("CREATE TABLE t (x)")
        conn.close()
        return other
    return {
        "store": db,
        "wal": Path(f"{db}-wal"),
        "shm": Path(f"{db}-shm"),
        "lock": Path(f"{db}.lock"),
        "folder": tmp_path,
    }[which]


@pytest.fixture
def problems(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs.Problem,
        "show",
        classmethod(lambda cls, parent, text, details="": shown.append(text)),
    )
    return shown


@pytest.mark.parametrize("which", ["store", "wal", "shm", "lock", "other database", "folder"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_exporting_the_case_file_onto_the_store_is_refused(
    make_main_window, monkeypatch, tmp_path, problems, which, lang
):
    window = make_main_window(lang=lang)
    case_id = window.import_case_file(EXAMPLE)
    window.flush()
    target = _target(tmp_path, which)
    asked: list[str] = []

    def ask_save(cls, parent, suggested):
        asked.append(suggested)
        return target

    monkeypatch.setattr(dialogs.CaseFileDialog, "ask_save", classmethod(ask_save))
    case_before = window.case()
    before = snapshot(tmp_path)
    window.export_action.trigger()
    assert len(asked) == 1  # the real handler asked, then refused the answer
    assert len(problems) == 1
    assert str(target) in problems[0]
    assert ("没有写入" if lang == "zh" else "Nothing was written") in problems[0]
    assert snapshot(tmp_path) == before
    assert window.case() == case_before
    assert window.case_id() == case_id
    with database.CaseStore.open(tmp_path / "cases.sqlite3") as s:
        assert s.get(case_id).case == case_before


@pytest.mark.parametrize("which", ["store", "wal", "shm", "lock", "other database", "folder"])
def test_exporting_the_pdf_onto_the_store_is_refused(
    make_main_window, monkeypatch, tmp_path, problems, which
):
    window = make_main_window(lang="en")
    case_id = window.import_case_file(EXAMPLE)
    window.flush()
    target = _target(tmp_path, which)
    monkeypatch.setattr(
        dialogs.PdfFileDialog, "ask", classmethod(lambda cls, parent, suggested: target)
    )
    monkeypatch.setattr(
        pdf_dialog.PdfExportDialog, "ask", classmethod(lambda cls, *a: pdf_dialog.PdfOptions())
    )
    case_before = window.case()
    before = snapshot(tmp_path)
    window.pdf_action.trigger()
    assert len(problems) == 1
    assert str(target) in problems[0]
    assert "Nothing was written" in problems[0]
    assert snapshot(tmp_path) == before
    assert window.case() == case_before
    assert "PDF" not in window.statusBar().currentMessage()
    with database.CaseStore.open(tmp_path / "cases.sqlite3") as s:
        assert s.get(case_id).case == case_before


def test_exporting_beside_the_store_still_works(make_main_window, monkeypatch, tmp_path, problems):
    window = make_main_window()
    window.import_case_file(EXAMPLE)
    target = tmp_path / "cases.sqlite3.json"
    monkeypatch.setattr(
        dialogs.CaseFileDialog, "ask_save", classmethod(lambda cls, parent, suggested: target)
    )
    window.export_action.trigger()
    assert problems == []
    assert target.read_text("utf-8").startswith("{")
