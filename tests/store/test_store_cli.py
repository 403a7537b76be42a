"""The ``main.py cases …`` commands: output, messages and exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cases.cli import main as cli
from cases.model import domain

ROOT = Path(__file__).resolve().parents[2]


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


def test_import_list_show_json(capsys, db, case_file):
    status, out, _ = run(capsys, "import", str(case_file), "--db", db, "--tag", "物业", "--json")
    assert status == 0
    assert json.loads(out) == [{"file": str(case_file), "ids": [1]}]
    status, out, _ = run(capsys, "list", "--db", db, "--json", "-q", "辱骂")
    assert status == 0
    listed = json.loads(out)
    assert listed["total"] == 1
    assert listed["rows"][0]["title"] == "业主群长期辱骂案"
    assert listed["rows"][0]["outcome"] is not None
    status, out, _ = run(capsys, "show", "1", "--db", db, "--json")
    shown = json.loads(out)
    assert shown["tags"] == ["物业"]
    assert shown["case"] == json.loads(case_file.read_text("utf-8"))
    assert len(shown["history"]) == 1
    status, out, _ = run(capsys, "list", "--db", db)
    assert status == 0
    assert "#1" in out
    assert "业主群长期辱骂案" in out


def test_reanalyse_with_other_settings_shows_the_change(capsys, db, case_file):
    run(capsys, "import", str(case_file), "--db", db)
    status, out, _ = run(
        capsys, "analyze", "1", "--db", db, "--timely-window-hours", "12", "--lang", "en"
    )
    assert status == 0
    assert "timely_window_hours 24.0 → 12.0" in out
    status, out, _ = run(capsys, "show", "1", "--db", db, "--json")
    assert len(json.loads(out)["changes"]) == 1


def test_bad_batch_imports_nothing_and_exits_2(capsys, db, tmp_path, case_factory):
    good = domain.case_to_json(case_factory())
    bad = json.loads(json.dumps(good))
    bad["incident"]["member_count"] = 1
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([good, good, bad]), "utf-8")
    status, out, err = run(capsys, "import", str(path), "--db", db)
    assert status == 2
    assert str(path) in err
    assert "第 3 个案件" in err
    assert "incident.member_count" in err
    assert "Traceback" not in err
    status, out, _ = run(capsys, "list", "--db", db, "--json")
    assert json.loads(out)["total"] == 0


def test_unknown_case_and_bad_arguments_exit_2(capsys, db):
    status, _, err = run(capsys, "show", "7", "--db", db, "--lang", "en")
    assert status == 2
    assert "no case #7" in err
    status, _, err = run(capsys, "delete", "abc", "--db", db)
    assert status == 2
    assert "not a case ID" in err
    status, _, err = run(capsys, "list", "--db", db, "--sort", "facts")
    assert status == 2


def test_trash_commands(capsys, db, case_file):
    run(capsys, "import", str(case_file), "--db", db)
    assert run(capsys, "purge", "1", "--db", db)[0] == 2
    assert run(capsys, "delete", "1", "--db", db)[0] == 0
    _status, out, _ = run(capsys, "list", "--db", db, "--trash", "--json")
    assert [r["id"] for r in json.loads(out)["rows"]] == [1]
    assert run(capsys, "undelete", "1", "--db", db)[0] == 0
    assert run(capsys, "delete", "1", "--db", db)[0] == 0
    assert run(capsys, "purge", "1", "--db", db)[0] == 0
    assert run(capsys, "show", "1", "--db", db)[0] == 2


def test_export_backup_restore(capsys, db, case_file, tmp_path):
    run(capsys, "import", str(case_file), "--db", db)
    out_file = tmp_path / "out.json"
    assert run(capsys, "export", "1", "-o", str(out_file), "--db", db)[0] == 0
    assert json.loads(out_file.read_text("utf-8")) == json.loads(case_file.read_text("utf-8"))
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(backup), "--db", db)[0] == 0
    run(capsys, "delete", "1", "--db", db)
    status, out, _ = run(capsys, "restore", str(backup), "--db", db, "--json")
    assert status == 0
    assert json.loads(out)["kept_aside"].startswith(db + ".before-restore-")
    status, out, _ = run(capsys, "list", "--db", db, "--json")
    assert json.loads(out)["total"] == 1


def test_foreign_store_file_exits_2_untouched(capsys, tmp_path):
    path = tmp_path / "random.bin"
    data = os.urandom(10000)
    path.write_bytes(data)
    status, _, err = run(capsys, "list", "--db", str(path), "--lang", "en")
    assert status == 2
    assert str(path) in err
    assert "--db" in err
    assert path.read_bytes() == data
    status, _, err = run(capsys, "restore", str(path), "--db", str(tmp_path / "x.sqlite3"))
    assert status == 2
    assert not (tmp_path / "x.sqlite3").exists()


def test_full_disk_exits_1(capsys, db, case_file, monkeypatch):
    from cases.store import database

    def full(*args, **kwargs):
        raise database.DiskFullError(db)

    monkeypatch.setattr(database.CaseStore, "import_file", full)
    status, _, err = run(capsys, "import", str(case_file), "--db", db, "--lang", "en")
    assert status == 1
    assert "disk is full" in err


def test_main_py_runs_the_cases_command(tmp_path, case_file):
    db = tmp_path / "c.sqlite3"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "cases", "import", str(case_file), "--db", str(db)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "cases", "show", "5", "--db", str(db)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "#5" in done.stderr.decode()
    assert b"Traceback" not in done.stderr


# --- What import and restore read ----------------------------------------------------


def _listed(capsys, db) -> int:
    status, out, _ = run(capsys, "list", "--db", db, "--json")
    assert status == 0
    return json.loads(out)["total"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_import_refuses_a_device_a_pipe_and_a_file_over_the_limit(capsys, db, tmp_path, case_file):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(200_000_001)
    files = ["/dev/zero", str(fifo), str(big), str(case_file)]
    # In a child process: a regression would block on the pipe or read /dev/zero forever.
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "cases",
            "import",
            *files,
            "--db",
            db,
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    status, err = done.returncode, done.stderr
    assert status == 2
    assert "/dev/zero: is not a regular file (it is a character device)" in err
    assert f"{fifo}: is not a regular file (it is a named pipe (FIFO))" in err
    assert f"{big}: is too large (200,000,001 bytes; the limit is 200 MB)" in err
    assert _listed(capsys, db) == 1  # the good file still counts


def test_import_max_size_lowers_and_raises_the_limit(capsys, db, case_file):
    status, _, err = run(capsys, "import", str(case_file), "--db", db, "--max-size", "0.0001")
    assert status == 2
    assert "上限为 0.0001 MB" in err
    status, _, _ = run(capsys, "import", str(case_file), "--db", db, "--max-size", "1")
    assert status == 0
    assert _listed(capsys, db) == 1


def test_import_refuses_a_repeated_key_and_an_empty_batch(capsys, db, tmp_path, case_file):
    text = case_file.read_text("utf-8")
    doubled = tmp_path / "doubled.json"
    doubled.write_text("[" + text + "," + text.replace('"role":', '"role": null, "role":') + "]")
    empty = tmp_path / "empty.json"
    empty.write_text("[]", "utf-8")
    status, _, err = run(capsys, "import", str(doubled), str(empty), "--db", db, "--lang", "en")
    assert status == 2
    assert f'{doubled}: case 2 ([1]): incident.role: the key "role" appears' in err
    assert f"{empty}: the file holds no case" in err
    assert _listed(capsys, db) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_restore_refuses_a_device_and_a_pipe_and_keeps_the_store(capsys, db, tmp_path, case_file):
    run(capsys, "import", str(case_file), "--db", db)
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo)):
        status, _, err = run(capsys, "restore", source, "--db", db, "--lang", "en")
        assert status == 2, err
        assert source in err
        assert "not a file" in err
    assert _listed(capsys, db) == 1


def test_the_list_has_a_header_row_and_names_values_in_the_chosen_language(
    capsys, db, tmp_path, case_factory
):
    from cases.store.database import CaseStore

    with CaseStore.open(Path(db)) as s:
        s.create(case_factory(title="日期不详的案件", date=None))
    status, out, _ = run(capsys, "list", "--db", db)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split("\t") == ["编号", "日期", "平台", "结论", "标题"]
    row = next(x for x in lines if x.startswith("#1")).split("\t")
    assert row[1:3] == ["不详", "微信"]
    assert "wechat" not in out
    assert "????" not in out
    status, out, _ = run(capsys, "list", "--db", db, "--lang", "en")
    lines = out.splitlines()
    assert lines[0].split("\t") == ["ID", "Date", "Platform", "Outcome", "Title"]
    assert next(x for x in lines if x.startswith("#1")).split("\t")[1:3] == [
        "unknown (不详)",
        "WeChat",
    ]
    status, out, _ = run(capsys, "list", "--db", db, "--json")
    assert json.loads(out)["rows"][0]["platform"] == "wechat"
    assert json.loads(out)["rows"][0]["incident_date"] is None
