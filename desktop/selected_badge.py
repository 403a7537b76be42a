"""Keep the outcome badge in its colours on the selected row of the case list.

The case list's model gives the outcome cell its badge colours (background,
text, centred), which Qt's own delegate paints; but Qt's style paints the
selection over a selected cell, so the open case — always the selected one —
would lose its colour. This delegate paints the outcome cell as not selected.
It is set when the window completes, after its first frame (which has no
selection yet): it needs ``QStyle``, whose hundreds of enum members PySide
builds on first use (``desktop.qt_ints``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cases.present.palette import OUTCOME_COLOURS


class SelectedBadgeDelegate(QStyledItemDelegate):
    """Paints an outcome cell that has a badge as if it were not selected."""

    def __init__(self, outcome_role: int, parent: QObject | None = None) -> None:
        """``outcome_role`` is the model's role for the outcome code."""
        super().__init__(parent)
        self._outcome_role = outcome_role

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Override QStyledItemDelegate::initStyleOption: no selection over a badge."""
        super().initStyleOption(option, index)
        if index.data(self._outcome_role) in OUTCOME_COLOURS:
            option.state &= ~QStyle.StateFlag.State_Selected
