"""The command line: ``main.py analyze FILE [--json] [--lang zh|en]`` and ``main.py cases …``.

Exit status: 0 done (whatever the outcome), 2 bad input (a message naming what is
wrong, on stderr), 1 an unexpected failure (a one-line message, never a traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from collections.abc import Sequence

from cases import analysis, batch, caseio, output_guard, terminal_text, textout
from cases.engine import DEFAULT_SETTINGS, Settings

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad command-line input; the message is shown as it is."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of exiting, so main() owns exit codes."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Override ArgumentParser.error: raise UsageError with the usage line."""
        raise UsageError(f"{self.format_usage().strip()}\n{self.prog}: {message}")


def add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    """The app's adjustable assumptions as options."""
    parser.add_argument(
        "--small-family-max",
        type=int,
        default=DEFAULT_SETTINGS.small_family_max,
        help="largest family-only group treated as private (default 10)",
    )
    parser.add_argument(
        "--timely-window-hours",
        type=float,
        default=DEFAULT_SETTINGS.timely_window_hours,
        help="hours after knowing that still count as prompt (default 24)",
    )
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, help=argparse.SUPPRESS)


def _megabytes(text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size in MB: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"not a size in MB: {text!r}")
    return round(value * 1_000_000)


def add_max_size_argument(parser: argparse.ArgumentParser) -> None:
    """``--max-size MB``: the largest case file read (default 200 MB)."""
    parser.add_argument(
        "--max-size",
        type=_megabytes,
        default=caseio.DEFAULT_MAX_SIZE,
        metavar="MB",
        help=f"refuse case files larger than this (default {caseio.DEFAULT_MAX_SIZE // 10**6} MB)",
    )


def settings_from(args: argparse.Namespace) -> Settings:
    """Build Settings from parsed options, turning range errors into UsageError."""
    try:
        return Settings(args.small_family_max, args.timely_window_hours)
    except ValueError as error:
        raise UsageError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    """The parser for every sub-command."""
    parser = _Parser(prog="main.py", description="群主责任分析 — group-owner liability analyzer")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
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
    try:
        from cases import store_cli
    except ImportError:  # the store is optional for the analysis-only core
        pass
    else:
        store_cli.add_parser(sub)
    return parser


def _write(text: str) -> None:
    # A file name given on the command line may hold bytes that are not UTF-8 (kept
    # by Python as lone surrogates): escaped (also a valid JSON escape), rather than
    # failing to report work already done.
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
    sys.stdout.buffer.flush()


def _error(text: str) -> None:
    """Print a message on stderr; text it quotes from a case file cannot drive the terminal."""
    print(terminal_text.visible(text), file=sys.stderr)


def redact_names_from(args: argparse.Namespace, lang: str) -> tuple[str, ...]:
    """The ``--redact-name`` values, checked (``analyze`` takes them only with ``--pdf``).

    Raises:
        UsageError: a name is unusable (the message names it), or there is no PDF.
    """
    if not args.redact_names:
        return ()
    if not getattr(args, "pdf", True):
        raise UsageError(
            "--redact-name 只用于 --pdf 写出的 PDF" if lang == "zh" else "--redact-name needs --pdf"
        )
    from cases import redact

    try:
        return tuple(redact.check_name(name) for name in args.redact_names)
    except redact.BadNameError as error:
        raise UsageError(error.text(lang)) from None


def run_analyze(args: argparse.Namespace) -> int:
    """Analyse every case of a file and print the account or the JSON.

    The file is read twice: first every case is validated (nothing kept), so a bad
    case anywhere is reported before anything is written; then the cases are
    analysed and printed as they are read again, so a batch of any size is
    analysed in bounded memory.
    """
    settings = settings_from(args)
    lang = args.lang
    if args.pdf:
        output_guard.check_output(args.pdf, inputs=[args.file])
    try:
        with caseio.open_case_file(args.file, args.max_size) as source:
            summary = source.check(keep=batch.KEEP_UP_TO)
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
    except caseio.CaseFileError as error:
        _error(error.text(lang))
        return EXIT_BAD_INPUT
    result = analysis.analyze(case, settings, today)
    if args.pdf:
        from cases import report

        redactor = None
        if args.redact or redact_names:
            from cases import redact

            redactor = redact.Redactor.for_case(case, redact_names)
        report.write_pdf(args.pdf, case, result, lang=lang, redactor=redactor)
    if args.json:
        text = terminal_text.json_dumps(result.to_json(lang), indent=2) + "\n"
        _write(f"[{text.rstrip()}]\n" if summary.is_batch else text)
    elif args.pdf:
        _write(("已写入 PDF：" if lang == "zh" else "PDF written: ") + args.pdf + "\n")
    else:
        _write(textout.render(case, result, lang))
    return EXIT_OK


def main(argv: Sequence[str]) -> int:
    """Run a sub-command and return the exit status (never raises)."""
    lang = "zh"
    try:
        args = build_parser().parse_args(argv)
        lang = getattr(args, "lang", lang)
        if args.command == "analyze":
            return run_analyze(args)
        from cases import store_cli

        return store_cli.run(args)
    except UsageError as error:
        _error(str(error))
        return EXIT_BAD_INPUT
    except output_guard.RefusedOutputError as error:
        _error(error.text(lang))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:
        explain = getattr(error, "text", None)  # e.g. ReportWriteError: in the user's language
        if callable(explain):
            _error(explain(lang))
        else:
            _error(f"错误 / error: {error.strerror or error} ({error.filename or ''})")
        return EXIT_FAILURE
    except Exception as error:
        _error(f"内部错误 / internal error: {type(error).__name__}: {error}")
        return EXIT_FAILURE
