"""CaseStore.save: a case and its analysis written in one transaction, search touched only for text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from cases.analysis import analyzer
from cases.model import domain
from cases.rules.assumptions import Settings
from cases.store import database, health
from cases.store.database import CaseStore, ListQuery

TODAY = dt.date(2026, 1, 1)


class Statements:
    """The SQL statements a connection runs, as SQLite reports them."""

    def __init__(self, conn):
        self.seen = []
        self._conn = conn

    def __enter__(self):
        self._conn.set_trace_callback(self.seen.append)
        return self

    def __exit__(self, *exc):
        self._conn.set_trace_callback(None)

    def top_level(self):
        """Ours, without the statements SQLite's search tables run inside them ("-- ...")."""
        return [s for s in self.seen if not s.startswith("--")]

    def transactions(self):
        return sum(1 for s in self.seen if s.upper().startswith("BEGIN"))

    def touching(self, *tables):
        return [s for s in self.seen if any(t in s for t in tables)]


def _analysed(case, settings=None):
    return analyzer.analyze(case, settings or Settings(), TODAY)


def _edit(case, **facts):
    return dataclasses.replace(case, incident=domain.with_facts(case.incident, **facts))


def test_an_autosave_of_a_fact_edit_runs_five_statements_in_one_transaction(
    case_store, case_factory
):
    case_id = case_store.create(case_factory(), tags=["物业"])
    case_store.save(case_id, case_factory(), _analysed(case_factory()))
    edited = _edit(case_factory(), knew=False)
    with Statements(case_store._db()) as trace:
        case_store.save(case_id, edited, _analysed(edited))
    # BEGIN, one read (live? text changed? latest analysis the same?), the case, the
    # analysis, COMMIT; and no statement of the search tables' own (update + save_analysis
    # + get ran 25 of ours and 24 of theirs in 2 transactions).
    assert len(trace.seen) <= 5, trace.seen
    assert trace.transactions() == 1
    assert trace.touching("cases_fts", "cases_grams", "case_tags") == []
    assert [s for s in trace.seen if s.startswith("SELECT facts")] == []
    stored = case_store.get(case_id)
    assert stored.case == edited
    assert stored.tags == ("物业",)
    assert stored.analysis is not None
    assert stored.analysis.outcome == _analysed(edited).outcome.value
    assert not stored.analysis_stale
    assert health.check(case_store.path).healthy


def test_saving_the_same_analysis_again_refreshes_the_record_and_keeps_no_new_one(
    case_store, case_factory
):
    case_id = case_store.create(case_factory())
    case_store.save(case_id, case_factory(), _analysed(case_factory()))
    first = case_store.history(case_id)
    with Statements(case_store._db()) as trace:
        case_store.save(case_id, case_factory(), _analysed(case_factory()))
    assert len(trace.seen) <= 5, trace.seen
    again = case_store.history(case_id)
    assert len(again) == len(first) == 1
    assert again[0].id == first[0].id
    assert again[0].analysed_at >= first[0].analysed_at


def test_a_changed_title_or_notes_is_found_by_search_at_once(case_store, case_factory):
    case_id = case_store.create(case_factory(), tags=["物业"])
    renamed = dataclasses.replace(case_factory(), title="邻里纠纷", notes="电话 13800138000")
    with Statements(case_store._db()) as trace:
        row = case_store.save(case_id, renamed, _analysed(renamed))
    assert trace.transactions() == 1
    # The five, the tags read for the search row, and both search rows rewritten.
    assert len(trace.top_level()) <= 10, trace.top_level()
    assert trace.touching("cases_fts")
    assert trace.touching("cases_grams")
    assert row.title == "邻里纠纷"
    for words in ("邻里纠纷", "邻里", "13800138000", "物业"):
        assert [r.id for r in case_store.list(ListQuery(text=words))] == [case_id], words
    assert case_store.list(ListQuery(text="业主群长期")) == []
    assert case_store.count(ListQuery(text="辱骂")) == 0
    assert health.check(case_store.path).healthy


def test_new_tags_are_stored_and_searchable_and_unchanged_tags_touch_nothing(
    case_store, case_factory
):
    case_id = case_store.create(case_factory(), tags=["物业"])
    case_store.save(case_id, case_factory(), None, tags=["邻里", "b"])
    assert case_store.get(case_id).tags == ("b", "邻里")
    assert [r.id for r in case_store.list(ListQuery(text="邻里"))] == [case_id]
    assert case_store.list(ListQuery(text="物业")) == []
    with Statements(case_store._db()) as trace:
        case_store.save(case_id, case_factory(), None, tags=["邻里", "b", " b "])
    assert trace.touching("cases_fts", "cases_grams") == []
    assert trace.touching("INSERT INTO case_tags") == []
    assert health.check(case_store.path).healthy


