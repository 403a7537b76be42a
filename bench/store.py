"""Benchmark of the case store: list, search and import times with many saved cases.

Run ``python -m bench.store [--cases N]``. Each figure is printed next to a baseline:
the same operation on an empty store, measured in the same run. Targets (issue 3,
100,000 cases): open + first 200 rows by update time ≤ 100 ms, a full-text search
≤ 50 ms — for 1- and 2-character words too, with the count the case list shows —
importing a 10,000-case batch ≤ 5 s.

``python -m bench.store --migrate [--cases N]`` instead builds a store as version 4
of the store wrote it (facts in case format version 1, two analyses per case) and
times its migration to case format version 2 (issue 16: ≤ 30 s for 100,000 cases).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from cases.model import domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.store import database
from cases.store.database import CaseStore, ListQuery

BATCH = 10_000
_WORDS = [
    "业主群",
    "辱骂",
    "造谣",
    "诽谤",
    "物业费",
    "广告",
    "赌博",
    "红包",
    "拉人",
    "退群",
    "警告",
    "删除",
    "举报",
    "平台",
    "派出所",
    "群主",
    "管理员",
    "截图",
    "聊天记录",
    "邻居",
    "装修",
    "噪音",
    "停车",
    "快递",
    "学校",
    "家长",
    "老师",
    "同学",
    "公司",
    "同事",
]


def _case(rng: random.Random, i: int) -> dict[str, object]:
    words = rng.sample(_WORDS, 4)
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    case = domain.Case(
        incident=domain.Incident(
            date=FuzzyDate.exact(day),
            platform=rng.choice(list(domain.Platform)),
            chat_kind=domain.ChatKind.GROUP,
            member_count=rng.randrange(2, 500),
            role=rng.choice(list(domain.Role)),
            poster=rng.choice([domain.Poster.OTHER, None]),
            content=rng.choice([(), (domain.Content.INSULT_DEFAMATION,), None]),
            knew=rng.choice([True, False, None]),
        ),
        title=f"{words[0]}{words[1]}案 {i}",
        notes=f"{words[2]}，{words[3]}。" * rng.randrange(1, 6),
    )
    return domain.case_to_json(case)


def _write_batch(path: Path, rng: random.Random, start: int, count: int) -> Path:
    data = [_case(rng, start + i) for i in range(count)]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _ms(action: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _open_and_list(path: Path) -> None:
    with CaseStore.open(path) as s:
        s.list(ListQuery(sort="updated_at", limit=200))


def _search(path: Path, text: str) -> float:
    with CaseStore.open(path) as s:
        s.list(ListQuery(text=text))  # warm the page cache once, as the GUI would
        return _ms(lambda: s.list(ListQuery(text=text)))


def _search_count(path: Path, text: str) -> float:
    with CaseStore.open(path) as s:
        query = ListQuery(text=text)
        return _ms(lambda: (s.list(query), s.count(query)))


def _sorted(path: Path, column: str) -> float:
    with CaseStore.open(path) as s:
        query = ListQuery(sort=column, descending=False)
        return _ms(lambda: s.list(query))


def _migrate_from_3(path: Path) -> float:
    """Open a copy of the store taken back to version 3 (the version-4 migration)."""
    old = path.with_name("v3.sqlite3")
    with CaseStore.open(path) as s:
        s.backup(old)
    conn = sqlite3.connect(old, isolation_level=None)
    try:
        conn.execute("ALTER TABLE analyses DROP COLUMN facts_format")  # version 5's
        conn.execute("DROP TABLE cases_grams")
        for column in ("incident_date", "platform", "outcome", "route"):
            conn.execute(f"DROP INDEX cases_{column}_asc")
        conn.execute("PRAGMA user_version = 3")
        conn.execute("VACUUM")
    finally:
        conn.close()
    start = time.perf_counter()
    CaseStore.open(old).close()
    elapsed = (time.perf_counter() - start) * 1000
    for name in old.parent.glob(old.name + "*"):
        name.unlink()
    return elapsed


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _measure(path: Path, batch: Path) -> dict[str, float]:
    figures = {"open + first 200 by update time": _ms(lambda: _open_and_list(path))}
    figures["size on disk before the import (MB)"] = _size(path) / 1e6
    figures["search “辱骂诽谤” (trigram FTS)"] = _search(path, "辱骂诽谤")
    figures["search “辱骂诽谤” + count"] = _search_count(path, "辱骂诽谤")
    figures["search “聊天记录” (trigram FTS)"] = _search(path, "聊天记录")
    figures["search “诽谤” (2 chars)"] = _search(path, "诽谤")
    figures["search “辱骂” + count (2 chars)"] = _search_count(path, "辱骂")
    figures["search “群主” + count (2 chars)"] = _search_count(path, "群主")
    figures["search “业主 辱骂” + count"] = _search_count(path, "业主 辱骂")
    figures["search “骂” (1 char)"] = _search(path, "骂")
    figures["search “骂” + count (1 char)"] = _search_count(path, "骂")
    figures["search “群” + count (1 char)"] = _search_count(path, "群")
    figures["search “案” + count (every case)"] = _search_count(path, "案")
    for column in ("incident_date", "platform", "outcome", "route"):
        figures[f"first 200 by {column} ascending"] = _sorted(path, column)
    figures["migrate a version-3 copy to 4"] = _migrate_from_3(path)
    with CaseStore.open(path) as s:
        start = time.perf_counter()
        s.import_file(batch)
        figures[f"import a {BATCH:,}-case batch"] = (time.perf_counter() - start) * 1000
    return figures


MIGRATE_TARGET_S = 30.0
"""Issue 16: a 100,000-case store migrates to case format version 2 within 30 s."""


def _v1_case(rng: random.Random, i: int) -> dict[str, object]:
    """A case as case format version 1 wrote it, with measures and a time of knowing."""
    data = _case(rng, i)
    incident = data["incident"]
    assert isinstance(incident, dict)
    data["version"] = 1
    for name in domain.V2_FIELDS:
        del incident[name]
    knew = dt.datetime(2018, 1, 1, 9, 0) + dt.timedelta(minutes=rng.randrange(4_000_000))
    incident["discovered_at"] = str(FuzzyTime.exact(knew))
    incident["actions"] = [
        {"kind": "warned", "at": str(FuzzyTime.exact(knew + dt.timedelta(hours=2)))},
        {"kind": "removed_poster", "at": None},
    ][: rng.randrange(3)]
    return data


def _v4_store(path: Path, rng: random.Random, count: int) -> int:
    """A schema-4 store of ``count`` cases in case format 1, two analyses each; its rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        database.migrate(conn, 4)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN")
        now = "2026-01-01T00:00:00.000000+00:00"
        settings = json.dumps({"small_family_max": 10, "timely_window_hours": 24.0})
        for i in range(1, count + 1):
            data = _v1_case(rng, i)
            incident = data["incident"]
            assert isinstance(incident, dict)
            conn.execute(
                "INSERT INTO cases (facts, title, notes, incident_date, platform, outcome,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'UNDETERMINED', ?, ?)",
                (
                    json.dumps(data, ensure_ascii=False),
                    data["title"],
                    data["notes"],
                    incident["date"],
                    incident["platform"],
                    now,
                    now,
                ),
            )
            facts = json.dumps(incident, ensure_ascii=False)
            for ruleset in ("2025.1-1", "2026.11-1"):
                conn.execute(
                    "INSERT INTO analyses (case_id, analysed_at, analysis_date, outcome, route,"
                    " missing, ruleset, settings, incident) VALUES (?, ?, '2026-01-01',"
                    " 'UNDETERMINED', NULL, '[\"knew\"]', ?, ?, ?)",
                    (i, now, ruleset, settings, facts),
                )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return count * 3


