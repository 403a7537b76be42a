"""Start-up of the standalone bundle against the app started from the venv.

Run ``python -m bench.bundle`` after ``python tools/build_bundle.py``. Both starts are
``main.py --smoke-test`` (the real entry point, watched by ``desktop.smoke`` as
``bench.gui`` watches it) on the same 1,000-case store and settings, interleaved so
that both see the same machine load, with ``bench.gui``'s machinery: the time from
launching the program until the main window's first frame is complete, and until the
questions and the reasoning are painted too. The venv start runs this interpreter on
the checkout (bytecode compiled, as installed); the bundle start runs the bundle's
program with no venv on ``PATH``. Target: the bundle no slower than 1.2x the venv.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile
from pathlib import Path

from bench import gui

ROOT = gui.ROOT
RUNS = 11
TARGET_RATIO = 1.2
DEFAULT_BUNDLE = ROOT / "dist" / "qunzhu-analyzer" / "qunzhu-analyzer"


def _bundle_env(config: Path) -> dict[str, str]:
    """The measured environment, less what points at this checkout or its venv."""
    env = gui._child_env(config)
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if p and not p.startswith(str(ROOT))
    )
    return env


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bundle", description=__doc__)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the bundle's program")
    parser.add_argument("--runs", type=int, default=RUNS, help="starts of each kind")
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        print(
            f"no bundle at {args.bundle}: build it with python tools/build_bundle.py",
            file=sys.stderr,
        )
        return 2
    for package in ("cases", "desktop"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        store = tmp / "cases.sqlite3"
        gui._make_store(store)
        config = gui._accepted_config(tmp)
        venv_env, bundle_env = gui._child_env(config), _bundle_env(config)
        venv = [sys.executable, str(ROOT / "main.py"), "--smoke-test", "--db"]
        bundle = [str(args.bundle), "--smoke-test", "--db"]
        seen: dict[str, list[dict[str, float]]] = {"venv": [], "bundle": []}
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            seen["venv"].append(gui._launch([*venv, gui._unlocked(store)], venv_env))
            seen["bundle"].append(gui._launch([*bundle, gui._unlocked(store)], bundle_env))
    framed = {k: statistics.median(s["framed"] for s in v) for k, v in seen.items()}
    complete = {k: statistics.median(s["complete"] for s in v) for k, v in seen.items()}
    ratio = framed["bundle"] / framed["venv"]
    print(f"first frame, from the venv:   {framed['venv'] * 1000:6.0f} ms (median of {args.runs})")
    print(
        f"first frame, from the bundle: {framed['bundle'] * 1000:6.0f} ms (median of {args.runs})"
    )
    print(f"ratio: {ratio:.2f} (target ≤ {TARGET_RATIO})")
    print(
        f"questions and reasoning painted too: venv {complete['venv'] * 1000:.0f} ms,"
        f" bundle {complete['bundle'] * 1000:.0f} ms"
        f" (ratio {complete['bundle'] / complete['venv']:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
