"""GUI benchmark: start-up against a bare PySide6 window, edit-to-reasoning latency, memory.

Run ``python -m bench.gui``. Start-up is the wall time from launching a fresh
interpreter until the window's first frame is painted (the window and everything
in it, not just the window's own paint event), for a bare QWidget and for the main
window on a 1,000-case store opened through the real entry point
(``desktop.app.main``), both measured in the same run (median of several,
interleaved). The main window is built in two stages (see ``desktop.mainwindow``):
its first frame shows the menus and the case list; the time until the
questions and reasoning are painted too is printed beside it. A minimal main
window with a case table is timed as well, to show how much of the gap any
PySide6 window that renders text and a Python model pays.

``python -m bench.gui --instructions`` also counts, with valgrind's callgrind, the
instructions each start executes up to its first frame: a count that the machine's
load does not change, for comparing changes smaller than the timings' noise.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 21
CASES = 1000

_PAINTED = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, framed)
        return False

def framed():
    # A zero timer posted during the window's paint runs once the whole frame (the
    # window and every child in it) is painted and flushed.
    print("framed", flush=True)
    sys.stdout.close()
    import os
    os._exit(0)
"""

BARE = (
    _PAINTED
    + """
from PySide6.QtWidgets import QWidget
app = QApplication([])
w = QWidget()
w.resize(800, 600)
f = Painted()
w.installEventFilter(f)
w.show()
app.exec()
"""
)

MINIMAL = (
    _PAINTED
    + """
import sqlite3
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTableView, QWidget

class Rows(QAbstractTableModel):
    def __init__(self, rows, parent):
        super().__init__(parent)
        self.rows = rows
    def rowCount(self, parent=None):
        return len(self.rows)
    def columnCount(self, parent=None):
        return 5
    def data(self, index, role=0):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None

app = QApplication([])
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT id, title, created_at, updated_at, id FROM cases LIMIT 200"
).fetchall()
w = QMainWindow()
w.resize(800, 600)
dock = QDockWidget("Cases", w)
table = QTableView(dock)
model = Rows(rows, table)
table.setModel(model)
dock.setWidget(table)
w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
w.setCentralWidget(QWidget(w))
w.menuBar().addMenu("File")
f = Painted()
w.installEventFilter(f)
w.show()
app.exec()
"""
)
"""A reference, not a target: the least a PySide6 main window showing cases can do
(a dock with a 200-row table model over the store, a menu, text to render)."""

MAIN = """
import os
import sys
from desktop import smoke
first_frame_only = os.environ.get("BENCH_FIRST_FRAME_ONLY") == "1"
sys.exit(smoke.run(["--db", sys.argv[1]], first_frame_only=first_frame_only, timeout=None))
"""
"""The real entry point (desktop.app.main, as main.py calls it), timed to the first paint
of the main window and to the first paint of the reasoning panel (the questions and
reasoning built)."""


