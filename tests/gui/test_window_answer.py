"""The answer first in the window: a summary always in view, the steps folded but the deciding one.

Issue 17: the window's reasoning opens with the answer (the graded outcome, the
summary with the Regulation's missing penalty, the basis, cautions and the facts
still missing) in a widget named ``summary`` that stays in view at 1366×768; what
would change it, the deadlines, the civil question and the other laws follow, then
the steps, each folded to one line except the one that decided the case, with the
quoted law folded until asked for.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from cases.model import labels
from cases.present import outline

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
TYPICAL = EXAMPLES / "07-owners-group-long-insult.json"  # NOT_EXEMPT, decided at S6


def _shown_window(make_main_window, qtbot, example: Path = TYPICAL, lang: str = "zh"):
    window = make_main_window(lang=lang)
    window.import_case_file(example)
    window.resize(1366, 768)
    window.show()
    qtbot.wait_exposed(window)
    QApplication.processEvents()
    return window


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _wholly_in_view(widget: QWidget, window: QWidget) -> bool:
    """The widget lies inside each of its ancestors up to the window (no scrolled-away part)."""
    parent = widget.parentWidget()
    while parent is not None:
        if not parent.rect().contains(_rect_in(widget, parent)):
            return False
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _step_finding(window, step_id: str) -> str:
    step = next(s for s in window.analysis().steps if s.id == step_id)
    return labels.pick(step.finding, window.lang())


def _steps_text(window) -> str:
    return _squeeze(window.panel.view.toPlainText())


def _tab_to(view, href: str, limit: int = 200) -> None:
    """Tab through the view's links until ``href`` has the keyboard focus."""
    view.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(limit):
        if view.textCursor().charFormat().anchorHref() == href:
            return
        view.focusNextPrevChild(True)
    raise AssertionError(f"{href} not reached by Tab")


