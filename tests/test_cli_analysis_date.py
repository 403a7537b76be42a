"""``--analysis-date``: the day an analysis speaks for, on ``analyze`` and ``cases analyze``."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cases.cli import main as cli
from cases.files import resources
from cases.store.database import CaseStore

EXAMPLE = resources.path("examples/07-owners-group-long-insult.json")


def test_analyze_records_the_analysis_date_in_its_json(capsys):
    assert cli.main(["analyze", str(EXAMPLE), "--json", "--analysis-date", "2020-03-01"]) == 0
    assert json.loads(capsys.readouterr().out)["analysis_date"] == "2020-03-01"


def test_the_analysis_date_decides_the_text_cited(capsys):
    # 立法法: §93 of the 2015 text before 2023-03-15, §104 of the 2023 text from then.
    texts = {}
    for day in ("2020-03-01", "2024-01-01"):
        assert cli.main(["analyze", str(EXAMPLE), "--json", "--analysis-date", day]) == 0
        steps = json.loads(capsys.readouterr().out)["steps"]
        texts[day] = [c["article"] for c in steps[0]["citations"] if c["law"] == "立法法"]
    assert texts["2020-03-01"] == ["第九十三条"]
    assert texts["2024-01-01"] == ["第一百零四条"]


def test_the_analysis_date_defaults_to_today(capsys):
    assert cli.main(["analyze", str(EXAMPLE), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["analysis_date"] == dt.date.today().isoformat()


def test_the_old_hidden_name_still_works(capsys):
    assert cli.main(["analyze", str(EXAMPLE), "--json", "--today", "2021-01-02"]) == 0
    assert json.loads(capsys.readouterr().out)["analysis_date"] == "2021-01-02"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-3-1", "not a date YYYY-MM-DD"),
        ("2020-03", "not a date YYYY-MM-DD"),
        ("2020-02-30", "not a date YYYY-MM-DD"),
        ("20200301", "not a date YYYY-MM-DD"),
        ("yesterday", "not a date YYYY-MM-DD"),
        ("1989-12-31", "1990 or later"),
    ],
)
def test_a_bad_analysis_date_exits_2_naming_the_option(capsys, value, expected):
    assert cli.main(["analyze", str(EXAMPLE), "--analysis-date", value]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--analysis-date" in err
    assert expected in err
    assert "YYYY-MM-DD" in err or "1990" in err
    assert "Traceback" not in err


def test_cases_analyze_records_the_analysis_date_with_the_stored_analysis(tmp_path, capsys):
    db = str(tmp_path / "cases.sqlite3")
    assert cli.main(["cases", "import", str(EXAMPLE), "--db", db]) == 0
    assert cli.main(["cases", "analyze", "1", "--db", db, "--analysis-date", "2019-12-31"]) == 0
    capsys.readouterr()
    with CaseStore.open(tmp_path / "cases.sqlite3") as s:
        assert s.get(1).analysis.analysis_date == "2019-12-31"
    assert cli.main(["cases", "analyze", "1", "--db", db, "--analysis-date", "12/31"]) == 2
    assert "--analysis-date" in capsys.readouterr().err
