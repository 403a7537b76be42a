"""A hidden check of the real window: ``main.py --smoke-test [--db PATH] [--lang zh|en] [CASE.json]``.

It starts the app exactly as ``main.py`` does (``desktop.app.main``: the settings, the
bundled font, the translators, the first-run notice, the store's lock, the staged main
window, the case file imported and opened) and watches the window, printing a line at
each milestone:

- ``painted``: the main window's paint event has run for the first time;
- ``framed``: that first frame is complete (a zero timer posted during the paint runs
  once the window and every child in it are painted);
- ``complete``: the reasoning panel is painted too (the questions and the reasoning
  are built);
- ``outcome: CODE TEXT``: the outcome banner's code and the text it shows, then
  ``fonts: FAMILY, ...``: the application font's families, and ``qt: 取消``: Qt's
  own word for Cancel, as its catalogue for the interface language gives it.

It then exits 0. What the window would show in a dialog (a bad case file, a damaged
store, an unexpected error) is printed to stderr instead and the check exits 2; if the
first-run notice was never accepted, or no outcome is shown within the time limit, it
exits 1. ``--screenshot FILE.png`` also saves a picture of the window as it stands.

``tools/smoke_bundle.py`` runs it from a built bundle to see that the bundle really
builds the window; ``bench.gui`` and ``bench.bundle`` time starts with it. The watch
goes in as ``desktop.mainwindow`` and ``desktop.dialogs`` are first imported, so the
app's own imports happen in the same order, and so at the same cost, as in a real start.
"""

from __future__ import annotations

import html
import importlib.abc
import importlib.machinery
import importlib.util
import os
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

FLAG = "--smoke-test"
TIMEOUT_S = 120.0
"""How long the window may take to show its outcome before the check gives up."""

OK, PROBLEM, NO_OUTCOME = 0, 2, 1
QT_WORD = ("QPlatformTheme", "Cancel")
"""A word from Qt's own catalogue (qtbase), shown to see that it is loaded. Passed
as a tuple, so that lupdate does not take it for one of the app's strings."""


@dataclass
class _State:
    """What the watched start has shown so far."""

    first_frame_only: bool
    screenshot: Path | None
    problems: list[str] = field(default_factory=list)
    framed: bool = False
    complete: bool = False
    outcome_shown: bool = False


def _say(line: str, stream: Any = None) -> None:
    print(line, file=stream or sys.stdout, flush=True)


class _ThenHook(importlib.abc.Loader):
    """A module's own loader, followed by a hook on the loaded module."""

    def __init__(self, loader: importlib.abc.Loader, hook: Callable[[ModuleType], None]) -> None:
        self._loader = loader
        self._hook = hook

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        self._hook(module)


class AfterImport(importlib.abc.MetaPathFinder):
    """Runs a hook on each named module right after its first import, importing nothing early."""

    def __init__(self, hooks: dict[str, Callable[[ModuleType], None]]) -> None:
        self._hooks = dict(hooks)

    def find_spec(
        self, name: str, path: Any = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        """Override MetaPathFinder.find_spec: the module's own spec, its loader wrapped."""
        hook = self._hooks.pop(name, None)
        if hook is None:
            return None
        if not self._hooks:
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)  # this finder no longer answers for it
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _ThenHook(spec.loader, hook)
        return spec


def _plain(label_text: str) -> str:
    """A label's rich text as one plain line: a line break becomes a space."""
    text = re.sub(r"<br\s*/?>", " ", label_text, flags=re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]*>", "", text)).strip()


