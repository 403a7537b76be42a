"""``main.py analyze FILE``: analyse a case file (one case or a batch) and print the result."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from typing import Any

from cases.analysis import analyzer
from cases.cli import batch
from cases.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageError,
    add_max_size_argument,
    add_settings_arguments,
    redact_names_from,
    settings_from,
    to_stderr,
    write,
)
from cases.files import output_guard
from cases.model import case_files
from cases.present import terminal_text


def add_parser(sub: Any) -> None:
    """Add ``analyze`` to the sub-commands."""
    analyze = sub.add_parser("analyze", help="analyse a case file (one case or a batch)")
    analyze.add_argument("file", help="case file (JSON, format version 1)")
    analyze.add_argument("--json", action="store_true", help="print the spec's JSON")
    analyze.add_argument("--lang", choices=("zh", "en"), default="zh")
    analyze.add_argument("--pdf", metavar="OUT.pdf", help="also write a case summary PDF")
    analyze.add_argument("--redact", action="store_true", help="redact personal data in the PDF")
    analyze.add_argument(
        "--redact-name",
        action="append",
        default=[],
        dest="redact_names",
        metavar="NAME",
        help="also replace this name in the PDF (repeatable; implies --redact)",
    )
    add_settings_arguments(analyze)
    add_max_size_argument(analyze)


def run(args: argparse.Namespace) -> int:
    """Analyse every case of a file and print the account or the JSON.

    Every case is validated before anything is written, so a bad case anywhere is
    reported (the first in the file's order) and nothing is printed. A batch of up
    to ``batch.KEEP_UP_TO`` cases is read once and validated by the worker
    processes that then analyse it; a larger one (or one case) is read twice:
    first every case is validated (nothing kept; a large batch's cases by worker
    processes, ``batch.check_file``), then the cases are analysed and
    printed as they are read again, so a batch of any size is analysed in bounded
    memory.
    """
    settings = settings_from(args)
    lang = args.lang
    if args.pdf:
        output_guard.check_output(args.pdf, inputs=[args.file])
    try:
        with case_files.open_case_file(args.file, args.max_size) as source:
            plain = not (args.pdf or args.redact or args.redact_names)
            texts = source.batch_texts(keep=batch.KEEP_UP_TO) if plain else None
            if texts is not None:
                # A batch kept in memory: checked by the workers that analyse it.
                gc.freeze()
                batch.write_texts(
                    sys.stdout.buffer,
                    source.file,
                    texts,
                    settings,
                    args.today or dt.date.today(),
                    lang,
                    args.json,
                )
                return EXIT_OK
            summary = (
                batch.check_file(source, batch.KEEP_UP_TO)
                if plain
                else source.check(keep=batch.KEEP_UP_TO)
            )
            if args.pdf and summary.count != 1:
                raise UsageError("--pdf needs a file with exactly one case")
            redact_names = redact_names_from(args, lang)
            today = args.today or dt.date.today()
            # What is loaded now (the law texts) never changes: keep the cyclic
            # collector from rescanning it.
            gc.freeze()
            if summary.is_batch and not args.pdf:
                batch.write_file(
                    sys.stdout.buffer, source, summary, settings, today, lang, args.json
                )
                return EXIT_OK
            (case,) = (
                summary.cases
                if summary.cases is not None
                else tuple(case for _, case in source.cases())
            )
    except case_files.CaseFileError as error:
        to_stderr(error.text(lang))
        return EXIT_BAD_INPUT
    result = analyzer.analyze(case, settings, today)
    if args.pdf:
        from cases.present import report

        redactor = None
        if args.redact or redact_names:
            from cases.present import redact

            redactor = redact.Redactor.for_case(case, redact_names)
        report.write_pdf(args.pdf, case, result, lang=lang, redactor=redactor)
    if args.json:
        text = terminal_text.json_dumps(result.to_json(lang), indent=2) + "\n"
        write(f"[{text.rstrip()}]\n" if summary.is_batch else text)
    elif args.pdf:
        write(("已写入 PDF：" if lang == "zh" else "PDF written: ") + args.pdf + "\n")
    else:
        from cases.present import plain_text  # the readable account's layout: not for --json

        write(plain_text.render(case, result, lang))
    return EXIT_OK
