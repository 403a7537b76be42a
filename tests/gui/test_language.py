"""Chinese by default, English on request, and no untranslated string left behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
EXAMPLE = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "examples"
    / "07-owners-group-long-insult.json"
)


def test_no_unfinished_chinese_translation():
    text = (TRANSLATIONS / "app_zh_CN.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert (TRANSLATIONS / "app_zh_CN.qm").stat().st_mtime >= (
        TRANSLATIONS / "app_zh_CN.ts"
    ).stat().st_mtime - 5


def test_switch_language_keeps_the_case(make_main_window):
    app = QApplication.instance()
    translators = i18n.install_translators(app, "zh")
    window = make_main_window(lang="zh", translators=translators)
    case_id = window.import_case_file(EXAMPLE)
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    banner = window.findChild(QWidget, "outcome")
    assert "不免责" in banner.text()
    window.en_action.trigger()
    assert window.lang() == "en"
    assert window.case_id() == case_id
    banner = window.findChild(QWidget, "outcome")
    assert banner.property("outcome") == "NOT_EXEMPT"
    assert "Not exempt" in banner.text()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.app_settings().language == "en"
    window.zh_action.trigger()
    assert "文件" in window.menuBar().actions()[0].text()


def test_language_setting_survives_restart(make_main_window):
    window = make_main_window()
    window.set_language("en")
    window.close()
    again = make_main_window()
    assert again.lang() == "en"
