"""The window's own files (store lock, settings) are its owner's only, whatever the umask."""

from __future__ import annotations

import os
import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cases.store import lock as store_lock
from desktop import instance
from desktop.mainwindow import MainWindow
from desktop.settings import AppSettings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o000, 0o022], ids=["umask000", "umask022"])
def umask(request) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_the_store_lock_file_is_private(umask, tmp_path):
    db = tmp_path / "new" / "cases.sqlite3"
    lock = instance.StoreLock.acquire(db)
    assert lock is not None
    try:
        assert lock.holds()
        path = store_lock.lock_path(db)
        assert path.read_text(encoding="utf-8").split("\n")[0] == str(os.getpid())
        assert mode(path) == 0o600
        assert mode(db.parent) == 0o700
    finally:
        lock.release()


def test_a_stale_lock_taken_over_is_private_too(umask, tmp_path):
    db = tmp_path / "cases.sqlite3"
    path = store_lock.lock_path(db)
    path.write_text(f"999999999\nqunzhu-analyzer\n{socket.gethostname()}\n", encoding="utf-8")
    path.chmod(0o644)
    lock = instance.StoreLock.acquire(db)
    assert lock is not None
    try:
        assert lock.holds()
        assert mode(path) == 0o600
    finally:
        lock.release()


def test_the_settings_file_and_its_new_folders_are_private(umask, tmp_path):
    path = tmp_path / "config" / "qunzhu" / "settings.ini"
    qsettings = QSettings(str(path), QSettings.Format.IniFormat)
    AppSettings.load(qsettings)
    AppSettings(volunteer_name="王志愿").save(qsettings)
    qsettings.setValue("notice/accepted", True)
    qsettings.sync()
    assert "王志愿" in path.read_text(encoding="utf-8")
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert mode(path.parent.parent) == 0o700


def test_a_settings_file_left_readable_is_tightened(umask, tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[volunteer]\nname=李四\n", encoding="utf-8")
    path.chmod(0o644)
    qsettings = QSettings(str(path), QSettings.Format.IniFormat)
    assert AppSettings.load(qsettings).volunteer_name == "李四"
    assert mode(path) == 0o600
    AppSettings(volunteer_name="王志愿").save(qsettings)
    assert mode(path) == 0o600


def test_the_window_keeps_its_settings_private(umask, qtbot, tmp_path):
    path = tmp_path / "conf" / "settings.ini"
    window = MainWindow(
        store_path=tmp_path / "data" / "cases.sqlite3",
        settings=QSettings(str(path), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.close()  # saves the window's geometry
    assert "geometry" in path.read_text(encoding="utf-8")
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert mode(tmp_path / "data") == 0o700
