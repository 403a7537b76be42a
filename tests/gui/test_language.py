"""Chinese by default, English on request, and no untranslated string left behind."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
EXAMPLE = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "examples"
    / "07-owners-group-long-insult.json"
)


TS_FILES = ("app_zh_CN.ts", "app_en.ts")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
# English translations that keep Chinese on purpose: the law texts are Chinese.
CHINESE_IN_ENGLISH: set[tuple[str, str]] = set()


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Every message of a .ts file by (context, source)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[context.findtext("name"), message.findtext("source")] = message
    return found


@pytest.mark.parametrize("name", TS_FILES)
def test_no_unfinished_translation(name):
    ts = TRANSLATIONS / name
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    unfinished = [
        key
        for key, message in messages(ts).items()
        if not "".join(message.find("translation").itertext()).strip()
    ]
    assert unfinished == []
    assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime - 5


@pytest.mark.parametrize("name", TS_FILES)
def test_ts_files_hold_every_tr_string_of_desktop(tmp_path, name):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not next to the interpreter")
    fresh = tmp_path / name
    sources = sorted(str(p) for p in (TRANSLATIONS.parents[1] / "desktop").glob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    assert sorted(messages(fresh)) == sorted(messages(TRANSLATIONS / name))


def test_each_catalogue_speaks_its_language():
    for (context, _source), message in messages(TRANSLATIONS / "app_zh_CN.ts").items():
        text = "".join(message.find("translation").itertext())
        assert CJK.search(text), (context, text)
    for (context, _source), message in messages(TRANSLATIONS / "app_en.ts").items():
        text = "".join(message.find("translation").itertext())
        assert not CJK.search(text) or (context, text) in CHINESE_IN_ENGLISH, (context, text)


def test_switch_language_keeps_the_case(make_main_window):
    app = QApplication.instance()
    translators = i18n.install_translators(app, "zh")
    window = make_main_window(lang="zh", translators=translators)
    case_id = window.import_case_file(EXAMPLE)
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    banner = window.findChild(QWidget, "outcome")
    assert "很可能未尽责" in banner.text()
    window.en_action.trigger()
    assert window.lang() == "en"
    assert window.case_id() == case_id
    banner = window.findChild(QWidget, "outcome")
    assert banner.property("outcome") == "NOT_EXEMPT"
    assert "Likely fell short" in banner.text()
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


def test_every_source_string_is_english():
    # One pattern across the window: English sources through tr(), both languages
    # from the catalogues (the law browser and the misreadings page had Chinese ones).
    chinese = [key for key in messages(TRANSLATIONS / "app_zh_CN.ts") if CJK.search(key[1])]
    assert chinese == []


def test_a_switch_retranslates_the_open_law_browser_and_misreadings_page(make_main_window):
    app = QApplication.instance()
    window = make_main_window(lang="zh", translators=i18n.install_translators(app, "zh"))
    browser = window.law_browser()
    assert browser.show_comparison("cybersecurity_law", "use_obligation")
    page = window.misreadings()
    page.show_topic("already_punished")
    assert "来源：" in browser.compare.panes[0].toPlainText()
    assert browser.tabs.tabText(1) == "版本对照(&C)"
    assert page.text_view.toPlainText().startswith("误解：")
    window.set_language("en")
    assert "Source: " in browser.compare.panes[0].toPlainText()
    assert "来源：" not in browser.compare.panes[0].toPlainText()
    assert browser.tabs.tabText(1) == "&Compare versions"
    assert browser.compare.model.headerData(1, Qt.Orientation.Horizontal) == "2016 text"
    assert page.text_view.toPlainText().startswith("Misreading: ")
    window.set_language("zh")
    assert "来源：" in browser.compare.panes[0].toPlainText()
    assert browser.compare.model.headerData(1, Qt.Orientation.Horizontal) == "2016 年文本"


def _ink_width(menu, action) -> int:
    """Pixels from the first to the last dark pixel of the action's row."""
    from PySide6.QtGui import QColor

    image = menu.grab().toImage()
    rect = menu.actionGeometry(action)
    xs = [
        x
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
        if QColor(image.pixel(x, y)).lightness() < 100
    ]
    return max(xs) - min(xs)


def test_chinese_menu_items_are_shown_whole_at_a_large_font(qapp, zh_catalogue, make_main_window):
    from desktop import fonts

    before = qapp.font()
    font = qapp.font()
    font.setFamilies([font.family(), fonts.register_bundled_font()])
    font.setPointSize(16)
    qapp.setFont(font)
    try:
        window = make_main_window(lang="zh")
        assert window.delete_action.text() == "将案件移到回收站(&T)"
        edit_menu = next(
            a.menu()
            for a in window.menuBar().actions()
            if window.delete_action in a.menu().actions()
        )
        drawn = _ink_width(edit_menu, window.delete_action)
        edit_menu.setFixedWidth(edit_menu.sizeHint().width() + 300)
        assert drawn == _ink_width(edit_menu, window.delete_action)
    finally:
        qapp.setFont(before)
