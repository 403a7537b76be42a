"""Odd values at the store's command line: dates an older version saved, huge numbers,
file names that are not UTF-8. Each gets an answer, never an internal error."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from cases import cli, model, store

NEXT_YEAR = dt.date.today().year + 1


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["cases", *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "store" / "cases.sqlite3")


@pytest.fixture
def case_file(tmp_path, case_factory) -> Path:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(model.case_to_json(case_factory()), ensure_ascii=False), "utf-8")
    return path


def _as_an_older_version_saved_it(db: str, old: str, new: str) -> None:
    """Replace a value in case #1's facts and recorded analyses, bypassing today's checks."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE cases SET facts = replace(facts, ?, ?)", (old, new))
        conn.execute("UPDATE analyses SET incident = replace(incident, ?, ?)", (old, new))
    conn.close()


@pytest.mark.parametrize(
    ("field", "written", "shown"),
    [
        # strftime wrote years below 1000 unpadded; no reader accepted them back.
        ("discovered_at", "1-01-01T00:00", "0001-01-01T00:00"),
        ("discovered_at", "9999-12-31T23:59", "9999-12-31T23:59"),
        ("date", "0001-01-01", "0001-01-01"),
        ("date", "1989-06-04", "1989-06-04"),
    ],
)
def test_a_stored_date_out_of_range_opens_everywhere_with_a_warning(
    capsys, db, case_file, tmp_path, field, written, shown
):
    assert run(capsys, "import", str(case_file), "--db", db)[0] == 0
    before = {"discovered_at": '"2019-05-14T09:00"', "date": '"2019-05-01"'}[field]
    _as_an_older_version_saved_it(db, before, f'"{written}"')

    status, out, err = run(capsys, "show", "1", "--db", db, "--lang", "en")
    assert status == 0, err
    assert f'"{field}": "{shown}"' in out
    assert "warning: case #1:" in err
    assert shown in err
    assert f"1990 to {NEXT_YEAR}" in err

    status, out, err = run(capsys, "show", "1", "--db", db, "--json")
    assert status == 0, err
    shown_json = json.loads(out)
    assert shown_json["case"]["incident"][field] == shown
    assert "1990" in err

    status, out, err = run(capsys, "analyze", "1", "--db", db, "--lang", "en")
    assert status == 0, err
    assert shown in err
    status, out, err = run(capsys, "show", "1", "--db", db, "--json")
    assert json.loads(out)["analysis_stale"] is False
    # The padding is no change of fact between the old analysis and the new one.
    assert all(field not in change["text"] for change in json.loads(out)["changes"])

    exported = tmp_path / "out.json"
    status, out, err = run(capsys, "export", "1", "-o", str(exported), "--db", db, "--lang", "en")
    assert status == 0, err
    assert json.loads(exported.read_text("utf-8"))["incident"][field] == shown
    assert shown in err

    pdf = tmp_path / "case.pdf"
    status, out, err = run(capsys, "export-pdf", "1", str(pdf), "--db", db, "--lang", "en")
    assert status == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert shown in err


def test_a_stored_unpadded_year_is_read_and_saved_back_zero_padded(db, case_file, capsys):
    assert run(capsys, "import", str(case_file), "--db", db)[0] == 0
    _as_an_older_version_saved_it(db, '"2019-05-15T10:00"', '"999-02-03T04:05"')
    with store.CaseStore.open(Path(db)) as opened:
        stored = opened.get(1)
        assert stored.case.incident.actions[0].at == dt.datetime(999, 2, 3, 4, 5)
        opened.update(1, stored.case)
    conn = sqlite3.connect(db)
    (facts,) = conn.execute("SELECT facts FROM cases WHERE id = 1").fetchone()
    conn.close()
    assert '"0999-02-03T04:05"' in facts