def _child_env(config: Path | None, **extra: str) -> dict[str, str]:
    """The environment of a measured start: this checkout, offscreen unless told."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.update(PYTHONPATH=str(ROOT), **extra)
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    return env


def _unlocked(store: Path) -> str:
    """The store's path, its lock file removed first.

    Each measured start ends with os._exit, which leaves the lock behind; a user's
    start normally finds none, so none should be measured taking over a stale one.
    """
    from desktop import instance

    instance.lock_path(store).unlink(missing_ok=True)
    return str(store)


def _start(code: str, *args: str, config: Path | None = None) -> dict[str, float]:
    """Seconds from launching the interpreter to each line the child prints."""
    return _launch([sys.executable, "-c", code, *args], _child_env(config))


def _launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launching a program to each line it prints (it must print "painted")."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    seen = {}
    for line in proc.stdout:
        seen[line.decode().strip()] = time.perf_counter() - start
    proc.wait()
    if "painted" not in seen:
        raise RuntimeError("the window was never painted")
    return seen


def _instructions(code: str, *args: str, config: Path | None = None) -> int:
    """Instructions a start executes up to its first frame, counted by callgrind.

    Unlike wall time this does not depend on the machine's load: the same code on the
    same data executes the same count (to ~0.01 %), so it shows small changes that the
    timings' noise hides. It leaves out time spent waiting (disk, the kernel).
    """
    env = _child_env(config, PYTHONHASHSEED="0", BENCH_FIRST_FRAME_ONLY="1")
    callgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run(
        [*callgrind, sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    if "framed" not in done.stdout:
        raise RuntimeError("the window was never painted under valgrind")
    counted = re.search(r"Collected : (\d+)", done.stderr)
    if counted is None:
        raise RuntimeError("callgrind printed no count")
    return int(counted.group(1))


def _make_store(path: Path) -> None:
    import datetime as dt

    from cases.model import case_files
    from cases.store.database import CaseStore

    examples = sorted((ROOT / "resources" / "examples").glob("[0-9]*.json"))
    cases = [case_files.load_file(p).cases[0] for p in examples]
    with CaseStore.open(path) as store:
        for i in range(CASES):
            case = cases[i % len(cases)]
            store.create(
                type(case)(case.incident, f"{case.title} #{i}", case.notes),
                tags=(f"t{i % 7}",),
            )
        store.analyse(1, today=dt.date.today())


def _edit_latency(store: Path, ini: Path) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(store, QSettings(str(ini), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    times = []
    knew = window.form.editors["knew"]
    for i in range(40):
        value = (True, False, None)[i % 3]
        start = time.perf_counter()
        knew.button(value).click()
        app.processEvents()  # the panel repaints
        times.append((time.perf_counter() - start) * 1000)
        assert window.case().incident.knew is value
    window.close()
    return times


def _accepted_config(folder: Path) -> Path:
    """A private settings folder in which the first-run notice was already accepted."""
    from PySide6.QtCore import QSettings

    from desktop import app

    config = folder / "config"
    path = config / app.ORGANIZATION / f"{app.APPLICATION}.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue(app.NOTICE_KEY, True)
    settings.sync()
    return config


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gui", description=__doc__)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the instructions to the first frame with valgrind (slow, noise-free)",
    )
    args = parser.parse_args(argv)
    if args.instructions and shutil.which("valgrind") is None:
        print("--instructions needs valgrind (apt-get install valgrind)", file=sys.stderr)
        return 2
    # An installed application has its bytecode compiled; a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module on each start.
    for package in ("cases", "desktop"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        store, ini = tmp / "cases.sqlite3", tmp / "settings.ini"
        _make_store(store)
        config = _accepted_config(tmp)
        bare, minimal, painted, framed, complete = [], [], [], [], []
        for _ in range(RUNS):  # interleaved, so all see the same machine load
            bare.append(_start(BARE)["framed"])
            minimal.append(_start(MINIMAL, str(store))["framed"])
            seen = _start(MAIN, _unlocked(store), config=config)
            painted.append(seen["painted"])
            framed.append(seen["framed"])
            complete.append(seen["complete"])
        b, p, f, c = (statistics.median(x) for x in (bare, painted, framed, complete))
        print(f"bare PySide6 window on screen:       {b * 1000:7.0f} ms (median of {RUNS})")
        print(f"main window, {CASES} cases, on screen: {f * 1000:7.0f} ms (median of {RUNS})")
        print(f"ratio: {f / b:.2f} (target ≤ 1.5)")
        print(f"ratio of the fastest runs: {min(framed) / min(bare):.2f} (less machine noise)")
        paired = statistics.median(m / b for m, b in zip(framed, bare, strict=True))
        print(f"median ratio of each start to the bare start just before it: {paired:.2f}")
        print(
            f"  (the main window's own paint event, before its children are painted:"
            f" {p * 1000:.0f} ms, ratio {p / b:.2f})"
        )
        least = statistics.median(minimal)
        print(
            f"for reference, a minimal main window with a case table: {least * 1000:.0f} ms"
            f" (ratio {least / b:.2f}): text, fonts and a Python model cost that much already"
        )
        print(
            f"questions and reasoning painted too: {c * 1000:7.0f} ms"
            f" (ratio {c / b:.2f}; built right after the first frame)"
        )
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory of a start-up process: {children:.0f} MiB")
        times = _edit_latency(store, ini)
        print(
            f"fact edit → reasoning panel updated: median {statistics.median(times):.1f} ms,"
            f" max {max(times):.1f} ms (target ≤ 50 ms)"
        )
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory with the window open: {own:.0f} MiB")
        if args.instructions:
            base = _instructions(BARE)
            ours = _instructions(MAIN, _unlocked(store), config=config)
            reference = _instructions(MINIMAL, str(store))
            print(
                f"instructions to the first frame (callgrind): bare {base / 1e6:.0f}M,"
                f" main window {ours / 1e6:.0f}M, ratio {ours / base:.2f}"
                f" (minimal main window with a case table: ratio {reference / base:.2f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
