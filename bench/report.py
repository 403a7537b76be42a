"""Benchmark of the case summary PDF: a typical case against a one-line document.

Target (issue 5): a typical case (about 3 pages) in ≤ 300 ms and ≤ 200 KB, printed
next to a one-line reportlab document with the same font, measured in the same run.
Font registration (parsing the .ttf once per process) is reported separately.

Run: ``python -m bench.report [--runs R] [--case FILE]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import time
from pathlib import Path

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from cases.analysis import analyzer
from cases.files import resources
from cases.model import case_files
from cases.present import report, typesetting

TIME_TARGET_MS = 300.0
SIZE_TARGET_KB = 200.0
TYPICAL_CASE = "examples/07-owners-group-long-insult.json"


def one_line_pdf() -> bytes:
    """The baseline: one line of Chinese in the bundled font, embedded the same way."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=typesetting.FONT_NAME)
    canvas.setFont(typesetting.FONT_NAME, 10)
    canvas.drawString(72, 720, "群主责任分析 · 案件摘要 Case summary")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _median_ms(func: object, runs: int) -> tuple[float, bytes]:
    times = []
    data = b""
    for _ in range(runs):
        start = time.perf_counter()
        data = func()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), data


def main() -> None:
    """Measure and print the figures with their targets and the baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--case", type=Path, default=resources.path(TYPICAL_CASE))
    args = parser.parse_args()

    start = time.perf_counter()
    typesetting.font()
    font_ms = (time.perf_counter() - start) * 1000

    case = case_files.load_file(args.case).cases[0]
    result = analyzer.analyze(case, today=dt.date(2026, 11, 28))
    exported = dt.datetime(2026, 11, 28, 9, 30)

    def typical() -> bytes:
        return report.render_pdf(
            case, result, case_id="C-0007", volunteer="王志愿", exported_at=exported
        )

    typical()  # warm the glyph-width cache like a second export in the window would
    one_line_pdf()
    report_ms, data = _median_ms(typical, args.runs)
    base_ms, base = _median_ms(one_line_pdf, args.runs)
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    size_kb = len(data) / 1024
    ok_time = "OK" if report_ms <= TIME_TARGET_MS else "OVER"
    ok_size = "OK" if size_kb <= SIZE_TARGET_KB else "OVER"
    print(f"font registration (once per process): {font_ms:.0f} ms")
    print(
        f"typical case ({args.case.name}, {pages} pages): median {report_ms:.0f} ms "
        f"[target ≤ {TIME_TARGET_MS:.0f} ms: {ok_time}], {size_kb:.0f} KB "
        f"[target ≤ {SIZE_TARGET_KB:.0f} KB: {ok_size}]"
    )
    print(
        f"one-line document, same font (baseline, same run): median {base_ms:.1f} ms, "
        f"{len(base) / 1024:.0f} KB  → ratio {report_ms / base_ms:.0f}×"
    )


if __name__ == "__main__":
    main()
