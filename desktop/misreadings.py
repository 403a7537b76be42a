"""The 常见误解 page: the three common misreadings of the Provisions and the app's answers.

The content comes from ``cases.present.misreadings`` (core data); this page only lays it out.
Clause texts are resolved through ``cases.law`` and shown verbatim; clicking a clause
heading asks the main window to open it in the law browser.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QListView, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from cases.law import library as lawlib
from cases.model import labels
from cases.present import misreadings

_Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


class TopicListModel(QAbstractListModel):
    """The misreading topics, labelled by the mistaken claim in the chosen language."""

    def __init__(
        self,
        topics: tuple[misreadings.Topic, ...],
        language: str = "zh",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._topics = topics
        self._language = language

    def set_language(self, language: str) -> None:
        """Relabel the rows in another language."""
        self._language = language
        if self._topics:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._topics) - 1, 0))

    def topic(self, row: int) -> misreadings.Topic:
        """The topic of a row."""
        return self._topics[row]

    def row_of(self, key: str) -> int:
        """The row of a topic key, or -1."""
        for row, topic in enumerate(self._topics):
            if topic.key == key:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._topics)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not 0 <= index.row() < len(self._topics):
            return None
        topic = self._topics[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return topic.misreading.pick(self._language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return topic.verdict.pick(self._language)
        if role == KEY_ROLE:
            return topic.key
        return None


class MisreadingsPage(QWidget):
    """Common misreadings: a list of the claims and the app's answer to the chosen one.

    Attributes:
        list_view: the misreadings, one per row.
        text_view: the answer, the deciding steps, the clauses (verbatim) and sources.

    Signals:
        citation_activated(str, str, str): a clause link was followed
            (law_id, version, article), for ``LawBrowser.show_citation``.
        authority_activated(str): a commentary / interpretation link was followed
            (its key), for ``LawBrowser.show_authority``.
        topic_shown(str): a topic (its key) is shown.
    """

    citation_activated = Signal(str, str, str)
    authority_activated = Signal(str)
    topic_shown = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str = "zh",
        on: dt.date | None = None,
    ) -> None:
        """Build the page.

        Args:
            parent: the parent widget.
            language: "zh" or "en" for the app's own texts (law text stays Chinese).
            on: the date deciding which version of a law is cited; today if None.
        """
        super().__init__(parent)
        self._language = language
        self._on = on
        self._links: list[tuple[str, str, str]] = []
        self._key = ""
        self.model = TopicListModel(misreadings.topics(), language, self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("misreading_topics")
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.text_view = QTextBrowser(self)
        self.text_view.setObjectName("misreading_answer")
        self.text_view.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.text_view)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._retranslate()
        self._connect_signals()
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0, 0))

    def _connect_signals(self) -> None:
        # choosing a topic shows its answer
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        # links in the answer lead to the law browser
        self.text_view.anchorClicked.connect(self._on_anchor_clicked)

    def _retranslate(self) -> None:
        self.list_view.setAccessibleName(self.tr("Common misreadings"))
        self.text_view.setAccessibleName(self.tr("This app's answer, the clauses and the sources"))
        if self._key:
            self._render(misreadings.topic(self._key))

    @Slot(str)
    def show_topic(self, key: str) -> bool:
        """Select and show one misreading by key ("private_space", …).

        Returns:
            Whether the topic exists.
        """
        row = self.model.row_of(key)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        if self.list_view.currentIndex() == index:
            self._on_current_changed(index, index)
        else:
            self.list_view.setCurrentIndex(index)
        return True

    def current_key(self) -> str:
        """The key of the topic shown ("" if none)."""
        return self._key

    def set_language(self, language: str) -> None:
        """Show the page in another language ("zh" or "en"), keeping the topic shown.

        The window calls this once the language's translators are installed: the
        page's own texts follow them, the answers follow ``language``.
        """
        self._language = language
        self.model.set_language(language)
        self._retranslate()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        topic = self.model.topic(current.row())
        self._key = topic.key
        self._render(topic)
        self.topic_shown.emit(topic.key)

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "cite":
            number = url.path()
            if number.isdigit() and int(number) < len(self._links):
                self.citation_activated.emit(*self._links[int(number)])
        elif url.scheme() == "authority":
            self.authority_activated.emit(url.path())

    def _render(self, topic: misreadings.Topic) -> None:
        lang = self._language
        on = self._on or dt.date.today()
        self._links = []
        # tr() outside f-strings: pyside6-lupdate does not look inside them.
        misreading = self.tr("Misreading: ")
        steps = self.tr("Steps of the analysis that decide it")
        clauses = self.tr("Clauses (verbatim, Chinese)")
        sources = self.tr("Sources and interpretation (not law)")
        parts = [
            f"<h2>{_esc(misreading)}{_esc(topic.misreading.pick(lang))}</h2>",
            f"<p><b>{_esc(topic.verdict.pick(lang))}</b></p>",
        ]
        parts.extend(
            f'<p style="white-space: pre-wrap">{_esc(p.pick(lang))}</p>' for p in topic.answer
        )
        parts.append(f"<h3>{_esc(steps)}</h3>")
        parts.append("<p>" + _esc("；".join(topic.step_titles(lang))) + "</p>")
        parts.append(f"<h3>{_esc(clauses)}</h3>")
        for ref in topic.provisions:
            citation = ref.cite(on)
            self._links.append((citation.law_id, citation.version or "", citation.article))
            link = f"cite:{len(self._links) - 1}"
            parts.append(
                f'<p><a href="{link}">{_esc(citation.heading(lang))}</a>'
                f" — {_esc(ref.why.pick(lang))}</p>"
            )
            parts.extend(
                f'<blockquote style="white-space: pre-wrap">{_esc(line)}</blockquote>'
                for line in citation.text.split("\n")
            )
            note = citation.note_en if lang == "en" and citation.note_en else citation.note
            if note:
                parts.append(f"<p><small>{_esc(note)}</small></p>")
        parts.append(f"<h3>{_esc(sources)}</h3>")
        explainer_part = self.tr("2017 press explainer, part %1").replace(
            "%1", topic.explainer_part
        )
        parts.append(f"<p>{_esc(explainer_part)}</p>")
        for key in topic.authorities:
            authority = lawlib.library().authority(key)
            parts.append(
                f'<p><a href="authority:{_esc(key)}">{_esc(labels.pick(labels.LEVELS[authority.level.value], lang))}'
                f" · {_esc(authority.heading(lang))}</a></p>"
            )
        self.text_view.setHtml("\n".join(parts))
