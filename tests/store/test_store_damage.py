"""A damaged store is noticed: backup refuses it, import refuses it, ``cases check`` reports it.

The damage is real: ``damage_case_page`` flips one byte of the page of the ``cases``
table that holds a given case, in a closed store file, and checks that SQLite's own
``quick_check`` then finds the file damaged.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
from pathlib import Path

import pytest

from cases.cli import main as cli
from cases.model import domain
from cases.store import database
from cases.store import health as store_health
from cases.store.database import CaseStore, ListQuery


def _varint(data: bytes | bytearray, offset: int) -> tuple[int, int]:
    """SQLite's variable-length integer at ``offset``: (value, its length in bytes)."""
    value = 0
    for i in range(9):
        byte = data[offset + i]
        if i == 8:
            return (value << 8) | byte, 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i + 1
    raise AssertionError("unreachable")


def damage_case_page(path: Path, case_id: int) -> int:
    """Flip one byte in the page of the ``cases`` table holding ``case_id``; its page number.

    The byte changed is the first of the row's payload length: the row then claims
    128 bytes more than it has, the kind of damage a bad disk sector or a copy cut
    short causes. (Always more: a flipped bit would claim more or fewer depending on
    the row's size, and fewer cuts off the columns the list reads.) The store must be
    closed (no -wal to replay).
    """
    assert not Path(f"{path}-wal").exists()
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        try:
            pages = [
                row[0]
                for row in conn.execute(
                    "SELECT pageno FROM dbstat WHERE name = 'cases' AND pagetype = 'leaf'"
                )
            ]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        start = (page - 1) * page_size
        header = start + (100 if page == 1 else 0)
        assert data[header] == 0x0D  # a table leaf page
        (cells,) = struct.unpack_from(">H", data, header + 3)
        for i in range(cells):
            (pointer,) = struct.unpack_from(">H", data, header + 8 + 2 * i)
            payload, size = _varint(data, start + pointer)
            rowid, _ = _varint(data, start + pointer + size)
            if rowid == case_id:
                # A 2-byte length: its first byte counts 128s.
                assert 128 <= payload < 127 * 128
                data[start + pointer] += 1
                path.write_bytes(bytes(data))
                _assert_sqlite_finds_damage(path)
                return page
    raise AssertionError(f"no page of the cases table holds case #{case_id}")


def _assert_sqlite_finds_damage(path: Path) -> None:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()
    assert result != ["ok"]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def damaged(store_path, case_factory) -> Path:
    """A closed store of 60 cases; the page holding case #31 is damaged."""
    with CaseStore.open(store_path) as s:
        for i in range(1, 61):
            s.create(case_factory(title=f"业主群案第{i:03d}号", notes=f"备注{i}" * 5))
    damage_case_page(store_path, 31)
    return store_path


def test_the_damaged_store_still_opens_and_lists_so_the_damage_goes_unseen(damaged):
    with CaseStore.open(damaged) as s:
        assert len(s.list(ListQuery(limit=100))) == 60
        with pytest.raises(database.CorruptStoreError):
            s.get(31)


# --------------------------------------------------------------------------- backup


def test_backup_of_a_damaged_store_fails_and_writes_no_file(damaged, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "older.sqlite3").write_bytes(b"an older backup")
    with CaseStore.open(damaged) as s, pytest.raises(database.DamagedStoreBackupError) as info:
        s.backup(folder / "new.sqlite3")
    assert _files(folder) == {"older.sqlite3": b"an older backup"}
    for lang in ("zh", "en"):
        text = info.value.text(lang)
        assert str(damaged) in text
        assert str(folder / "new.sqlite3") in text
        assert "cases check" in text
        assert "cases restore" in text
    assert "no backup was written" in info.value.text("en")


def test_backup_of_a_damaged_store_keeps_an_existing_backup_of_that_name(damaged, tmp_path):
    dest = tmp_path / "b.sqlite3"
    dest.write_bytes(b"last week's backup")
    with CaseStore.open(damaged) as s, pytest.raises(database.CorruptStoreError):
        s.backup(dest)
    assert dest.read_bytes() == b"last week's backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.sqlite3", "data"]


