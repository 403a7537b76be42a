"""Odd values at the store's command line: dates an older version saved, huge numbers,
file names that are not UTF-8. Each gets an answer, never an internal error."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from cases.cli import common
from cases.cli import main as cli
from cases.model import domain, labels
from cases.model.fuzzy import FuzzyTime
from cases.store import database

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
    path.write_text(json.dumps(domain.case_to_json(case_factory()), ensure_ascii=False), "utf-8")
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
    # Shown among the facts, in words, as the panel shows it.
    assert f"{labels.field_label(field, 'en')}: {shown.replace('T', ' ')}" in out
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
    with database.CaseStore.open(Path(db)) as opened:
        stored = opened.get(1)
        assert stored.case.incident.actions[0].at == FuzzyTime.exact(dt.datetime(999, 2, 3, 4, 5))
        opened.update(1, stored.case)
    conn = sqlite3.connect(db)
    (facts,) = conn.execute("SELECT facts FROM cases WHERE id = 1").fetchone()
    conn.close()
    assert '"0999-02-03T04:05"' in facts


HUGE = str(10**20)


@pytest.mark.parametrize(
    "argv",
    [
        ["show", HUGE],
        ["analyze", HUGE],
        ["export", HUGE, "-o", "x.json"],
        ["export-pdf", HUGE, "x.pdf"],
        ["delete", HUGE],
        ["undelete", HUGE],
        ["purge", HUGE],
    ],
)
def test_a_case_id_beyond_any_store_exits_2_naming_it(
    capsys, db, case_file, tmp_path, monkeypatch, argv
):
    run(capsys, "import", str(case_file), "--db", db)
    monkeypatch.chdir(tmp_path)
    status, _out, err = run(capsys, *argv, "--db", db, "--lang", "en")
    assert status == common.EXIT_BAD_INPUT
    assert HUGE in err
    assert "internal error" not in err
    assert not (tmp_path / "x.json").exists()
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("option", ["--limit", "--offset"])
def test_a_huge_limit_or_offset_lists_as_far_as_there_are_cases(capsys, db, case_file, option):
    run(capsys, "import", str(case_file), "--db", db)
    status, out, err = run(capsys, "list", option, HUGE, "--db", db, "--json")
    assert status == 0, err
    listed = json.loads(out)
    assert listed["total"] == 1
    assert len(listed["rows"]) == (1 if option == "--limit" else 0)


def test_a_file_named_with_non_utf8_bytes_is_imported_once_and_reported(
    capsys, db, case_file, tmp_path
):
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/\xff\xfe case.json"))
    odd.write_bytes(case_file.read_bytes())
    status, out, err = run(capsys, "import", str(odd), "--db", db)
    assert status == 0, err
    assert "\\xff\\xfe case.json" in out
    assert "#1" in out
    status, out, err = run(capsys, "import", str(odd), "--db", db, "--json")
    assert status == 0, err
    assert json.loads(out)[0]["file"].endswith("\\xff\\xfe case.json")
    status, out, _ = run(capsys, "list", "--db", db, "--json")
    assert json.loads(out)["total"] == 2  # one per import, nothing doubled by a failure


def test_an_unreadable_file_with_a_non_utf8_name_is_named_in_the_error(capsys, db, tmp_path):
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/\xff.json"))
    odd.write_text("{not json", "utf-8")
    status, _out, err = run(capsys, "import", str(odd), "--db", db, "--json")
    assert status == common.EXIT_BAD_INPUT
    assert "\\xff.json" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "CASE", "--tag", os.fsdecode(b"\xff")],
        ["list", "-q", os.fsdecode(b"\xe8\xbe")],
        ["export-pdf", "1", "x.pdf", "--volunteer", os.fsdecode(b"\xff")],
    ],
)
def test_text_options_that_are_not_utf8_exit_2(capsys, db, case_file, tmp_path, monkeypatch, argv):
    run(capsys, "import", str(case_file), "--db", db)
    monkeypatch.chdir(tmp_path)
    argv = [str(case_file) if a == "CASE" else a for a in argv]
    status, _out, err = run(capsys, *argv, "--db", db, "--lang", "en")
    assert status == common.EXIT_BAD_INPUT
    assert "UTF-8" in err
    assert "internal error" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_an_export_to_a_non_utf8_name_is_written_and_reported(capsys, db, case_file, tmp_path):
    run(capsys, "import", str(case_file), "--db", db)
    target = Path(os.fsdecode(bytes(tmp_path) + b"/\xff.json"))
    status, out, err = run(capsys, "export", "1", "-o", str(target), "--db", db, "--lang", "en")
    assert status == 0, err
    assert json.loads(target.read_text("utf-8"))["title"] == "业主群长期辱骂案"
    assert "exported 1 case(s) to" in out
    status, out, err = run(capsys, "export", "1", "-o", str(target), "--db", db, "--json")
    assert status == 0, err
    assert json.loads(out)["file"] == str(target)


def test_a_stored_last_seen_before_the_date_opens_with_a_warning_a_file_would_be_refused(
    capsys, db, case_file, tmp_path
):
    assert run(capsys, "import", str(case_file), "--db", db)[0] == 0
    # As a store or an older check might hold it: last seen a month before the post.
    _as_an_older_version_saved_it(db, '"last_seen": null', '"last_seen": "2019-04"')
    status, out, err = run(capsys, "show", "1", "--db", db, "--lang", "en")
    assert status == 0, err
    assert f"{labels.field_label('last_seen', 'en')}: 2019-04" in out
    assert "warning: case #1:" in err
    assert "2019-04" in err
    status, out, err = run(capsys, "analyze", "1", "--db", db, "--lang", "en")
    assert status == 0, err
    exported = tmp_path / "out.json"
    assert run(capsys, "export", "1", "-o", str(exported), "--db", db)[0] == 0
    status, out, err = run(capsys, "import", str(exported), "--db", db, "--lang", "en")
    assert status == 2
    assert "incident.last_seen" in err
