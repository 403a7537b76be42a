"""Settings: QSettings round trip, fallbacks, the engine's assumptions, fonts, translators, dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase

from cases import engine
from desktop import fonts, i18n
from desktop.settings import AppSettings


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
    assert settings.engine_settings() == engine.Settings(
        small_family_max=6, timely_window_hours=48.0
    )
    assert AppSettings().engine_settings() == engine.Settings()


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
    i18n.switch_language(app, en, "en")
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
