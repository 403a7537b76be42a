"""The store file itself: migrations, bad files left untouched, owner-only modes, read-only."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from cases.model import domain
from cases.store import database
from cases.store import search as store_search
from cases.store.database import CaseStore, ListQuery

NOW = "2026-01-01T00:00:00.000000+00:00"


def v1_json(case: domain.Case) -> dict:
    """The case as format version 1 wrote it (stores before schema version 5 hold this)."""
    data = domain.case_to_json(case)
    data["version"] = 1
    incident = data["incident"]
    for name in domain.V2_FIELDS:
        assert incident.pop(name) is None, name
    for action in incident["actions"] or ():
        assert action.pop("by") == "self"
    return data


def old_store(path: Path, version: int, case: domain.Case) -> None:
    """Build a store at an earlier schema version, holding one analysed, tagged case.

    Its facts are in case format version 1, as the app wrote them then (from schema
    version 5 on, in format version 2, as that version's migration left them).
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    if version == 0:
        return  # version 0: the empty file made before SQLite first opens it
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        database.migrate(conn, version)
        written = v1_json(case) if version < 5 else domain.case_to_json(case)
        facts = json.dumps(written, ensure_ascii=False)
        incident = written["incident"]
        record = {
            "analysed_at": NOW,
            "analysis_date": "2026-01-01",
            "outcome": "NOT_EXEMPT",
            "route": None,
            "missing": [],
            "ruleset": "2025.1-1",
            "settings": {"small_family_max": 10, "timely_window_hours": 24.0},
            "incident": incident,
        }
        if version == 1:
            conn.execute(
                "INSERT INTO cases (facts, title, notes, incident_date, platform, outcome, route,"
                " analysis, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    facts,
                    case.title,
                    case.notes,
                    incident["date"],
                    incident["platform"],
                    "NOT_EXEMPT",
                    None,
                    json.dumps(record, ensure_ascii=False),
                    NOW,
                    NOW,
                ),
            )
        if version >= 2:
            conn.execute(
                "INSERT INTO cases (facts, title, notes, incident_date, platform, outcome, route,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    facts,
                    case.title,
                    case.notes,
                    incident["date"],
                    incident["platform"],
                    "NOT_EXEMPT",
                    None,
                    NOW,
                    NOW,
                ),
            )
            conn.execute(
                "INSERT INTO analyses (case_id, analysed_at, analysis_date, outcome, route,"
                " missing, ruleset, settings, incident) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    NOW,
                    "2026-01-01",
                    "NOT_EXEMPT",
                    None,
                    "[]",
                    "2025.1-1",
                    json.dumps(record["settings"]),
                    json.dumps(incident, ensure_ascii=False),
                ),
            )
        if version >= 1:
            conn.execute("INSERT INTO case_tags VALUES (1, '旧标签')")
        if version >= 3:
            conn.execute(
                "INSERT INTO cases_fts (rowid, title, notes, tags) VALUES (1, ?, ?, '旧标签')",
                (case.title, case.notes),
            )
        if version >= 4:
            conn.execute(
                f"INSERT INTO {store_search.GRAMS_TABLE} (rowid, grams) VALUES (1, ?)",
                (store_search.grams([case.title, case.notes, "旧标签"], False),),
            )
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(database.SCHEMA_VERSION))
def test_migrates_forward_from_every_earlier_version(tmp_path, case_factory, version):
    path = tmp_path / "old.sqlite3"
    case = case_factory(notes="旧版本里的辱骂备注")
    old_store(path, version, case)
    with CaseStore.open(path) as s:
        conn = s._db()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if version == 0:
            assert s.count() == 0
            return
        stored = s.get(1)
        assert stored.case == case
        assert stored.tags == ("旧标签",)
        assert [r.id for r in s.list(ListQuery(text="辱骂"))] == [1]
        assert [r.id for r in s.list(ListQuery(text="旧标签"))] == [1]
        # Short words come from the version-4 index, filled from the old cases.
        for word in ("骂", "标签", "旧"):
            assert [r.id for r in s.list(ListQuery(text=word))] == [1], word
            assert s.count(ListQuery(text=word)) == 1, word
        history = s.history(1)
        assert len(history) == 1
        assert (history[0].outcome, history[0].ruleset) == ("NOT_EXEMPT", "2025.1-1")
        assert history[0].settings == {"small_family_max": 10, "timely_window_hours": 24.0}
        assert not stored.analysis_stale
        # The migrated store works like a new one.
        s.analyse(1)
        assert len(s.history(1)) == 2
        assert s.create(case) == 2