def test_a_copy_damaged_on_its_way_to_disk_is_not_kept(
    store_path, case_factory, tmp_path, monkeypatch
):
    with CaseStore.open(store_path) as s:
        for i in range(60):
            s.create(case_factory(notes=f"备注{i}" * 5))
    real_fsync = os.fsync
    damaged_copies = []

    def fsync_after_a_bad_write(fd: int) -> None:
        name = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if name.name.startswith(".b.sqlite3") and not damaged_copies:
            damaged_copies.append(name)
            damage_case_page(name, 31)
        real_fsync(fd)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name the file being synced")
    monkeypatch.setattr(database.os, "fsync", fsync_after_a_bad_write)
    dest = tmp_path / "b.sqlite3"
    with CaseStore.open(store_path) as s:
        with pytest.raises(database.UnwritableStoreError) as info:
            s.backup(dest)
        assert s.count() == 60
    assert damaged_copies
    assert not dest.exists()
    assert str(dest) in info.value.text("en")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_backup_of_a_healthy_store_is_verified_and_restorable(store_path, case_factory, tmp_path):
    with CaseStore.open(store_path) as s:
        s.create(case_factory())
        s.backup(tmp_path / "b.sqlite3")
    CaseStore.check_backup(tmp_path / "b.sqlite3")
    assert store_health.check(tmp_path / "b.sqlite3").healthy


# --------------------------------------------------------------------------- import


def test_import_into_a_damaged_store_is_refused_and_changes_nothing(
    damaged, tmp_path, case_factory
):
    case_file = tmp_path / "one.json"
    case_file.write_text(json.dumps(domain.case_to_json(case_factory())), "utf-8")
    before = damaged.read_bytes()
    with CaseStore.open(damaged) as s:
        with pytest.raises(database.CorruptStoreError) as info:
            s.import_file(case_file)
        assert s.count() == 60
    assert damaged.read_bytes() == before
    assert str(damaged) in info.value.text("en")
    assert "--db" in info.value.text("en")


