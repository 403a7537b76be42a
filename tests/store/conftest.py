"""Fixtures for the case store tests: a store in tmp_path and sample cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cases.model import domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.store import database

MAY_FIRST_2019 = FuzzyDate(2019, 5, 1)


def make_case(
    title: str = "业主群长期辱骂案",
    notes: str = "群成员在群里辱骂业主，群主警告后删除",
    date: FuzzyDate | None = MAY_FIRST_2019,
    platform: domain.Platform | None = domain.Platform.WECHAT,
    knew: bool | None = True,
) -> domain.Case:
    return domain.Case(
        incident=domain.Incident(
            date=date,
            platform=platform,
            chat_kind=domain.ChatKind.GROUP,
            member_count=300,
            family_only=False,
            group_purpose=domain.GroupPurpose.ORDINARY,
            role=domain.Role.CREATOR,
            poster=domain.Poster.OTHER,
            participated=False,
            content=(domain.Content.INSULT_DEFAMATION,),
            persistent=True,
            knew=knew,
            discovered_at=FuzzyTime.exact(dt.datetime(2019, 5, 14, 9, 0)),
            rules_before_incident=False,
            actions=(
                domain.Action(
                    domain.ActionKind.WARNED, FuzzyTime.exact(dt.datetime(2019, 5, 15, 10, 0))
                ),
            ),
            recurred_after_warning=False,
        ),
        title=title,
        notes=notes,
    )


@pytest.fixture
def case_factory() -> Callable[..., domain.Case]:
    return make_case


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cases.sqlite3"


@pytest.fixture
def case_store(store_path: Path) -> Iterator[database.CaseStore]:
    with database.CaseStore.open(store_path) as opened:
        yield opened


@pytest.fixture(autouse=True)
def _no_real_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test ever touches the user's real data folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