def test_save_returns_the_case_list_row(case_store, case_factory):
    case_id = case_store.create(case_factory())
    created = case_store.get(case_id)
    edited = dataclasses.replace(
        _edit(case_factory(), platform=domain.Platform.QQ), title="改了标题"
    )
    analysis = _analysed(edited)
    row = case_store.save(case_id, edited, analysis)
    assert row == case_store.list(ListQuery())[0]
    assert row.outcome == analysis.outcome.value
    assert row.platform == "qq"
    assert row.created_at == created.created_at
    assert row.updated_at > created.updated_at


def test_the_recorded_analysis_is_of_the_facts_saved_with_it(case_store, case_factory):
    case_id = case_store.create(case_factory())
    edited = _edit(case_factory(), knew=None)
    case_store.save(case_id, edited, _analysed(edited))
    record = case_store.get(case_id).analysis
    assert record is not None
    assert record.incident == domain.incident_to_json(edited.incident)
    assert record.missing == _analysed(edited).missing
    assert record.analysis_date == TODAY.isoformat()


def test_a_new_analysis_keeps_the_old_one_in_the_history(case_store, case_factory):
    case_id = case_store.create(case_factory())
    case_store.save(case_id, case_factory(), _analysed(case_factory()))
    wider = _analysed(case_factory(), Settings(timely_window_hours=48))
    case_store.save(case_id, case_factory(), wider)
    history = case_store.history(case_id)
    assert [r.settings["timely_window_hours"] for r in history] == [24, 48]
    changes = case_store.changes(case_id)
    assert [reason.name for reason in changes[0].reasons] == ["timely_window_hours"]


def test_save_refuses_a_case_in_the_trash_or_missing_and_changes_nothing(case_store, case_factory):
    case_id = case_store.create(case_factory())
    case_store.delete(case_id)
    with pytest.raises(database.CaseNotFoundError) as info:
        case_store.save(case_id, case_factory(title="不该存"), _analysed(case_factory()))
    assert info.value.state == "in_trash"
    assert case_store.get(case_id).case == case_factory()
    assert case_store.history(case_id) == []
    with pytest.raises(database.CaseNotFoundError):
        case_store.save(999, case_factory(), None)


def test_save_is_atomic_when_it_fails_midway(case_store, case_factory):
    case_id = case_store.create(case_factory())
    case_store._db().execute("DROP TABLE cases_grams")
    renamed = case_factory(title="半截")
    with pytest.raises(sqlite3.OperationalError):
        case_store.save(case_id, renamed, _analysed(renamed))
    stored = case_store.get(case_id)
    assert stored.case.title == "业主群长期辱骂案"
    assert stored.analysis is None


def test_save_on_a_full_disk_saves_nothing(case_store, case_factory):
    case_id = case_store.create(case_factory())
    conn = case_store._db()
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    big = case_factory(notes="满" * 50000)
    with pytest.raises(database.DiskFullError):
        case_store.save(case_id, big, _analysed(big))
    assert case_store.get(case_id).case == case_factory()


def test_a_lone_surrogate_is_refused_before_anything_is_written(case_store, case_factory):
    case_id = case_store.create(case_factory())
    with pytest.raises(UnicodeEncodeError):
        case_store.save(case_id, case_factory(title="\ud800"), None)
    assert case_store.get(case_id).case == case_factory()


def test_a_case_whose_stored_title_is_not_utf8_can_still_be_saved(case_store, case_factory):
    case_id = case_store.create(case_factory())
    case_store._db().execute(
        "UPDATE cases SET title = CAST(X'E4B8' AS TEXT) WHERE id = ?", (case_id,)
    )
    mended = case_factory(title="修好的标题")
    row = case_store.save(case_id, mended, _analysed(mended))
    assert row.title == "修好的标题"
    assert case_store.get(case_id).case.title == "修好的标题"
    assert [r.id for r in case_store.list(ListQuery(text="修好的"))] == [case_id]


def test_a_store_opened_read_only_refuses_save(store_path, case_factory):
    with CaseStore.open(store_path) as store:
        case_id = store.create(case_factory())
    conn = sqlite3.connect(f"{store_path.absolute().as_uri()}?mode=ro", uri=True)
    read_only = CaseStore(store_path, conn, read_only=True)
    try:
        with pytest.raises(database.UnwritableStoreError):
            read_only.save(case_id, case_factory(title="不该存"), None)
    finally:
        read_only.close()
