"""The case store's behaviour: lifecycle, search, filters, sorts, analyses, files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from cases.analysis import analyzer
from cases.model import case_files, domain
from cases.model.fuzzy import FuzzyDate
from cases.rules import assumptions, engine
from cases.store import columns, database
from cases.store import records as store_records
from cases.store.database import CaseStore, ListQuery


def test_create_get_keeps_facts_exactly_including_unknowns(case_store, case_factory):
    case = dataclasses.replace(
        case_factory(), incident=dataclasses.replace(case_factory().incident, knew=None)
    )
    case_id = case_store.create(case, tags=["物业", " 物业 ", "", "b"])
    stored = case_store.get(case_id)
    assert stored.case == case
    assert stored.case.incident.knew is None
    assert stored.tags == ("b", "物业")
    assert stored.created_at == stored.updated_at
    assert stored.created_at.endswith("+00:00")
    assert stored.deleted_at is None
    assert stored.analysis is None
    assert stored.analysis_stale


def test_data_version_moves_only_for_changes_made_elsewhere(store_path, case_factory):
    with CaseStore.open(store_path) as window, CaseStore.open(store_path) as elsewhere:
        seen = window.data_version()
        window.create(case_factory())  # the window's own save
        assert window.data_version() == seen
        elsewhere.create(case_factory())  # e.g. `main.py cases import`
        assert window.data_version() != seen


def test_get_unknown_id_raises_case_not_found(case_store):
    with pytest.raises(database.CaseNotFoundError) as info:
        case_store.get(42)
    assert "#42" in info.value.text("zh")
    assert "#42" in info.value.text("en")


def test_update_replaces_facts_and_tags_and_moves_updated_at(case_store, case_factory):
    case_id = case_store.create(case_factory(), tags=["a"])
    before = case_store.get(case_id)
    new = case_factory(title="改过的标题", notes="新备注", platform=domain.Platform.QQ)
    after = case_store.update(case_id, new, tags=["x", "y"])
    assert after.case == new
    assert after.tags == ("x", "y")
    assert after.updated_at > before.updated_at
    assert after.created_at == before.created_at
    kept = case_store.update(case_id, case_factory(title="再改"))
    assert kept.tags == ("x", "y")
    assert case_store.list(ListQuery(text="改过的")) == []
    assert [r.id for r in case_store.list(ListQuery(text="再改"))] == [case_id]


def test_update_is_atomic_when_it_fails_midway(case_store, case_factory, monkeypatch):
    case_id = case_store.create(case_factory(), tags=["a"])
    # Make the FTS write (the last statement of update) fail: nothing must change.
    case_store._db().execute("DROP TABLE cases_fts")
    with pytest.raises(sqlite3.OperationalError):
        case_store.update(case_id, case_factory(title="半截"), tags=["b"])
    row = case_store._db().execute("SELECT title FROM cases WHERE id = ?", (case_id,)).fetchone()
    assert row[0] == "业主群长期辱骂案"
    tags = case_store._db().execute("SELECT tag FROM case_tags").fetchall()
    assert tags == [("a",)]


def test_duplicate_copies_facts_tags_and_analyses(case_store, case_factory):
    case_id = case_store.create(case_factory(), tags=["t"])
    case_store.analyse(case_id, today=dt.date(2026, 11, 1))
    copy_id = case_store.duplicate(case_id)
    assert copy_id != case_id
    copy = case_store.get(copy_id)
    assert copy.case.incident == case_store.get(case_id).case.incident
    assert copy.case.title == "业主群长期辱骂案（副本）"
    assert copy.tags == ("t",)
    assert copy.analysis is not None
    assert copy.analysis.outcome == case_store.get(case_id).analysis.outcome
    assert not copy.analysis_stale
    assert case_store.list(ListQuery(outcome=copy.analysis.outcome))[0].id == copy_id


def test_trash_lifecycle(case_store, case_factory):
    keep = case_store.create(case_factory(title="留下"))
    gone = case_store.create(case_factory(title="删除"))
    case_store.delete(gone)
    assert [r.id for r in case_store.list()] == [keep]
    trash = case_store.list(ListQuery(trash=True))
    assert [r.id for r in trash] == [gone]
    assert trash[0].deleted_at is not None
    assert case_store.get(gone).deleted_at is not None
    with pytest.raises(database.CaseNotFoundError) as info:
        case_store.update(gone, case_factory())
    assert info.value.state == "in_trash"
    with pytest.raises(database.CaseNotFoundError):
        case_store.delete(gone)
    with pytest.raises(database.CaseNotFoundError) as info:
        case_store.purge(keep)
    assert info.value.state == "not_in_trash"
    case_store.restore(gone)
    assert case_store.count() == 2
    with pytest.raises(database.CaseNotFoundError):
        case_store.restore(gone)
    case_store.delete(gone)
    case_store.purge(gone)
    with pytest.raises(database.CaseNotFoundError):
        case_store.get(gone)
    assert case_store.count(ListQuery(trash=True)) == 0
    assert case_store.list(ListQuery(text="删除", trash=True)) == []
    # IDs are never reused after a purge.
    assert case_store.create(case_factory()) > gone


def test_purge_erases_the_text_from_the_file(store_path, case_factory):
    secret = "机密备注内容ZQXJ"
    with CaseStore.open(store_path) as s:
        case_id = s.create(case_factory(notes=secret * 20))
        s.delete(case_id)
        s.purge(case_id)
    data = store_path.read_bytes()
    assert secret.encode() * 2 not in data


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("辱骂", {"insult"}),  # 2 characters: the grams index
        ("骂", {"insult", "tag"}),  # 1 character
        ("0%", {"percent"}),  # ASCII punctuation in a short word: LIKE
        ("_", set()),
        ("长期辱骂", {"insult"}),  # 4 characters: trigram FTS
        ("谣言传播", {"rumor"}),
        ("物业费", {"tag"}),  # a tag
        ("rumour", {"rumor"}),
        ("RUMOUR", {"rumor"}),  # case-insensitive
        ("业主 谣言", {"rumor"}),  # all words must match
        ("100%", {"percent"}),  # LIKE wildcards are literal
        ("不存在的词", set()),
        ('"quoted', set()),
    ],
)
def test_full_text_search_finds_chinese_in_titles_notes_tags(
    case_store, case_factory, query, expected
):
    ids = {
        "insult": case_store.create(case_factory(title="业主群长期辱骂案", notes="")),
        "rumor": case_store.create(case_factory(title="业主群", notes="有人谣言传播 rumour")),
        "tag": case_store.create(case_factory(title="群", notes="骂"), tags=["物业费"]),
        "percent": case_store.create(case_factory(title="折扣 100%", notes="")),
    }
    case_store.create(case_factory(title="100 percent", notes=""))
    found = {r.id for r in case_store.list(ListQuery(text=query))}
    assert found == {ids[k] for k in expected}
    assert case_store.count(ListQuery(text=query)) == len(expected)


def test_search_in_notes_finds_a_note_containing_the_word(case_store, case_factory):
    case_id = case_store.create(case_factory(title="甲", notes="2019年5月，群内有人多次辱骂业主。"))
    case_store.create(case_factory(title="乙", notes="无关"))
    assert [r.id for r in case_store.list(ListQuery(text="辱骂"))] == [case_id]
    assert [r.id for r in case_store.list(ListQuery(text="辱骂业主"))] == [case_id]


def _filled(case_store, case_factory):
    ids = {}
    ids["a"] = case_store.create(
        case_factory(title="A", date=FuzzyDate(2019, 1, 1), platform=domain.Platform.QQ)
    )
    ids["b"] = case_store.create(
        case_factory(title="B", date=FuzzyDate(2020, 6, 1), platform=domain.Platform.WECHAT)
    )
    ids["c"] = case_store.create(case_factory(title="C", date=None, platform=None))
    d = case_factory(title="D", date=FuzzyDate(2021, 3, 1), platform=domain.Platform.WECHAT)
    d = dataclasses.replace(d, incident=dataclasses.replace(d.incident, content=()))
    ids["d"] = case_store.create(d)
    for key in ("a", "b", "d"):
        case_store.analyse(ids[key], today=dt.date(2026, 11, 1))
    return ids


def test_filters_by_outcome_platform_and_date_range(case_store, case_factory):
    ids = _filled(case_store, case_factory)
    outcomes = {k: case_store.get(v).analysis.outcome for k, v in ids.items() if k != "c"}
    assert len(set(outcomes.values())) > 1
    for outcome in set(outcomes.values()):
        got = {r.id for r in case_store.list(ListQuery(outcome=outcome))}
        assert got == {ids[k] for k, o in outcomes.items() if o == outcome}
    wechat = {r.id for r in case_store.list(ListQuery(platform="wechat"))}
    assert wechat == {ids["b"], ids["d"]}
    ranged = case_store.list(ListQuery(date_from=dt.date(2019, 1, 1), date_to=dt.date(2020, 6, 1)))
    assert {r.id for r in ranged} == {ids["a"], ids["b"]}
    after = case_store.list(ListQuery(date_from=dt.date(2020, 6, 2)))
    assert {r.id for r in after} == {ids["d"]}
    both = case_store.list(ListQuery(platform="wechat", date_to=dt.date(2020, 12, 31)))
    assert [r.id for r in both] == [ids["b"]]


@pytest.mark.parametrize("column", columns.SORT_COLUMNS)
@pytest.mark.parametrize("descending", [True, False])
def test_sort_by_any_column_with_unknowns_last(case_store, case_factory, column, descending):
    ids = _filled(case_store, case_factory)
    if column == "deleted_at":
        case_store.delete(ids["b"])
        case_store.delete(ids["a"])
        query = ListQuery(trash=True, sort=column, descending=descending)
    else:
        query = ListQuery(sort=column, descending=descending)
    rows = case_store.list(query)
    values = [getattr(r, column) for r in rows]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=descending)
    assert values == known + [None] * (len(values) - len(known))
    assert len(rows) == case_store.count(query)


def test_default_list_is_by_last_update_and_pages(case_store, case_factory):
    ids = [case_store.create(case_factory(title=f"case {i}")) for i in range(7)]
    case_store.update(ids[2], case_factory(title="touched"))
    rows = case_store.list()
    assert rows[0].id == ids[2]
    page = case_store.list(ListQuery(offset=2, limit=3))
    assert [r.id for r in page] == [r.id for r in rows[2:5]]
    with pytest.raises(ValueError, match="sort"):
        case_store.list(ListQuery(sort="facts"))


def test_reanalysis_keeps_history_and_explains_changes(case_store, case_factory):
    case_id = case_store.create(case_factory())
    today = dt.date(2026, 11, 1)
    first = case_store.analyse(case_id, today=today)
    again = case_store.analyse(case_id, today=today)
    assert again.id == first.id  # identical: no new history entry
    assert len(case_store.history(case_id)) == 1
    wide = assumptions.Settings(timely_window_hours=48.0)
    second = case_store.analyse(case_id, wide, today=today)
    assert second.id != first.id
    assert second.settings == {
        "small_family_max": 10,
        "timely_window_hours": 48.0,
        "late_window_hours": 72.0,
    }
    # A newer ruleset: simulate with a recorded analysis carrying another version.
    result = dataclasses.replace(analyzer.analyze(case_store.get(case_id).case, wide, today))
    newer = dataclasses.replace(result, ruleset="2099.1-1")
    third = case_store.save_analysis(case_id, newer)
    history = case_store.history(case_id)
    assert [r.id for r in history] == [first.id, second.id, third.id]
    assert case_store.get(case_id).analysis == third
    changes = case_store.changes(case_id)
    assert len(changes) == 2
    assert [(r.kind, r.name, r.before, r.after) for r in changes[0].reasons] == [
        (store_records.ChangeKind.SETTING, "timely_window_hours", "24.0", "48.0")
    ]
    assert [(r.kind, r.before, r.after) for r in changes[1].reasons] == [
        (store_records.ChangeKind.RULESET, engine.RULESET, "2099.1-1")
    ]
    assert "timely_window_hours 24.0 → 48.0" in changes[0].text("en")
    assert "2099.1-1" in changes[1].text("zh")


def test_outcome_change_from_a_fact_edit_is_explained(case_store, case_factory):
    case_id = case_store.create(case_factory(knew=False))
    first = case_store.analyse(case_id, today=dt.date(2026, 11, 1))
    edited = case_factory(knew=True)
    stored = case_store.update(case_id, edited)
    assert stored.analysis_stale
    second = case_store.analyse(case_id, today=dt.date(2026, 11, 1))
    assert not case_store.get(case_id).analysis_stale
    change = case_store.changes(case_id)[0]
    assert (change.before.id, change.after.id) == (first.id, second.id)
    assert [(r.kind, r.name, r.before, r.after) for r in change.reasons] == [
        (store_records.ChangeKind.FACT, "incident.knew", "false", "true")
    ]
    if first.outcome != second.outcome:
        assert f"{first.outcome} → {second.outcome}" in change.text("en")


def _batch(tmp_path: Path, cases: list[object], name: str = "batch.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_batch_is_all_or_nothing_with_the_spec_message(case_store, case_factory, tmp_path):
    good = domain.case_to_json(case_factory())
    bad = json.loads(json.dumps(good))
    bad["incident"]["platform"] = "facebook"
    path = _batch(tmp_path, [good, good, bad, good])
    with pytest.raises(case_files.CaseFileError) as info:
        case_store.import_file(path)
    assert info.value.position == 2
    assert info.value.field == "incident.platform"
    text = info.value.text("zh")
    assert str(path) in text
    assert "第 3 个案件" in text
    assert case_store.count() == 0
    assert case_store.count(ListQuery(trash=True)) == 0


def test_import_rolls_back_when_the_disk_fills_midway(case_store, case_factory, tmp_path):
    case_store.create(case_factory())
    big = domain.case_to_json(case_factory(notes="长" * 20000))
    path = _batch(tmp_path, [big] * 30)
    conn = case_store._db()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(database.DiskFullError) as info:
        case_store.import_file(path)
    assert str(case_store.path) in info.value.text("en")
    assert case_store.count() == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert len(case_store.import_file(path)) == 30


def test_create_on_a_full_disk_saves_nothing(case_store, case_factory):
    conn = case_store._db()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(database.DiskFullError) as info:
        case_store.create(case_factory(notes="满" * 50000))
    assert "磁盘已满" in info.value.text("zh")
    assert case_store.count() == 0


def test_import_records_first_analysis_unless_told_not_to(case_store, case_factory, tmp_path):
    path = _batch(tmp_path, [domain.case_to_json(case_factory())])
    [with_analysis] = case_store.import_file(path, tags=["导入"])
    record = case_store.get(with_analysis).analysis
    full = analyzer.analyze(case_factory())
    assert record is not None
    assert (record.outcome, record.route, record.missing) == (
        full.outcome.value,
        None if full.route is None else full.route.value,
        full.missing,
    )
    assert case_store.get(with_analysis).tags == ("导入",)
    [without] = case_store.import_file(path, settings=None)
    assert case_store.get(without).analysis is None


def test_export_then_import_round_trips_exactly(case_store, case_factory, tmp_path):
    cases = [
        case_factory(),
        domain.Case(title="", notes=""),  # everything unknown
        case_factory(title='引号 " 反斜杠 \\ 换行\n表情 🙂', notes="\t\u0000 多行\n备注"),
    ]
    ids = [case_store.create(c) for c in cases]
    out = tmp_path / "out.json"
    case_store.export(ids, out)
    assert case_files.load_file(out).is_batch
    new_ids = case_store.import_file(out)
    assert [case_store.get(i).case for i in new_ids] == cases
    again = tmp_path / "again.json"
    case_store.export(new_ids, again)
    assert again.read_bytes() == out.read_bytes()
    single = tmp_path / "one.json"
    case_store.export([ids[2]], single)
    loaded = case_files.load_file(single)
    assert not loaded.is_batch
    assert loaded.cases == (cases[2],)
    with pytest.raises(database.CaseNotFoundError):
        case_store.export([ids[0], 999], tmp_path / "none.json")
    assert not (tmp_path / "none.json").exists()


def test_backup_while_open_and_restore(store_path, case_factory, tmp_path):
    backup = tmp_path / "backups" / "b.sqlite3"
    backup.parent.mkdir()
    with CaseStore.open(store_path) as s:
        first = s.create(case_factory(title="备份前"))
        s.analyse(first, today=dt.date(2026, 11, 1))
        s.backup(backup)
        s.create(case_factory(title="备份后"))
    assert backup.stat().st_mode & 0o777 == 0o600
    assert not Path(f"{backup}-wal").exists()
    CaseStore.check_backup(backup)
    old_bytes = store_path.read_bytes()
    aside = CaseStore.restore_backup(backup, store_path)
    assert aside is not None
    assert aside.read_bytes() == old_bytes
    with CaseStore.open(store_path) as s:
        assert [r.title for r in s.list()] == ["备份前"]
        assert len(s.history(first)) == 1
    with CaseStore.open(aside) as s:
        assert s.count() == 2


def test_restore_refuses_a_bad_backup_and_changes_nothing(store_path, case_factory, tmp_path):
    with CaseStore.open(store_path) as s:
        s.create(case_factory())
    before = store_path.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(database.ForeignFileError):
        CaseStore.restore_backup(junk, store_path)
    with pytest.raises(database.MissingFileError):
        CaseStore.restore_backup(tmp_path / "missing.sqlite3", store_path)
    assert store_path.read_bytes() == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["cases.sqlite3"]


def test_backup_refuses_the_store_itself(case_store):
    with pytest.raises(database.UnwritableStoreError):
        case_store.backup(case_store.path)


def test_default_path_is_in_the_user_data_folder(monkeypatch, tmp_path, case_factory):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = database.default_path()
    assert path.name == "cases.sqlite3"
    assert tmp_path / "xdg" in path.parents
    with CaseStore.open() as s:
        assert s.path == path
        s.create(case_factory())
    assert path.exists()
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_closed_store_refuses_use(store_path):
    s = CaseStore.open(store_path)
    s.close()
    s.close()
    with pytest.raises(RuntimeError):
        s.list()


def test_schema_settings(case_store):
    conn = case_store._db()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