def _migrate(count: int) -> None:
    rng = random.Random(16)
    with tempfile.TemporaryDirectory(prefix="bench-migrate-") as tmp:
        path = Path(tmp) / "cases.sqlite3"
        start = time.perf_counter()
        rows = _v4_store(path, rng, count)
        print(
            f"built a version-4 store of {count:,} cases ({rows:,} rows) in "
            f"{time.perf_counter() - start:.1f} s, {_size(path) / 1e6:.0f} MB"
        )
        reports: list[tuple[int, int]] = []
        start = time.perf_counter()
        with CaseStore.open(path, progress=lambda done, total: reports.append((done, total))) as s:
            elapsed = time.perf_counter() - start
            assert s.get(count).case.incident.date is not None
        assert reports[-1] == (rows, rows), reports[-1:]
        target = MIGRATE_TARGET_S * count / 100_000
        verdict = "within" if elapsed <= target else "OVER"
        print(
            f"migrate to case format 2: {elapsed:.1f} s for {count:,} cases "
            f"({len(reports)} progress reports) — target ≤ {target:.1f} s: {verdict}"
        )


def main() -> None:
    """Build the stores, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="saved cases (default 100000)")
    parser.add_argument(
        "--migrate", action="store_true", help="time the migration to case format 2 instead"
    )
    args = parser.parse_args()
    if args.migrate:
        _migrate(args.cases)
        return
    rng = random.Random(3)
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder = Path(tmp)
        batch = _write_batch(folder / "batch.json", rng, 10**9, BATCH)
        empty = folder / "empty" / "cases.sqlite3"
        CaseStore.open(empty).close()
        baseline = _measure(empty, batch)

        full = folder / "full" / "cases.sqlite3"
        start = time.perf_counter()
        with CaseStore.open(full) as s:
            done = 0
            while done < args.cases:
                count = min(BATCH, args.cases - done)
                fill = _write_batch(folder / "fill.json", rng, done, count)
                s.import_file(fill)
                done += count
        print(f"filled {args.cases:,} cases in {time.perf_counter() - start:.1f} s")
        figures = _measure(full, batch)

        print(f"{'':40} {'empty store':>12} {f'{args.cases:,} cases':>14}")
        for name, value in figures.items():
            unit = "MB" if "MB" in name else "ms"
            print(f"{_pad(name, 40)} {baseline[name]:>9.1f} {unit} {value:>11.1f} {unit}")


def _pad(text: str, width: int) -> str:
    """Left-align in a terminal, where CJK characters take two columns."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    return text + " " * max(0, width - len(text) - wide)


if __name__ == "__main__":
    main()
