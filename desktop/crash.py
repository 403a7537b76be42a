"""The one exception hook: an unexpected error shows a calm dialog, never a traceback."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    import traceback  # here: the first frame need not wait for this large module

    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
        return
    text = QCoreApplication.translate(
        "crash",
        "The app ran into an unexpected problem. Your cases are saved after every "
        "change, so nothing you entered before this moment is lost. You can keep "
        "working; if it happens again, please send the details below to the developers.",
    )
    from desktop import dialogs  # only when something went wrong

    dialogs.Problem.show(QApplication.activeWindow(), text, details)


def install_excepthook() -> None:
    """Route uncaught exceptions (including those in slots) to the calm dialog."""
    sys.excepthook = _hook
