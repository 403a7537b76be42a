"""Benchmark of the case store: list, search and import times with many saved cases.

Run ``python -m bench.store [--cases N]``. Each figure is printed next to a baseline:
the same operation on an empty store, measured in the same run. Targets (issue 3,
100,000 cases): open + first 200 rows by update time ≤ 100 ms, a full-text search
≤ 50 ms, importing a 10,000-case batch ≤ 5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cases import model
from cases.store import CaseStore, ListQuery

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
    case = model.Case(
        incident=model.Incident(
            date=day,
            platform=rng.choice(list(model.Platform)),
            chat_kind=model.ChatKind.GROUP,
            member_count=rng.randrange(2, 500),
            role=rng.choice(list(model.Role)),
            poster=rng.choice([model.Poster.OTHER, None]),
            content=rng.choice([(), (model.Content.INSULT_DEFAMATION,), None]),
            knew=rng.choice([True, False, None]),
        ),
        title=f"{words[0]}{words[1]}案 {i}",
        notes=f"{words[2]}，{words[3]}。" * rng.randrange(1, 6),
    )
    return model.case_to_json(case)


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


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _measure(path: Path, batch: Path) -> dict[str, float]:
    figures = {"open + first 200 by update time": _ms(lambda: _open_and_list(path))}
    figures["size on disk before the import (MB)"] = _size(path) / 1e6
    figures["search “辱骂诽谤” (trigram FTS)"] = _search(path, "辱骂诽谤")
    figures["search “诽谤” (2 chars, LIKE)"] = _search(path, "诽谤")
    figures["search “辱骂” + count (2 chars)"] = _search_count(path, "辱骂")
    figures["search “聊天记录” (trigram FTS)"] = _search(path, "聊天记录")
    with CaseStore.open(path) as s:
        start = time.perf_counter()
        s.import_file(batch)
        figures[f"import a {BATCH:,}-case batch"] = (time.perf_counter() - start) * 1000
    return figures


def main() -> None:
    """Build the stores, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="saved cases (default 100000)")
    args = parser.parse_args()
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
            print(f"{name:40} {baseline[name]:>9.1f} {unit} {value:>11.1f} {unit}")


if __name__ == "__main__":
    main()