def test_unreadable_text_in_a_damaged_store_is_a_store_error(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        case_id = s.create(case_factory())
    conn = sqlite3.connect(store_path)
    conn.execute("UPDATE cases SET title = CAST(x'e4b8' AS TEXT), facts = CAST(x'7be4' AS TEXT)")
    conn.commit()
    conn.close()
    with CaseStore.open(store_path) as s:
        # The list still shows it, the bytes it cannot read as U+FFFD, and names it
        # (issue 14 item 12); its facts, no longer JSON, cannot be opened.
        assert [(r.id, r.title) for r in s.list()] == [(case_id, "\ufffd")]
        assert s.damaged_text == {case_id}
        with pytest.raises(database.CorruptStoreError) as info:
            s.get(case_id)
        assert f"case #{case_id}" in info.value.text("en")


# --------------------------------------------------------------------------- check


def test_check_finds_a_healthy_store_healthy_and_counts_its_cases(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        for _ in range(3):
            s.create(case_factory())
        s.delete(1)
    before = store_path.read_bytes()
    health = store_health.check(store_path)
    assert health.healthy
    assert (health.cases, health.in_trash, health.problems) == (2, 1, ())
    assert "完好" in health.text("zh")
    assert "healthy" in health.text("en")
    assert store_path.read_bytes() == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["cases.sqlite3"]


def test_check_reports_damaged_pages_with_advice(damaged):
    before = damaged.read_bytes()
    health = store_health.check(damaged)
    assert not health.healthy
    assert {p.kind for p in health.problems} == {store_health.Kind.PAGES}
    assert any("page" in p.detail for p in health.problems)
    zh, en = health.text("zh"), health.text("en")
    assert "已损坏" in zh
    assert "damaged" in en
    for text in (zh, en):
        assert str(damaged) in text
        assert "cases restore" in text
        assert "--db" in text
    assert damaged.read_bytes() == before


def test_check_reports_a_truncated_store_as_damaged(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        for i in range(100):
            s.create(case_factory(notes=f"备注 {i} " * 50))
    store_path.write_bytes(store_path.read_bytes()[:20000])
    health = store_health.check(store_path)
    assert not health.healthy
    assert health.problems


def test_check_reports_a_search_index_out_of_step_with_the_cases(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        case_id = s.create(case_factory(title="业主群长期辱骂案"))
    conn = sqlite3.connect(store_path)
    # The text the index keeps changes behind its back: its terms no longer match.
    conn.execute("UPDATE cases_fts_content SET c0 = '完全不同的标题' WHERE id = ?", (case_id,))
    conn.commit()
    conn.close()
    health = store_health.check(store_path)
    assert not health.healthy
    assert [p.kind for p in health.problems] == [store_health.Kind.SEARCH_INDEX]
    assert "cases_fts" in health.problems[0].detail
    assert "搜索索引" in health.text("zh")


def test_check_reports_a_case_whose_facts_cannot_be_read(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        s.create(case_factory())
        broken = s.create(case_factory())
    conn = sqlite3.connect(store_path)
    conn.execute("UPDATE cases SET facts = '{\"title\": ' WHERE id = ?", (broken,))
    conn.execute("UPDATE cases SET notes = CAST(x'e4b8' AS TEXT) WHERE id = 1")
    conn.commit()
    conn.close()
    health = store_health.check(store_path)
    assert not health.healthy
    assert {p.kind for p in health.problems} == {store_health.Kind.CASE_TEXT}
    assert any(f"#{broken}" in p.detail for p in health.problems)
    assert any("#1" in p.detail for p in health.problems)


def test_check_works_while_the_store_is_open_elsewhere(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        s.create(case_factory())
        assert store_health.check(store_path).healthy
        s.create(case_factory())  # the open store still works
    assert store_health.check(store_path).cases == 2


def test_check_reads_a_store_it_may_not_write(damaged, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(store_health.os, "access", lambda path, mode: False)
        health = store_health.check(damaged)
    assert {p.kind for p in health.problems} == {store_health.Kind.PAGES}


@pytest.mark.parametrize("version", range(1, database.SCHEMA_VERSION))
def test_check_reads_a_store_of_an_earlier_version_without_migrating_it(tmp_path, version):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    database.migrate(conn, version)
    conn.execute(
        "INSERT INTO cases (facts, title, notes, created_at, updated_at)"
        " VALUES ('{}', '旧案', '', '2020-01-01', '2020-01-01')"
    )
    conn.close()
    before = path.read_bytes()
    health = store_health.check(path)
    assert (health.healthy, health.cases) == (True, 1)
    assert path.read_bytes() == before


def test_check_creates_no_store_where_there_is_none(tmp_path):
    with pytest.raises(database.MissingFileError):
        store_health.check(tmp_path / "none.sqlite3")
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- command line


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["cases", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_cases_check_exits_0_for_a_healthy_store(capsys, store_path, case_factory):
    with CaseStore.open(store_path) as s:
        s.create(case_factory())
    status, out, _ = run(capsys, "check", "--db", str(store_path))
    assert status == 0
    assert "案件库完好" in out
    status, out, _ = run(capsys, "check", "--db", str(store_path), "--lang", "en")
    assert status == 0
    assert "healthy" in out
    status, out, _ = run(capsys, "check", "--db", str(store_path), "--json")
    assert status == 0
    data = json.loads(out)
    assert (data["healthy"], data["cases"], data["in_trash"], data["problems"]) == (True, 1, 0, [])


def test_cases_check_exits_3_for_a_damaged_store(capsys, damaged):
    status, out, _ = run(capsys, "check", "--db", str(damaged))
    assert status == 3
    assert "已损坏" in out
    assert "cases restore" in out
    status, out, _ = run(capsys, "check", "--db", str(damaged), "--lang", "en", "--json")
    assert status == 3
    data = json.loads(out)
    assert data["healthy"] is False
    assert data["problems"]
    assert data["store"] == str(damaged)
    assert "--db" in data["message"]


def test_cases_check_of_no_store_or_another_file_exits_2(capsys, tmp_path):
    status, _, err = run(capsys, "check", "--db", str(tmp_path / "none.sqlite3"))
    assert status == 2
    assert str(tmp_path / "none.sqlite3") in err
    assert list(tmp_path.iterdir()) == []
    other = tmp_path / "other.bin"
    other.write_bytes(b"x" * 5000)
    status, _, err = run(capsys, "check", "--db", str(other), "--lang", "en")
    assert status == 2
    assert "not a case store" in err


def test_cases_backup_of_a_damaged_store_fails_loudly(capsys, damaged, tmp_path):
    dest = tmp_path / "b.sqlite3"
    status, out, err = run(capsys, "backup", str(dest), "--db", str(damaged), "--lang", "en")
    assert status == 2
    assert out == ""
    assert "damaged" in err
    assert "cases check" in err
    assert not dest.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_cases_import_into_a_damaged_store_exits_2_and_imports_nothing(
    capsys, damaged, tmp_path, case_factory
):
    case_file = tmp_path / "one.json"
    case_file.write_text(json.dumps(domain.case_to_json(case_factory())), "utf-8")
    before = damaged.read_bytes()
    status, _, err = run(capsys, "import", str(case_file), "--db", str(damaged), "--lang", "en")
    assert status == 2
    assert "damaged" in err
    assert damaged.read_bytes() == before
