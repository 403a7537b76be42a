"""Tags as the window sets and lists them: typed in one line, carried by the list's rows."""

from __future__ import annotations

from cases.model import domain
from cases.store.database import CaseStore, split_tags


def test_a_line_of_tags_is_split_at_commas_spaces_and_enumeration_commas():
    assert split_tags("物业、噪音, 投诉；夜间  物业") == ("噪音", "夜间", "投诉", "物业")
    assert split_tags(" ,、 ") == ()


def test_the_tags_of_listed_cases_are_read_in_one_query(tmp_path):
    with CaseStore.open(tmp_path / "cases.sqlite3") as store:
        first = store.create(domain.Case(title="甲"), tags=["物业", "噪音"])
        second = store.create(domain.Case(title="乙"))
        third = store.create(domain.Case(title="丙"), tags=["投诉"])
        statements: list[str] = []
        store._db().set_trace_callback(statements.append)
        try:
            found = store.tags_of([first, second, third])
        finally:
            store._db().set_trace_callback(None)
        assert found == {first: ("噪音", "物业"), third: ("投诉",)}
        assert len(statements) == 1
        assert store.tags_of([]) == {}
