"""Settings: QSettings round trip, fallbacks, the engine's assumptions, fonts, translators, dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from cases.rules import assumptions
from desktop import fonts, i18n
from desktop.settings import AppSettings
from desktop.settings_dialog import SettingsDialog


@pytest.fixture
def qsettings(tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield store
    store.sync()


def test_defaults():
    settings = AppSettings()
    assert settings.timely_window_hours == 24.0
    assert settings.small_family_max == 10
    assert settings.volunteer_name == ""
    assert settings.language == "zh"
    assert settings.font_point_size == 0


def test_empty_store_gives_defaults(qsettings):
    assert AppSettings.load(qsettings) == AppSettings()


def test_round_trip_through_ini_file(tmp_path):
    path = str(tmp_path / "settings.ini")
    chosen = AppSettings(
        timely_window_hours=6.5,
        small_family_max=15,
        volunteer_name="张三 Zhang",
        language="en",
        font_point_size=14,
    )
    writer = QSettings(path, QSettings.Format.IniFormat)
    chosen.save(writer)
    writer.sync()
    del writer
    # A fresh QSettings reads the file back: ini values come back as strings.
    assert AppSettings.load(QSettings(path, QSettings.Format.IniFormat)) == chosen


@pytest.mark.parametrize(
    ("key", "bad"),
    [
        ("analysis/timely_window_hours", "abc"),
        ("analysis/timely_window_hours", "-3"),
        ("analysis/timely_window_hours", "0"),
        ("analysis/timely_window_hours", "nan"),
        ("analysis/timely_window_hours", "100000"),
        ("analysis/small_family_max", "zehn"),
        ("analysis/small_family_max", "1"),
        ("analysis/small_family_max", "10.5"),
        ("analysis/small_family_max", "501"),
        ("ui/language", "fr"),
        ("ui/language", ""),
        ("ui/font_point_size", "-1"),
        ("ui/font_point_size", "3"),
        ("ui/font_point_size", "big"),
        ("ui/font_point_size", "500"),
    ],
)
def test_bad_stored_value_falls_back_to_default(tmp_path, key, bad):
    path = tmp_path / "settings.ini"
    good = AppSettings(
        timely_window_hours=12.0, small_family_max=20, language="en", font_point_size=11
    )
    store = QSettings(str(path), QSettings.Format.IniFormat)
    good.save(store)
    store.setValue(key, bad)
    store.sync()
    loaded = AppSettings.load(QSettings(str(path), QSettings.Format.IniFormat))
    field = {
        "analysis/timely_window_hours": "timely_window_hours",
        "analysis/small_family_max": "small_family_max",
        "ui/language": "language",
        "ui/font_point_size": "font_point_size",
    }[key]
    assert getattr(loaded, field) == getattr(AppSettings(), field)
    # The other values survive one bad entry.
    for other in ("timely_window_hours", "small_family_max", "language", "font_point_size"):
        if other != field:
            assert getattr(loaded, other) == getattr(good, other)


def test_bad_values_in_a_hand_written_ini(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text(
        "[analysis]\ntimely_window_hours=soon\nsmall_family_max=@Invalid()\n"
        "[ui]\nlanguage=klingon\nfont_point_size=\n[volunteer]\nname=李四\n",
        encoding="utf-8",
    )
    loaded = AppSettings.load(QSettings(str(path), QSettings.Format.IniFormat))
    assert loaded == AppSettings(volunteer_name="李四")


def test_constructor_refuses_bad_values():
    with pytest.raises(ValueError, match="small_family_max"):
        AppSettings(small_family_max=1)
    with pytest.raises(ValueError, match="language"):
        AppSettings(language="de")
    with pytest.raises(ValueError, match="timely_window_hours"):
        AppSettings(timely_window_hours=0)


def test_engine_settings_carry_the_assumptions():
    settings = AppSettings(timely_window_hours=48, small_family_max=6)
    assert settings.engine_settings() == assumptions.Settings(
        small_family_max=6, timely_window_hours=48.0
    )
    assert AppSettings().engine_settings() == assumptions.Settings()


def test_bundled_font_is_registered(qapp):
    family = fonts.register_bundled_font()
    assert family == "WenQuanYi Micro Hei"
    assert family in QFontDatabase.families()
    assert fonts.register_bundled_font() == family  # idempotent


def test_chinese_translators_installed_and_switched(qapp):
    app = QCoreApplication.instance()
    zh = i18n.install_translators(app, "zh")
    assert zh, "qtbase_zh_CN.qm ships with PySide6"
    assert all(isinstance(t, QTranslator) for t in zh)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    en = i18n.switch_language(app, zh, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    for translator in en:
        app.removeTranslator(translator)


def test_unknown_language_is_treated_as_source_language(qapp):
    app = QCoreApplication.instance()
    installed = i18n.install_translators(app, "xx")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


# --- the dialog ---------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, zh_catalogue):
    widget = SettingsDialog(
        AppSettings(timely_window_hours=12, small_family_max=8, volunteer_name="王五")
    )
    qtbot.addWidget(widget)
    return widget


def test_dialog_shows_the_settings(dialog):
    assert dialog.timely_spin.value() == 12
    assert dialog.family_spin.value() == 8
    assert dialog.volunteer_edit.text() == "王五"
    assert dialog.language_combo.currentData() == "zh"
    assert dialog.font_spin.text() == "系统默认"
    assert dialog.settings() == AppSettings(
        timely_window_hours=12, small_family_max=8, volunteer_name="王五"
    )


def test_dialog_edits_round_trip(dialog):
    dialog.timely_spin.setValue(6.25)
    dialog.family_spin.setValue(15)
    dialog.volunteer_edit.setText("  赵六 ")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.font_spin.setValue(14)
    assert dialog.settings() == AppSettings(
        timely_window_hours=6.25,
        small_family_max=15,
        volunteer_name="赵六",
        language="en",
        font_point_size=14,
    )
    dialog.font_spin.setValue(dialog.font_spin.minimum())
    assert dialog.settings().font_point_size == 0


def test_dialog_limits_match_the_engine(dialog):
    dialog.family_spin.setValue(1)
    dialog.timely_spin.setValue(0)
    dialog.settings().engine_settings()  # would raise if out of the engine's range
    dialog.family_spin.setValue(10_000)
    dialog.timely_spin.setValue(1e9)
    dialog.settings().engine_settings()


def test_restore_defaults_keeps_the_name(dialog):
    dialog.font_spin.setValue(20)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.settings() == AppSettings(volunteer_name="王五")


def test_assumptions_are_labelled_as_such(dialog):
    box = dialog.findChild(type(dialog.timely_spin.parentWidget()), "assumptions")
    assert "本应用的假定" in box.title()
    assert "记录" in box.title()
    assert dialog.timely_spin.parentWidget() is box
    assert dialog.family_spin.parentWidget() is box


def test_dialog_is_keyboard_accessible(dialog):
    for widget in (
        dialog.timely_spin,
        dialog.family_spin,
        dialog.volunteer_edit,
        dialog.language_combo,
        dialog.font_spin,
    ):
        assert widget.accessibleName()
        assert widget.focusPolicy() & widget.focusPolicy().TabFocus
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    assert {
        dialog.timely_spin,
        dialog.family_spin,
        dialog.volunteer_edit,
        dialog.language_combo,
        dialog.font_spin,
    } <= buddies
    assert all(
        "&" in label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None
    )


def _answer_dialog(action):
    def run():
        widget = QApplication.activeModalWidget()
        assert isinstance(widget, SettingsDialog)
        action(widget)

    QTimer.singleShot(0, run)


def test_ask_accept_returns_the_edited_settings(qtbot):
    def edit_and_accept(dialog):
        dialog.family_spin.setValue(6)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    _answer_dialog(edit_and_accept)
    result = SettingsDialog.ask(None, AppSettings())
    assert result == AppSettings(small_family_max=6)


def test_ask_cancel_returns_none(qtbot):
    def edit_and_cancel(dialog):
        dialog.family_spin.setValue(6)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    _answer_dialog(edit_and_cancel)
    assert SettingsDialog.ask(None, AppSettings()) is None


def test_ask_can_be_monkeypatched(monkeypatch):
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent, settings: settings))
    assert SettingsDialog.ask(None, AppSettings(language="en")) == AppSettings(language="en")


def test_the_late_window_is_a_second_assumption_shown_edited_and_passed_to_the_engine(
    dialog, tmp_path
):
    assert AppSettings().late_window_hours == 72.0
    late = dialog.findChild(QWidget, "late_window_hours")
    assert late is dialog.late_spin
    assert late.value() == 72
    late.setValue(96)
    chosen = dialog.settings()
    assert chosen.late_window_hours == 96
    assert chosen.engine_settings() == assumptions.Settings(
        small_family_max=8, timely_window_hours=12.0, late_window_hours=96.0
    )
    path = str(tmp_path / "settings.ini")
    writer = QSettings(path, QSettings.Format.IniFormat)
    chosen.save(writer)
    writer.sync()
    del writer
    assert AppSettings.load(QSettings(path, QSettings.Format.IniFormat)) == chosen
