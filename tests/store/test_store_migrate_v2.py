"""Schema version 5: every stored case and analysis rewritten in case format 2, in one go."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from cases.cli import main as cli
from cases.model import domain
from cases.model.fuzzy import FuzzyTime
from cases.store import database
from cases.store.database import CaseStore

NOW = "2026-01-01T00:00:00.000000+00:00"
SETTINGS = {"small_family_max": 10, "timely_window_hours": 24.0}


def _v1(case: domain.Case) -> dict:
    data = domain.case_to_json(case)
    data["version"] = 1
    for name in domain.V2_FIELDS:
        del data["incident"][name]
    for action in data["incident"]["actions"] or ():
        del action["by"]
    return data


def v4_store(path: Path, cases: list[domain.Case], analyses_per_case: int = 2) -> None:
    """A schema-4 store as the app wrote it, facts in format version 1, each case analysed."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        database.migrate(conn, 4)
        conn.execute("BEGIN")
        for i, case in enumerate(cases, 1):
            data = _v1(case)
            conn.execute(
                "INSERT INTO cases (facts, title, notes, incident_date, platform, outcome,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'NOT_EXEMPT', ?, ?)",
                (
                    json.dumps(data, ensure_ascii=False),
                    case.title,
                    case.notes,
                    data["incident"]["date"],
                    data["incident"]["platform"],
                    NOW,
                    NOW,
                ),
            )
            for n in range(analyses_per_case):
                conn.execute(
                    "INSERT INTO analyses (case_id, analysed_at, analysis_date, outcome, route,"
                    " missing, ruleset, settings, incident) VALUES (?, ?, ?, ?, NULL, '[]',"
                    " ?, ?, ?)",
                    (
                        i,
                        NOW,
                        "2026-01-01",
                        "NOT_EXEMPT",
                        f"2025.1-{n}",
                        json.dumps(SETTINGS),
                        json.dumps(data["incident"], ensure_ascii=False),
                    ),
                )
        conn.execute("COMMIT")
    finally:
        conn.close()


@pytest.fixture
def old_cases(case_factory) -> list[domain.Case]:
    odd = case_factory(title="旧年份")
    odd_inc = domain.with_facts(
        odd.incident, discovered_at=FuzzyTime.exact(dt.datetime(999, 2, 3, 4, 5))
    )
    return [case_factory(title=f"旧案 {i}", notes=f"备注 {i}") for i in range(5)] + [
        domain.Case(odd_inc, "旧年份", "")
    ]


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_every_case_and_analysis_is_rewritten_as_format_2_losslessly(tmp_path, old_cases):
    path = tmp_path / "cases.sqlite3"
    v4_store(path, old_cases)
    before_facts = [json.loads(f) for (f,) in _rows(path, "SELECT facts FROM cases ORDER BY id")]
    reports: list[tuple[int, int]] = []
    with CaseStore.open(path, progress=lambda done, total: reports.append((done, total))) as s:
        for i, case in enumerate(old_cases, 1):
            stored = s.get(i)
            assert stored.case == case
            assert not stored.analysis_stale
            history = s.history(i)
            assert [r.ruleset for r in history] == ["2025.1-0", "2025.1-1"]
            assert [r.facts_format for r in history] == [1, 1]
            assert all(r.incident == domain.incident_to_json(case.incident) for r in history)
            assert s.changes(i)[0].reasons[0].kind.value == "ruleset"
            assert len(s.changes(i)[0].reasons) == 1  # no fact "changed" by the rewrite
        record = s.analyse(1)
        assert record.facts_format == 2
    facts = [json.loads(f) for (f,) in _rows(path, "SELECT facts FROM cases ORDER BY id")]
    for old, new in zip(before_facts, facts, strict=True):
        assert new["version"] == 2
        for name, value in old["incident"].items():
            if name == "actions":
                assert new["incident"]["actions"] == [{**a, "by": "self"} for a in value]
            elif name == "discovered_at" and value.startswith("999-"):
                assert new["incident"][name] == "0" + value  # written zero-padded
            else:
                assert new["incident"][name] == value, name
        for name in domain.V2_FIELDS:
            assert new["incident"][name] is None
        assert (new["title"], new["notes"]) == (old["title"], old["notes"])
    total = len(old_cases) * 3
    assert reports[0] == (0, total)
    assert reports[-1] == (total, total)
    assert _rows(path, "PRAGMA user_version") == [(database.SCHEMA_VERSION,)]


