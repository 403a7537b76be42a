"""Tags as the window sets and lists them: typed in one line, carried by the list's rows."""

from __future__ import annotations

import json

from cases.cli import main as cli
from cases.model import domain
from cases.store.database import CaseStore, split_tags


def test_a_line_of_tags_is_split_at_commas_spaces_and_enumeration_commas():
    assert split_tags("物业、噪音, 投诉；夜间  物业") == ("噪音", "夜间", "投诉", "物业")
    assert split_tags(" ,、 ") == ()


def test_listed_and_saved_rows_carry_the_cases_tags(tmp_path):
    with CaseStore.open(tmp_path / "cases.sqlite3") as store:
        case_id = store.create(domain.Case(title="甲"), tags=["物业", "噪音"])
        store.create(domain.Case(title="乙"))
        rows = {row.id: row for row in store.list()}
        assert rows[case_id].tags == ("噪音", "物业")
        assert rows[case_id + 1].tags == ()
        assert store.save(case_id, domain.Case(title="丙"), None).tags == ("噪音", "物业")
        assert store.save(case_id, domain.Case(title="丙"), None, tags=["新"]).tags == ("新",)


def test_cases_list_json_gives_each_row_its_tags(tmp_path, capsys):
    db = tmp_path / "cases.sqlite3"
    with CaseStore.open(db) as store:
        store.create(domain.Case(title="甲"), tags=["物业"])
    assert cli.main(["cases", "list", "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["rows"][0]["tags"] == ["物业"]
