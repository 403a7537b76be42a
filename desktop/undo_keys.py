"""Undo and Redo keys in a text field with nothing of its own to undo reach the window.

A QLineEdit claims the Undo and Redo keys whenever it is editable, even when it has
nothing to undo, so the window's Undo (a new case, a case moved to the trash, a
choice between 是 / 否 / 不知道) never saw them while the cursor was in the search
box or a question's text field: Ctrl+Z did nothing at all. With this filter on a
field, the field keeps the keys while it has typing of its own to undo or redo, and
lets them through to the window's Undo and Redo once it has none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


class UndoKeysFallThrough(QObject):
    """An event filter for line edits (install it with ``watch``)."""

    def watch(self, edits: list[QLineEdit]) -> None:
        """Filter these line edits' events (each once)."""
        for edit in edits:
            edit.removeEventFilter(self)
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: hide Undo/Redo from a field with none of its own."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QLineEdit):
            return False
        assert isinstance(event, QKeyEvent)
        if (event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()) or (
            event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable()
        ):
            # Unaccepted and unseen by the field, the key goes to the window's shortcuts.
            event.ignore()
            return True
        return False
