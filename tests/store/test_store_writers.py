"""Every process that has the store open holds it shared; restore, purge, delete and
undelete take it exclusively. Real concurrent processes, no mocks.

The issue this guards against: a ``cases restore`` while another process was
importing moved the freshly imported cases into ``*.before-restore-*`` although the
import reported success.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cases.cli import common
from cases.cli import main as cli
from cases.model import domain
from cases.store import database
from cases.store import lock as store_lock
from cases.store.database import CaseStore

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the writer lock is a POSIX flock")

ROOT = Path(__file__).resolve().parents[2]

_IMPORT_PAUSED = """
import sys
from cases.cli import main as cli
from cases.store import database
real = database.CaseStore._insert
def paused(self, *args, **kwargs):
    case_id = real(self, *args, **kwargs)
    print("importing", flush=True)
    sys.stdin.readline()
    return case_id
database.CaseStore._insert = paused
sys.exit(cli.main(["cases", "import", sys.argv[1], "--db", sys.argv[2]]))
"""
"""``cases import`` that stops after writing its first case, inside its transaction."""

_OPEN = """
import sys
from pathlib import Path
from cases.store.database import CaseStore
store = CaseStore.open(Path(sys.argv[1]), exclusive=sys.argv[2] == "x", purpose=sys.argv[3])
print("open", flush=True)
sys.stdin.readline()
store.close()
"""
"""A process with the store open (shared, or exclusive as ``cases delete``)."""

_RESTORE_PAUSED = """
import os, sys
from pathlib import Path
from cases.cli import main as cli
from cases.store import database
real = os.replace
def paused(src, dst):
    if Path(src) == Path(sys.argv[2]):
        print("moving", flush=True)
        sys.stdin.readline()
    real(src, dst)
database.os.replace = paused
sys.exit(cli.main(["cases", "restore", sys.argv[1], "--db", sys.argv[2], "--json"]))
"""
"""``cases restore`` that stops just before it moves the old store aside."""


def _start(script: str, *argv: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", script, *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait_for(proc: subprocess.Popen[str], word: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != word:
        _, err = proc.communicate(timeout=30)
        raise AssertionError(f"expected {word!r}, got {line!r}; stderr: {err}")


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate("go\n", timeout=60)
    return proc.returncode, out, err


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    """Child processes, killed on the way out if a test left them running."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "cases.sqlite3"
    with CaseStore.open(path) as s:
        s.create(domain.Case(title="业主群案"))
    return path


@pytest.fixture
def backup(db, tmp_path) -> Path:
    path = tmp_path / "backup.sqlite3"
    with CaseStore.open(db) as s:
        s.backup(path)
    return path


@pytest.fixture
def case_file(tmp_path) -> Path:
    path = tmp_path / "new.json"
    path.write_text(
        json.dumps(domain.case_to_json(domain.Case(title="新导入的案件")), ensure_ascii=False),
        "utf-8",
    )
    return path


@pytest.fixture
def short_waits(monkeypatch) -> None:
    """This process gives up on a held store after a fraction of a second."""
    monkeypatch.setattr(store_lock, "SHARED_WAIT", 0.3)
    monkeypatch.setattr(store_lock, "EXCLUSIVE_WAIT", 0.3)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["cases", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def _titles(path: Path) -> list[str]:
    with CaseStore.open(path) as s:
        return sorted(r.title for r in s.list())


def _aside(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f"{db.name}.before-restore-*"))


def test_restore_declines_while_an_import_is_writing_and_the_import_keeps_its_cases(
    capsys, db, backup, case_file, procs, short_waits
):
    importer = _start(_IMPORT_PAUSED, str(case_file), str(db))
    procs.append(importer)
    _wait_for(importer, "importing")
    status, _, err = run(capsys, "restore", str(backup), "--db", str(db), "--lang", "en")
    assert status == common.EXIT_FAILURE
    assert "in use by another process of this app" in err
    assert f"process {importer.pid}: cases import" in err  # what holds the store
    assert "Nothing was changed" in err
    assert "Traceback" not in err
    assert _aside(db) == []
    code, out, err = _finish(importer)
    assert code == 0, err
    assert "#2" in out
    assert _titles(db) == sorted(["新导入的案件", "业主群案"])  # reported imported, and it is


