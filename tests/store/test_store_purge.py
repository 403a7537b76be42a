"""Purging a case leaves no fragment of its text in the store file, its -wal or its -shm."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cases.store import database
from cases.store.database import CaseStore, ListQuery

SECRET_TITLE = "王某诉春熙业主群群主名誉侵权案"
PHONE = "13987654321"
ID_CARD = "51010719880512643X"
ADDRESS = "成都市锦江区春熙路七十七号三单元"
SECRET_NOTES = f"联系电话{PHONE}，身份证号{ID_CARD}，住址{ADDRESS}，邻居证言已录音"


def _fragments(text: str, size: int) -> set[str]:
    return {text[i : i + size] for i in range(len(text) - size + 1)}


def _raw_bytes(path: Path) -> dict[str, bytes]:
    """The store's own bytes and those of its -wal and -shm (those present)."""
    files = {"store": path, **{s: Path(f"{path}{s}") for s in ("-wal", "-shm")}}
    return {name: f.read_bytes() for name, f in files.items() if f.exists()}


def _search_index_and_free_pages(path: Path) -> bytes:
    """The bytes of every page of the search indexes, and of every unused page.

    They hold no timestamps, so which bytes they hold depends on the cases' text alone.
    """
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        try:
            owner = dict(conn.execute("SELECT pageno, name FROM dbstat"))
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = path.read_bytes()
    pages = range(1, len(data) // page_size + 1)
    picked = [
        pg for pg in pages if pg not in owner or owner[pg].startswith(("cases_fts", "cases_grams"))
    ]
    return b"".join(data[(pg - 1) * page_size : pg * page_size] for pg in picked)


@pytest.fixture
def purged_store(store_path, case_factory):
    """A store of 150 cases in which the secret case, edited and analysed, was purged.

    Yields the open store, the secret case's ID, and the other cases' titles by ID.
    """
    others = {}
    s = CaseStore.open(store_path)
    for i in range(75):
        title, notes = f"业主群辱骂案第{i}号", f"群成员多次辱骂业主，群主未处理。编号A{i:03d}"
        others[s.create(case_factory(title=title, notes=notes), tags=["物业"])] = title + notes
    secret = s.create(case_factory(title=SECRET_TITLE, notes=SECRET_NOTES), tags=["名誉"])
    s.analyse(secret)
    s.update(secret, case_factory(title=SECRET_TITLE, notes=SECRET_NOTES + "（补充）"))
    s.analyse(secret)
    for i in range(75):
        title, notes = f"谣言传播案第{i}号", f"有人在群里造谣，群主删帖并警告。编号B{i:03d}"
        others[s.create(case_factory(title=title, notes=notes))] = title + notes
    s.delete(secret)
    s.purge(secret)
    yield s, secret, others
    s.close()


def _secret_fragments(others: dict[int, str]) -> set[str]:
    """The secret case's trigrams and character pairs that no other case holds."""
    text = SECRET_TITLE + SECRET_NOTES
    rest = "\n".join(others.values())
    return {f for f in _fragments(text, 3) | _fragments(text, 2) if f not in rest}


def _leaks(data: bytes, others: dict[int, str]) -> list[str]:
    """Fragments of the secret case found anywhere in ``data``.

    Fragments of two or more Chinese characters (multi-byte sequences that never arise
    by chance), and the phone, ID-card and address, whole and in pieces of 6. A
    shorter fragment with digits can appear by chance in the file's binary numbers
    and timestamps; those are checked in the search-index pages only.
    """
    candidates = {f for f in _secret_fragments(others) if sum(not ch.isascii() for ch in f) >= 2}
    for number in (PHONE, ID_CARD, ADDRESS):
        candidates |= {number} | _fragments(number, 6)
    return sorted(f for f in candidates if f.encode() in data)


def test_purge_leaves_no_fragment_of_the_case_in_the_store_wal_or_shm(purged_store):
    s, _secret, others = purged_store
    files = _raw_bytes(s.path)
    assert {"store", "-wal", "-shm"} <= set(files)  # still open: all three exist
    for name, data in files.items():
        assert _leaks(data, others) == [], name


def test_purge_leaves_no_trigram_of_the_case_in_the_search_index_pages(purged_store):
    s, _secret, others = purged_store
    data = _search_index_and_free_pages(s.path)
    trigrams = {f for f in _secret_fragments(others) if len(f) == 3}
    assert trigrams >= {"139", "643", "43X", "锦江区", "号51"}
    assert sorted(t for t in trigrams if t.encode() in data) == []


def test_purged_case_leaves_nothing_after_the_store_is_closed(purged_store):
    s, _secret, others = purged_store
    s.close()
    for name, data in _raw_bytes(s.path).items():
        assert _leaks(data, others) == [], name


def test_purge_erases_the_cases_analyses_and_history(purged_store):
    s, secret, _others = purged_store
    conn = s._db()
    for table, column in (("analyses", "case_id"), ("case_tags", "case_id"), ("cases", "id")):
        sql = f"SELECT count(*) FROM {table} WHERE {column} = ?"
        assert conn.execute(sql, (secret,)).fetchone()[0] == 0
    for table in ("cases_fts", "cases_grams"):
        sql = f"SELECT count(*) FROM {table} WHERE rowid = ?"
        assert conn.execute(sql, (secret,)).fetchone()[0] == 0
    with pytest.raises(database.CaseNotFoundError):
        s.history(secret)


def test_search_still_finds_the_other_cases_after_a_purge(purged_store):
    s, secret, others = purged_store
    assert s.count() == 150
    assert s.count(ListQuery(text="辱骂")) == 75  # 2 characters: the grams index
    assert s.count(ListQuery(text="造谣")) == 75
    assert s.count(ListQuery(text="业主群辱骂")) == 75  # trigram index
    assert s.count(ListQuery(text="春熙")) == 0
    assert s.count(ListQuery(text=PHONE)) == 0
    assert s.count(ListQuery(text="春熙", trash=True)) == 0
    for case_id, text in list(others.items())[::15]:
        title = text.split("号")[0] + "号"
        assert [r.id for r in s.list(ListQuery(text=title))] == [case_id]
    for number in ("A042", "B007"):
        assert len(s.list(ListQuery(text=number))) == 1
    assert secret not in {r.id for r in s.list(ListQuery(limit=1000))}
