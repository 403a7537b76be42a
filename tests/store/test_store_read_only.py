"""A store in a read-only folder: reading works (read-only), only writes are refused."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from cases.cli import common
from cases.cli import main as cli
from cases.model import domain
from cases.store import database
from cases.store.database import CaseStore


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["cases", *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path, case_factory) -> Path:
    path = tmp_path / "data" / "cases.sqlite3"
    with CaseStore.open(path) as s:
        s.create(case_factory(title="完好的案件"), tags=["物业"])
        s.create(case_factory(title="另一个案件"))
    return path


@pytest.fixture
def frozen_folder(db):
    """Make the store's folder read-only for everyone, root included (chattr +i)."""
    folder = db.parent

    def freeze() -> None:
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip("running as root without chattr: cannot make a read-only folder")
        else:
            folder.chmod(0o555)

    yield freeze
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)
    folder.chmod(0o755)


def test_a_store_in_a_read_only_folder_can_be_read(capsys, db, frozen_folder, tmp_path):
    before = db.read_bytes()
    frozen_folder()
    status, out, err = run(capsys, "list", "--db", str(db))
    assert status == common.EXIT_OK, err
    assert "完好的案件" in out
    assert run(capsys, "show", "1", "--db", str(db))[0] == common.EXIT_OK
    out_file = tmp_path / "out.json"
    assert run(capsys, "export", "1", "-o", str(out_file), "--db", str(db))[0] == common.EXIT_OK
    assert json.loads(out_file.read_text("utf-8"))["title"] == "完好的案件"
    backup = tmp_path / "b.sqlite3"
    assert run(capsys, "backup", str(backup), "--db", str(db))[0] == common.EXIT_OK
    CaseStore.check_backup(backup)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["cases.sqlite3"]


def test_writes_in_a_read_only_folder_are_refused_naming_the_folder(
    capsys, db, frozen_folder, tmp_path, case_factory
):
    case_file = tmp_path / "new.json"
    case_file.write_text(json.dumps(domain.case_to_json(case_factory()), ensure_ascii=False))
    before = db.read_bytes()
    frozen_folder()
    status, _, err = run(capsys, "import", str(case_file), "--db", str(db))
    assert status == common.EXIT_FAILURE
    assert f"所在文件夹 {db.parent} 是只读的" in err
    status, _, err = run(capsys, "delete", "1", "--db", str(db), "--lang", "en")
    assert status == common.EXIT_FAILURE
    assert f"its folder {db.parent} is read-only" in err
    with CaseStore.open(db, for_reading=True) as s:
        assert s.read_only
        with pytest.raises(database.ReadOnlyFolderError) as info:
            s.create(case_factory())
        assert str(db.parent) in info.value.text("en")
        assert s.count() == 2
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["cases.sqlite3"]
