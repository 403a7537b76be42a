"""Benchmark of the analysis core: one case with its what-if list, and batches of cases.

Targets: one case analysed with its what-if list, median ≤ 2 ms; a 10,000-case
batch through ``main.py analyze --json`` ≤ 3 s wall on a 2-core machine, printed
next to a bare interpreter start measured in the same run (issue 2); a
100,000-case batch through ``main.py analyze``, as text and with ``--json``, each
≤ 60 s wall and ≤ 400 MB peak memory, printed next to the 10,000-case figures
(issue 14). Memory is the peak of the resident memory of the whole process tree
(the command and its worker processes, sampled every 20 ms), counting pages that a
forked worker shares with its parent in both: an upper bound. Each batch also prints
its CPU time (user + system, the command and its workers together): on a machine
shared with other work, wall time says more about the load than about the code, and
CPU time is what to compare before and after a change.

Run: ``python -m bench.analysis [--cases N] [--runs R] [--large N]``
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from cases.analysis import analyzer
from cases.files import resources
from cases.model import case_files

ROOT = Path(__file__).resolve().parent.parent
ONE_CASE_TARGET_MS = 2.0
BATCH_TARGET_S = 3.0
LARGE_TARGET_S = 60.0
LARGE_TARGET_MB = 400.0


def example_cases() -> list[dict[str, object]]:
    """The shipped examples as JSON objects."""
    files = sorted(resources.path("examples").glob("[0-9]*.json"))
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def iter_batch(count: int, seed: int = 7) -> Iterator[dict[str, object]]:
    """A realistic batch: the examples with varied dates, sizes and measure times."""
    rng = random.Random(seed)
    base = example_cases()
    for i in range(count):
        case = json.loads(json.dumps(base[i % len(base)]))
        incident = case["incident"]
        assert isinstance(incident, dict)
        shift = dt.timedelta(days=rng.randint(-400, 400))
        dates = [k for k in ("date", "last_seen", "police_aware") if incident.get(k)]
        # Dates known to the day move together (last_seen never before date); a case
        # with a year or a month keeps its dates.
        exact = all(len(str(incident[k])) == 10 for k in dates)
        if not exact:
            shift = dt.timedelta(0)
        for key in dates:
            if exact:
                day = dt.date.fromisoformat(str(incident[key]))
                incident[key] = (day + shift).isoformat()
        if incident["member_count"]:
            incident["member_count"] = max(2, incident["member_count"] + rng.randint(-5, 50))
        hours = dt.timedelta(hours=rng.choice([1, 5, 23, 30, 200]))
        if incident["discovered_at"]:
            known = str(incident["discovered_at"])
            start = dt.datetime.fromisoformat(known) + shift
            # A time known to the day stays a day.
            incident["discovered_at"] = start.strftime(
                "%Y-%m-%d" if len(known) == 10 else "%Y-%m-%dT%H:%M"
            )
            for action in incident["actions"] or []:
                action["at"] = (start + hours).strftime("%Y-%m-%dT%H:%M")
        case["title"] = f"{case['title']} #{i}"
        yield case


def make_batch(count: int, seed: int = 7) -> list[dict[str, object]]:
    """``iter_batch`` as a list."""
    return list(iter_batch(count, seed))


def write_batch(path: Path, count: int) -> None:
    """Write a batch file of ``count`` cases, one case at a time."""
    with path.open("w", encoding="utf-8") as out:
        out.write("[")
        for i, case in enumerate(iter_batch(count)):
            out.write((",\n" if i else "") + json.dumps(case, ensure_ascii=False))
        out.write("]\n")


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    out = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                out += [int(p) for p in handle.read().split()]
        except OSError:
            pass
    return out


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux), 0 when unknown."""
    total, todo, page = 0, [pid], os.sysconf("SC_PAGE_SIZE")
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * page
        except OSError:
            continue
        todo += _children(current)
    return total


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured(args: list[str]) -> tuple[float, float | None, float]:
    """A command's wall time, peak memory and CPU time.

    Returns:
        Wall-clock seconds, the process tree's peak memory in MB (None: unknown) and
        its CPU seconds (user + system, with its worker processes).
    """
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}")
    return elapsed, (peak / 1e6 if peak else None), _children_cpu() - cpu


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
        (case,) = case_files.load_file(path).cases
        analyzer.analyze(case, today=today)
        samples = []
        for _ in range(repeat // 10):
            start = time.perf_counter()
            for _ in range(10):
                analyzer.analyze(case, today=today)
            samples.append((time.perf_counter() - start) / 10)
        results[path.stem] = statistics.median(samples) * 1000
    return results


def _memory(mb: float | None) -> str:
    return "memory n/a" if mb is None else f"{mb:.0f} MB"


def main() -> None:
    """Measure and print the figures with their targets and baselines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large", type=int, default=100_000, help="cases of the large batch")
    args = parser.parse_args()

    # An installed application has its bytecode compiled; a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module again at each start.
    compileall.compile_dir(ROOT / "cases", quiet=1)
    per_case = one_case_ms()
    worst = max(per_case, key=per_case.__getitem__)
    median_all = statistics.median(per_case.values())
    print(
        f"one case with what-if: median {median_all:.3f} ms over the examples "
        f"(slowest {worst}: {per_case[worst]:.3f} ms); target ≤ {ONE_CASE_TARGET_MS} ms "
        f"→ {per_case[worst] / ONE_CASE_TARGET_MS:.2f} of target",
        flush=True,
    )

    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.json"
        large = Path(tmp) / "large.json"
        write_batch(batch, args.cases)
        write_batch(large, args.large)
        bare = statistics.median(time_command([sys.executable, "-c", "pass"], 5))
        command = [sys.executable, "main.py", "analyze"]
        json_runs = [run_measured([*command, str(batch), "--json"]) for _ in range(args.runs)]
        batch_s = statistics.median(t for t, _, _ in json_runs)
        batch_cpu = statistics.median(c for _, _, c in json_runs)
        print(f"bare interpreter start: {bare * 1000:.0f} ms (baseline, same run)")
        print(
            f"{args.cases:,}-case batch, analyze --json: {batch_s:.2f} s wall "
            f"= {batch_s / bare:.1f}× a bare interpreter start; target ≤ {BATCH_TARGET_S} s "
            f"→ {batch_s / BATCH_TARGET_S:.2f} of target; CPU {batch_cpu:.2f} s",
            flush=True,
        )
        print(
            f"streamed batches (wall time; peak memory of the command and its workers, "
            f"shared pages counted in each; CPU time of them all; targets for "
            f"{args.large:,} cases ≤ {LARGE_TARGET_S:.0f} s and ≤ {LARGE_TARGET_MB:.0f} MB):"
        )
        for label, mode in (("text  ", []), ("--json", ["--json"])):
            small_s, small_mb, small_cpu = (
                (batch_s, max(m or 0 for _, m, _ in json_runs) or None, batch_cpu)
                if mode
                else run_measured([*command, str(batch)])
            )
            large_s, large_mb, large_cpu = run_measured([*command, str(large), *mode])
            memory = "" if large_mb is None else f" → {large_mb / LARGE_TARGET_MB:.2f} of target"
            print(
                f"  {label} {args.cases:,} cases: {small_s:.1f} s (CPU {small_cpu:.1f} s), "
                f"{_memory(small_mb)} | {args.large:,} cases: {large_s:.1f} s → "
                f"{large_s / LARGE_TARGET_S:.2f} of target (CPU {large_cpu:.1f} s), "
                f"{_memory(large_mb)}{memory}",
                flush=True,
            )


if __name__ == "__main__":
    main()
