"""The parties' names (发帖人, 受害人): kept with the case in the store, never in a case file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cases.model import domain
from cases.store.database import CaseStore
from cases.store.records import Parties
from tests.store.test_store_files import old_store


def test_the_parties_names_are_stored_with_the_case_and_read_back(tmp_path):
    with CaseStore.open(tmp_path / "cases.sqlite3") as store:
        case_id = store.create(domain.Case(title="甲"), parties=Parties("王发帖", "李受害"))
        assert store.get(case_id).parties == Parties(poster="王发帖", victim="李受害")
        store.save(case_id, domain.Case(title="乙"), None)  # None keeps them
        assert store.get(case_id).parties == Parties("王发帖", "李受害")
        store.save(case_id, domain.Case(title="乙"), None, parties=Parties(victim="赵受害"))
        assert store.get(case_id).parties == Parties("", "赵受害")
        copy = store.duplicate(case_id)
        assert store.get(copy).parties == Parties("", "赵受害")
        plain = store.create(domain.Case())
        assert store.get(plain).parties == Parties()
    with CaseStore.open(tmp_path / "cases.sqlite3") as again:
        assert again.get(case_id).parties == Parties("", "赵受害")


def test_names_are_trimmed_and_their_list_has_no_blanks():
    parties = Parties(poster="  王发帖 ", victim="")
    assert parties.poster == "王发帖"
    assert parties.names() == ("王发帖",)
    assert Parties("张三", "张三").names() == ("张三",)


def test_an_exported_case_file_carries_no_names(tmp_path):
    with CaseStore.open(tmp_path / "cases.sqlite3") as store:
        case_id = store.create(domain.Case(title="甲"), parties=Parties("王发帖", "李受害"))
        out = tmp_path / "out.json"
        store.export([case_id], out)
    text = out.read_text(encoding="utf-8")
    assert "王发帖" not in text
    assert "李受害" not in text
    assert json.loads(text)["title"] == "甲"


def test_a_version_5_store_is_upgraded_with_no_names_and_keeps_its_cases(tmp_path):
    path = tmp_path / "cases.sqlite3"
    old_store(path, 5, domain.Case(title="旧案"))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    finally:
        conn.close()
    with CaseStore.open(path) as store:
        assert store._db().execute("PRAGMA user_version").fetchone()[0] == 6
        old = store.get(1)
        assert old.case.title == "旧案"
        assert old.parties == Parties()
        store.save(1, old.case, None, parties=Parties("王发帖", ""))
        assert store.get(1).parties.poster == "王发帖"


def test_a_purged_case_leaves_no_name_in_the_store_file(tmp_path):
    path = tmp_path / "cases.sqlite3"
    with CaseStore.open(path) as store:
        case_id = store.create(domain.Case(title="甲"), parties=Parties("王发帖人", "李受害人"))
        store.delete(case_id)
        store.purge(case_id)
    data = b"".join(
        Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )
    for name in ("王发帖人", "李受害人"):
        assert name.encode("utf-8") not in data


def test_cases_export_pdf_redacts_the_stored_parties_names(tmp_path, capsys):
    import re

    import pypdf

    from cases.cli import main as cli
    from cases.model import case_files

    example = (
        Path(__file__).resolve().parents[2] / "resources/examples/07-owners-group-long-insult.json"
    )
    incident = case_files.load_file(example).cases[0].incident
    db = tmp_path / "cases.sqlite3"
    with CaseStore.open(db) as store:
        case_id = store.create(
            domain.Case(
                incident=incident, title="王小明辱骂李大华案", notes="王小明多次辱骂李大华。"
            ),
            parties=Parties("王小明", "李大华"),
        )
    out = tmp_path / "case.pdf"
    args = ["cases", "export-pdf", str(case_id), str(out), "--db", str(db), "--redact"]
    assert cli.main(args) == 0
    capsys.readouterr()
    text = re.sub(r"\s", "", "".join(p.extract_text() for p in pypdf.PdfReader(out).pages))
    assert "王小明" not in text
    assert "李大华" not in text
    assert "王某" in text


def test_a_stored_name_too_short_to_redact_is_named_and_no_pdf_is_written(tmp_path, capsys):
    from cases.cli import main as cli

    db = tmp_path / "cases.sqlite3"
    with CaseStore.open(db) as store:
        case_id = store.create(domain.Case(title="甲"), parties=Parties("王", ""))
    out = tmp_path / "case.pdf"
    args = ["cases", "export-pdf", str(case_id), str(out), "--db", str(db), "--redact"]
    assert cli.main(args) == 2
    assert "'王'" in capsys.readouterr().err
    assert not out.exists()
