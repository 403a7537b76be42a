"""Render the first pages of an example case summary PDF to PNG for the README.

Writes docs/report-page-1.png and docs/report-page-2.png (needs poppler's pdftoppm).

Run: ``python tools/render_report_pages.py [--case FILE] [--pages N] [--dpi D] [--lang zh|en]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cases.analysis import analyzer  # noqa: E402 (after the path fix)
from cases.files import resources  # noqa: E402
from cases.model import case_files  # noqa: E402
from cases.present import report  # noqa: E402


def main() -> int:
    """Write the example report and its first pages as PNG files into docs/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--case", type=Path, default=resources.path("examples/07-owners-group-long-insult.json")
    )
    parser.add_argument("--pages", type=int, default=2)
    parser.add_argument("--dpi", type=int, default=110)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    case = case_files.load_file(args.case).cases[0]
    result = analyzer.analyze(case, today=dt.date(2026, 11, 28))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        report.write_pdf(
            pdf,
            case,
            result,
            lang=args.lang,
            case_id="C-0007",
            volunteer="王志愿",
            exported_at=dt.datetime(2026, 11, 28, 9, 30),
        )
        prefix = Path(tmp) / "page"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                str(args.dpi),
                "-f",
                "1",
                "-l",
                str(args.pages),
                str(pdf),
                str(prefix),
            ],
            check=True,
        )
        for png in sorted(Path(tmp).glob("page-*.png")):
            number = int(png.stem.rsplit("-", 1)[1])
            target = args.out / f"report-page-{number}.png"
            shutil.move(png, target)
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
