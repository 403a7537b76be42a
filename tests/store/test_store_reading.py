"""Stores that are not quite right: damaged text, look-alike files, a backup that
cannot be written."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cases.cli import common
from cases.cli import main as cli
from cases.model import domain
from cases.store import database
from cases.store.database import CaseStore

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["cases", *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path, case_factory) -> Path:
    path = tmp_path / "data" / "cases.sqlite3"
    with CaseStore.open(path) as s:
        s.create(case_factory(title="完好的案件"), tags=["物业"])
        s.create(case_factory(title="标题将被损坏"))
    return path


def _damage(path: Path, sql: str) -> None:
    """Write bytes that are not UTF-8 into a text cell, as a bad disk or tool might."""
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


# --------------------------------------------------------------------------- damaged text


def test_a_title_that_is_not_utf8_is_listed_with_replacement_and_the_case_named(capsys, db):
    _damage(db, "UPDATE cases SET title = CAST(x'e4b8ff41e6a188' AS TEXT) WHERE id = 2")
    status, out, err = run(capsys, "list", "--db", str(db))
    assert status == common.EXIT_OK, err
    assert "完好的案件" in out
    line = next(x for x in out.splitlines() if x.startswith("#2"))
    assert line.endswith("\ufffdA案")  # the bytes that decode are kept, the rest replaced
    assert "案件 #2" in err
    assert "UTF-8" in err
    assert "internal error" not in err
    status, out, err = run(capsys, "list", "--db", str(db), "--json", "--lang", "en")
    assert status == common.EXIT_OK
    rows = json.loads(out)["rows"]
    assert [r["id"] for r in rows if "\ufffd" in r["title"]] == [2]
    assert "case #2" in err


def test_the_core_list_reads_damaged_text_with_replacement_and_remembers_the_case(db):
    _damage(db, "UPDATE cases SET title = CAST(x'ff' AS TEXT) WHERE id = 2")
    with CaseStore.open(db) as s:
        titles = {r.id: r.title for r in s.list()}
        assert titles == {1: "完好的案件", 2: "\ufffd"}
        assert s.damaged_text == {2}


def test_a_case_whose_facts_are_not_utf8_is_shown_with_replacement(capsys, db):
    with CaseStore.open(db) as s:
        facts = json.dumps(domain.case_to_json(s.get(2).case), ensure_ascii=False)
    damaged = facts.replace("标题将被损坏", "\x00MARK\x00").encode("utf-8")
    damaged = damaged.replace(b"\x00MARK\x00", b"\xe4\xb8\xff")
    _damage(db, f"UPDATE cases SET facts = CAST(x'{damaged.hex()}' AS TEXT) WHERE id = 2")
    status, out, err = run(capsys, "show", "2", "--db", str(db))
    assert status == common.EXIT_OK, err
    assert out.startswith("#2 \ufffd")
    assert "案件 #2" in err
    assert "internal error" not in err


# --------------------------------------------------------------------------- look-alikes


def test_a_file_with_our_id_but_its_own_tables_is_not_a_store_and_stays_untouched(capsys, tmp_path):
    path = tmp_path / "cases.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
    conn.execute("CREATE TABLE cases (name TEXT)")
    conn.execute("INSERT INTO cases VALUES ('另一个程序的数据')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    status, _, err = run(capsys, "list", "--db", str(path), "--lang", "en")
    assert status == common.EXIT_BAD_INPUT
    assert f"{path}: not a case store of this app" in err
    assert "already exists" not in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.sqlite3"]
    with pytest.raises(database.ForeignFileError):
        CaseStore.check_backup(path)
    target = tmp_path / "other" / "cases.sqlite3"
    status, _, err = run(capsys, "restore", str(path), "--db", str(target))
    assert status == common.EXIT_BAD_INPUT
    assert not target.exists()


_BACKUP_WITH_A_FILE_SIZE_LIMIT = """
import resource, signal, sys
from cases.cli import main as cli
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(cli.main(["cases", "backup", sys.argv[2], "--db", sys.argv[1], "--lang", "en"]))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs a POSIX file size limit")
def test_a_backup_that_cannot_be_written_names_the_backup_not_the_store(db, tmp_path, case_factory):
    with CaseStore.open(db) as s:
        for i in range(100):
            s.create(case_factory(notes=f"备注 {i} " * 200))
    size = db.stat().st_size
    limit = 256 * 1024
    assert size > 2 * limit
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    assert hard in (resource.RLIM_INFINITY, *range(limit, hard + 1))
    dest = tmp_path / "backups" / "b.sqlite3"
    dest.parent.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _BACKUP_WITH_A_FILE_SIZE_LIMIT, str(db), str(dest), str(limit)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    assert done.returncode == common.EXIT_FAILURE, done.stderr
    assert done.stderr.startswith(f"{dest}: ")  # the file that failed
    assert f"{db}:" not in done.stderr
    assert "Traceback" not in done.stderr
    assert list(dest.parent.iterdir()) == []  # no half-written backup left
    with CaseStore.open(db) as s:
        assert s.count() == 102
