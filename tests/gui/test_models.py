"""Every model passes pytest-qt's model tester, including the lazily fetched case list."""

from __future__ import annotations

import datetime as dt

from cases.analysis.analyzer import analyze
from cases.model.domain import Action, ActionKind, Case, Incident
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.store.database import CaseStore
from desktop import caselist, content_checklist, measures_editor, reasoning


def test_case_list_model_fetches_lazily(qtmodeltester, tmp_path):
    with CaseStore.open(tmp_path / "s.sqlite3") as store:
        for i in range(caselist.PAGE * 2 + 7):
            store.create(Case(Incident(date=FuzzyDate(2019, 1, 1 + i % 28)), title=f"案件 {i}"))
        model = caselist.CaseListModel(store, "zh")
        assert model.rowCount() == caselist.PAGE
        assert model.total() == caselist.PAGE * 2 + 7
        qtmodeltester.check(model)
        while model.canFetchMore(model.index(0, 0).parent()):
            model.fetchMore(model.index(0, 0).parent())
        assert model.rowCount() == model.total()
        model.sort(0)
        assert model.data(model.index(0, 0)) == "案件 0"
        assert model.rowCount() == caselist.PAGE


def test_sorted_case_list_model(qtmodeltester, tmp_path):
    with CaseStore.open(tmp_path / "s.sqlite3") as store:
        for i in range(caselist.PAGE + 3):
            store.create(Case(Incident(), title=f"案件 {i}"))
        model = caselist.CaseListModel(store, "en")
        model.sort(0)
        qtmodeltester.check(model)


def test_actions_model(qtmodeltester):
    model = measures_editor.ActionsModel("zh")
    model.set_actions(
        (
            Action(ActionKind.WARNED, FuzzyTime.exact(dt.datetime(2019, 5, 1, 9))),
            Action(ActionKind.DISSOLVED_GROUP),
        ),
        FuzzyDate(2019, 5, 1),
    )
    qtmodeltester.check(model)
    model.remove(0)
    assert model.rowCount() == 1


def test_content_model(qtmodeltester):
    model = content_checklist.ContentModel("en")
    qtmodeltester.check(model)


def test_steps_model(qtmodeltester):
    model = reasoning.StepsModel("zh")
    model.set_steps(analyze(Case()).steps)
    qtmodeltester.check(model)
    assert model.rowCount() == 8  # S1–S8
