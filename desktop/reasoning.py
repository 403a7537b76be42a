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
from typing import Any
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
from cases.rules.engine import Status
from cases.rules.results import Analysis, Step
from desktop.outcome_colours import OUTCOME_COLOURS

_Index = QModelIndex | QPersistentModelIndex

STEP_TOPICS = {
    "S1": "already_punished",
    "S2": "private_space",
    "S6": "owner_answers_for_everything",
}
"""Steps that rest on a common misreading, and the help topic that explains it."""

_LEVEL_COLOURS = {
    Level.LAW: ("#1f3a68", "#eef2f8"),
    Level.OFFICIAL_INTERPRETATION: ("#00695c", "#e8f4f2"),
    Level.COMMENTARY: ("#6d4c41", "#f5f1ee"),
    Level.COURT_PRACTICE: ("#6a1b9a", "#f4eef8"),
    Level.ASSUMPTION: ("#b45309", "#fff4e5"),
}
_STATUS_ICONS = {
    Status.PASSED: ("✓", "#2e7d32"),
    Status.CONCLUDED: ("■", "#1f3a68"),
    Status.UNKNOWN: ("?", "#b45309"),
    Status.NOT_REACHED: ("·", "#9e9e9e"),
}


def display_marks(text: str) -> str:
    """Swap the emoji check mark for a plain one that the bundled fonts can draw."""
    return text.replace("✅", "✔").replace("\ufe0f", "")


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
        fg, bg = OUTCOME_COLOURS[outcome]
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

    def _t(self, pair: tuple[str, str]) -> str:
        return html.escape(labels.pick(pair, self._lang))

    def render_html(self) -> str:
        """The panel's text as HTML (links: ``cite:``, ``field:``, ``topic:``)."""
        a = self._analysis
        if a is None:
            return ""
        out: list[str] = []
        full = html.escape(a.label(self._lang))
        heading = html.escape(self.tr("Outcome:"))
        out.append(f"<p><b>{heading}</b> {full}</p>")
        out.append(f"<p>{self._t(a.summary)}</p>")
        if a.basis:
            levels = ("、" if self._lang == "zh" else ", ").join(
                labels.pick(labels.LEVELS[b], self._lang) for b in a.basis
            )
            heading = self._t(labels.SECTIONS["basis"])
            out.append(f"<p style='color:#616161;'>{heading}: {html.escape(levels)}</p>")
        for caution in a.cautions:
            heading = self._t(labels.SECTIONS["caution"])
            out.append(
                f"<p style='color:#b45309;'>⚠ {heading}: {self._t(labels.CAUTIONS[caution])}</p>"
            )
        if a.missing:
            heading = html.escape(self.tr("Still to confirm"))
            out.append(f"<h3>{heading}</h3><ul>")
            for field in a.missing:
                name = html.escape(labels.field_label(field, self._lang))
                out.append(f"<li><a href='field:{html.escape(field)}'>{name}</a></li>")
            out.append("</ul>")
        for warning in a.warnings:
            out.append(f"<p style='color:#b45309;'>⚠ {self._t(warning)}</p>")
        heading = html.escape(self.tr("Step by step"))
        out.append(f"<h3>{heading}</h3>")
        for step in a.steps:
            out.append(self._step_html(step))
        if a.what_if:
            heading = html.escape(self.tr("What would change the outcome"))
            out.append(f"<h3>{heading}</h3><ul>")
            for what_if in a.what_if:
                field, change = html.escape(what_if.field), self._t(what_if.change)
                out.append(f"<li><a href='field:{field}'>{change}</a></li>")
            out.append("</ul>")
        if a.other_laws:
            heading = html.escape(self.tr("Other laws to consider"))
            out.append(f"<h3>{heading}</h3>")
            for other in a.other_laws:
                out.append(self._citation_html(other.citation))
                out.append(f"<p style='margin-left:1.5em;'>{self._t(other.why)}</p>")
        if a.time_limits:
            heading = self._t(labels.SECTIONS["time_limits"])
            out.append(f"<h3>{heading}</h3><ul>")
            for limit in a.time_limits:
                data = limit.to_json(self._lang)
                status = self._t(labels.LIMIT_STATUSES[data["status"]])
                kind = self._t(labels.CONSEQUENCE_KINDS[data["kind"]])
                title = html.escape(f"{data['law']} {data['article']}")
                out.append(
                    f"<li><b>[{kind}] {title}</b> — {status}<br>{self._t(limit.finding)}</li>"
                )
            out.append("</ul>")
        if a.civil is not None:
            status = self._t(labels.CIVIL_STATUSES[a.civil.to_json(self._lang)["status"]])
            heading = self._t(labels.SECTIONS["civil"])
            out.append(f"<h3>{heading}: {status}</h3><p>{self._t(a.civil.finding)}</p>")
        settings = a.settings
        out.append(
            "<p style='color:#616161; font-size:small;'>"
            + html.escape(
                self.tr("Ruleset %1 · analysed %2 · time window %3 h · family group up to %4")
                .replace("%1", a.ruleset)
                .replace("%2", a.analysis_date.isoformat())
                .replace("%3", f"{settings.timely_window_hours:g}")
                .replace("%4", str(settings.small_family_max))
            )
            + "</p>"
        )
        return "".join(out)

    def _step_html(self, step: Step) -> str:
        icon, colour = _STATUS_ICONS[step.status]
        grey = step.status is Status.NOT_REACHED
        status = {
            Status.PASSED: self.tr("passed"),
            Status.CONCLUDED: self.tr("concluded here"),
            Status.UNKNOWN: self.tr("facts missing"),
            Status.NOT_REACHED: self.tr("not reached"),
        }[step.status]
        text_colour = "#9e9e9e" if grey else "#000000"
        out = [
            f"<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:6px;'>"
            f"<tr><td width='28' valign='top' style='color:{colour}; font-size:large;"
            f" font-weight:bold;'>{icon}</td><td style='color:{text_colour};'>"
            f"<b>{step.id} {self._t(step.title)}</b>"
            f" <span style='color:{colour};'>({html.escape(status)})</span><br>"
            f"{self._t(step.finding)}"
        ]
        if not grey:
            for c in step.citations:
                out.append(self._citation_html(c))
            for assumption in step.assumptions:
                tag = html.escape(self.tr("App assumption"))
                fg, bg = _LEVEL_COLOURS[Level.ASSUMPTION]
                out.append(
                    f"<p style='margin:2px 0; background:{bg};'>"
                    f"<span style='color:{fg}; font-weight:bold;'>【{tag}】</span>"
                    f"<i>{self._t(assumption.text)}</i></p>"
                )
            topic = STEP_TOPICS.get(step.id)
            if topic:
                more = html.escape(self.tr("Common misreading: read more"))
                out.append(f"<p style='margin:2px 0;'><a href='topic:{topic}'>{more}</a></p>")
        out.append("</td></tr></table>")
        return "".join(out)

    def _level_name(self, level: Level) -> str:
        return {
            Level.LAW: self.tr("Law text"),
            Level.OFFICIAL_INTERPRETATION: self.tr("Official interpretation"),
            Level.COMMENTARY: self.tr("Commentary (paraphrased)"),
            Level.COURT_PRACTICE: self.tr("Court practice (paraphrased)"),
            Level.ASSUMPTION: self.tr("App assumption"),
        }[level]

    def _citation_html(self, c: Citation) -> str:
        fg, bg = _LEVEL_COLOURS[c.level]
        heading = html.escape(display_marks(c.heading(self._lang)))
        if c.level is Level.LAW and c.law_id:
            heading = f"<a href='{citation_href(c)}'>{heading}</a>"
        text = c.text_en if self._lang == "en" and c.text_en else c.text
        if len(text) > 160:
            text = text[:160] + "…"
        note = c.note_en if self._lang == "en" else c.note
        note_html = f"<br><i>{html.escape(note)}</i>" if note else ""
        return (
            f"<p style='margin:3px 0 0 0;'><span style='color:{fg}; font-weight:bold;'>"
            f"【{html.escape(self._level_name(c.level))}】</span>{heading}</p>"
            f"<p style='margin:0 0 2px 1.5em; background:{bg}; color:#333333;'>"
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
