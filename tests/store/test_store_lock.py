"""The command line and a window on the same store: the window's lock file, read without Qt.

A real window holds a ``QLockFile``; these core tests stand in for it with a child
process holding the same kind of lock (a ``flock`` on ``cases.sqlite3.lock``), and
``tests/gui/test_instance.py`` checks the same against the real ``QLockFile``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cases.cli import common
from cases.cli import main as cli
from cases.model import domain
from cases.store import lock as store_lock
from cases.store.database import CaseStore

pytestmark = pytest.mark.skipif(os.name == "nt", reason="flock stands in for QLockFile")

_HOLDER = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
os.write(fd, f"{os.getpid()}\\npython3\\nsomehost\\n".encode())
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "cases.sqlite3"
    with CaseStore.open(path) as s:
        s.create(domain.Case(title="业主群案"))
    return path


@pytest.fixture
def window(db) -> Iterator[subprocess.Popen[str]]:
    """A process holding the store's lock as a running window does."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(store_lock.lock_path(db))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.communicate()  # closes the pipes


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["cases", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_no_lock_file_is_no_window(db):
    assert not store_lock.lock_path(db).exists()
    assert not store_lock.held_by_window(db)


def test_a_held_lock_is_a_window_and_a_crashed_ones_is_not(db, window):
    assert store_lock.held_by_window(db)
    window.kill()
    window.communicate()
    assert store_lock.lock_path(db).exists()  # left behind, as after a crash
    assert not store_lock.held_by_window(db)


def test_commands_that_change_saved_cases_decline_while_a_window_is_open(capsys, db, window):
    before = db.read_bytes()
    status, _, err = run(capsys, "delete", "1", "--db", str(db))
    assert status == common.EXIT_FAILURE
    assert "正在本应用的窗口中打开" in err
    assert str(store_lock.lock_path(db)) in err  # the way out if that window crashed elsewhere
    status, _, err = run(capsys, "purge", "1", "--db", str(db), "--lang", "en")
    assert status == common.EXIT_FAILURE
    assert "open in a window of this app" in err
    assert "Traceback" not in err
    assert db.read_bytes() == before  # declined before the store was even opened
    with CaseStore.open(db) as s:
        assert s.get(1).deleted_at is None


def test_restoring_a_backup_declines_while_a_window_is_open(capsys, db, window, tmp_path):
    backup = tmp_path / "backup.sqlite3"
    with CaseStore.open(db) as s:
        s.backup(backup)
        s.create(domain.Case(title="备份之后的案件"))
    status, _, err = run(capsys, "restore", str(backup), "--db", str(db))
    assert status == common.EXIT_FAILURE
    assert "正在本应用的窗口中打开" in err
    assert list(tmp_path.glob("cases.sqlite3.before-restore-*")) == []
    with CaseStore.open(db) as s:
        assert s.get(2).case.title == "备份之后的案件"  # the store was not replaced


def test_reading_and_adding_go_ahead_while_a_window_is_open(capsys, db, window, tmp_path):
    status, out, _ = run(capsys, "list", "--db", str(db))
    assert status == 0
    assert "业主群案" in out
    case_file = tmp_path / "new.json"
    case_file.write_text(
        json.dumps(domain.case_to_json(domain.Case(title="新导入")), ensure_ascii=False), "utf-8"
    )
    status, _, _ = run(capsys, "import", str(case_file), "--db", str(db))
    assert status == 0


def test_the_commands_go_ahead_once_the_window_is_closed(capsys, db, window):
    window.kill()
    window.communicate()
    status, _, err = run(capsys, "delete", "1", "--db", str(db))
    assert status == 0, err
    with CaseStore.open(db) as s:
        assert s.get(1).deleted_at is not None


@pytest.mark.parametrize(
    ("content", "alive"),
    [
        (f"{os.getpid()}\npython3\n{socket.gethostname()}\n", True),  # this very process
        (f"{2**22 + 12345}\npython3\n{socket.gethostname()}\n", False),  # no such process
        (f"{os.getpid()}\npython3\nanother-computer\n", True),  # cannot tell: held
        ("not a pid\n", False),
        ("", False),
    ],
)
def test_without_flock_the_named_process_decides(tmp_path, content, alive):
    path = tmp_path / "cases.sqlite3.lock"
    path.write_text(content, "utf-8")
    assert store_lock._named_process_alive(path) is alive