def test_new_store_files_are_owner_only(tmp_path, case_factory):
    old = os.umask(0o022)
    try:
        path = tmp_path / "deep" / "cases.sqlite3"
        s = CaseStore.open(path)
        try:
            s.create(case_factory())
            for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
            s.backup(tmp_path / "b.sqlite3")
        finally:
            s.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "b.sqlite3").stat().st_mode) == 0o600
    out = tmp_path / "export.json"
    with CaseStore.open(path) as s:
        s.export([1], out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_open_tightens_an_existing_store_left_world_readable(store_path):
    CaseStore.open(store_path).close()
    store_path.chmod(0o644)
    CaseStore.open(store_path).close()
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o600


def _untouched(path: Path, error_type: type[database.StoreError]) -> database.StoreError:
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error_type) as info:
        CaseStore.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings
    for lang in ("zh", "en"):
        text = info.value.text(lang)
        assert str(path) in text
        assert "--db" in text
    return info.value


def test_random_bytes_file_is_refused_untouched(tmp_path):
    path = tmp_path / "cases.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    error = _untouched(path, database.ForeignFileError)
    assert "not a case store" in error.text("en")


def test_another_apps_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "cases.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    _untouched(path, database.ForeignFileError)


@pytest.mark.parametrize("keep", [0.5, 0.9, 60 / 4096])
def test_truncated_store_is_refused_untouched(store_path, case_factory, keep):
    with CaseStore.open(store_path) as s:
        for i in range(200):
            s.create(case_factory(notes=f"备注 {i} " * 50))
    data = store_path.read_bytes()
    store_path.write_bytes(data[: max(int(len(data) * keep), 1)])
    error = _untouched(store_path, database.StoreError)
    assert isinstance(error, database.CorruptStoreError | database.ForeignFileError)


def test_store_with_damaged_pages_is_reported_not_crashed(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        for i in range(200):
            s.create(case_factory(notes=f"备注 {i} " * 50))
    data = bytearray(store_path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset : offset + 100] = os.urandom(100)
    store_path.write_bytes(bytes(data))
    before = store_path.read_bytes()

    def use() -> None:
        with CaseStore.open(store_path) as s:
            s.list()
            s.get(150)

    with pytest.raises(database.CorruptStoreError) as info:
        use()
    assert str(store_path) in info.value.text("en")
    assert store_path.read_bytes() == before


def test_store_from_a_newer_version_is_refused_untouched(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        s.create(case_factory())
    conn = sqlite3.connect(store_path)
    conn.execute(f"PRAGMA user_version = {database.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    error = _untouched(store_path, database.TooNewStoreError)
    assert "newer version" in error.text("en")


def test_a_folder_at_the_store_path_is_refused(tmp_path):
    path = tmp_path / "cases.sqlite3"
    path.mkdir()
    with pytest.raises(database.ForeignFileError):
        CaseStore.open(path)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody can create files in, root included (chattr +i for root)."""
    folder = tmp_path / "ro"
    folder.mkdir()

    def lock() -> None:
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip("running as root without chattr: cannot make a read-only folder")
        else:
            folder.chmod(0o555)

    yield folder, lock
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)
    folder.chmod(0o755)


def test_read_only_folder_gives_a_clear_error_for_a_new_store(read_only_folder):
    folder, lock = read_only_folder
    lock()
    path = folder / "cases.sqlite3"
    with pytest.raises(database.UnwritableStoreError) as info:
        CaseStore.open(path)
    assert str(path) in info.value.text("en")
    assert "cannot be written" in info.value.text("en")
    assert list(folder.iterdir()) == []


def test_read_only_folder_with_a_store_saves_nothing_and_keeps_it(read_only_folder, case_factory):
    folder, lock = read_only_folder
    path = folder / "cases.sqlite3"
    with CaseStore.open(path) as s:
        s.create(case_factory())
    before = path.read_bytes()
    lock()
    with pytest.raises(database.UnwritableStoreError) as info, CaseStore.open(path) as s:
        s.create(case_factory())
    assert str(path) in info.value.text("zh")
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["cases.sqlite3"]
