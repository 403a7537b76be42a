"""Start 群主责任分析: the window by default, or a command (``analyze``, ``cases``)."""

from __future__ import annotations

import itertools
import sys

COMMANDS = {"analyze", "cases", "-h", "--help"}
SETUP = "python3 -m venv .venv && .venv/bin/python -m pip install -e ."
"""The README's setup command (section "The two commands"), named when a package is missing."""


def missing_package_message(error: ImportError, argv: list[str]) -> str:
    """One line naming the missing package and the setup command (English with ``--lang en``)."""
    name = error.name or str(error)
    if "--lang=en" in argv or ("--lang", "en") in itertools.pairwise(argv):
        return (
            f"missing package {name}: set the program up first, in its folder, with "
            f"the README's command: {SETUP}"
        )
    return f"缺少运行所需的软件包 {name}：请先在程序文件夹中运行 README 里的安装命令：{SETUP}"


def main(argv: list[str]) -> int:
    """Dispatch to the command line or the desktop application."""
    try:
        if argv and argv[0] in COMMANDS:
            from cases.cli import main as cli

            return cli.main(argv)
        if argv and argv[0] == "--smoke-test":
            # Hidden: the window started and watched, its outcome printed (desktop/smoke.py).
            from desktop import smoke

            return smoke.main(argv[1:])
        from desktop import app

        return app.main(argv)
    except ImportError as error:  # run before `pip install`: PySide6, reportlab… missing
        print(missing_package_message(error, argv), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