def _watch_window(mainwindow: ModuleType, state: _State) -> None:
    """Install the milestone watch on every MainWindow built from now on."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    if state.first_frame_only:
        # Under valgrind a start takes seconds: the fallback that completes a window
        # never painted would otherwise fire before the first frame.
        setattr(mainwindow, "STAGE_FALLBACK_MS", 10**7)  # noqa: B010 (a module given as a value)

    def finish(window: Any) -> None:
        if state.problems:
            _say("smoke test: the window showed a problem (above)", sys.stderr)
            os._exit(PROBLEM)
        banner = window.panel.banner
        _say(f"outcome: {banner.property('outcome')} {_plain(banner.text())}")
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _say("fonts: " + ", ".join(app.font().families()))
        _say("qt: " + QCoreApplication.translate(*QT_WORD))
        if state.screenshot is not None and not window.grab().save(str(state.screenshot)):
            _say(f"smoke test: could not write {state.screenshot}", sys.stderr)
            os._exit(NO_OUTCOME)
        state.outcome_shown = True
        app.exit(OK)

    class Watch(QObject):
        # Filters on the main window and the reasoning panel only: an application-wide
        # filter would route every event of every widget through Python and slow the
        # start it measures.
        window_painted = False

        def __init__(self, window: Any) -> None:
            super().__init__(window)
            self._window = window

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if obj is self._window and not self.window_painted:
                self.window_painted = True
                _say("painted")
                QTimer.singleShot(0, self._framed)
            elif obj is not self._window and not state.complete:
                state.complete = True
                _say("complete")
                if state.framed:
                    finish(self._window)
            return False

        def _framed(self) -> None:
            state.framed = True
            _say("framed")
            if state.first_frame_only:
                sys.stdout.close()
                os._exit(OK)
            if state.complete:
                finish(self._window)

    init = mainwindow.MainWindow.__init__

    def watched_init(window: Any, *args: Any, **kwargs: Any) -> None:
        init(window, *args, **kwargs)
        watch = Watch(window)
        window.installEventFilter(watch)
        if window.is_complete():
            window.panel.installEventFilter(watch)
        else:
            window.workspace_built.connect(lambda: window.panel.installEventFilter(watch))

    mainwindow.MainWindow.__init__ = watched_init


def _answer_dialogs(dialogs: ModuleType, state: _State) -> None:
    """Print what a dialog would show instead of waiting for someone to answer it."""

    def problem(cls: type, parent: Any, text: str, details: str = "") -> None:
        state.problems.append(text)
        _say(text, sys.stderr)

    def notice(cls: type, parent: Any) -> bool:
        _say(
            "smoke test: 首次使用须知尚未确认（请先启动一次并确认）。\n"
            "smoke test: the first-run notice has not been accepted in this profile "
            "(start the app once and accept it).",
            sys.stderr,
        )
        return False

    dialogs.Problem.show = classmethod(problem)
    dialogs.FirstRunNotice.ask = classmethod(notice)


def _give_up(timeout: float) -> None:
    _say(f"smoke test: no outcome shown within {timeout:.0f} s", sys.stderr)
    os._exit(NO_OUTCOME)


def run(
    argv: list[str],
    *,
    first_frame_only: bool = False,
    timeout: float | None = TIMEOUT_S,
    screenshot: Path | None = None,
) -> int:
    """Start the app on ``argv`` (the window's command line) and watch it; the exit status.

    Args:
        argv: as for ``main.py`` without a command: ``[--db PATH] [--lang zh|en] [CASE]``.
        first_frame_only: exit as soon as the first frame is complete (for counting a
            start's instructions; nothing after it is watched).
        timeout: seconds before giving up (exit 1), or None to wait for ever.
        screenshot: a PNG file to save the window into once its outcome is shown.
    """
    state = _State(first_frame_only=first_frame_only, screenshot=screenshot)
    sys.meta_path.insert(
        0,
        AfterImport(
            {
                "desktop.mainwindow": lambda module: _watch_window(module, state),
                "desktop.dialogs": lambda module: _answer_dialogs(module, state),
            }
        ),
    )
    if timeout is not None:
        watchdog = threading.Timer(timeout, _give_up, (timeout,))
        watchdog.daemon = True
        watchdog.start()
    from desktop import app

    status = app.main(argv)
    if state.problems:
        return PROBLEM
    if not state.outcome_shown:
        _say("smoke test: the window never showed an outcome", sys.stderr)
        return NO_OUTCOME
    return status


def main(argv: list[str]) -> int:
    """``main.py --smoke-test [--screenshot FILE.png] [window options] [CASE]``."""
    rest = list(argv)
    screenshot = None
    if "--screenshot" in rest:
        at = rest.index("--screenshot")
        if at + 1 >= len(rest):
            _say("--screenshot needs a file name", sys.stderr)
            return PROBLEM
        screenshot = Path(rest[at + 1])
        del rest[at : at + 2]
    return run(rest, screenshot=screenshot)
