"""Stores that are not quite right: damaged text."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cases import cli, model
from cases.store import CaseStore

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["cases", *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path, case_factory) -> Path:
    path = tmp_path / "data" / "cases.sqlite3"
    with CaseStore.open(path) as s:
        s.create(case_factory(title="完好的案件"), tags=["物业"])
        s.create(case_factory(title="标题将被损坏"))
    return path


def _damage(path: Path, sql: str) -> None:
    """Write bytes that are not UTF-8 into a text cell, as a bad disk or tool might."""
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


# --------------------------------------------------------------------------- damaged text


def test_a_title_that_is_not_utf8_is_listed_with_replacement_and_the_case_named(capsys, db):
    _damage(db, "UPDATE cases SET title = CAST(x'e4b8ff41e6a188' AS TEXT) WHERE id = 2")
    status, out, err = run(capsys, "list", "--db", str(db))
    assert status == cli.EXIT_OK, err
    assert "完好的案件" in out
    line = next(x for x in out.splitlines() if x.startswith("#2"))
    assert line.endswith("\ufffdA案")  # the bytes that decode are kept, the rest replaced
    assert "案件 #2" in err
    assert "UTF-8" in err
    assert "internal error" not in err
    status, out, err = run(capsys, "list", "--db", str(db), "--json", "--lang", "en")
    assert status == cli.EXIT_OK
    rows = json.loads(out)["rows"]
    assert [r["id"] for r in rows if "\ufffd" in r["title"]] == [2]
    assert "case #2" in err


def test_the_core_list_reads_damaged_text_with_replacement_and_remembers_the_case(db):
    _damage(db, "UPDATE cases SET title = CAST(x'ff' AS TEXT) WHERE id = 2")
    with CaseStore.open(db) as s:
        titles = {r.id: r.title for r in s.list()}
        assert titles == {1: "完好的案件", 2: "\ufffd"}
        assert s.damaged_text == {2}


def test_a_case_whose_facts_are_not_utf8_is_shown_with_replacement(capsys, db):
    with CaseStore.open(db) as s:
        facts = json.dumps(model.case_to_json(s.get(2).case), ensure_ascii=False)
    damaged = facts.replace("标题将被损坏", "\x00MARK\x00").encode("utf-8")
    damaged = damaged.replace(b"\x00MARK\x00", b"\xe4\xb8\xff")
    _damage(db, f"UPDATE cases SET facts = CAST(x'{damaged.hex()}' AS TEXT) WHERE id = 2")
    status, out, err = run(capsys, "show", "2", "--db", str(db))
    assert status == cli.EXIT_OK, err
    assert out.startswith("#2 \ufffd")
    assert "案件 #2" in err
    assert "internal error" not in err
