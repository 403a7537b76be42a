"""An accessibility walk: every widget that takes the keyboard focus has a name to speak.

Issue 17: a screen reader says a widget's accessible name when the focus reaches it.
The walk opens an example case, the law browser and the common misreadings once,
then Tabs through the window from the first widget of its focus chain until the
focus comes back there; it adds every shown widget whose focus policy accepts Tab
(a widget the chain misses is still reached by a click). The settings and PDF
dialogs, opened from their menu items, get the same walk. In Chinese and English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "07-owners-group-long-insult.json"

CHAIN_LIMIT = 400
"""More Tabs than the window has stops (the steps' links included)."""


def _describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    owner = "" if parent is None else f" in {type(parent).__name__} {parent.objectName()!r}"
    return f"{type(widget).__name__} {widget.objectName()!r}{owner}"


def _spoken(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name.

    Qt's own OK / Cancel buttons of a dialog's button box are named by their text.
    """
    name = widget.accessibleName()
    parent = widget.parentWidget()
    if not name and isinstance(parent, QDialogButtonBox):
        name = widget.text().replace("&", "")
    return name.strip()


def _focus_takers(root: QWidget) -> tuple[list[QWidget], bool]:
    """The widgets that Tab reaches from the focus chain's first one, and whether it cycled.

    Plus every shown widget in the root whose focus policy accepts Tab.
    """
    first = QApplication.focusWidget()
    assert first is not None
    assert first is root or root.isAncestorOf(first)
    reached = [first]
    cycled = False
    for _ in range(CHAIN_LIMIT):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        if focus is first:
            cycled = True
            break
        if focus not in reached:
            reached.append(focus)
    reached += [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in reached
    ]
    return reached, cycled


def _assert_named(widgets: list[QWidget], lang: str) -> None:
    unnamed = [_describe(w) for w in widgets if not _spoken(w)]
    assert not unnamed, f"{len(unnamed)} of {len(widgets)} have no name: {unnamed}"
    for widget in widgets:
        name = _spoken(widget)
        if lang == "en":
            assert not re.search(r"[\u4e00-\u9fff]", name), (name, _describe(widget))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_widget_that_takes_the_focus_has_a_name_a_screen_reader_can_speak(
    request, make_main_window, qtbot, lang
):
    if lang == "zh":
        request.getfixturevalue("zh_catalogue")
    window = make_main_window(lang=lang)
    window.import_case_file(EXAMPLE)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.law_action.trigger()
    window.misreadings_action.trigger()
    QApplication.processEvents()
    window.case_list.tab_order()[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    widgets, cycled = _focus_takers(window)
    assert cycled, "Tab never came back to the first widget"
    assert window.form in widgets  # the form's scroll area too
    assert window.form.editors["police_aware"] in widgets  # a version-2 question
    _assert_named(widgets, lang)

    for action, name in ((window.settings_action, "settings"), (window.pdf_action, "pdf")):
        seen: dict[str, tuple[list[QWidget], bool]] = {}

        def walk_the_dialog(name: str = name, seen: dict = seen) -> None:
            dialog = QApplication.activeModalWidget()
            try:
                seen[name] = _focus_takers(dialog)
                _assert_named(seen[name][0], lang)
            finally:
                dialog.reject()

        QTimer.singleShot(200, walk_the_dialog)
        action.trigger()
        assert name in seen, f"the {name} dialog did not open"
        dialog_widgets, dialog_cycled = seen[name]
        assert dialog_cycled
        assert len(dialog_widgets) >= 3