def test_a_new_store_reports_no_migration(tmp_path):
    reports: list[tuple[int, int]] = []
    CaseStore.open(tmp_path / "new.sqlite3", progress=lambda *a: reports.append(a)).close()
    assert reports == []


def test_an_up_to_date_store_reports_no_migration(tmp_path, case_factory):
    path = tmp_path / "cases.sqlite3"
    with CaseStore.open(path) as s:
        s.create(case_factory())
    reports: list[tuple[int, int]] = []
    CaseStore.open(path, progress=lambda *a: reports.append(a)).close()
    assert reports == []


def test_a_failed_migration_leaves_the_store_as_it_was(tmp_path, old_cases):
    path = tmp_path / "cases.sqlite3"
    v4_store(path, old_cases)
    before = _rows(path, "SELECT id, facts FROM cases ORDER BY id")
    before_analyses = _rows(path, "SELECT * FROM analyses ORDER BY id")

    def interrupt(done: int, total: int) -> None:
        if done >= len(old_cases):  # after every case was rewritten, before the analyses
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        CaseStore.open(path, progress=interrupt)
    assert _rows(path, "PRAGMA user_version") == [(4,)]
    assert _rows(path, "SELECT id, facts FROM cases ORDER BY id") == before
    assert _rows(path, "SELECT * FROM analyses ORDER BY id") == before_analyses
    with CaseStore.open(path) as s:
        assert s.get(1).case == old_cases[0]


def test_damaged_facts_are_left_for_the_damage_report(tmp_path, old_cases):
    path = tmp_path / "cases.sqlite3"
    v4_store(path, old_cases)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE cases SET facts = '{\"title\": ' WHERE id = 2")
    conn.execute("UPDATE analyses SET incident = CAST(x'e4b8' AS TEXT) WHERE id = 1")
    conn.commit()
    conn.close()
    with CaseStore.open(path) as s:
        assert s.get(1).case == old_cases[0]
        with pytest.raises(database.CorruptStoreError):
            s.get(2)
    assert _rows(path, "SELECT facts FROM cases WHERE id = 2") == [('{"title": ',)]


def test_cases_commands_print_a_progress_line_when_they_migrate(tmp_path, old_cases, capsys):
    path = tmp_path / "cases.sqlite3"
    v4_store(path, old_cases)
    assert cli.main(["cases", "list", "--db", str(path), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "Upgrading the case store" in err
    assert f"{len(old_cases) * 3}" in err
    assert "done" in err
    assert cli.main(["cases", "list", "--db", str(path)]) == 0
    assert capsys.readouterr().err == ""  # already migrated: nothing to say


def test_a_month_or_year_is_listed_when_it_reaches_into_the_date_range(tmp_path, case_factory):
    from cases.model.fuzzy import FuzzyDate
    from cases.store.database import ListQuery

    with CaseStore.open(tmp_path / "cases.sqlite3") as s:
        ids = {
            text: s.create(case_factory(title=text, date=FuzzyDate.parse(text)))
            for text in ("2019", "2019-05", "2019-05-09", "2019-06-01", "2020-01")
        }

        def listed(**bounds) -> set[str]:
            return {r.title for r in s.list(ListQuery(**bounds))}

        day = dt.date(2019, 5, 10)
        assert listed(date_from=day) == {"2019", "2019-05", "2019-06-01", "2020-01"}
        assert listed(date_to=day) == {"2019", "2019-05", "2019-05-09"}
        assert listed(date_to=dt.date(2019, 4, 30)) == {"2019"}
        assert listed(date_from=dt.date(2019, 6, 1), date_to=dt.date(2019, 12, 31)) == {
            "2019",
            "2019-06-01",
        }
        assert [r.incident_date for r in s.list(ListQuery(sort="incident_date"))] == [
            "2020-01",
            "2019-06-01",
            "2019-05-09",
            "2019-05",
            "2019",
        ]
        assert len(ids) == 5
