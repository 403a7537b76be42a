"""Small screen, big font: the questions, the settings dialog and the font size (issue 17).

Each layout is checked at 1024×768 and 1366×768, at the system font size and at
16 pt, in both languages: no label of the questions is cut off (it is wide enough
for its text, or wraps, and lies within the visible part of the pane), every
drop-down keeps its arrow (it is at least as wide as its minimum), and no two fields
of the settings dialog are drawn over each other.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from desktop.settings import AppSettings
from desktop.settings_dialog import SettingsDialog

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources/examples/07-owners-group-long-insult.json"
)
SIZES = [(1024, 768), (1366, 768)]
POINTS = [0, 16]  # 0: the system's own size (100 %)
LANGS = ["zh", "en"]


def _cut_off(widget: QWidget, viewport: QWidget) -> str:
    """Why a label or a drop-down is not shown whole, or "" (it is)."""
    left = widget.mapTo(viewport, widget.rect().topLeft()).x()
    right = widget.mapTo(viewport, widget.rect().topRight()).x()
    if left < 0 or right >= viewport.width():
        return f"outside the visible pane ({left}..{right} of {viewport.width()})"
    if isinstance(widget, QLabel) and widget.wordWrap():
        if widget.height() < widget.heightForWidth(widget.width()):
            return (
                f"wrapped but too low ({widget.height()} < {widget.heightForWidth(widget.width())})"
            )
        return ""
    if widget.width() < widget.minimumSizeHint().width():
        return f"narrower than its minimum ({widget.width()} < {widget.minimumSizeHint().width()})"
    return ""


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("points", POINTS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_question_is_cut_off_and_every_drop_down_keeps_its_arrow(
    make_main_window, qtbot, app_font, catalogue, tmp_path, size, points, lang
):
    app_font(points)
    window = make_main_window(lang=lang, translators=catalogue(lang))
    window.import_case_file(EXAMPLE)
    window.resize(*size)
    window._splitter.setSizes(window._pane_sizes())  # as a start on a screen this size
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)
    form = window.form
    viewport = form.viewport()
    body = form.widget()
    assert body.width() <= viewport.width(), "the questions scroll sideways"
    problems = []
    for widget in [*body.findChildren(QLabel), *body.findChildren(QComboBox)]:
        if not widget.isVisibleTo(body):
            continue
        why = _cut_off(widget, viewport)
        if why:
            name = widget.text() if isinstance(widget, QLabel) else widget.objectName()
            problems.append(f"{type(widget).__name__} {name!r}: {why}")
    listing = window.case_list
    for button in listing.findChildren(QPushButton):
        if button.isVisibleTo(listing):
            shown = button.rect().intersected(
                listing.rect().translated(-button.mapTo(listing, button.rect().topLeft()))
            )
            if shown.size() != button.size() or button.width() < button.minimumSizeHint().width():
                problems.append(f"button {button.text()!r} cut off in the case list")
    if problems:
        window.grab().save(str(tmp_path / "window.png"))
    assert problems == []


def _overlaps(container: QWidget) -> list[str]:
    """Visible sibling widgets drawn over each other, or outside their parent, anywhere below."""
    found = []
    children = [
        c
        for c in container.findChildren(QWidget)
        if c.parentWidget() is container and c.isVisible() and not c.isWindow()
    ]
    for i, first in enumerate(children):
        if not container.rect().contains(first.geometry()):
            found.append(f"{first.objectName() or type(first).__name__} outside its parent")
        wrapped = isinstance(first, QLabel) and first.wordWrap()
        if wrapped and first.height() < first.heightForWidth(first.width()):
            found.append(f"{first.text()[:20]!r} cut off")
        for second in children[i + 1 :]:
            if first.geometry().intersects(second.geometry()):
                found.append(
                    f"{first.objectName() or type(first).__name__} over "
                    f"{second.objectName() or type(second).__name__}"
                )
    for child in children:
        found.extend(_overlaps(child))
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("points", POINTS)
def test_the_settings_dialog_draws_no_field_over_another(
    qtbot, app_font, catalogue, tmp_path, points, lang
):
    app_font(points)
    catalogue(lang)
    dialog = SettingsDialog(AppSettings(language=lang))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = _overlaps(dialog)
    if problems:
        dialog.grab().save(str(tmp_path / "settings.png"))
    assert problems == []
    dialog.resize(1, 1)  # as small as the user can make it: still whole
    qtbot.wait(10)
    assert _overlaps(dialog) == []


def test_resetting_the_font_to_the_system_default_applies_at_once(
    make_main_window, qtbot, app_font
):
    app = QApplication.instance()
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    window = make_main_window()
    window.show()
    qtbot.waitExposed(window)
    title = window.form.title_edit
    window.apply_settings(window.app_settings().replace(font_point_size=16))
    assert app.font().pointSizeF() == 16
    qtbot.wait_until(lambda: title.font().pointSizeF() == 16)
    window.apply_settings(window.app_settings().replace(font_point_size=0))
    assert app.font().pointSizeF() == system
    qtbot.wait_until(lambda: title.font().pointSizeF() == system)