@pytest.mark.parametrize("verb", ["delete", "undelete", "purge"])
def test_trash_commands_decline_while_another_process_has_the_store_open(
    capsys, db, procs, short_waits, verb
):
    with CaseStore.open(db) as s:
        s.create(domain.Case(title="回收站里的案件"))
        s.delete(2)
    writer = _start(_OPEN, str(db), "s", "cases analyze")
    procs.append(writer)
    _wait_for(writer, "open")
    case_id = "1" if verb == "delete" else "2"
    status, _, err = run(capsys, verb, case_id, "--db", str(db))
    assert status == common.EXIT_FAILURE
    assert "正被本应用的另一个进程使用" in err
    assert f"进程 {writer.pid}：cases analyze" in err
    assert "什么都没有改动" in err
    with CaseStore.open(db) as s:
        assert s.get(1).deleted_at is None
        assert s.get(2).deleted_at is not None
    assert _finish(writer)[0] == 0
    assert run(capsys, verb, case_id, "--db", str(db))[0] == common.EXIT_OK


def test_an_import_that_starts_during_a_restore_waits_and_lands_in_the_restored_store(
    db, backup, case_file, procs
):
    restorer = _start(_RESTORE_PAUSED, str(backup), str(db))
    procs.append(restorer)
    _wait_for(restorer, "moving")  # holds the store; the old one is about to go aside
    importer = subprocess.Popen(
        [sys.executable, "main.py", "cases", "import", str(case_file), "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    procs.append(importer)
    time.sleep(1.0)
    assert importer.poll() is None  # waiting for the restore, not writing
    code, out, err = _finish(restorer)
    assert code == 0, err
    aside = Path(json.loads(out)["kept_aside"])
    out, err = importer.communicate(timeout=60)
    assert importer.returncode == 0, err
    assert _titles(db) == sorted(["新导入的案件", "业主群案"])
    assert _titles(aside) == ["业主群案"]  # nothing written into the store set aside


def test_an_import_refuses_cleanly_when_the_store_stays_held(
    capsys, db, case_file, procs, short_waits
):
    holder = _start(_OPEN, str(db), "x", "cases purge")
    procs.append(holder)
    _wait_for(holder, "open")
    before = db.read_bytes()
    status, _, err = run(capsys, "import", str(case_file), "--db", str(db), "--lang", "en")
    assert status == common.EXIT_FAILURE
    assert f"process {holder.pid}: cases purge" in err
    assert "Traceback" not in err
    assert db.read_bytes() == before
    assert _finish(holder)[0] == 0
    assert _titles(db) == ["业主群案"]


def test_readers_and_writers_go_ahead_together(capsys, db, case_file, procs, tmp_path):
    writer = _start(_OPEN, str(db), "s", "cases import")
    procs.append(writer)
    _wait_for(writer, "open")
    assert run(capsys, "import", str(case_file), "--db", str(db))[0] == common.EXIT_OK
    assert run(capsys, "list", "--db", str(db))[0] == common.EXIT_OK
    out = tmp_path / "out.json"
    assert run(capsys, "export", "1", "-o", str(out), "--db", str(db))[0] == common.EXIT_OK
    assert run(capsys, "backup", str(tmp_path / "b2.sqlite3"), "--db", str(db))[0] == 0
    assert _finish(writer)[0] == 0


def test_a_killed_writer_does_not_hold_the_store(capsys, db, backup, procs):
    writer = _start(_OPEN, str(db), "s", "cases import")
    procs.append(writer)
    _wait_for(writer, "open")
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    status, _, err = run(capsys, "restore", str(backup), "--db", str(db))
    assert status == common.EXIT_OK, err
    assert len(_aside(db)) == 1


def test_a_store_open_in_this_process_is_held_too(db, backup, short_waits):
    with CaseStore.open(db), pytest.raises(database.StoreHeldError) as info:
        CaseStore.restore_backup(backup, db)
    assert str(os.getpid()) in info.value.text("en")
    assert _aside(db) == []


def test_the_lock_file_goes_with_the_last_holder(db):
    lock = store_lock.writers_path(db)
    with CaseStore.open(db):
        assert lock.exists()
        with CaseStore.open(db):
            pass
        assert lock.exists()  # the first one still holds it
    assert not lock.exists()
    assert sorted(p.name for p in db.parent.iterdir()) == ["cases.sqlite3"]


def test_check_does_not_read_a_store_being_restored(capsys, db, procs, short_waits):
    holder = _start(_OPEN, str(db), "x", "cases restore")
    procs.append(holder)
    _wait_for(holder, "open")
    status, _, err = run(capsys, "check", "--db", str(db), "--lang", "en")
    assert status == common.EXIT_FAILURE
    assert f"process {holder.pid}: cases restore" in err
    assert _finish(holder)[0] == 0
    assert run(capsys, "check", "--db", str(db))[0] == common.EXIT_OK


@pytest.mark.parametrize("umask", [0o000, 0o277])
def test_the_lock_file_is_owner_only_whatever_the_umask(db, umask):
    old = os.umask(umask)
    try:
        with CaseStore.open(db):
            assert store_lock.writers_path(db).stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
