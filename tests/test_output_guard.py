"""The output guard: no writer replaces the store, a database, the input or a folder."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from cases.files import output_guard
from cases.files.output_guard import Reason, RefusedOutputError


def _sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "cases.sqlite3"
    path.parent.mkdir()
    _sqlite(path)
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").write_bytes(b"")
    return path


def _refused(path: Path | str, **context) -> RefusedOutputError:
    with pytest.raises(RefusedOutputError) as info:
        output_guard.check_output(path, **context)
    return info.value


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock"])
def test_the_store_in_use_and_its_side_files_are_refused(store, suffix):
    error = _refused(Path(f"{store}{suffix}"), store=store)
    assert error.reason is Reason.STORE
    assert error.path == f"{store}{suffix}"


def test_side_files_that_do_not_exist_yet_are_refused_too(tmp_path):
    store = tmp_path / "new.sqlite3"  # not created yet: compared by name
    assert _refused(tmp_path / "new.sqlite3-wal", store=store).reason is Reason.STORE
    assert _refused(tmp_path / "new.sqlite3.lock", store=store).reason is Reason.STORE


def test_other_spellings_of_the_store_path_are_refused(store, monkeypatch):
    monkeypatch.chdir(store.parent)
    assert _refused("./cases.sqlite3", store=store).reason is Reason.STORE
    assert _refused("../data/cases.sqlite3-wal", store=store).reason is Reason.STORE
    assert _refused(Path("cases.sqlite3"), store=Path("./cases.sqlite3")).reason is Reason.STORE


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_symlinks_and_hard_links_to_the_store_are_refused(store, tmp_path):
    symlink = tmp_path / "link.json"
    symlink.symlink_to(store)
    assert _refused(symlink, store=store).reason is Reason.STORE
    folder_link = tmp_path / "alias"
    folder_link.symlink_to(store.parent, target_is_directory=True)
    assert _refused(folder_link / "cases.sqlite3.lock", store=store).reason is Reason.STORE
    hard = tmp_path / "hard.json"
    os.link(Path(f"{store}.lock"), hard)  # an empty file: only samefile can tell
    assert _refused(hard, store=store).reason is Reason.STORE
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "data" / "cases.sqlite3-journal")
    assert _refused(dangling, store=store).reason is Reason.STORE


def test_any_sqlite_database_and_its_side_files_are_refused(tmp_path):
    other = _sqlite(tmp_path / "backup.json")  # the name does not matter, the content does
    assert _refused(other).reason is Reason.DATABASE
    for suffix in ("-wal", "-shm", "-journal", ".lock"):
        side = Path(f"{other}{suffix}")
        assert _refused(side).reason is Reason.DATABASE, suffix
        side.write_bytes(b"")
        assert _refused(side).reason is Reason.DATABASE, suffix


def test_a_wal_file_on_its_own_is_refused(tmp_path):
    wal = tmp_path / "orphan.pdf"
    wal.write_bytes(bytes.fromhex("377f0682") + bytes(28))
    assert _refused(wal).reason is Reason.DATABASE


def test_the_input_being_read_is_refused(tmp_path, monkeypatch):
    case = tmp_path / "case.json"
    case.write_text("{}", encoding="utf-8")
    assert _refused(case, inputs=[case]).reason is Reason.INPUT
    monkeypatch.chdir(tmp_path)
    assert _refused("./case.json", inputs=["case.json"]).reason is Reason.INPUT
    if sys.platform != "win32":
        twin = tmp_path / "twin.pdf"
        os.link(case, twin)
        assert _refused(twin, inputs=[case]).reason is Reason.INPUT


def test_a_folder_is_refused(tmp_path):
    assert _refused(tmp_path).reason is Reason.DIRECTORY
    if sys.platform != "win32":
        link = tmp_path / "folder-link"
        link.symlink_to(tmp_path / "sub", target_is_directory=True)
        (tmp_path / "sub").mkdir()
        assert _refused(link).reason is Reason.DIRECTORY


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_a_device_is_refused():
    assert _refused("/dev/null").reason is Reason.NOT_A_FILE


def test_ordinary_targets_pass(tmp_path, store):
    output_guard.check_output(tmp_path / "new.json", store=store, inputs=[tmp_path / "in.json"])
    old = tmp_path / "old.pdf"
    old.write_bytes(b"%PDF-1.4 old report")
    output_guard.check_output(old, store=store)
    short = tmp_path / "short.json"
    short.write_bytes(b"SQL")  # shorter than the header: not a database
    output_guard.check_output(short)
    output_guard.check_output(tmp_path / "cases.sqlite3.json", store=tmp_path / "cases.sqlite3")


@pytest.mark.parametrize("reason", list(Reason))
def test_every_refusal_names_the_file_in_both_languages(reason):
    error = RefusedOutputError("/x/out.pdf", reason)
    zh, en = error.text("zh"), error.text("en")
    assert "/x/out.pdf" in zh
    assert "/x/out.pdf" in en
    assert "没有写入" in zh
    assert "Nothing was written" in en
    assert str(error) == en


def test_the_store_s_writer_lock_is_refused_too(store, tmp_path):
    # Replacing it would give new holders another file than the one held.
    assert _refused(Path(f"{store}.writers"), store=store).reason is Reason.STORE
    assert _refused(tmp_path / "new.sqlite3.writers", store=tmp_path / "new.sqlite3").reason is (
        Reason.STORE
    )
