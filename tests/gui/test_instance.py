"""The store lock: one window per case store, and a crashed window's lock taken over."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cases.cli import common
from cases.cli import main as cli
from cases.model import domain
from cases.store import lock as store_lock
from cases.store.database import CaseStore, StoreHeldError
from desktop import instance

HOLD = """
import sys, time
from pathlib import Path
from desktop import instance
lock = instance.StoreLock.acquire(Path(sys.argv[1]))
print("held" if lock is not None and lock.holds() else "refused", flush=True)
time.sleep(60)
"""


@contextlib.contextmanager
def _holder(store: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the store's lock (killed on the way out)."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store)], stdout=subprocess.PIPE, text=True, env=env
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "held"
            yield proc
        finally:
            proc.kill()
            proc.wait()


def test_a_store_is_claimed_once_until_released(tmp_path):
    store = tmp_path / "cases.sqlite3"
    first = instance.StoreLock.acquire(store)
    assert first is not None
    assert first.holds()
    assert instance.lock_path(store).exists()
    assert instance.StoreLock.acquire(store) is None
    first.release()
    assert not instance.lock_path(store).exists()
    second = instance.StoreLock.acquire(store)
    assert second is not None
    assert second.holds()
    second.release()


def test_other_stores_are_not_affected(tmp_path):
    first = instance.StoreLock.acquire(tmp_path / "a.sqlite3")
    other = instance.StoreLock.acquire(tmp_path / "b.sqlite3")
    assert first is not None
    assert other is not None
    assert other.holds()
    first.release()
    other.release()


def test_a_running_window_in_another_process_keeps_its_claim(tmp_path):
    store = tmp_path / "cases.sqlite3"
    with _holder(store):
        assert instance.StoreLock.acquire(store) is None


def test_the_lock_of_a_killed_window_is_taken_over(tmp_path):
    store = tmp_path / "cases.sqlite3"
    with _holder(store) as holder:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert instance.lock_path(store).exists()  # left behind, as after a crash
    assert not store_lock.held_by_window(store)  # what the command line sees
    lock = instance.StoreLock.acquire(store)
    assert lock is not None
    assert lock.holds()
    lock.release()


def test_an_unusable_lock_place_does_not_stop_the_start(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be")
    lock = instance.StoreLock.acquire(blocker / "cases.sqlite3")
    assert lock is not None
    assert not lock.holds()
    lock.release()  # harmless


def test_the_command_line_sees_the_real_lock_of_a_window(tmp_path, capsys):
    store = tmp_path / "cases.sqlite3"
    with CaseStore.open(store) as s:
        s.create(domain.Case(title="业主群案"))
    with _holder(store):
        assert store_lock.held_by_window(store)
        assert cli.main(["cases", "delete", "1", "--db", str(store)]) == common.EXIT_FAILURE
        assert "正在本应用的窗口中打开" in capsys.readouterr().err
    assert not store_lock.held_by_window(store)
    assert cli.main(["cases", "delete", "1", "--db", str(store)]) == common.EXIT_OK
    with CaseStore.open(store) as s:
        assert s.get(1).deleted_at is not None


def test_the_command_line_sees_a_lock_held_in_this_process(tmp_path):
    store = tmp_path / "cases.sqlite3"
    lock = instance.StoreLock.acquire(store)
    assert lock is not None
    assert lock.holds()
    assert store_lock.held_by_window(store)
    lock.release()
    assert not store_lock.held_by_window(store)


def test_an_open_window_holds_its_store_against_a_restore_even_without_its_lock_file(
    make_main_window, tmp_path, monkeypatch
):
    # The refusal message suggests deleting the lock file when no window is running;
    # a window that is in fact still open keeps the store all the same.
    monkeypatch.setattr(store_lock, "EXCLUSIVE_WAIT", 0.2)
    window = make_main_window()
    store = tmp_path / "cases.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    with CaseStore.open(store) as s:
        s.backup(backup)
    assert not store_lock.held_by_window(store)  # no QLockFile in this test
    with pytest.raises(StoreHeldError):
        CaseStore.restore_backup(backup, store)
    assert list(tmp_path.glob("cases.sqlite3.before-restore-*")) == []
    window.close()
    assert CaseStore.restore_backup(backup, store) is not None
