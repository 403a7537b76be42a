"""No command writes its output onto the store, a database, its own input or a folder."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from cases.cli import common
from cases.cli import main as cli
from cases.files import output_guard, resources
from cases.model import domain
from cases.store import database

EXAMPLE = resources.path("examples/07-owners-group-long-insult.json")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    path = tmp_path / "store" / "S.sqlite3"
    assert run(capsys, "cases", "import", str(EXAMPLE), "--db", str(path))[0] == 0
    return path


def _targets(db: Path) -> dict[str, Path]:
    other = db.parent / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return {
        "store": db,
        "wal": Path(f"{db}-wal"),
        "shm": Path(f"{db}-shm"),
        "lock": Path(f"{db}.lock"),
        "other database": other,
        "folder": db.parent,
        "dot path": db.parent / "." / db.name,
    }


COMMANDS = {
    "export": lambda target: ["cases", "export", "1", "-o", str(target)],
    "export-pdf": lambda target: ["cases", "export-pdf", "1", str(target)],
    "backup": lambda target: ["cases", "backup", str(target)],
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize(
    "target", ["store", "wal", "shm", "lock", "other database", "folder", "dot path"]
)
def test_writing_onto_the_store_or_a_database_is_refused(capsys, db, command, target):
    path = _targets(db)[target]
    before = snapshot(db.parent.parent)
    status, out, err = run(capsys, *COMMANDS[command](path), "--db", str(db), "--lang", "en")
    assert status == common.EXIT_BAD_INPUT, (out, err)
    assert str(path) in err
    assert "Nothing was written" in err
    assert "Traceback" not in err
    assert out == ""
    assert snapshot(db.parent.parent) == before
    status, out, _ = run(capsys, "cases", "list", "--db", str(db), "--json")
    assert status == 0
    assert json.loads(out)["total"] == 1


def test_the_refusal_is_in_chinese_by_default(capsys, db):
    status, _, err = run(capsys, "cases", "export", "1", "-o", str(db), "--db", str(db))
    assert status == common.EXIT_BAD_INPUT
    assert "案件库" in err
    assert "没有写入" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_a_link_to_the_store_is_refused(capsys, db, tmp_path):
    link = tmp_path / "innocent.json"
    link.symlink_to(db)
    before = snapshot(tmp_path)
    status, _, _ = run(capsys, "cases", "export", "1", "-o", str(link), "--db", str(db))
    assert status == common.EXIT_BAD_INPUT
    assert snapshot(tmp_path) == before
    assert link.is_symlink()


def test_analyze_will_not_write_its_pdf_over_the_case_file(capsys, tmp_path):
    case = tmp_path / "case.json"
    case.write_bytes(EXAMPLE.read_bytes())
    before = snapshot(tmp_path)
    status, out, err = run(capsys, "analyze", str(case), "--pdf", str(case), "--lang", "en")
    assert status == common.EXIT_BAD_INPUT
    assert str(case) in err
    assert "the file this command is reading" in err
    assert out == ""
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("target", ["folder", "database"])
def test_analyze_will_not_write_its_pdf_over_a_folder_or_a_database(capsys, tmp_path, target):
    path = tmp_path
    if target == "database":
        path = tmp_path / "cases.sqlite3"
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    before = snapshot(tmp_path)
    status, _, err = run(capsys, "analyze", str(EXAMPLE), "--pdf", str(path))
    assert status == common.EXIT_BAD_INPUT
    assert str(path) in err
    assert snapshot(tmp_path) == before


def test_exporting_to_a_new_file_still_works(capsys, db, tmp_path):
    out_file = tmp_path / "out.json"
    status, _, err = run(capsys, "cases", "export", "1", "-o", str(out_file), "--db", str(db))
    assert status == 0, err
    assert domain.case_from_json(json.loads(out_file.read_text("utf-8"))).title


def test_the_store_methods_refuse_on_their_own(case_store, case_factory, tmp_path):
    case_store.create(case_factory())
    old_backup = tmp_path / "old-backup.sqlite3"
    case_store.backup(old_backup)
    before = snapshot(tmp_path)
    for target in (case_store.path, Path(f"{case_store.path}-wal"), old_backup, tmp_path):
        with pytest.raises(database.RefusedTargetError) as info:
            case_store.export([1], target)
        assert str(target) in info.value.text("en")
        with pytest.raises(database.RefusedTargetError):
            case_store.backup(target)
    assert snapshot(tmp_path) == before


def test_the_file_writers_refuse_a_database_or_a_folder(tmp_path, case_factory):
    from cases.analysis import analyzer
    from cases.model import case_files
    from cases.present import report

    database = tmp_path / "x.sqlite3"
    sqlite3.connect(database).execute("CREATE TABLE t (x)").connection.close()
    case = case_factory()
    result = analyzer.analyze(case)
    before = snapshot(tmp_path)
    for target in (database, Path(f"{database}-wal"), tmp_path):
        with pytest.raises(output_guard.RefusedOutputError):
            case_files.write_file(target, [case])
        with pytest.raises(output_guard.RefusedOutputError):
            report.write_pdf(target, case, result)
    assert snapshot(tmp_path) == before
