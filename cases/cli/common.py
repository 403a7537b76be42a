"""What every command of the command line shares: exit codes, the parser, options, output.

Exit status: 0 done (whatever the outcome), 2 bad input (a message naming what is
wrong, on stderr), 1 an unexpected failure (a one-line message, never a traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from cases.model import case_files
from cases.present import terminal_text
from cases.rules.assumptions import DEFAULT_SETTINGS, Settings

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad command-line input; the message is shown as it is."""


class Parser(argparse.ArgumentParser):
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
    parser.add_argument(
        "--late-window-hours",
        type=float,
        default=DEFAULT_SETTINGS.late_window_hours,
        help="hours after knowing past which a measure is late; in between only the "
        "volunteer's own judgement decides (default 72)",
    )
    parser.add_argument(
        "--analysis-date",
        dest="today",
        type=analysis_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the analysis speaks for (default today; recorded as analysis_date)",
    )
    # The option's earlier, hidden name.
    parser.add_argument("--today", dest="today", type=analysis_date, help=argparse.SUPPRESS)


def analysis_date(text: str) -> dt.date:
    """``--analysis-date``: a day written ``YYYY-MM-DD``, in 1990 or later.

    Raises:
        argparse.ArgumentTypeError: with a message in Chinese and English.
    """
    from cases.model.domain import EARLIEST_YEAR
    from cases.model.fuzzy import FuzzyDate

    try:
        day = FuzzyDate.parse(text)
    except ValueError:
        day = None
    if day is None or not day.is_exact:
        raise argparse.ArgumentTypeError(
            f"不是 YYYY-MM-DD 格式的日期 / not a date YYYY-MM-DD: {text!r}"
        ) from None
    if day.year < EARLIEST_YEAR:
        raise argparse.ArgumentTypeError(
            f"分析日期应在 {EARLIEST_YEAR} 年或之后 / the analysis date must be in "
            f"{EARLIEST_YEAR} or later: {text!r}"
        )
    return day.first


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
        default=case_files.DEFAULT_MAX_SIZE,
        metavar="MB",
        help=f"refuse case files larger than this (default {case_files.DEFAULT_MAX_SIZE // 10**6} MB)",
    )


def settings_from(args: argparse.Namespace) -> Settings:
    """Build Settings from parsed options, turning range errors into UsageError."""
    try:
        return Settings(args.small_family_max, args.timely_window_hours, args.late_window_hours)
    except ValueError as error:
        raise UsageError(str(error)) from None


def write(text: str) -> None:
    """Print ``text`` on stdout as UTF-8."""
    # A file name given on the command line may hold bytes that are not UTF-8 (kept
    # by Python as lone surrogates): escaped (also a valid JSON escape), rather than
    # failing to report work already done.
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
    sys.stdout.buffer.flush()


def to_stderr(text: str) -> None:
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
    from cases.present import redact

    try:
        return tuple(redact.check_name(name) for name in args.redact_names)
    except redact.BadNameError as error:
        raise UsageError(error.text(lang)) from None
