"""The case session without a window: open, edit, undo, re-analyse, autosave, on a real store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cases.analysis import analyzer
from cases.model import case_files, domain
from cases.rules.assumptions import Settings
from cases.store import database
from cases.store.database import CaseStore, ListQuery
from desktop import case_session
from desktop.case_session import CaseSession

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
EXAMPLE = EXAMPLES / "07-owners-group-long-insult.json"
WAIT = case_session.SAVE_DELAY_MS * 5


@pytest.fixture
def store(tmp_path):
    opened = CaseStore.open(tmp_path / "cases.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def session(qtbot, store):
    made = CaseSession(store, Settings())
    yield made
    made.flush()


def _example() -> domain.Case:
    return case_files.load_file(EXAMPLE).cases[0]


def test_opening_a_case_never_analysed_shows_its_analysis_and_records_it_soon(
    qtbot, session, store
):
    case_id = store.create(_example())
    with qtbot.wait_signal(session.case_opened) as opened:
        assert session.open_case(case_id)
    assert opened.args == [case_id]
    assert session.case() == _example()
    assert session.analysis().outcome.value == "NOT_EXEMPT"
    with qtbot.wait_signal(session.case_saved, timeout=WAIT) as saved:
        pass
    row = saved.args[0]
    assert (row.id, row.outcome) == (case_id, "NOT_EXEMPT")
    assert store.get(case_id).analysis.outcome == "NOT_EXEMPT"


def test_opening_a_case_whose_analysis_stands_writes_nothing(qtbot, session, store):
    case_id = store.create(_example())
    store.analyse(case_id)
    before = store.get(case_id)
    with qtbot.assert_not_emitted(session.case_saved, wait=case_session.SAVE_DELAY_MS * 2):
        session.open_case(case_id)
    assert store.get(case_id) == before


def test_opening_a_case_analysed_under_other_settings_records_todays(qtbot, store):
    case_id = store.create(_example())
    store.analyse(case_id, Settings(timely_window_hours=48))
    session = CaseSession(store, Settings())
    session.open_case(case_id)
    with qtbot.wait_signal(session.case_saved, timeout=WAIT):
        pass
    assert [r.settings["timely_window_hours"] for r in store.history(case_id)] == [48, 24]


def test_an_edit_is_analysed_at_once_and_saved_after_a_pause_in_five_statements(
    qtbot, session, store
):
    case_id = store.create(_example())
    store.analyse(case_id)
    session.open_case(case_id)
    with (
        qtbot.wait_signal(session.facts_changed) as changed,
        qtbot.wait_signal(session.analysis_updated) as analysed,
    ):
        assert session.edit("knew", False, "Change: knew", merge=False)
    assert changed.args[0].incident.knew is False
    assert analysed.args[0] is session.analysis()
    assert session.undo_stack.count() == 1
    assert store.get(case_id).case.incident.knew is True  # not yet: typing never waits
    statements: list[str] = []
    store._db().set_trace_callback(statements.append)
    try:
        with qtbot.wait_signal(session.case_saved, timeout=WAIT):
            pass
    finally:
        store._db().set_trace_callback(None)
    assert len(statements) <= 5, statements
    assert sum(s.startswith("BEGIN") for s in statements) == 1
    stored = store.get(case_id)
    assert stored.case.incident.knew is False
    assert stored.analysis.outcome == session.analysis().outcome.value
    assert not stored.analysis_stale


def test_an_answer_given_again_is_no_edit(session, store):
    session.open_case(store.create(_example()))
    assert not session.edit("knew", True, "Change: knew", merge=False)
    assert session.undo_stack.count() == 0


def test_typing_merges_into_one_step_and_undo_restores_and_saves(qtbot, session, store):
    case_id = store.create(_example())
    session.open_case(case_id)
    for title in ("A", "Ab", "Abc"):
        session.edit("title", title, "Change: title", merge=True)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.case().title == _example().title
    session.flush()
    assert store.get(case_id).case.title == _example().title
    assert [r.id for r in store.list(ListQuery(text=_example().title[:4]))] == [case_id]
    session.undo_stack.redo()
    session.flush()
    assert [r.id for r in store.list(ListQuery(text="Abc"))] == [case_id]


def test_a_failed_save_is_reported_and_what_was_saved_stays(qtbot, session, store):
    case_id = store.create(_example())
    session.open_case(case_id)
    session.flush()
    conn = store._db()
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    session.edit("notes", "满" * 50000, "Change: notes", merge=True)
    with qtbot.wait_signal(session.save_failed) as failed:
        session.flush()
    assert isinstance(failed.args[0], database.DiskFullError)
    assert store.get(case_id).case == _example()


def test_a_case_that_cannot_be_read_is_reported_and_the_open_one_stays(qtbot, session, store):
    case_id = store.create(_example())
    session.open_case(case_id)
    with qtbot.wait_signal(session.open_failed) as failed:
        assert not session.open_case(9999)
    assert isinstance(failed.args[0], database.CaseNotFoundError)
    assert session.case_id() == case_id


def test_trashing_the_open_case_closes_it_and_undo_brings_it_back(qtbot, session, store):
    case_id = store.create(_example())
    session.open_case(case_id)
    with (
        qtbot.wait_signal(session.cases_changed),
        qtbot.wait_signal(session.case_closed) as closed,
    ):
        session.trash(case_id, "Move to trash")
    assert closed.args == [case_id]
    assert session.case_id() is None
    assert store.get(case_id).deleted_at is not None
    with qtbot.wait_signal(session.case_opened):
        session.undo_stack.undo()
    assert session.case_id() == case_id
    assert store.get(case_id).deleted_at is None


def test_new_and_duplicate_open_the_new_case_and_undo_trashes_it(session, store):
    first = store.create(_example())
    session.open_case(first)
    session.duplicate(first, "Duplicate")
    copy = session.case_id()
    assert copy != first
    assert session.case().incident == _example().incident
    session.new_case()
    assert session.case() == domain.Case()
    assert session.case_id() is None
    assert store.count() == 2  # an empty new case is stored at its first answer
    session.edit("knew", True, "Change: knew", merge=False)
    assert store.count() == 3
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert store.count() == 1


def test_importing_into_an_untouched_blank_store_purges_the_blank_case(session, store):
    blank = store.create(domain.Case())  # what an earlier version stored in an empty store
    session.open_case(blank)
    ids = session.import_file(EXAMPLE)
    assert store.count() == 1
    assert store.count(ListQuery(trash=True)) == 0
    with pytest.raises(database.CaseNotFoundError):
        store.get(blank)
    assert session.case_id() is None
    assert store.get(ids[0]).analysis is not None


def test_importing_after_an_edit_keeps_the_blank_case(session, store):
    blank = store.create(domain.Case())
    session.open_case(blank)
    session.edit("knew", True, "Change: knew", merge=False)
    session.edit("knew", None, "Change: knew", merge=False)
    assert session.case() == domain.Case()  # blank again, but it was used
    session.import_file(EXAMPLE)
    assert store.count() == 2
    assert session.case_id() == blank


def test_other_settings_reanalyse_the_open_case_and_are_recorded(qtbot, session, store):
    case = dataclasses.replace(
        _example(), incident=domain.with_facts(_example().incident, member_count=8)
    )
    case = dataclasses.replace(case, incident=domain.with_facts(case.incident, family_only=True))
    case_id = store.create(case)
    session.open_case(case_id)
    assert session.analysis().outcome.value == "PRIVATE_SPACE"
    with qtbot.wait_signal(session.analysis_updated) as analysed:
        session.set_settings(Settings(small_family_max=5))
    assert analysed.args[0].outcome.value != "PRIVATE_SPACE"
    session.flush()
    assert store.get(case_id).analysis.settings["small_family_max"] == 5
    expected = analyzer.analyze(case, Settings(small_family_max=5))
    assert store.get(case_id).analysis.outcome == expected.outcome.value


def test_a_change_made_by_another_process_is_noticed_once(session, store, tmp_path):
    assert not session.changed_elsewhere()
    with CaseStore.open(tmp_path / "cases.sqlite3") as elsewhere:
        elsewhere.create(_example())
    assert session.changed_elsewhere()
    assert not session.changed_elsewhere()
    session.open_draft()
    session.edit("title", "甲", "Change: title", merge=True)  # its own change is no news
    assert not session.changed_elsewhere()


def test_closing_saves_the_pending_edit_and_closes_the_store(tmp_path):
    store = CaseStore.open(tmp_path / "cases.sqlite3")
    session = CaseSession(store, Settings())
    case_id = store.create(_example())
    session.open_case(case_id)
    session.edit("title", "关闭前", "Change: title", merge=True)
    session.close()
    with CaseStore.open(tmp_path / "cases.sqlite3") as again:
        assert again.get(case_id).case.title == "关闭前"
    with pytest.raises(RuntimeError):
        store.count()


def test_undo_into_a_case_that_is_gone_leaves_the_open_case_alone(qtbot, session, store):
    first, second = store.create(_example()), store.create(domain.Case(title="乙"))
    session.open_case(second)
    session.edit("knew", True, "Change: knew", merge=False)
    session.open_case(first)
    store.delete(second)
    store.purge(second)  # e.g. by `cases purge` after the window closed, in an older version
    with qtbot.wait_signal(session.open_failed):
        session.undo_stack.undo()
    assert session.case_id() == first
    assert session.case() == _example()
    session.flush()
    assert store.get(first).case == _example()
