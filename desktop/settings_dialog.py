"""The settings dialog: the app's two assumptions, the volunteer's name, language, font size.

The two analysis settings are shown apart and labelled as what they are: this
app's assumptions (本应用的假定), not law; every analysis records the values it used.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cases.rules.assumptions import SMALL_FAMILY_MAX, SMALL_FAMILY_MIN, TIMELY_WINDOW_MAX
from desktop import settings as appsettings
from desktop.settings import AppSettings


class SettingsDialog(QDialog):
    """Edits an :class:`AppSettings`; use :meth:`ask`.

    Attributes:
        timely_spin: hours after learning of the content within which a measure is prompt.
        late_spin: hours after learning of the content past which a measure is late.
        family_spin: the largest family-only group treated as a private space.
        volunteer_edit: the volunteer's name.
        language_combo: the interface language ("zh" / "en" as item data).
        font_spin: the font size in points; its lowest value means "system default".
        buttons: OK, Cancel and Restore Defaults.
    """

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._initial = settings

        assumptions = QGroupBox(
            self.tr("This app's assumptions (recorded with every analysis)"), self
        )
        assumptions.setObjectName("assumptions")
        self.timely_spin = QDoubleSpinBox(assumptions)
        self.timely_spin.setObjectName("timely_window_hours")
        self.timely_spin.setDecimals(2)
        self.timely_spin.setRange(0.5, TIMELY_WINDOW_MAX)
        self.timely_spin.setSingleStep(1.0)
        self.timely_spin.setSuffix(self.tr(" hours"))
        self.timely_spin.setAccessibleName(
            self.tr("Time window for a prompt measure, in hours (this app's assumption)")
        )
        self.late_spin = QDoubleSpinBox(assumptions)
        self.late_spin.setObjectName("late_window_hours")
        self.late_spin.setDecimals(2)
        self.late_spin.setRange(0.5, TIMELY_WINDOW_MAX)
        self.late_spin.setSingleStep(1.0)
        self.late_spin.setSuffix(self.tr(" hours"))
        self.late_spin.setAccessibleName(
            self.tr("Hours after which a measure is late (this app's assumption)")
        )
        self.family_spin = QSpinBox(assumptions)
        self.family_spin.setObjectName("small_family_max")
        self.family_spin.setRange(SMALL_FAMILY_MIN, SMALL_FAMILY_MAX)
        self.family_spin.setSuffix(self.tr(" members"))
        self.family_spin.setAccessibleName(
            self.tr("Largest family-only group treated as private (this app's assumption)")
        )
        timely_label = QLabel(self.tr("&Timeliness window:"), assumptions)
        timely_label.setBuddy(self.timely_spin)
        late_label = QLabel(self.tr("L&ate after:"), assumptions)
        late_label.setBuddy(self.late_spin)
        family_label = QLabel(self.tr("Largest small &family group:"), assumptions)
        family_label.setBuddy(self.family_spin)
        explanation = QLabel(
            self.tr(
                "These values are this app's assumptions, not rules of law. "
                "Timeliness: how many hours after the owner learns of unlawful content a "
                "measure still counts as prompt (step 6, duty of care); past the late hours "
                "it is late, and in between only your own judgement of promptness decides. "
                "Small family group: up to how many members a group made up only of family "
                "members is treated as a private space (step 2, group or private space). "
                "Every analysis records the values it used; a change affects later analyses only."
            ),
            assumptions,
        )
        explanation.setWordWrap(True)
        form = QFormLayout(assumptions)
        form.addRow(timely_label, self.timely_spin)
        form.addRow(late_label, self.late_spin)
        form.addRow(family_label, self.family_spin)
        form.addRow(explanation)

        general = QGroupBox(self.tr("Volunteer and interface"), self)
        self.volunteer_edit = QLineEdit(general)
        self.volunteer_edit.setObjectName("volunteer_name")
        self.volunteer_edit.setAccessibleName(self.tr("Volunteer's name"))
        self.volunteer_edit.setPlaceholderText(self.tr("Optional; printed on reports"))
        self.language_combo = QComboBox(general)
        self.language_combo.setObjectName("language")
        # Each language is named in itself, so a user who cannot read the other finds it.
        self.language_combo.addItem("中文", "zh")
        self.language_combo.addItem("English", "en")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.font_spin = QSpinBox(general)
        self.font_spin.setObjectName("font_point_size")
        # The lowest value stands for 0 ("system default"); sizes below it are refused.
        self.font_spin.setRange(appsettings.FONT_SIZE_MIN - 1, appsettings.FONT_SIZE_MAX)
        self.font_spin.setSpecialValueText(self.tr("System default"))
        self.font_spin.setSuffix(self.tr(" pt"))
        self.font_spin.setAccessibleName(
            self.tr("Font size in points; the lowest value means the system default")
        )
        volunteer_label = QLabel(self.tr("Volunteer's &name:"), general)
        volunteer_label.setBuddy(self.volunteer_edit)
        language_label = QLabel(self.tr("&Language:"), general)
        language_label.setBuddy(self.language_combo)
        font_label = QLabel(self.tr("Font &size:"), general)
        font_label.setBuddy(self.font_spin)
        language_note = QLabel(
            self.tr("Law texts are always shown in the original Chinese."), general
        )
        language_note.setWordWrap(True)
        general_form = QFormLayout(general)
        general_form.addRow(volunteer_label, self.volunteer_edit)
        general_form.addRow(language_label, self.language_combo)
        general_form.addRow(language_note)
        general_form.addRow(font_label, self.font_spin)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(assumptions)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.timely_spin, self.family_spin)
        self.setTabOrder(self.family_spin, self.volunteer_edit)
        self.setTabOrder(self.volunteer_edit, self.language_combo)
        self.setTabOrder(self.language_combo, self.font_spin)
        self.setTabOrder(self.font_spin, self.buttons)
        for spin in (self.timely_spin, self.late_spin, self.family_spin, self.font_spin):
            # The keyboard focus goes to the box's text field: it says the box's name.
            spin.lineEdit().setAccessibleName(spin.accessibleName())
        self.set_settings(settings)
        self._connect_signals()
        self._fit_to_text()
        self.timely_spin.setFocus()

    def _fit_to_text(self) -> None:
        """Make the dialog wide enough to read and never so small that text is cut off.

        The explanation is word-wrapped, so its height depends on the width it gets,
        which a dialog's minimum size does not follow: at a large font it was cut off
        and drawn into the fields. The dialog is given about 60 characters' width (at
        most 90 % of the screen), and its minimum height is what the text needs at
        that width.
        """
        layout = self.layout()
        if layout is None:
            return
        width = self.fontMetrics().averageCharWidth() * 60
        screen = self.screen()
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.9))
        width = max(width, self.minimumSizeHint().width())
        height = max(layout.totalHeightForWidth(width), self.minimumSizeHint().height())
        self.setMinimumSize(width, height)
        self.resize(width, height)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._on_restore_defaults_clicked
        )

    @classmethod
    def ask(cls, parent: QWidget | None, settings: AppSettings) -> AppSettings | None:
        """Show the dialog modally.

        Args:
            parent: the window the dialog belongs to.
            settings: the current settings, shown for editing.

        Returns:
            The edited settings if the user pressed OK, None if they cancelled.
        """
        dialog = cls(settings, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.settings()
            return None
        finally:
            dialog.deleteLater()

    def set_settings(self, settings: AppSettings) -> None:
        """Show the values of a settings object."""
        self.timely_spin.setValue(settings.timely_window_hours)
        self.late_spin.setValue(settings.late_window_hours)
        self.family_spin.setValue(settings.small_family_max)
        self.volunteer_edit.setText(settings.volunteer_name)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.font_spin.setValue(settings.font_point_size or self.font_spin.minimum())

    def settings(self) -> AppSettings:
        """The settings as edited."""
        font = self.font_spin.value()
        return AppSettings(
            timely_window_hours=self.timely_spin.value(),
            late_window_hours=self.late_spin.value(),
            small_family_max=self.family_spin.value(),
            volunteer_name=self.volunteer_edit.text().strip(),
            language=str(self.language_combo.currentData()),
            font_point_size=0 if font == self.font_spin.minimum() else font,
        )

    @Slot()
    def _on_restore_defaults_clicked(self) -> None:
        # Restoring keeps the volunteer's name: it is not a default anyone would want back.
        name = self.volunteer_edit.text()
        self.set_settings(AppSettings(volunteer_name=name.strip()))
