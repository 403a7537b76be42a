"""Analyse a large batch of cases to ``analyze --json`` output, in parallel where possible.

A 10,000-case batch produces about 150 MB of JSON (every citation carries its
verbatim text). The cases are split into chunks; each chunk is analysed by a worker
process (forked, so the validated cases need not be sent to it) and written to a
private temporary file; the chunks are then copied to the output in order. Where
``fork`` is not available the batch is analysed in this process.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import BinaryIO

from cases import analysis
from cases.engine import Settings
from cases.model import Case

PARALLEL_FROM = 2000
"""Below this many cases, starting workers costs more than it saves."""

_cases: Sequence[Case] = ()


def _write_chunk(
    out: BinaryIO, cases: Sequence[Case], settings: Settings, today: dt.date, lang: str
) -> None:
    first = True
    for case in cases:
        if not first:
            out.write(b",\n")
        first = False
        out.write(analysis.analyze(case, settings, today).json_text(lang).encode("utf-8"))


def _work(job: tuple[int, int, str, Settings, dt.date, str]) -> None:
    """In a worker: analyse ``_cases[start:stop]`` into the file at ``path``."""
    start, stop, path, settings, today, lang = job
    with open(path, "wb") as out:
        _write_chunk(out, _cases[start:stop], settings, today, lang)


def _workers() -> int:
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def write_json(
    out: BinaryIO, cases: Sequence[Case], settings: Settings, today: dt.date, lang: str = "zh"
) -> None:
    """Write the JSON list of every case's analysis, in order, to a binary stream."""
    workers = _workers()
    out.write(b"[")
    if len(cases) < PARALLEL_FROM or workers == 1:
        _write_chunk(out, cases, settings, today, lang)
    else:
        _write_parallel(out, cases, settings, today, lang, workers)
    out.write(b"]\n")
    out.flush()


def _write_parallel(
    out: BinaryIO,
    cases: Sequence[Case],
    settings: Settings,
    today: dt.date,
    lang: str,
    workers: int,
) -> None:
    global _cases  # handed to the forked workers without pickling
    _cases = cases
    chunks = workers * 4  # small chunks keep both cores busy to the end
    size = -(-len(cases) // chunks)
    try:
        with tempfile.TemporaryDirectory(prefix="qunzhu-batch-") as tmp:
            jobs = [
                (
                    start,
                    min(start + size, len(cases)),
                    str(Path(tmp) / f"{i:04d}.json"),
                    settings,
                    today,
                    lang,
                )
                for i, start in enumerate(range(0, len(cases), size))
            ]
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(workers, mp_context=context) as pool:
                # map() yields in order as chunks finish, so copying overlaps analysing.
                for i, _ in enumerate(pool.map(_work, jobs)):
                    if i:
                        out.write(b",\n")
                    with open(jobs[i][2], "rb") as chunk:
                        shutil.copyfileobj(chunk, out, 1 << 20)
    finally:
        _cases = ()
