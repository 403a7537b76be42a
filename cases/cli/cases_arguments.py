"""The ``main.py cases …`` arguments: the sub-commands, their options and how each value is read.

Apart from ``cases_command`` so that ``main.py analyze`` builds the whole parser
without loading the case store (``cases_command`` imports it).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from cases.cli import common
from cases.model import case_files, domain
from cases.rules.steps.common import Outcome
from cases.store.columns import SORT_COLUMNS

_LARGEST = 2**63 - 1
"""SQLite's largest integer: no case ID is larger, no store holds more cases."""


def _ids(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a case ID: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a case ID: {text!r}")
    if value > _LARGEST:
        raise argparse.ArgumentTypeError(f"no case has an ID as large as {text}")
    return value


def _count(text: str) -> int:
    """A number of rows (``--limit``, ``--offset``).

    One larger than SQLite takes means the same as the largest it takes: no store
    holds that many cases.
    """
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    return min(value, _LARGEST)


def _text(text: str) -> str:
    """Text given on the command line, refused when its bytes are not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            f"not valid UTF-8 text: {case_files.printable(text)}"
        ) from None
    return text


def add_parser(sub: Any) -> None:
    """Add ``cases`` and its sub-commands to the top-level sub-parsers."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--db", type=Path, default=None, metavar="PATH", help="the store file (default: per user)"
    )
    options.add_argument("--json", action="store_true", help="print JSON")
    options.add_argument("--lang", choices=("zh", "en"), default="zh")

    cases = sub.add_parser("cases", help="the saved cases (list, show, import, export, backup…)")
    verbs = cases.add_subparsers(dest="verb", required=True, parser_class=common.Parser)

    lister = verbs.add_parser("list", parents=[options], help="list saved cases")
    lister.add_argument(
        "-q", "--text", type=_text, default="", help="words to find in title, notes, tags"
    )
    lister.add_argument("--outcome", choices=[o.value for o in Outcome])
    lister.add_argument("--platform", choices=[p.value for p in domain.Platform])
    lister.add_argument("--from", dest="date_from", type=dt.date.fromisoformat, metavar="DATE")
    lister.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, metavar="DATE")
    lister.add_argument("--trash", action="store_true", help="list the trash")
    lister.add_argument("--sort", choices=SORT_COLUMNS, default="updated_at")
    lister.add_argument("--asc", action="store_true", help="ascending order")
    lister.add_argument("--limit", type=_count, default=200)
    lister.add_argument("--offset", type=_count, default=0)

    show = verbs.add_parser("show", parents=[options], help="show a case and its analyses")
    show.add_argument("id", type=_ids)

    importer = verbs.add_parser("import", parents=[options], help="import case files")
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importer.add_argument(
        "--tag", type=_text, action="append", default=[], help="tag every imported case"
    )
    importer.add_argument("--no-analyse", action="store_true", help="record no first analysis")
    common.add_settings_arguments(importer)
    common.add_max_size_argument(importer)

    analyse = verbs.add_parser("analyze", parents=[options], help="re-analyse saved cases")
    analyse.add_argument("ids", nargs="+", type=_ids, metavar="ID")
    common.add_settings_arguments(analyse)

    export = verbs.add_parser("export", parents=[options], help="export cases to a case file")
    export.add_argument("ids", nargs="+", type=_ids, metavar="ID")
    export.add_argument("-o", "--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--batch", action="store_true", help="write a list even for one case")

    pdf = verbs.add_parser("export-pdf", parents=[options], help="write a case summary PDF")
    pdf.add_argument("id", type=_ids)
    pdf.add_argument("out", type=Path, metavar="OUT.pdf")
    pdf.add_argument("--redact", action="store_true", help="redact personal data in the PDF")
    pdf.add_argument(
        "--redact-name",
        type=_text,
        action="append",
        default=[],
        dest="redact_names",
        metavar="NAME",
        help="also replace this name in the PDF (repeatable; implies --redact)",
    )
    pdf.add_argument(
        "--volunteer", type=_text, default=None, metavar="NAME", help="the volunteer's name"
    )

    backup = verbs.add_parser("backup", parents=[options], help="copy the store to a file")
    backup.add_argument("dest", type=Path, metavar="FILE")

    restore = verbs.add_parser("restore", parents=[options], help="replace the store by a backup")
    restore.add_argument("backup", type=Path, metavar="BACKUP")

    verbs.add_parser(
        "check", parents=[options], help="check the store for damage (exit 3 when damaged)"
    )

    for verb, help_text in (
        ("delete", "move cases to the trash"),
        ("undelete", "bring cases back from the trash"),
        ("purge", "erase cases in the trash for good"),
    ):
        one = verbs.add_parser(verb, parents=[options], help=help_text)
        one.add_argument("ids", nargs="+", type=_ids, metavar="ID")
