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
        self.setWindowTitle(self.tr("设置"))
        self._initial = settings

        assumptions = QGroupBox(self.tr("本应用的假定（随每次分析一并记录）"), self)
        assumptions.setObjectName("assumptions")
        self.timely_spin = QDoubleSpinBox(assumptions)
        self.timely_spin.setObjectName("timely_window_hours")
        self.timely_spin.setDecimals(2)
        self.timely_spin.setRange(0.5, TIMELY_WINDOW_MAX)
        self.timely_spin.setSingleStep(1.0)
        self.timely_spin.setSuffix(self.tr(" 小时"))
        self.timely_spin.setAccessibleName(self.tr("及时处理的时间窗口（小时），本应用的假定"))
        self.late_spin = QDoubleSpinBox(assumptions)
        self.late_spin.setObjectName("late_window_hours")
        self.late_spin.setDecimals(2)
        self.late_spin.setRange(0.5, TIMELY_WINDOW_MAX)
        self.late_spin.setSingleStep(1.0)
        self.late_spin.setSuffix(self.tr(" 小时"))
        self.late_spin.setAccessibleName(self.tr("超过多少小时算不及时，本应用的假定"))
        self.family_spin = QSpinBox(assumptions)
        self.family_spin.setObjectName("small_family_max")
        self.family_spin.setRange(SMALL_FAMILY_MIN, SMALL_FAMILY_MAX)
        self.family_spin.setSuffix(self.tr(" 人"))
        self.family_spin.setAccessibleName(self.tr("视为私密空间的家庭小群最多人数，本应用的假定"))
        timely_label = QLabel(self.tr("“及时”的时间窗口(&T)："), assumptions)
        timely_label.setBuddy(self.timely_spin)
        late_label = QLabel(self.tr("超过多少小时算不及时(&A)："), assumptions)
        late_label.setBuddy(self.late_spin)
        family_label = QLabel(self.tr("家庭小群最多人数(&F)："), assumptions)
        family_label.setBuddy(self.family_spin)
        explanation = QLabel(
            self.tr(
                "这些数值是本应用的假定，不是法律的规定。"
                "“及时”：群主知道违法信息后，在多少小时内采取的措施算及时（第 6 步，注意义务）；"
                "超过“不及时”的时数算不及时，两者之间只有您对“是否及时”的判断能决定。"
                "家庭小群：只由家庭成员组成的群，人数不超过多少时按私密空间对待（第 2 步，群组性质）。"
                "每次分析都会记录当时使用的数值；修改只影响以后的分析。"
            ),
            assumptions,
        )
        explanation.setWordWrap(True)
        form = QFormLayout(assumptions)
        form.addRow(timely_label, self.timely_spin)
        form.addRow(late_label, self.late_spin)
        form.addRow(family_label, self.family_spin)
        form.addRow(explanation)

        general = QGroupBox(self.tr("志愿者与界面"), self)
        self.volunteer_edit = QLineEdit(general)
        self.volunteer_edit.setObjectName("volunteer_name")
        self.volunteer_edit.setAccessibleName(self.tr("志愿者姓名"))
        self.volunteer_edit.setPlaceholderText(self.tr("可不填；会印在报告上"))
        self.language_combo = QComboBox(general)
        self.language_combo.setObjectName("language")
        # Each language is named in itself, so a user who cannot read the other finds it.
        self.language_combo.addItem("中文", "zh")
        self.language_combo.addItem("English", "en")
        self.language_combo.setAccessibleName(self.tr("界面语言"))
        self.font_spin = QSpinBox(general)
        self.font_spin.setObjectName("font_point_size")
        # The lowest value stands for 0 ("system default"); sizes below it are refused.
        self.font_spin.setRange(appsettings.FONT_SIZE_MIN - 1, appsettings.FONT_SIZE_MAX)
        self.font_spin.setSpecialValueText(self.tr("系统默认"))
        self.font_spin.setSuffix(self.tr(" 磅"))
        self.font_spin.setAccessibleName(self.tr("字号（磅），最小值表示系统默认"))
        volunteer_label = QLabel(self.tr("志愿者姓名(&N)："), general)
        volunteer_label.setBuddy(self.volunteer_edit)
        language_label = QLabel(self.tr("界面语言(&L)："), general)
        language_label.setBuddy(self.language_combo)
        font_label = QLabel(self.tr("字号(&S)："), general)
        font_label.setBuddy(self.font_spin)
        language_note = QLabel(self.tr("法律条文始终以中文原文显示。"), general)
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
        self.set_settings(settings)
        self._connect_signals()
        self.timely_spin.setFocus()

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