def test_the_answer_is_in_view_without_scrolling_at_1366_by_768(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    summary = window.findChild(QWidget, "summary")
    steps = window.findChild(QWidget, "steps")
    assert summary is not None
    assert summary.isVisible()
    assert _wholly_in_view(summary, window)
    # Not inside anything that scrolls: nothing can scroll it away.
    parent = summary.parentWidget()
    while parent is not None:
        assert not isinstance(parent, QAbstractScrollArea), parent
        parent = parent.parentWidget()
    # Above the steps, and its text is not cut off.
    assert _rect_in(summary, window).bottom() < _rect_in(steps, window).top()
    for label in summary.findChildren(QLabel):
        assert label.isVisible(), label.objectName()
        assert label.visibleRegion().boundingRect() == label.rect(), label.objectName()
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()


def test_the_summary_holds_the_graded_outcome_summary_basis_and_the_missing_penalty(
    make_main_window, qtbot
):
    window = _shown_window(make_main_window, qtbot)
    analysis = window.analysis()
    summary = window.findChild(QWidget, "summary")
    shown = _squeeze(" ".join(label.text() for label in summary.findChildren(QLabel)))
    plain = _squeeze(window.panel.summary.plain_text())
    assert analysis.label("zh", short=True) in shown
    assert analysis.label("zh") in plain
    assert _squeeze(labels.pick(analysis.summary, "zh")) in plain
    assert "《规定》本身不设罚则" in plain
    assert "依据" in plain
    assert analysis.warnings
    warning, _ = outline.define_person(labels.pick(analysis.warnings[0], "zh"), "zh")
    assert _squeeze(warning) in plain
    # ... and the step-by-step view no longer repeats it.
    assert _squeeze(labels.pick(analysis.summary, "zh")) not in _steps_text(window)


def test_the_summary_shows_a_caution(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, EXAMPLES / "27-reported-but-left-up.json")
    plain = _squeeze(window.panel.summary.plain_text())
    assert _squeeze(labels.CAUTIONS["content_left_up"][0]) in plain


def test_a_missing_fact_in_the_summary_takes_the_keyboard_to_its_question(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot, EXAMPLES / "15-facts-incomplete.json")
    window.activateWindow()
    qtbot.wait_active(window)
    missing = window.analysis().missing[0]
    body = window.findChild(QLabel, "summary_text")
    assert f"field:{missing}" in body.text()
    body.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab from the widget before it
    qtbot.keyClick(body, Qt.Key.Key_Return)
    question = window.form.questions[missing]
    assert question.isAncestorOf(QApplication.focusWidget())


def test_what_would_change_it_and_the_deadlines_come_before_the_steps(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    text = _steps_text(window)
    order = ["什么会改变结论", "追究时效", "民事责任", "其他可能适用的法律", "分析步骤"]
    at = [text.find(_squeeze(word)) for word in order]
    assert -1 not in at, dict(zip(order, at, strict=True))
    assert at == sorted(at)


def test_only_the_step_that_decided_the_case_is_open(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    text = _steps_text(window)
    assert _squeeze(_step_finding(window, "S6")) in text
    # (S8's finding is the civil question's, shown above the steps.)
    for step_id in ("S1", "S2", "S3", "S4", "S5", "S7"):
        assert _squeeze(_step_finding(window, step_id)) not in text, step_id
    for step_id in ("S1", "S2", "S3", "S4", "S5", "S7", "S8"):
        title = next(s.title for s in window.analysis().steps if s.id == step_id)
        assert _squeeze(step_id + labels.pick(title, "zh")) in text, step_id


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_a_step_opens_and_closes_from_the_keyboard(make_main_window, qtbot, key):
    window = _shown_window(make_main_window, qtbot)
    view = window.panel.view
    finding = _squeeze(_step_finding(window, "S2"))
    _tab_to(view, "step:S2")
    qtbot.keyClick(view, key)
    assert finding in _steps_text(window)
    assert _squeeze(_step_finding(window, "S6")) in _steps_text(window)
    _tab_to(view, "step:S2")
    qtbot.keyClick(view, key)
    assert finding not in _steps_text(window)


def test_a_step_opens_on_a_click(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    view = window.panel.view
    finding = _squeeze(_step_finding(window, "S1"))
    assert finding not in _steps_text(window)
    document = view.document()
    found = document.find("S1")
    assert not found.isNull()
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert finding in _steps_text(window)


def test_quoted_law_is_folded_until_asked_for(zh_catalogue, make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    step = next(s for s in window.analysis().steps if s.id == "S6")
    number, law = next((n, c) for n, c in enumerate(step.citations) if c.level.value == "law")
    quoted = _squeeze(law.text)[:30]
    assert _squeeze(law.heading("zh"))[:8] in _steps_text(window)
    assert quoted not in _steps_text(window)
    toggles = {h: t for h, t in window.panel.links() if h.startswith("text:")}
    show = f"text:S6/{number}"
    assert toggles[show] == "显示条文"
    view = window.panel.view
    _tab_to(view, show)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert quoted in _steps_text(window)
    assert dict(window.panel.links())[show] == "隐藏条文"


def test_another_case_opens_at_its_own_deciding_step(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    window.panel.follow("step:S2")
    other = window.import_case_file(EXAMPLES / "04-owners-fee-dispute.json")  # decided at S3
    assert other is not None
    text = _steps_text(window)
    assert _squeeze(_step_finding(window, "S3")) in text
    assert _squeeze(_step_finding(window, "S2")) not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_banner_grows_to_fit_its_text_after_a_language_switch(
    make_main_window, qtbot, app_font, lang
):
    app_font(16)  # as the settings give it from the start
    other = "en" if lang == "zh" else "zh"
    window = _shown_window(make_main_window, qtbot, lang=other)
    window.resize(1024, 768)
    QApplication.processEvents()
    window.set_language(lang)
    QApplication.processEvents()
    banner = window.findChild(QLabel, "outcome")
    assert window.analysis().label(lang, short=True) in banner.text()
    assert banner.height() >= banner.heightForWidth(banner.width())
    assert banner.height() >= banner.sizeHint().height()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_focusable_widget_of_the_answer_has_a_spoken_name(
    request, make_main_window, qtbot, lang
):
    if lang == "zh":
        request.getfixturevalue("zh_catalogue")
    window = _shown_window(make_main_window, qtbot, lang=lang)
    focusable = [
        w
        for w in window.panel.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert window.findChild(QLabel, "summary_text") in focusable
    for widget in focusable:
        name = widget.accessibleName()
        assert name, widget.objectName()
        assert bool(re.search(r"[\u4e00-\u9fff]", name)) == (lang == "zh"), name


def test_the_no_penalty_note_is_in_the_answer_where_the_summary_leaves_it_out(
    make_main_window, qtbot
):
    window = _shown_window(make_main_window, qtbot, EXAMPLES / "05-owner-posts-defamation.json")
    analysis = window.analysis()
    assert analysis.outcome.value == "OWN_CONDUCT"
    assert "不设罚则" not in labels.pick(analysis.summary, "zh")
    assert "《规定》本身不设罚则" in _squeeze(window.panel.summary.plain_text())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_person_analysed_is_defined_where_the_window_first_names_them(
    make_main_window, qtbot, lang
):
    window = _shown_window(make_main_window, qtbot, lang=lang)
    shown = window.panel.plain_text()
    defined = labels.pick(labels.PERSON_DEFINED, lang)
    assert shown.lower().count(defined.lower()) == 1
    first = shown.find("此人" if lang == "zh" else "the person")
    first = first if first >= 0 else shown.find("The person")
    assert shown[first:].lower().startswith(defined.lower())


def test_other_laws_are_grouped_by_whom_they_concern_in_one_line_each(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    section = next(
        s
        for s in outline.build(None, window.analysis(), "zh").sections
        if isinstance(s, outline.OtherLaws)
    )
    assert section.groups
    text = _steps_text(window)
    at = []
    for group in section.groups:
        at.append(text.find(_squeeze(group.heading)))
        for flag in group.items:
            at.append(text.find(_squeeze(flag.headline)))
    assert -1 not in at
    assert at == sorted(at)


def test_a_deadline_is_one_line_with_its_explanation_folded(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    section = next(
        s
        for s in outline.build(None, window.analysis(), "zh").sections
        if isinstance(s, outline.TimeLimits)
    )
    text = _steps_text(window)
    for item in section.items:
        assert _squeeze(item.headline) in text
        assert _squeeze(item.finding) not in text
    window.panel.follow("text:limit/0")
    assert _squeeze(section.items[0].finding) in _steps_text(window)


def test_tab_goes_from_the_questions_to_the_answer_and_then_to_the_steps(make_main_window, qtbot):
    window = _shown_window(make_main_window, qtbot)
    reached = []
    widget = window.form.tab_order()[-1]
    for _ in range(50):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            reached.append(widget.objectName())
        if widget is window.panel.view:
            break
    assert reached[-2:] == ["summary_text", "steps"], reached
