"""The answer at the top of the reasoning: the outcome banner, the summary and its basis.

Issue 17: a volunteer reads what the case comes to and why in the first seconds,
without scrolling. ``AnswerSummary`` (objectName ``summary``) holds the outcome
section of the outline (``cases.present.outline.Summary``): the graded outcome in a
coloured banner, the summary in plain words (which says, where the spec wants it,
that the Regulation sets no penalty of its own), what it rests on, cautions,
warnings and the facts still missing as links to their questions. It sits outside
the scrolling step-by-step view, so nothing can scroll it away.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFocusEvent, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cases.model import labels
from cases.present import outline, palette


class _LinkLabel(QLabel):
    """A word-wrapped rich-text label whose links are reached with Tab and followed with Enter.

    Tabbing into it puts the keyboard on its first link (Shift+Tab: its last), as in
    a browser, so Enter follows a link at once.
    """

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QWidget::focusInEvent: land on the first (or last) link."""
        super().focusInEvent(event)
        reason = event.reason()
        if reason == Qt.FocusReason.TabFocusReason:
            super().focusNextPrevChild(True)
        elif reason == Qt.FocusReason.BacktabFocusReason:
            super().focusNextPrevChild(False)


class Words:
    """Texts on their way to the screen, in reading order: 此人 defined where first named.

    Calling it returns the text escaped for rich text; the first text that names the
    person analysed gets the definition (``outline.PersonDefinition``), as in the
    text output and the PDF.
    """

    def __init__(self, lang: str) -> None:
        self._define = outline.PersonDefinition(lang)

    def __call__(self, text: str) -> str:
        return html.escape(self._define(text))


def plain(rich: str) -> str:
    """The text a rich-text string shows (what a screen reader or a test reads)."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


class AnswerSummary(QFrame):
    """The outcome banner and the answer under it.

    Attributes:
        banner: the graded outcome (short) and its route, in the outcome's colours
            (objectName ``outcome``; its ``outcome`` property is the outcome's code).
        text: the outcome in full, the summary, basis, cautions, warnings and the
            missing facts (objectName ``summary_text``).

    Signals:
        field_activated(str): a missing fact was followed: the field.
    """

    field_activated = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.setAccessibleName(self.tr("Answer"))
        self._lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        self.banner = QLabel(self)
        self.banner.setObjectName("outcome")
        self.banner.setProperty("outcome", "")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not Maximum: that caps the height at the size hint, which Qt works out for a
        # wide label, so a longer text (another language, a big font) in a narrow pane
        # was cut off. A word-wrapped label's height follows its width by itself.
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.banner.setMargin(6)
        self.banner.setAutoFillBackground(True)
        self.banner.setAccessibleName(self.tr("Outcome"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.banner)
        self.text = _LinkLabel(self)
        self.text.setObjectName("summary_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setAccessibleName(self.tr("Answer: the outcome, why, and what is missing"))
        self.text.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.text.linkActivated.connect(self._on_link_activated)

    def show_summary(self, section: outline.Summary, words: Words | None = None) -> None:
        """Show an analysis's outcome section.

        Args:
            section: the outline's summary.
            words: what every text of the panel passes through, in reading order
                (it defines 此人 where it first appears); a fresh one if None.
        """
        words = words if words is not None else Words(self._lang)
        outcome = section.outcome.code
        fg, bg = palette.OUTCOME_COLOURS[outcome]
        # A palette rather than a style sheet: a widget with its own style sheet keeps
        # the font it had when the application's font changes.
        colours = self.banner.palette()
        colours.setColor(QPalette.ColorRole.Window, QColor(bg))
        colours.setColor(QPalette.ColorRole.WindowText, QColor(fg))
        self.banner.setPalette(colours)
        text = html.escape(section.short)
        if section.route is not None:
            text += (
                "<br><span style='font-size: small; font-weight: normal;'>"
                f"{html.escape(section.route.text)}</span>"
            )
        self.banner.setText(f"<span style='font-size: x-large; font-weight: bold;'>{text}</span>")
        self.banner.setProperty("outcome", outcome)
        said = section.outcome.text
        if section.route is not None:
            said += labels.pick(("，", ", "), self._lang) + section.route.text
        self.banner.setAccessibleDescription(said)
        self.text.setText(self.render_html(section, words))
        self.text.setAccessibleDescription(self.plain_text())

    def render_html(self, section: outline.Summary, words: Words) -> str:
        """The answer under the banner as rich text (links: ``field:``)."""
        lang = self._lang
        heading = html.escape(labels.inline_heading(section.heading, lang))
        out = [f"<p style='margin:0;'><b>{heading}</b>{html.escape(section.outcome.text)}</p>"]
        for said in (section.text, section.penalty):
            if said:
                out.append(f"<p style='margin:4px 0 0 0;'>{words(said)}</p>")
        if section.basis:
            said = labels.inline_heading(section.basis_heading, lang) + section.basis
            out.append(f"<p style='margin:4px 0 0 0; color:{palette.MUTED};'>{words(said)}</p>")
        out += [_flagged(section.cautions_heading, c, lang, words) for c in section.cautions]
        if section.missing:
            links = labels.pick(("；", "; "), lang).join(
                f"<a href='field:{html.escape(item.code)}'>{words(item.text)}</a>"
                for item in section.missing
            )
            missing = html.escape(labels.inline_heading(section.missing_heading, lang))
            out.append(f"<p style='margin:4px 0 0 0;'><b>{missing}</b>{links}</p>")
        out += [_flagged(section.warnings_heading, w, lang, words) for w in section.warnings]
        return "".join(out)

    def plain_text(self) -> str:
        """The banner and the answer as plain text, in reading order."""
        return plain(self.banner.text()) + "\n" + plain(self.text.text())

    @Slot(str)
    def _on_link_activated(self, href: str) -> None:
        if href.startswith("field:"):
            self.field_activated.emit(href[len("field:") :])


def _flagged(heading: str, text: str, lang: str, words: Words) -> str:
    """A caution or a date warning: its heading and text behind a warning sign."""
    said = labels.inline_heading(heading, lang) + text
    return (
        f"<p style='margin:4px 0 0 0; color:{palette.CAUTION};'>{palette.WARNING_SIGN} "
        f"{words(said)}</p>"
    )
