"""The window's first frame leaves PySide's ``Qt`` namespace alone (``desktop.qt_ints``).

Building that namespace costs 25–40 ms, which the start-up target has no room for.
The real application is started in a child process, as a volunteer starts it, on a
store whose newest case has an outcome (so a badge is painted); the child reports
whether ``Qt`` exists once the first frame is complete and, if it does, which of
our lines built it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from cases.model import case_files
from cases.store.database import CaseStore

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"

CHILD = r"""
import enum, json, os, sys, traceback
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

# Which of our lines had PySide build an enum (Qt.GlobalColor marks the namespace).
built = {}
_create = enum.EnumType._create_

def _recording(cls, class_name, *args, **kwargs):
    if class_name == "GlobalColor" and "GlobalColor" not in built:
        ours = (os.sep + "desktop" + os.sep, os.sep + "cases" + os.sep)
        built["GlobalColor"] = [
            f"{frame.filename}:{frame.lineno}: {frame.line}"
            for frame in traceback.extract_stack()[:-1]
            if any(part in frame.filename for part in ours)
        ]
    return _create(cls, class_name, *args, **kwargs)

enum.EnumType._create_ = _recording

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])

from desktop import app, mainwindow

settings = QSettings(
    QSettings.Format.IniFormat, QSettings.Scope.UserScope, app.ORGANIZATION, app.APPLICATION
)
settings.setValue(app.NOTICE_KEY, True)
settings.sync()

def report():
    print(json.dumps({
        "qt": "Qt" in vars(QtCore),
        "where": built.get("GlobalColor", []),
        "complete": window[0].is_complete(),
        "rows": window[0].case_list.model.rowCount(),
    }), flush=True)
    os._exit(0)

class Watch(QObject):
    seen = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, report)  # runs once the whole frame is painted
        return False

watch = Watch()
window = []
_init = mainwindow.MainWindow.__init__

def init(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    window.append(self)
    self.installEventFilter(watch)

mainwindow.MainWindow.__init__ = init
sys.exit(app.main(["--db", sys.argv[1]]))
"""


def test_the_first_frame_does_not_build_the_qt_namespace(tmp_path):
    store = tmp_path / "cases.sqlite3"
    case = case_files.load_file(EXAMPLES / "07-owners-group-long-insult.json").cases[0]
    with CaseStore.open(store) as opened:
        for _ in range(30):
            last = opened.create(case)
        opened.analyse(last, today=dt.date(2026, 1, 1))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(store), str(tmp_path / "settings")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["rows"] == 30
    assert not seen["complete"]  # the frame measured is the staged first one
    where = "\n".join(seen["where"]) or "(not in desktop/ or cases/)"
    assert not seen["qt"], f"the Qt namespace was built before the first frame, here:\n{where}"


def test_the_plain_ints_are_qts_values():
    from PySide6.QtCore import Qt

    from desktop import qt_ints

    assert Qt.ItemDataRole.DisplayRole.value == qt_ints.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == qt_ints.TOOLTIP_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == qt_ints.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.UserRole.value == qt_ints.USER_ROLE
    assert Qt.ItemDataRole.TextAlignmentRole.value == qt_ints.TEXT_ALIGNMENT_ROLE
    assert Qt.ItemDataRole.BackgroundRole.value == qt_ints.BACKGROUND_ROLE
    assert Qt.ItemDataRole.ForegroundRole.value == qt_ints.FOREGROUND_ROLE
    assert Qt.AlignmentFlag.AlignCenter.value == qt_ints.ALIGN_CENTER
