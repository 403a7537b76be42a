"""The live reasoning panel: the outcome banner, steps S1–S7 with citations, what is missing.

The steps are rich text with links (citations, questions, help topics); a
QTextBrowser shows them because it gives keyboard navigation between links (Tab,
Enter), screen-reader text and font scaling for free, which an item delegate would
have to re-implement. ``StepsModel`` is the list adapter over the analysis that the
browser renders from (and that tests and other views can use).
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
from PySide6.QtWidgets import QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from cases.law.library import Citation, Level
from cases.model import labels
from cases.present import outline, palette
from cases.rules.results import Analysis, Step

_Index = QModelIndex | QPersistentModelIndex

STEP_TOPICS = {
    "S1": "already_punished",
    "S2": "private_space",
    "S6": "owner_answers_for_everything",
}
"""Steps that rest on a common misreading, and the help topic that explains it."""

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


class ReasoningPanel(QWidget):
    """The outcome banner and the step-by-step account, recomputed on every edit.

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setObjectName("outcome")
        self.banner.setProperty("outcome", "")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.setAccessibleName(self.tr("Outcome"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.banner)
        self.model = StepsModel(lang, self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("steps")
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Step-by-step reasoning"))
        layout.addWidget(self.view, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.anchorClicked.connect(self._on_anchor_clicked)
        self.model.modelReset.connect(self._on_model_reset)

    def analysis(self) -> Analysis | None:
        return self._analysis

    def show_analysis(self, analysis: Analysis) -> None:
        """Show a new analysis (the banner's ``outcome`` property follows it)."""
        self._analysis = analysis
        outcome = analysis.outcome.value
        fg, bg = palette.OUTCOME_COLOURS[outcome]
        text = html.escape(analysis.label(self._lang, short=True))
        if analysis.route is not None:
            route = labels.pick(labels.ROUTES[analysis.route.value], self._lang)
            text += f"<br><span style='font-size: small; font-weight: normal;'>{route}</span>"
        self.banner.setText(f"<span style='font-size: x-large; font-weight: bold;'>{text}</span>")
        self.banner.setStyleSheet(
            f"QLabel#outcome {{ color: {fg}; background: {bg}; padding: 0.5em;"
            " border-radius: 4px; }"
        )
        self.banner.setProperty("outcome", outcome)
        self.banner.setAccessibleDescription(analysis.label(self._lang) + " " + outcome)
        self.model.set_steps(analysis.steps)

    @Slot()
    def _on_model_reset(self) -> None:
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(self.render_html())
        self.view.verticalScrollBar().setValue(scroll)

    # ---- rendering

    def render_html(self) -> str:
        """The panel's text as HTML (links: ``cite:``, ``field:``, ``topic:``).

        The sections, their order and their words are the outline's
        (``cases.present.outline``), as in the text output and the PDF.
        """
        a = self._analysis
        if a is None:
            return ""
        out: list[str] = []
        document = outline.build(None, a, self._lang, leave_out=LEFT_OUT)
        for section in document.sections:
            match section:
                case outline.Summary():
                    out += self._summary_html(section)
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
            + html.escape(document.provenance.line)
            + "</p>"
        )
        return "".join(out)

    def _summary_html(self, section: outline.Summary) -> list[str]:
        heading = html.escape(labels.line_heading(section.heading, self._lang))
        out = [f"<p><b>{heading}</b> {html.escape(section.outcome.text)}</p>"]
        if section.text:
            out.append(f"<p>{html.escape(section.text)}</p>")
        if section.basis:
            said = labels.inline_heading(section.basis_heading, self._lang) + section.basis
            out.append(f"<p style='color:{palette.MUTED};'>{html.escape(said)}</p>")
        for caution in section.cautions:
            said = labels.inline_heading(section.cautions_heading, self._lang) + caution
            out.append(
                f"<p style='color:{palette.CAUTION};'>{palette.WARNING_SIGN} "
                f"{html.escape(said)}</p>"
            )
        if section.missing:
            out.append(f"<h3>{html.escape(section.missing_heading)}</h3><ul>")
            for item in section.missing:
                field, name = html.escape(item.code), html.escape(item.text)
                out.append(f"<li><a href='field:{field}'>{name}</a></li>")
            out.append("</ul>")
        for warning in section.warnings:
            said = labels.inline_heading(section.warnings_heading, self._lang) + warning
            out.append(
                f"<p style='color:{palette.CAUTION};'>{palette.WARNING_SIGN} "
                f"{html.escape(said)}</p>"
            )
        return out

    def _what_if_html(self, section: outline.WhatIf) -> list[str]:
        if not section.items:
            return []
        out = [f"<h3>{html.escape(section.heading)}</h3><ul>"]
        for item in section.items:
            field, change = html.escape(item.code), html.escape(item.text)
            out.append(f"<li><a href='field:{field}'>{change}</a></li>")
        out.append("</ul>")
        return out

    def _other_laws_html(self, section: outline.OtherLaws) -> list[str]:
        if not section.items:
            return []
        out = [f"<h3>{html.escape(section.heading)}</h3>"]
        for flag in section.items:
            out.append(self._citation_html(flag.cited))
            tag = f"[{flag.tag}] " if flag.tag else ""
            out.append(f"<p style='margin-left:1.5em;'>{html.escape(tag + flag.why)}</p>")
            if flag.compare is not None:
                out.append(f"<p style='margin-left:1.5em;'>{html.escape(flag.compare_heading)}</p>")
                out.append(self._citation_html(flag.compare))
        return out

    def _time_limits_html(self, section: outline.TimeLimits) -> list[str]:
        out = [f"<h3>{html.escape(section.heading)}</h3><ul>"]
        for limit in section.items:
            out.append(
                f"<li><b>{html.escape(limit.title)}</b> — {html.escape(limit.status_name)}"
                f"<br>{html.escape(limit.finding)}</li>"
            )
        out.append("</ul>")
        return out

    def _civil_html(self, section: outline.Civil) -> list[str]:
        said = labels.inline_heading(section.heading, self._lang) + section.status_name
        return [f"<h3>{html.escape(said)}</h3><p>{html.escape(section.finding)}</p>"]

    def _step_html(self, step: outline.StepItem, section: outline.Steps) -> str:
        icon = palette.STATUS_GLYPHS[step.status]
        colour = palette.STATUS_COLOURS[step.status]
        text_colour = palette.INK if step.reached else palette.MUTED
        out = [
            f"<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:6px;'>"
            f"<tr><td width='28' valign='top' style='color:{colour}; font-size:large;"
            f" font-weight:bold;'>{icon}</td><td style='color:{text_colour};'>"
            f"<b>{step.id} {html.escape(step.title)}</b>"
            f" <span style='color:{colour};'>({html.escape(step.status_name)})</span><br>"
            f"{html.escape(step.finding)}"
        ]
        if step.reached:
            for cited in step.citations:
                out.append(self._citation_html(cited))
            fg, bg = palette.LEVEL_COLOURS[Level.ASSUMPTION.value]
            tag = html.escape(section.assumption)
            for assumption in step.assumptions:
                out.append(
                    f"<p style='margin:2px 0; background:{bg};'>"
                    f"<span style='color:{fg}; font-weight:bold;'>【{tag}】</span>"
                    f"<i>{html.escape(assumption)}</i></p>"
                )
            topic = STEP_TOPICS.get(step.id)
            if topic:
                more = html.escape(self.tr("Common misreading: read more"))
                out.append(f"<p style='margin:2px 0;'><a href='topic:{topic}'>{more}</a></p>")
        out.append("</td></tr></table>")
        return "".join(out)

    def _citation_html(self, cited: outline.Cited) -> str:
        c = cited.citation
        fg, bg = palette.LEVEL_COLOURS[c.level.value]
        heading = html.escape(palette.screen_marks(c.heading(self._lang)))
        if c.level is Level.LAW and c.law_id:
            heading = f"<a href='{citation_href(c)}'>{heading}</a>"
        text = cited.text
        if len(text) > 160:
            text = text[:160] + "…"
        note_html = f"<br><i>{html.escape(cited.note)}</i>" if cited.note else ""
        return (
            f"<p style='margin:3px 0 0 0;'><span style='color:{fg}; font-weight:bold;'>"
            f"【{html.escape(cited.level_name)}】</span>{heading}</p>"
            f"<p style='margin:0 0 2px 1.5em; background:{bg}; color:{palette.QUOTE_INK};'>"
            f"{html.escape(text)}{note_html}</p>"
        )

    def links(self) -> list[tuple[str, str]]:
        """Every link in the panel as (href, text), in reading order (tests, a11y)."""
        found = re.findall(r"<a href='([^']*)'>(.*?)</a>", self.render_html())
        return [(html.unescape(h), html.unescape(t)) for h, t in found]

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
