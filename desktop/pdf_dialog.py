"""The PDF export dialog: the volunteer's name, whether to redact, which names to replace.

The volunteer's name comes filled in from the settings and is printed on the report
(经办志愿者); the window remembers a changed name in the settings.

The names list comes filled with the names found after 原告、群主… in the case; the
volunteer adds names the app could not find and removes words that are not names.
The patterns (phone and ID numbers, WeChat/QQ IDs, e-mail and street addresses) need
no list. The list is not stored with the case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cases.present import redact


@dataclass(frozen=True)
class PdfOptions:
    """What the volunteer chose for one PDF export.

    Attributes:
        redact: replace personal data in the whole report.
        names: the names to replace (checked: two characters or more, with letters).
        volunteer: the volunteer's name printed on the report ("" for none).
    """

    redact: bool = False
    names: tuple[str, ...] = ()
    volunteer: str = ""


class PdfExportDialog(QDialog):
    """Asks whether to redact the PDF and which names to replace; use :meth:`ask`.

    Attributes:
        volunteer_edit: the volunteer's name, printed on the report.
        redact_check: redact the report.
        names_edit: the names to replace, separated by 、 or commas.
        problem_label: why OK did not close the dialog (a name that cannot be used).
        buttons: OK and Cancel.
    """

    def __init__(
        self,
        found_names: Sequence[str],
        lang: str = "zh",
        parent: QWidget | None = None,
        *,
        volunteer: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_export_dialog")
        self.setWindowTitle(self.tr("Export PDF"))
        self._lang = lang
        self.volunteer_edit = QLineEdit(self)
        self.volunteer_edit.setObjectName("volunteer_name")
        self.volunteer_edit.setAccessibleName(self.tr("Volunteer's name"))
        self.volunteer_edit.setPlaceholderText(self.tr("Printed on the report; may stay empty"))
        self.volunteer_edit.setText(volunteer)
        volunteer_label = QLabel(self.tr("&Volunteer:"), self)
        volunteer_label.setBuddy(self.volunteer_edit)
        self.redact_check = QCheckBox(
            self.tr("&Redact personal data (names, phone and ID numbers, e-mail and addresses…)"),
            self,
        )
        self.redact_check.setObjectName("redact")
        self.redact_check.setAccessibleName(self.tr("Redact personal data"))
        self.names_edit = QLineEdit(self)
        self.names_edit.setObjectName("redact_names")
        self.names_edit.setAccessibleName(self.tr("Names to replace"))
        self.names_edit.setPlaceholderText(self.tr("Separate names with commas"))
        self.names_edit.setText("、".join(found_names))
        names_label = QLabel(self.tr("&Names to replace:"), self)
        names_label.setBuddy(self.names_edit)
        explanation = QLabel(
            self.tr(
                "Names found in the title and notes after words such as plaintiff or group "
                "owner are filled in: add anyone else named in the case and remove words that "
                "are not names. "
                "Phone and ID numbers, WeChat and QQ IDs, e-mail and street addresses are "
                "found without a list. The whole report is redacted, its title, running "
                "header and file properties included."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("names_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        volunteer_form = QFormLayout()
        volunteer_form.addRow(volunteer_label, self.volunteer_edit)
        form = QFormLayout()
        form.addRow(names_label, self.names_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(volunteer_form)
        layout.addWidget(self.redact_check)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._on_redact_toggled(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.redact_check.toggled.connect(self._on_redact_toggled)
        self.names_edit.textEdited.connect(self._on_names_edited)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(
        cls, parent: QWidget | None, found_names: Sequence[str], lang: str, volunteer: str = ""
    ) -> PdfOptions | None:
        """Show the dialog modally.

        Args:
            parent: the window the dialog belongs to.
            found_names: the names found in the case, to fill the names field with.
            lang: the language of the message about a name that cannot be used.
            volunteer: the volunteer's name from the settings, filled in.

        Returns:
            The chosen options if the user pressed OK, None if they cancelled.
        """
        dialog = cls(found_names, lang, parent, volunteer=volunteer)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.options()
            return None
        finally:
            dialog.deleteLater()

    def options(self) -> PdfOptions:
        """The options as chosen (names unchecked: :meth:`accept` checks them)."""
        volunteer = " ".join(self.volunteer_edit.text().split())
        if not self.redact_check.isChecked():
            return PdfOptions(volunteer=volunteer)
        return PdfOptions(True, redact.split_names(self.names_edit.text()), volunteer)

    def accept(self) -> None:
        """Override QDialog.accept: close only when every name can be used."""
        options = self.options()
        try:
            names = tuple(redact.check_name(name) for name in options.names)
        except redact.BadNameError as error:
            self.problem_label.setText(error.text(self._lang))
            self.problem_label.show()
            self.names_edit.setFocus()
            return
        self.names_edit.setText("、".join(names))
        super().accept()

    @Slot(bool)
    def _on_redact_toggled(self, checked: bool) -> None:
        self.names_edit.setEnabled(checked)

    @Slot(str)
    def _on_names_edited(self, _text: str) -> None:
        self.problem_label.hide()
