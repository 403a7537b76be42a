"""The command line's entry: ``main.py analyze …`` and ``main.py cases …``.

Exit status: 0 done (whatever the outcome), 2 bad input (a message naming what is
wrong, on stderr), 1 an unexpected failure (a one-line message, never a traceback).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from cases.cli import analyze_command, cases_arguments
from cases.cli.common import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, Parser, UsageError, to_stderr
from cases.files import output_guard


def build_parser() -> argparse.ArgumentParser:
    """The parser for every sub-command."""
    parser = Parser(prog="main.py", description="群主责任分析 — group-owner liability analyzer")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    analyze_command.add_parser(sub)
    cases_arguments.add_parser(sub)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run a sub-command and return the exit status (never raises)."""
    lang = "zh"
    try:
        args = build_parser().parse_args(argv)
        lang = getattr(args, "lang", lang)
        if args.command == "analyze":
            return analyze_command.run(args)
        # Imported here: it loads the case store, which ``analyze`` never needs.
        from cases.cli import cases_command

        return cases_command.run(args)
    except UsageError as error:
        to_stderr(str(error))
        return EXIT_BAD_INPUT
    except output_guard.RefusedOutputError as error:
        to_stderr(error.text(lang))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:
        explain = getattr(error, "text", None)  # e.g. ReportWriteError: in the user's language
        if callable(explain):
            to_stderr(explain(lang))
        else:
            to_stderr(f"错误 / error: {error.strerror or error} ({error.filename or ''})")
        return EXIT_FAILURE
    except Exception as error:
        to_stderr(f"内部错误 / internal error: {type(error).__name__}: {error}")
        return EXIT_FAILURE
