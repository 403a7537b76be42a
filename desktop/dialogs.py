"""The window's modal questions, each behind a classmethod ``ask()`` that tests replace.

The dialog classes are imported when a dialog is shown: the window's start-up
should not pay for Qt's message box and file dialog it may never open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class FirstRunNotice:
    """The first-run notice: an aid for volunteers, not legal advice."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """Show the notice; True when the user accepts it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("dialogs", "Before you start"))
        box.setText(
            QCoreApplication.translate(
                "dialogs",
                "This app helps legal-aid volunteers think through whether a group owner is "
                "responsible under the 2017 Provisions on the Administration of Internet "
                "Group Information Services.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "dialogs",
                "It is not legal advice. It shows the clauses and the reasoning so that you "
                "can check them; a lawyer must confirm any conclusion. Your cases stay on "
                "this computer.",
            )
        )
        accept = box.addButton(
            QCoreApplication.translate("dialogs", "I understand"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("dialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(accept)
        box.exec()
        return box.clickedButton() is accept


class PdfFileDialog:
    """Where to write the case summary PDF."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """The chosen path, or None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("dialogs", "Export PDF"),
            suggested,
            QCoreApplication.translate("dialogs", "PDF files (*.pdf)"),
        )
        return Path(path) if path else None


class CaseFileDialog:
    """Which case file to import, or where to export one."""

    @classmethod
    def ask_open(cls, parent: QWidget | None) -> Path | None:
        """The case file to import, or None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("dialogs", "Import case file"),
            "",
            QCoreApplication.translate("dialogs", "Case files (*.json)"),
        )
        return Path(path) if path else None

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to export the case file, or None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("dialogs", "Export case file"),
            suggested,
            QCoreApplication.translate("dialogs", "Case files (*.json)"),
        )
        return Path(path) if path else None


class Problem:
    """A calm message about something that went wrong (never a traceback)."""

    @classmethod
    def show(cls, parent: QWidget | None, text: str, details: str = "") -> None:
        """Show the message and wait for OK."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("dialogs", "Something went wrong"))
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.exec()
