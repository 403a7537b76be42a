"""The live reasoning panel: the answer on top, then what-if, deadlines, other laws, the steps.

The answer (``desktop.answer``) stays in view; below it the rest of the outline
scrolls. The steps are rich text with links (citations, questions, help topics, and
each step's heading, which opens or closes it); a QTextBrowser shows them because it
gives keyboard navigation between links (Tab, Enter), screen-reader text and font
scaling for free, which an item delegate would have to re-implement. ``StepsModel``
is the list adapter over the analysis that the browser renders from (and that tests
and other views can use).
"""

from __future__ import annotations

import html
import re
from typing import Any, assert_never
from urllib.parse import quote, unquote

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from cases.law.library import Citation, Level
from cases.model import labels
from cases.model.domain import Case
from cases.present import outline, palette
from cases.rules.results import Analysis, Step
from cases.rules.steps.common import Status
from desktop import answer

_Index = QModelIndex | QPersistentModelIndex

STEP_TOPICS = {
    "S1": "already_punished",
    "S2": "private_space",
    "S6": "owner_answers_for_everything",
}
"""Steps that rest on a common misreading, and the help topic that explains it."""

QUOTED = frozenset({Level.LAW, Level.OFFICIAL_INTERPRETATION})
"""Levels quoted word for word: folded under "Show the text" until asked for."""

LEFT_OUT = frozenset({outline.Part.FACTS, outline.Part.NOTES})
"""The parts of the outline the panel leaves out: the questions beside it show the
facts, and the notes have their own field."""


def citation_href(c: Citation) -> str:
    """The link that opens a citation in the law browser (law texts only)."""
    parts = (c.law_id, c.version or "", c.article)
    return "cite:" + "/".join(quote(p, safe="") for p in parts)


def parse_citation_href(href: str) -> tuple[str, str, str]:
    """The (law_id, version, article) of a ``cite:`` link."""
    law_id, version, article = (unquote(p) for p in href[len("cite:") :].split("/"))
    return law_id, version, article


