"""Start 群主责任分析: the window by default, or a command (``analyze``, ``cases``)."""

from __future__ import annotations

import sys

COMMANDS = {"analyze", "cases", "-h", "--help"}


def main(argv: list[str]) -> int:
    """Dispatch to the command line or the desktop application."""
    if argv and argv[0] in COMMANDS:
        from cases.cli import main as cli

        return cli.main(argv)
    if argv and argv[0] == "--smoke-test":
        # Hidden: the window started and watched, its outcome printed (desktop/smoke.py).
        from desktop import smoke

        return smoke.main(argv[1:])
    from desktop import app

    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
