"""Benchmark of the analysis core: one case with its what-if list, and a 10,000-case batch.

Targets (issue 2): one case analysed with its what-if list, median ≤ 2 ms; a
10,000-case batch through ``main.py analyze --json`` ≤ 3 s wall on a 2-core machine,
printed next to a bare interpreter start measured in the same run.

Run: ``python -m bench.analysis [--cases N] [--runs R]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cases import analysis, caseio, resources

ROOT = Path(__file__).resolve().parent.parent
ONE_CASE_TARGET_MS = 2.0
BATCH_TARGET_S = 3.0


def example_cases() -> list[dict[str, object]]:
    """The shipped examples as JSON objects."""
    files = sorted(resources.path("examples").glob("[0-9]*.json"))
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def make_batch(count: int, seed: int = 7) -> list[dict[str, object]]:
    """A realistic batch: the examples with varied dates, sizes and measure times."""
    rng = random.Random(seed)
    base = example_cases()
    out = []
    for i in range(count):
        case = json.loads(json.dumps(base[i % len(base)]))
        incident = case["incident"]
        assert isinstance(incident, dict)
        shift = dt.timedelta(days=rng.randint(-400, 400))
        if incident["date"]:
            incident["date"] = (dt.date.fromisoformat(incident["date"]) + shift).isoformat()
        if incident["member_count"]:
            incident["member_count"] = max(2, incident["member_count"] + rng.randint(-5, 50))
        hours = dt.timedelta(hours=rng.choice([1, 5, 23, 30, 200]))
        if incident["discovered_at"]:
            start = dt.datetime.fromisoformat(incident["discovered_at"]) + shift
            incident["discovered_at"] = start.strftime("%Y-%m-%dT%H:%M")
            for action in incident["actions"] or []:
                action["at"] = (start + hours).strftime("%Y-%m-%dT%H:%M")
        case["title"] = f"{case['title']} #{i}"
        out.append(case)
    return out


def time_command(args: list[str], runs: int) -> list[float]:
    """Wall-clock seconds of a command, ``runs`` times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def one_case_ms(repeat: int = 2000) -> dict[str, float]:
    """Median milliseconds to analyse each example with its what-if list."""
    today = dt.date.today()
    results = {}
    for path in sorted(resources.path("examples").glob("[0-9]*.json")):
        (case,) = caseio.load_file(path).cases
        analysis.analyze(case, today=today)
        samples = []
        for _ in range(repeat // 10):
            start = time.perf_counter()
            for _ in range(10):
                analysis.analyze(case, today=today)
            samples.append((time.perf_counter() - start) / 10)
        results[path.stem] = statistics.median(samples) * 1000
    return results


def main() -> None:
    """Measure and print the figures with their targets and baselines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    per_case = one_case_ms()
    worst = max(per_case, key=per_case.__getitem__)
    median_all = statistics.median(per_case.values())
    print(
        f"one case with what-if: median {median_all:.3f} ms over the examples "
        f"(slowest {worst}: {per_case[worst]:.3f} ms); target ≤ {ONE_CASE_TARGET_MS} ms "
        f"→ {per_case[worst] / ONE_CASE_TARGET_MS:.2f} of target"
    )

    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.json"
        batch.write_text(json.dumps(make_batch(args.cases), ensure_ascii=False), encoding="utf-8")
        bare = statistics.median(time_command([sys.executable, "-c", "pass"], 5))
        batch_s = statistics.median(
            time_command([sys.executable, "main.py", "analyze", str(batch), "--json"], args.runs)
        )
    print(f"bare interpreter start: {bare * 1000:.0f} ms (baseline, same run)")
    print(
        f"{args.cases:,}-case batch, analyze --json: {batch_s:.2f} s wall "
        f"= {batch_s / bare:.1f}× a bare interpreter start; target ≤ {BATCH_TARGET_S} s "
        f"→ {batch_s / BATCH_TARGET_S:.2f} of target"
    )


if __name__ == "__main__":
    main()