class StepsModel(QAbstractListModel):
    """The steps of the current analysis as a list (display: ``S1 标题 — finding``).

    Roles: DisplayRole, ToolTipRole (the finding), UserRole (the ``Step``).
    """

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._steps: tuple[Step, ...] = ()

    def steps(self) -> tuple[Step, ...]:
        return self._steps

    def set_steps(self, steps: tuple[Step, ...]) -> None:
        self.beginResetModel()
        self._steps = steps
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{step.id} {labels.pick(step.title, self._lang)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.pick(step.finding, self._lang)
        if role == Qt.ItemDataRole.UserRole:
            return step
        return None


class StepsBrowser(QTextBrowser):
    """The step-by-step view: a text browser whose links Space follows as well as Enter.

    A step's one-line heading is a link that opens or closes it; Tab reaches it like
    any other link, and Enter or Space (as on a button) toggles it.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget::keyPressEvent: Space follows the link that has the keyboard."""
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            href = self.focused_href()
            if href:
                event.accept()
                self.anchorClicked.emit(QUrl(href))
                return
        super().keyPressEvent(event)

    def focused_href(self) -> str:
        """The link that has the keyboard focus ("" if none)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        probe = QTextCursor(cursor)
        probe.setPosition(cursor.selectionStart())
        probe.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return probe.charFormat().anchorHref()

    def focus_href(self, href: str) -> bool:
        """Put the keyboard focus on the link ``href`` (as Tab would); False if not shown."""
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().anchorHref() == href:
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    end = fragment.position() + fragment.length()
                    # A link may span fragments (bold, coloured parts): take them all.
                    it += 1
                    while not it.atEnd() and it.fragment().charFormat().anchorHref() == href:
                        end = it.fragment().position() + it.fragment().length()
                        it += 1
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    self.setTextCursor(cursor)
                    return True
                it += 1
            block = block.next()
        return False


def deciding_step(steps: tuple[outline.StepItem, ...]) -> str | None:
    """The step that decided the outcome: the one that concluded, else where it stopped."""
    for status in (Status.CONCLUDED, Status.UNKNOWN):
        for step in steps:
            if step.status == status.value:
                return step.id
    return None


class ReasoningPanel(QWidget):
    """The answer on top, then what would change it, the deadlines, other laws and the steps.

    The answer (``desktop.answer.AnswerSummary``, objectName ``summary``) stays in
    view; the rest scrolls in ``view`` (objectName ``steps``), in the outline's
    order. Each step is one line that opens on a click, Enter or Space; the step that
    decided the case is open. Quoted law is folded under "Show the text".

    Signals:
        citation_activated(str, str, str): a citation link was followed: law ID,
            version, article.
        field_activated(str): a missing fact or a what-if was followed: the field.
        topic_activated(str): a help link was followed: the misreading's key.
    """

    citation_activated = Signal(str, str, str)
    field_activated = Signal(str)
    topic_activated = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasoning")
        self._lang = lang
        self._analysis: Analysis | None = None
        self._document: outline.Outline | None = None
        self._opened: dict[str, bool] = {}
        self._unfolded: set[str] = set()
        self._view_html = ""
        self._words = answer.Words(lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._layout = layout
        self.summary = answer.AnswerSummary(lang, self)
        self.banner = self.summary.banner
        layout.addWidget(self.summary)
        self.model = StepsModel(lang, self)
        self.view = StepsBrowser(self)
        self.view.setObjectName("steps")
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Step-by-step reasoning"))
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.view, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.anchorClicked.connect(self._on_anchor_clicked)
        self.summary.field_activated.connect(self.field_activated)
        self.model.modelReset.connect(self._on_model_reset)

    def analysis(self) -> Analysis | None:
        return self._analysis

    def tab_order(self) -> list[QWidget]:
        """The panel's focusable widgets in the order Tab visits them."""
        widgets: list[QWidget] = [self.summary.text, self.view]
        return widgets if self._summary_first() else widgets[::-1]

    def show_analysis(
        self, analysis: Analysis, *, fresh: bool = False, case: Case | None = None
    ) -> None:
        """Show a new analysis (the banner's ``outcome`` property follows it).

        Args:
            analysis: what to show.
            fresh: another case: only its deciding step is open, its law folded.
                Otherwise the steps opened or closed by hand stay so.
            case: the case analysed: a missing fact that has a value then says what
                it needs, as the text output does (``需要更精确（已知 …，需要到小时）``).
        """
        if fresh:
            self._opened.clear()
            self._unfolded.clear()
        self._analysis = analysis
        self._document = outline.build(case, analysis, self._lang, leave_out=LEFT_OUT)
        self.summary.setVisible(self._summary_section() is not None)
        # The answer stays out of the scrolling view, on the side the outline puts it.
        place = 0 if self._summary_first() else 1
        if self._layout.indexOf(self.summary) != place:
            self._layout.insertWidget(place, self.summary)
        self.model.set_steps(analysis.steps)

    def _summary_first(self) -> bool:
        shown = [p for p in outline.ORDER if p not in LEFT_OUT]
        return not shown or shown[0] is outline.Part.SUMMARY

    def plain_text(self) -> str:
        """Everything the panel shows as plain text, in reading order."""
        parts = [self.summary.plain_text(), self.view.toPlainText()]
        return "\n".join(parts if self._summary_first() else parts[::-1])

    def is_open(self, step_id: str) -> bool:
        """True if the step shows its finding and citations, not just its heading."""
        if step_id in self._opened:
            return self._opened[step_id]
        steps = self._steps_section()
        return steps is not None and deciding_step(steps.items) == step_id

    def _summary_section(self) -> outline.Summary | None:
        if self._document is None:
            return None
        return next((s for s in self._document.sections if isinstance(s, outline.Summary)), None)

    def _steps_section(self) -> outline.Steps | None:
        if self._document is None:
            return None
        return next((s for s in self._document.sections if isinstance(s, outline.Steps)), None)

    @Slot()
    def _on_model_reset(self) -> None:
        self._refresh()

    def _refresh(self, focus: str = "") -> None:
        """Render the answer and the view again (``focus``: the link to keep the keyboard on)."""
        # One pass over the texts in reading order, so 此人 is defined where it first shows.
        words = answer.Words(self._lang)
        summary = self._summary_section()
        if summary is not None and self._summary_first():
            self.summary.show_summary(summary, words)
        self._view_html = self._render_view(words)
        if summary is not None and not self._summary_first():
            self.summary.show_summary(summary, words)
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(self._view_html)
        if focus:
            self.view.focus_href(focus)
        self.view.verticalScrollBar().setValue(scroll)

    # ---- rendering

    def render_html(self) -> str:
        """The panel's text as HTML: the answer and the scrolling view, in reading order."""
        parts = [self.summary.text.text(), self._view_html]
        return "".join(parts if self._summary_first() else parts[::-1])

    def _render_view(self, words: answer.Words) -> str:
        """The scrolling view's text as HTML.

        Links: ``cite:``, ``field:``, ``topic:``, ``step:`` to open or close a step,
        ``text:`` to show or fold a quoted text or an explanation. The sections, their
        order and their words are the outline's (``cases.present.outline``), as in the
        text output and the PDF; the answer (the outline's summary) is in ``summary``.
        """
        if self._document is None:
            return ""
        self._words = words
        out: list[str] = []
        for section in self._document.sections:
            match section:
                case outline.Summary():
                    pass  # in the answer above (or below) the view
                case outline.Steps():
                    out.append(f"<h3>{html.escape(section.heading)}</h3>")
                    out += (self._step_html(step, section) for step in section.items)
                case outline.WhatIf():
                    out += self._what_if_html(section)
                case outline.OtherLaws():
                    out += self._other_laws_html(section)
                case outline.TimeLimits():
                    out += self._time_limits_html(section)
                case outline.Civil():
                    out += self._civil_html(section)
                case outline.Facts() | outline.Notes():  # pragma: no cover - left out above
                    raise AssertionError(f"left out, yet built: {section!r}")
                case _:
                    assert_never(section)
        out.append(
            f"<p style='color:{palette.MUTED}; font-size:small;'>"
            + html.escape(self._document.provenance.line)
            + "</p>"
        )
        return "".join(out)

    def _toggle_html(self, key: str, show: str, hide: str) -> str:
        """A link that shows or folds the part ``key``, worded for its state."""
        said = hide if key in self._unfolded else show
        return f" <a href='text:{html.escape(key)}'>{html.escape(said)}</a>"

    def _what_if_html(self, section: outline.WhatIf) -> list[str]:
        if not section.items:
            return []
        out = [f"<h3>{html.escape(section.heading)}</h3><ul>"]
        for item in section.items:
            field, change = html.escape(item.code), self._words(item.text)
            out.append(f"<li><a href='field:{field}'>{change}</a></li>")
        out.append("</ul>")
        return out

    def _other_laws_html(self, section: outline.OtherLaws) -> list[str]:
        """Grouped by whom they concern; each flag one line, its why and clause on demand."""
        if not section.items:
            return []
        out = [f"<h3>{html.escape(section.heading)}</h3>"]
        number = 0
        for group in section.groups:
            out.append(f"<p style='margin:6px 0 0 0;'><b>{self._words(group.heading)}</b></p><ul>")
            for flag in group.items:
                key = f"law/{number}"
                number += 1
                toggle = self._toggle_html(key, self.tr("Show why"), self.tr("Hide why"))
                out.append(f"<li>{self._words(flag.headline)}{toggle}")
                if key in self._unfolded:
                    if flag.detail:
                        out.append(f"<br>{self._words(flag.detail)}")
                    out.append(self._citation_html(flag.cited, f"{key}/text"))
                    if flag.compare is not None:
                        heading = html.escape(flag.compare_heading)
                        out.append(f"<p style='margin:2px 0 0 0;'>{heading}</p>")
                        out.append(self._citation_html(flag.compare, f"{key}/compare"))
                out.append("</li>")
            out.append("</ul>")
        return out

    def _time_limits_html(self, section: outline.TimeLimits) -> list[str]:
        """Each limit in one line (its date and status in words), why on demand."""
        out = [f"<h3>{html.escape(section.heading)}</h3><ul>"]
        for number, limit in enumerate(section.items):
            key = f"limit/{number}"
            toggle = self._toggle_html(key, self.tr("Show why"), self.tr("Hide why"))
            out.append(f"<li>{self._words(limit.headline)}{toggle}")
            if key in self._unfolded:
                out.append(f"<br>{self._words(limit.finding)}")
            out.append("</li>")
        out.append("</ul>")
        return out

    def _civil_html(self, section: outline.Civil) -> list[str]:
        said = labels.inline_heading(section.heading, self._lang) + section.status_name
        return [f"<h3>{html.escape(said)}</h3><p>{self._words(section.finding)}</p>"]

    def _step_html(self, step: outline.StepItem, section: outline.Steps) -> str:
        icon = palette.STATUS_GLYPHS[step.status]
        colour = palette.STATUS_COLOURS[step.status]
        text_colour = palette.INK if step.reached else palette.MUTED
        is_open = self.is_open(step.id)
        fold = "▾" if is_open else "▸"
        out = [
            f"<p style='margin:6px 0 0 0;'><a href='step:{step.id}' style='color:{text_colour};"
            f" text-decoration:none;'>{fold} <span style='color:{colour}; font-weight:bold;'>"
            f"{icon}</span> <b>{step.id} {html.escape(step.title)}</b>"
            f" <span style='color:{colour};'>({html.escape(step.status_name)})</span></a></p>"
        ]
        if not is_open:
            return "".join(out)
        out.append(
            f"<div style='margin-left:1.5em; color:{text_colour};'>"
            f"<p style='margin:2px 0;'>{self._words(step.finding)}</p>"
        )
        if step.reached:
            for number, cited in enumerate(step.citations):
                out.append(self._citation_html(cited, f"{step.id}/{number}"))
            fg, bg = palette.LEVEL_COLOURS[Level.ASSUMPTION.value]
            tag = html.escape(section.assumption)
            for assumption in step.assumptions:
                out.append(
                    f"<p style='margin:2px 0; background:{bg};'>"
                    f"<span style='color:{fg}; font-weight:bold;'>【{tag}】</span>"
                    f"<i>{self._words(assumption)}</i></p>"
                )
            topic = STEP_TOPICS.get(step.id)
            if topic:
                more = html.escape(self.tr("Common misreading: read more"))
                out.append(f"<p style='margin:2px 0;'><a href='topic:{topic}'>{more}</a></p>")
        out.append("</div>")
        return "".join(out)

    def _citation_html(self, cited: outline.Cited, key: str) -> str:
        """A citation's heading, and its text: quoted law only once asked for (``text:KEY``).

        The app's own paraphrases (commentary, court practice, its assumptions) are
        short and say why; the verbatim clauses are long, and a click away.
        """
        c = cited.citation
        fg, bg = palette.LEVEL_COLOURS[c.level.value]
        heading = html.escape(palette.screen_marks(c.heading(self._lang)))
        if c.level is Level.LAW and c.law_id:
            heading = f"<a href='{citation_href(c)}'>{heading}</a>"
        shown = key in self._unfolded or c.level not in QUOTED
        toggle = ""
        if c.level in QUOTED:
            toggle = self._toggle_html(key, self.tr("Show the text"), self.tr("Hide the text"))
        out = (
            f"<p style='margin:3px 0 0 0;'><span style='color:{fg}; font-weight:bold;'>"
            f"【{html.escape(cited.level_name)}】</span>{heading}{toggle}</p>"
        )
        if shown:
            note_html = f"<br><i>{html.escape(cited.note)}</i>" if cited.note else ""
            out += (
                f"<p style='margin:0 0 2px 1.5em; background:{bg}; color:{palette.QUOTE_INK};'>"
                f"{html.escape(cited.text)}{note_html}</p>"
            )
        return out

    def links(self) -> list[tuple[str, str]]:
        """Every link in the panel as (href, text), in reading order (tests, a11y)."""
        found = re.findall(r"<a href='([^']*)'[^>]*>(.*?)</a>", self.render_html())
        return [(html.unescape(h), html.unescape(re.sub(r"<[^>]*>", "", t))) for h, t in found]

    def follow(self, href: str) -> None:
        """Follow a link as a click would."""
        self._on_anchor_clicked(QUrl(href))

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        href = url.toString()
        if href.startswith("cite:"):
            self.citation_activated.emit(*parse_citation_href(href))
        elif href.startswith("field:"):
            self.field_activated.emit(href[len("field:") :])
        elif href.startswith("topic:"):
            self.topic_activated.emit(href[len("topic:") :])
        elif href.startswith("step:"):
            step_id = href[len("step:") :]
            self._opened[step_id] = not self.is_open(step_id)
            self._refresh(focus=href)
        elif href.startswith("text:"):
            self._unfolded.symmetric_difference_update({href[len("text:") :]})
            self._refresh(focus=href)
