"""Reliability: a writer killed with SIGKILL at random moments loses no committed edit."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cases.store import database
from cases.store.database import CaseStore

ROOT = Path(__file__).resolve().parents[2]

_WRITER = r"""
import os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from cases.model import domain
from cases.store import database
path, report, start = Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
with database.CaseStore.open(path) as s:
    n = start
    while True:
        n += 1
        case_id = s.create(domain.Case(title=f"edit-{n}", notes="备注" * (n % 50)), [f"t{n}"])
        os.write(report, f"c {case_id} {n}\n".encode())
        s.update(case_id, domain.Case(title=f"edit-{n}", notes=f"v2-{n}"))
        os.write(report, f"u {case_id} {n}\n".encode())
        if n % 7 == 0:
            s.delete(case_id)
            os.write(report, f"d {case_id} {n}\n".encode())
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_during_edits_loses_no_committed_edit(tmp_path):
    path = tmp_path / "cases.sqlite3"
    rng = random.Random(20261128)
    committed: dict[int, tuple[int, str]] = {}  # case id -> (n, last committed step)
    start = 0
    for _round in range(6):
        read_fd, write_fd = os.pipe()
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(ROOT), str(path), str(write_fd), str(start)],
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        reader = os.fdopen(read_fd, "rb")
        try:
            first = reader.readline()  # the child is writing
            assert first, "the writer did not start"
            time.sleep(rng.uniform(0.0, 0.25))
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=20)
            lines = [first, *reader.read().splitlines(keepends=True)]
        finally:
            reader.close()
        assert child.returncode == -signal.SIGKILL
        for line in lines:
            if not line.endswith(b"\n"):
                continue  # killed while reporting
            step, case_id, n = line.decode().split()
            committed[int(case_id)] = (int(n), step)
            start = max(start, int(n))

        with CaseStore.open(path) as s:
            conn = s._db()
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")
            conn.execute("INSERT INTO cases_grams (cases_grams) VALUES ('integrity-check')")
            for case_id, (n, step) in committed.items():
                stored = s.get(case_id)
                assert stored.case.title == f"edit-{n}"
                assert stored.tags == (f"t{n}",)
                if step in ("u", "d"):
                    assert stored.case.notes == f"v2-{n}"
                if step == "d":
                    assert stored.deleted_at is not None
            # No half-written case: every case has its tag and its search entry.
            rows = conn.execute(
                "SELECT c.id, c.title, t.tag FROM cases c LEFT JOIN case_tags t ON t.case_id = c.id"
            ).fetchall()
            for case_id, title, tag in rows:
                assert tag == "t" + title.removeprefix("edit-"), case_id
            fts = conn.execute("SELECT count(*) FROM cases_fts").fetchone()[0]
            assert fts == len(rows)
            grams = conn.execute("SELECT count(*) FROM cases_grams").fetchone()[0]
            assert grams == len(rows)
            # The index's trash marks agree with the cases' trash state.
            trash, live = s.count(database.ListQuery(trash=True)), s.count()
            for word in ("ed", "e"):  # every title is edit-N
                assert s.count(database.ListQuery(text=word, trash=True)) == trash
                assert s.count(database.ListQuery(text=word)) == live
            start = max(start, len(rows) + 1000 * (_round + 1))
    assert len(committed) > 6
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
    finally:
        conn.close()
