"""Everything the app writes is its owner's only: files 0600, folders 0700, whatever the umask."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cases.analysis import analyzer
from cases.cli import main as cli
from cases.files import resources
from cases.model import case_files
from cases.store import database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

EXAMPLE = resources.path("examples/07-owners-group-long-insult.json")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o000, 0o022], ids=["umask000", "umask022"])
def umask(request) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_a_new_store_its_side_files_and_every_new_folder_are_private(umask, tmp_path, case_factory):
    path = tmp_path / "a" / "b" / "cases.sqlite3"
    with database.CaseStore.open(path) as s:
        s.create(case_factory())
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert mode(name) == 0o600, name
    assert mode(tmp_path / "a") == 0o700
    assert mode(tmp_path / "a" / "b") == 0o700


def test_the_default_data_folder_is_private(umask, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new-home" / "share"))
    path = database.default_path()
    database.CaseStore.open().close()
    assert path.exists()
    for folder in (tmp_path / "new-home", tmp_path / "new-home" / "share", path.parent):
        assert mode(folder) == 0o700, folder
    assert mode(path) == 0o600


def test_an_existing_folder_is_left_as_it_is(umask, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    database.CaseStore.open(shared / "cases.sqlite3").close()
    assert mode(shared) == 0o755


def test_backups_and_restored_stores_are_private(umask, case_store, case_factory, tmp_path):
    case_store.create(case_factory())
    backup = tmp_path / "backup.sqlite3"
    case_store.backup(backup)
    assert mode(backup) == 0o600
    target = tmp_path / "restored" / "deep" / "cases.sqlite3"
    database.CaseStore.restore_backup(backup, target)
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700
    assert mode(target.parent.parent) == 0o700


def test_exported_case_files_are_private_even_when_replacing_an_open_one(
    umask, case_store, case_factory, tmp_path
):
    case_store.create(case_factory())
    new = tmp_path / "new.json"
    case_store.export([1], new)
    assert mode(new) == 0o600
    old = tmp_path / "old.json"
    old.write_text("{}", encoding="utf-8")
    old.chmod(0o644)
    case_files.write_file(old, [case_factory()])
    assert mode(old) == 0o600


def test_pdfs_are_private_even_when_replacing_an_open_one(umask, tmp_path, case_factory):
    from cases.present import report

    case = case_factory()
    result = analyzer.analyze(case)
    new = tmp_path / "new.pdf"
    report.write_pdf(new, case, result)
    assert mode(new) == 0o600
    old = tmp_path / "old.pdf"
    old.write_bytes(b"%PDF old")
    old.chmod(0o666)
    report.write_pdf(old, case, result)
    assert mode(old) == 0o600


def test_the_command_line_writes_private_files(umask, tmp_path, capsys):
    db = tmp_path / "fresh" / "cases.sqlite3"
    outputs = {
        "analyze.pdf": ["analyze", str(EXAMPLE), "--pdf", str(tmp_path / "analyze.pdf")],
        "export.json": ["cases", "export", "1", "-o", str(tmp_path / "export.json")],
        "export.pdf": ["cases", "export-pdf", "1", str(tmp_path / "export.pdf")],
        "backup.sqlite3": ["cases", "backup", str(tmp_path / "backup.sqlite3")],
    }
    assert cli.main(["cases", "import", str(EXAMPLE), "--db", str(db)]) == 0
    for name, argv in outputs.items():
        extra = ["--db", str(db)] if argv[0] == "cases" else []
        assert cli.main([*argv, *extra]) == 0, (name, capsys.readouterr().err)
        assert mode(tmp_path / name) == 0o600, name
    assert mode(db.parent) == 0o700
    assert mode(db) == 0o600
    assert json.loads((tmp_path / "export.json").read_text("utf-8"))["format"]


def test_a_file_where_the_store_folder_should_be_is_reported(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    for path in (blocker / "cases.sqlite3", blocker / "deeper" / "cases.sqlite3"):
        with pytest.raises(database.UnwritableStoreError) as info:
            database.CaseStore.open(path)
        assert str(path) in info.value.text("en")
    assert blocker.read_text(encoding="utf-8") == "not a folder"
