"""A progress dialog while the window's case store is upgraded to a new schema.

Opening a store written by an older version rewrites every case (case format
version 2); with many cases that takes seconds, so the window shows how far it got.
The store calls ``MigrationProgress`` as its ``database.Progress``; the dialog
appears only then, never for a store already up to date. Qt's classes are imported
only then too: the window's first frame does not build the ``Qt`` namespace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget


class MigrationProgress:
    """Shows ``(done, total)`` in a modal progress dialog, closed when done.

    Attributes:
        reports: every ``(done, total)`` the store reported, in order.
        shown: whether the dialog was on screen while the store was migrated.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self.reports: list[tuple[int, int]] = []
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        """Report progress (the store's ``database.Progress``)."""
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QApplication, QProgressDialog

        self.reports.append((done, total))
        dialog = self._dialog
        if dialog is None:
            dialog = QProgressDialog(self._parent)
            dialog.setObjectName("migration_progress")
            dialog.setWindowTitle(
                QCoreApplication.translate("MigrationProgress", "Upgrading the case store")
            )
            dialog.setLabelText(
                QCoreApplication.translate(
                    "MigrationProgress",
                    "Saved cases are being converted to case format version 2. "
                    "Nothing is lost; please wait.",
                )
            )
            dialog.setCancelButton(None)  # one transaction: stopping halfway is not offered
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setRange(0, total)
            dialog.show()
            self._dialog = dialog
        dialog.setValue(done)
        self.shown = self.shown or dialog.isVisible()
        QApplication.processEvents()
        if done >= total:
            dialog.close()
            dialog.deleteLater()
            self._dialog = None
