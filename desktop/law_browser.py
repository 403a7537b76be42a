"""The law browser: every stored law and version, article by article, verbatim.

A tree (law → version → article) sits beside the text of the selected article with
its verification marks, effective dates and source. A separate branch holds the
official interpretation, commentary and court practice, labelled by level and never
mixed with law text. A "compare versions" tab puts renumbered provisions of two (or
more) versions side by side, and a search box filters the tree by any substring of
the texts. Everything shown comes from ``cases.law.library()``; nothing is typed here.
"""

from __future__ import annotations

import dataclasses
import enum
import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cases.law import library as lawlib
from cases.model import labels
from cases.present import palette

_Index = QModelIndex | QPersistentModelIndex

# authorities.json is read only by cases.law, which offers lookup by key but no
# listing; these are the keys it holds. A key missing from the data is skipped.
AUTHORITY_KEYS = (
    "qa_owner_duty",
    "qa_group_definition",
    "commentary_a",
    "commentary_b",
    "commentary_c",
    "court_practice_duty_of_care",
)
_LEVELS = (
    lawlib.Level.OFFICIAL_INTERPRETATION,
    lawlib.Level.COMMENTARY,
    lawlib.Level.COURT_PRACTICE,
)


class NodeKind(enum.Enum):
    """What a row of the law tree stands for."""

    LAW = "law"
    VERSION = "version"
    ARTICLE = "article"
    AUTHORITIES = "authorities"
    LEVEL = "level"
    AUTHORITY = "authority"


class Role(enum.IntEnum):
    """Custom data roles of :class:`LawTreeModel`."""

    KIND = Qt.ItemDataRole.UserRole + 1
    LAW_ID = Qt.ItemDataRole.UserRole + 2
    VERSION = Qt.ItemDataRole.UserRole + 3
    ARTICLE = Qt.ItemDataRole.UserRole + 4
    AUTHORITY_KEY = Qt.ItemDataRole.UserRole + 5
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 6


@dataclasses.dataclass(slots=True)
class _Node:
    kind: NodeKind
    parent: int
    row: int
    law_id: str = ""
    version: str = ""
    article: str = ""
    authority_key: str = ""
    level: lawlib.Level | None = None
    search_text: str = ""
    children: list[int] = dataclasses.field(default_factory=list)


def _kind_label(kind: str) -> str:
    names = {
        "constitution": QCoreApplication.translate("LawBrowser", "Constitution"),
        "law": QCoreApplication.translate("LawBrowser", "Law"),
        "administrative_regulation": QCoreApplication.translate(
            "LawBrowser", "Administrative regulation"
        ),
        "departmental_rule": QCoreApplication.translate("LawBrowser", "Departmental rule"),
        "normative_document": QCoreApplication.translate(
            "LawBrowser", "Departmental normative document"
        ),
        "judicial_interpretation": QCoreApplication.translate(
            "LawBrowser", "Judicial interpretation"
        ),
    }
    return names.get(kind, kind)


def _level_label(level: lawlib.Level, language: str) -> str:
    return labels.pick(labels.LEVELS[level.value], language)


def mark_words(mark: str, language: str) -> str:
    """A verification mark followed by its meaning (✅ 已核实), as the window shows it.

    The bundled font has no emoji, so without a system emoji font ✅ shows as a box;
    the words keep the mark readable everywhere.
    """
    words = labels.MARKS.get(mark)
    return palette.screen_marks(f"{mark} {labels.pick(words, language)}" if words else mark)


def _version_dates(version: lawlib.LawVersion) -> str:
    start = version.effective_from.isoformat()
    if version.effective_to is None:
        return QCoreApplication.translate("LawBrowser", "in force from %1").replace("%1", start)
    return (
        QCoreApplication.translate("LawBrowser", "in force %1 to %2")
        .replace("%1", start)
        .replace("%2", version.effective_to.isoformat())
    )


class LawTreeModel(QAbstractItemModel):
    """Laws → versions → articles, then the non-law authorities by level.

    A thin adapter over ``cases.law.library.LawLibrary``: the model is built once and never
    changes. Rows carry their identity in the :class:`Role` roles.
    """

    def __init__(
        self,
        library: lawlib.LawLibrary,
        authority_keys: Sequence[str] = AUTHORITY_KEYS,
        parent: QObject | None = None,
        language: str = "zh",
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._language = language
        self._nodes: list[_Node] = []
        self._roots: list[int] = []
        self._by_article: dict[tuple[str, str, str], int] = {}
        self._by_version: dict[tuple[str, str], int] = {}
        self._by_authority: dict[str, int] = {}
        self._build(authority_keys)

    def _add(self, node: _Node) -> int:
        number = len(self._nodes)
        self._nodes.append(node)
        siblings = self._roots if node.parent < 0 else self._nodes[node.parent].children
        node.row = len(siblings)
        siblings.append(number)
        return number

    def _build(self, authority_keys: Sequence[str]) -> None:
        for law in self._library.laws:
            law_node = self._add(
                _Node(
                    NodeKind.LAW,
                    -1,
                    0,
                    law_id=law.id,
                    search_text=f"{law.short_title}\n{law.title}\n{law.title_en}",
                )
            )
            for version in law.versions:
                version_node = self._add(
                    _Node(NodeKind.VERSION, law_node, 0, law_id=law.id, version=version.version)
                )
                self._by_version[(law.id, version.version)] = version_node
                for article in version.articles:
                    text = article.number + "\n" + article.text()
                    node = self._add(
                        _Node(
                            NodeKind.ARTICLE,
                            version_node,
                            0,
                            law_id=law.id,
                            version=version.version,
                            article=article.number,
                            search_text=text,
                        )
                    )
                    self._by_article[(law.id, version.version, article.number)] = node
        citations = {}
        for key in authority_keys:
            try:
                citations[key] = self._library.authority(key)
            except KeyError:
                continue
        if not citations:
            return
        branch = self._add(_Node(NodeKind.AUTHORITIES, -1, 0))
        for level in _LEVELS:
            keys = [key for key, c in citations.items() if c.level is level]
            if not keys:
                continue
            level_node = self._add(_Node(NodeKind.LEVEL, branch, 0, level=level))
            for key in keys:
                c = citations[key]
                self._by_authority[key] = self._add(
                    _Node(
                        NodeKind.AUTHORITY,
                        level_node,
                        0,
                        authority_key=key,
                        level=level,
                        search_text="\n".join(
                            s for s in (c.law, c.article, c.text, c.text_en or "") if s
                        ),
                    )
                )

    def _node(self, index: _Index) -> _Node:
        return self._nodes[index.internalId()]

    def set_language(self, language: str) -> None:
        """Name laws and articles in English too (``"en"``) or in Chinese only."""
        if language == self._language:
            return
        self.layoutAboutToBeChanged.emit()
        self._language = language
        self.layoutChanged.emit()

    def _label(self, node: _Node) -> str:
        english = self._language == "en"
        if node.kind is NodeKind.LAW:
            law = self._library.law(node.law_id)
            return f"{law.title_en} · {law.short_title}" if english else law.short_title
        if node.kind is NodeKind.VERSION:
            version = self._version(node)
            return (
                self.tr("%1 text · %2")
                .replace("%1", version.version)
                .replace("%2", _version_dates(version))
            )
        if node.kind is NodeKind.ARTICLE:
            article = self._article(node)
            mark = article.verified()
            number = article.number
            if english:
                number = f"{number} ({lawlib.article_number_en(number)})"
            if article.number_inferred:
                unchecked = self.tr("article number to be checked")
                return palette.screen_marks(f"{number} {mark} {unchecked}")
            return palette.screen_marks(f"{number} {mark}")
        if node.kind is NodeKind.AUTHORITIES:
            return self.tr("Interpretation, commentary and practice (not law)")
        if node.kind is NodeKind.LEVEL and node.level is not None:
            return _level_label(node.level, self._language)
        citation = self._library.authority(node.authority_key)
        mark = f" {citation.verified}" if citation.verified else ""
        return palette.screen_marks(f"{citation.article}{mark}")

    def _tooltip(self, node: _Node) -> str:
        if node.kind is NodeKind.LAW:
            law = self._library.law(node.law_id)
            return f"{law.title}\n{law.title_en}\n{law.issuer} · {_kind_label(law.kind)}"
        if node.kind is NodeKind.VERSION:
            return self._version(node).source
        if node.kind is NodeKind.ARTICLE:
            article = self._article(node)
            if article.number_inferred:
                return self.tr(
                    "The article number was inferred from the structure; the text is verified. Check the number before citing it."
                )
            return mark_words(article.verified(), self._language)
        if node.kind is NodeKind.AUTHORITY:
            citation = self._library.authority(node.authority_key)
            return citation.law
        return ""

    def _version(self, node: _Node) -> lawlib.LawVersion:
        for version in self._library.law(node.law_id).versions:
            if version.version == node.version:
                return version
        raise KeyError(node.version)

    def _article(self, node: _Node) -> lawlib.Article:
        return self._version(node).article(node.article)

    # --- lookups used by the browser -------------------------------------------------

    def article_index(self, law_id: str, version: str, article: str) -> QModelIndex:
        """The index of an article, or an invalid index if it is not stored."""
        number = self._by_article.get((law_id, version, article))
        return QModelIndex() if number is None else self._index_of(number)

    def version_index(self, law_id: str, version: str) -> QModelIndex:
        """The index of a law version, or an invalid index."""
        number = self._by_version.get((law_id, version))
        return QModelIndex() if number is None else self._index_of(number)

    def authority_index(self, key: str) -> QModelIndex:
        """The index of an authority entry, or an invalid index."""
        number = self._by_authority.get(key)
        return QModelIndex() if number is None else self._index_of(number)

    def _index_of(self, number: int) -> QModelIndex:
        return self.createIndex(self._nodes[number].row, 0, number)

    # --- QAbstractItemModel --------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        """Override QAbstractItemModel::index."""
        if column != 0 or row < 0:
            return QModelIndex()
        siblings = self._nodes[parent.internalId()].children if parent.isValid() else self._roots
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Override QAbstractItemModel::parent."""
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        return QModelIndex() if parent < 0 else self._index_of(parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children) if parent.isValid() else len(self._roots)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::columnCount."""
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._label(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node) or None
        if role == Role.KIND:
            return node.kind.value
        if role == Role.LAW_ID:
            return node.law_id
        if role == Role.VERSION:
            return node.version
        if role == Role.ARTICLE:
            return node.article
        if role == Role.AUTHORITY_KEY:
            return node.authority_key
        if role == Role.SEARCH_TEXT:
            return node.search_text
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData."""
        if (
            section == 0
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self.tr("Laws, versions and articles")
        return None


class LawFilterModel(QSortFilterProxyModel):
    """Keeps rows whose text contains the search string (plain substring, any script).

    A matching row keeps its ancestors (recursive filtering) and, for a law whose
    title matches, all its versions and articles.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def needle(self) -> str:
        """The current search string ("" shows everything)."""
        return self._needle

    def set_needle(self, text: str) -> None:
        """Filter by a substring; case-insensitive for Latin letters."""
        # invalidateFilter() is deprecated in Qt 6.12 (a DeprecationWarning, an error
        # under our pytest config); begin/endFilterChange are its replacement (Qt ≥ 6.9).
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Override QSortFilterProxyModel::filterAcceptsRow."""
        if not self._needle:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        text = model.data(index, Role.SEARCH_TEXT)
        return isinstance(text, str) and self._needle in text.casefold()


class ProvisionCompareModel(QAbstractTableModel):
    """One law's provisions (rows) against its versions (columns 1…n).

    Column 0 names the provision key; each further column gives the article (and
    paragraph) that the version uses for it, or an empty cell where the version has
    no such provision. This is how a renumbering shows: 网络安全法 use_obligation is
    第十二条第二款 in 2016 and 第十三条第二款 in 2025.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._law: lawlib.Law | None = None
        self._keys: list[str] = []

    def law(self) -> lawlib.Law | None:
        """The law shown, if any."""
        return self._law

    def set_law(self, law: lawlib.Law | None) -> None:
        """Show the provisions of another law."""
        self.beginResetModel()
        self._law = law
        self._keys = []
        if law is not None:
            for version in law.versions:
                self._keys.extend(k for k in version.provisions if k not in self._keys)
        self.endResetModel()

    def provision_key(self, row: int) -> str:
        """The provision key of a row."""
        return self._keys[row]

    def row_of(self, key: str) -> int:
        """The row of a provision key, or -1."""
        return self._keys.index(key) if key in self._keys else -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::columnCount."""
        if parent.isValid() or self._law is None:
            return 0
        return 1 + len(self._law.versions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or self._law is None:
            return None
        key = self._keys[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return key
            return None
        version = self._law.versions[index.column() - 1]
        located = version.provisions.get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if located is None:
                return self.tr("(none)")
            number, paragraph = located
            return number + (lawlib.paragraph_label(paragraph) or "")
        if role == Qt.ItemDataRole.ToolTipRole and located is not None:
            return version.article(located[0]).text(located[1])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if self._law is None or not 0 <= section <= len(self._law.versions):
            return None
        if section == 0:
            return self.tr("Provision (key)")
        version = self._law.versions[section - 1]
        return self.tr("%1 text").replace("%1", version.version)


# --- HTML for the text panes --------------------------------------------------------

_PARAGRAPH = (
    '<p style="white-space: pre-wrap; margin-bottom: 6px">{text} '
    '<small style="color:#555">{mark}</small></p>'
)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def article_html(
    law: lawlib.Law,
    version: lawlib.LawVersion,
    article: lawlib.Article,
    highlight: int | None = None,
    language: str = "zh",
) -> str:
    """The article as HTML: heading, marks, dates, source, verbatim paragraphs.

    Args:
        law: the law.
        version: the version the article belongs to.
        article: the article.
        highlight: a 1-based paragraph to set in bold (the cited one), if any.
        language: "zh" or "en"; decides which remark on the version is shown.
    """
    translate = QCoreApplication.translate
    adopted = translate("LawBrowser", "adopted/amended: %1").replace(
        "%1", version.adopted.isoformat()
    )
    unchecked = ""
    if article.number_inferred:
        label = translate("LawBrowser", "article number to be checked")
        unchecked = f' <span style="color:#a15c00">{_esc(label)}</span>'
    parts = [
        f"<h3>《{_esc(law.short_title)}》（{_esc(version.version)}）"
        f"{_esc(article.number)} {palette.screen_marks(article.verified())}{unchecked}</h3>",
        f"<p><small>{_esc(law.title)} · {_esc(law.title_en)}<br>"
        f"{_esc(law.issuer)} · {_esc(_kind_label(law.kind))} · "
        f"{_esc(adopted)} · {_esc(_version_dates(version))}</small></p>",
    ]
    for number, paragraph in enumerate(article.paragraphs, start=1):
        text = _esc(paragraph.text)
        if number == highlight:
            text = f"<b>{text}</b>"
        parts.append(
            _PARAGRAPH.format(text=text, mark=_esc(mark_words(paragraph.verified, language)))
        )
    small = [
        translate("LawBrowser", "Source: ") + version.source,
    ]
    if article.number_inferred:
        small.insert(
            0,
            translate(
                "LawBrowser",
                "⚠️ Article number to be checked: the text is verified, but the number was inferred from the structure.",
            ),
        )
    note = version.note_en if language == "en" else version.note
    if note:
        small.append(translate("LawBrowser", "Note: ") + note)
    small.append(
        translate(
            "LawBrowser",
            "✅ two or more independent sources agree · ☑️ single source · ⚠️ number inferred",
        )
    )
    parts.extend(f"<p><small>{_esc(palette.screen_marks(line))}</small></p>" for line in small)
    return "\n".join(parts)


def authority_html(citation: lawlib.Citation, language: str = "zh") -> str:
    """An official interpretation, commentary or court-practice entry as HTML."""
    translate = QCoreApplication.translate
    level = _level_label(citation.level, language)
    mark = f" {citation.verified}" if citation.verified else ""
    not_law = translate("LawBrowser", "This is not the text of a law.")
    if citation.level is lawlib.Level.OFFICIAL_INTERPRETATION:
        kind = translate("LawBrowser", "Quoted verbatim:")
    else:
        kind = translate("LawBrowser", "This app's paraphrase, not the original:")
    parts = [
        f"<h3>{_esc(level)}{palette.screen_marks(mark)}</h3>",
        f"<p><b>{_esc(not_law)}</b></p>",
        f"<p><small>{_esc(citation.law)}（{_esc(citation.version or '')}）<br>"
        f"{_esc(citation.article)}</small></p>",
        f"<p><small>{_esc(kind)}</small></p>",
        _PARAGRAPH.format(text=_esc(citation.text), mark=""),
    ]
    if citation.text_en:
        parts.append(_PARAGRAPH.format(text=_esc(citation.text_en), mark=""))
    note = citation.note_en if language == "en" and citation.note_en else citation.note
    if note:
        label = translate("LawBrowser", "Note: ")
        parts.append(f"<p><small>{_esc(label)}{_esc(note)}</small></p>")
    return "\n".join(parts)


class ComparePanel(QWidget):
    """Renumbered provisions side by side: a provision table and one pane per version.

    Signals:
        provision_shown(str, str): a provision (law_id, provision key) is shown.
    """

    provision_shown = Signal(str, str)

    def __init__(self, library: lawlib.LawLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.law_combo = QComboBox(self)
        self.law_combo.setObjectName("compare_law")
        self.model = ProvisionCompareModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("compare_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.panes: list[QTextBrowser] = []
        self._pane_row = QSplitter(Qt.Orientation.Horizontal, self)
        self._pane_row.setChildrenCollapsible(False)
        self._law_label = QLabel(self)
        self._law_label.setBuddy(self.law_combo)
        for law in library.laws:
            if len(law.versions) > 1:
                self.law_combo.addItem(law.short_title, law.id)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._law_label)
        top.addWidget(self.law_combo, 1)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._pane_row)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self._retranslate()
        self._connect_signals()
        if self.law_combo.count():
            self._on_law_chosen(0)

    def _connect_signals(self) -> None:
        self.law_combo.currentIndexChanged.connect(self._on_law_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

    def _retranslate(self) -> None:
        self._law_label.setText(self.tr("&Law:"))
        self.law_combo.setAccessibleName(self.tr("Law whose versions to compare"))
        self.table.setAccessibleName(self.tr("Article numbers in each version"))
        for pane in self.panes:
            pane.setAccessibleName(self.tr("%1 text").replace("%1", pane.objectName()))

    def set_language(self, _language: str) -> None:
        """Show the panel's own texts in the language just installed (law text stays Chinese)."""
        self._retranslate()
        count = self.model.columnCount()
        if count:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
        current = self.table.currentIndex()
        if current.isValid():
            self._on_row_changed(current, current)

    def show_provision(self, law_id: str, key: str | None = None) -> bool:
        """Show a law's versions side by side, at one provision key if given.

        Returns:
            Whether the law has several versions (and the key, if given, exists).
        """
        position = self.law_combo.findData(law_id)
        if position < 0:
            return False
        self.law_combo.setCurrentIndex(position)
        row = 0 if key is None else self.model.row_of(key)
        if row < 0:
            return False
        target = self.model.index(row, 0)
        if self.table.currentIndex().row() == row:
            # Already current: Qt emits no currentRowChanged, but the caller asked to see it.
            self._on_row_changed(target, target)
        else:
            self.table.setCurrentIndex(target)
        return True

    @Slot(int)
    def _on_law_chosen(self, position: int) -> None:
        law_id = self.law_combo.itemData(position)
        law = self._library.law(law_id) if isinstance(law_id, str) else None
        self.model.set_law(law)
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        if law is None:
            return
        for version in law.versions:
            pane = QTextBrowser(self._pane_row)
            pane.setObjectName(version.version)
            pane.setOpenLinks(False)
            self._pane_row.addWidget(pane)
            self.panes.append(pane)
        self._retranslate()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    @Slot(QModelIndex, QModelIndex)
    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        law = self.model.law()
        if law is None or not current.isValid():
            return
        key = self.model.provision_key(current.row())
        for version, pane in zip(law.versions, self.panes, strict=True):
            located = version.provisions.get(key)
            if located is None:
                pane.setHtml(
                    "<p>"
                    + _esc(
                        self.tr("The %1 text has no such provision (%2).")
                        .replace("%1", version.version)
                        .replace("%2", key)
                    )
                    + "</p>"
                )
                continue
            number, paragraph = located
            pane.setHtml(article_html(law, version, version.article(number), paragraph))
        self.provision_shown.emit(law.id, key)


class LawBrowser(QWidget):
    """Browse, search and compare every stored law text, and the authorities beside it.

    Attributes:
        search_edit: the search box (substring of any text, Chinese or Latin).
        tree: the law → version → article tree (over a filter proxy).
        text_view: the text of the selected article or authority entry.
        compare: the "compare versions" panel.

    Signals:
        article_shown(str, str, str): an article (law_id, version, article) is shown.
        authority_shown(str): an authority entry (its key) is shown.
    """

    article_shown = Signal(str, str, str)
    authority_shown = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        library: lawlib.LawLibrary | None = None,
        language: str = "zh",
    ) -> None:
        """Build the browser.

        Args:
            parent: the parent widget.
            library: the law library (defaults to ``cases.law.library()``).
            language: "zh" or "en"; decides which note of an authority is shown.
        """
        super().__init__(parent)
        self._library = library if library is not None else lawlib.library()
        self._language = language
        self.model = LawTreeModel(self._library, parent=self, language=language)
        self.proxy = LawFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("law_search")
        self.search_edit.setClearButtonEnabled(True)
        self._search_label = QLabel(self)
        self._search_label.setBuddy(self.search_edit)
        self._result_label = QLabel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("law_tree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.text_view = QTextBrowser(self)
        self.text_view.setObjectName("law_text")
        self.text_view.setOpenLinks(False)
        self.compare = ComparePanel(self._library, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.text_view, "")
        self.tabs.addTab(self.compare, "")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self._search_label)
        search_row.addWidget(self.search_edit, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self._result_label)
        left_layout.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._retranslate()
        self._connect_signals()

    def _connect_signals(self) -> None:
        # searching
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        # selection in the tree shows the text
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        # "compare:" links under an article open the compare tab
        self.text_view.anchorClicked.connect(self._on_anchor_clicked)

    def _retranslate(self) -> None:
        self._search_label.setText(self.tr("&Search:"))
        # The example stays Chinese in English too: the law texts are Chinese.
        example = self.tr("Any words of the texts, e.g. %1").replace("%1", "通信秘密")
        self.search_edit.setPlaceholderText(example)
        self.search_edit.setAccessibleName(self.tr("Search the law texts"))
        self.tree.setAccessibleName(self.tr("Laws, versions and articles"))
        self.text_view.setAccessibleName(self.tr("Text of the selected article"))
        self.tabs.setTabText(0, self.tr("&Text"))
        self.tabs.setTabText(1, self.tr("&Compare versions"))
        pages = self.tr("The article's text or a comparison of its versions")
        self.tabs.setAccessibleName(pages)
        self.tabs.tabBar().setAccessibleName(pages)
        self._update_result_label()

    # --- public slots ----------------------------------------------------------------

    @Slot(str, str, str)
    def show_citation(self, law_id: str, version: str, article: str) -> bool:
        """Select and show one article (a citation link in the main window calls this).

        An unknown version falls back to the newest stored version that has the
        article. A search that hides the article is cleared.

        Returns:
            Whether the article was found and shown.
        """
        source = self.model.article_index(law_id, version, article)
        if not source.isValid():
            try:
                versions = self._library.law(law_id).versions
            except KeyError:
                return False
            for candidate in reversed(versions):
                source = self.model.article_index(law_id, candidate.version, article)
                if source.isValid():
                    break
            else:
                return False
        self._select_source(source)
        self.tabs.setCurrentWidget(self.text_view)
        return True

    @Slot(str)
    def show_authority(self, key: str) -> bool:
        """Select and show an official interpretation / commentary entry by key."""
        source = self.model.authority_index(key)
        if not source.isValid():
            return False
        self._select_source(source)
        self.tabs.setCurrentWidget(self.text_view)
        return True

    @Slot(str, str)
    def show_comparison(self, law_id: str, provision_key: str) -> bool:
        """Show a provision in every version of a law side by side."""
        shown = self.compare.show_provision(law_id, provision_key or None)
        if shown:
            self.tabs.setCurrentWidget(self.compare)
        return shown

    def set_language(self, language: str) -> None:
        """Show the browser in another language, keeping what it shows.

        The window calls this once the language's translators are installed: the
        browser's own texts follow them, and the law names, article numbers and
        authority notes follow ``language`` ("zh" or "en"; law text stays Chinese).
        """
        self._language = language
        self.model.set_language(language)
        self.compare.set_language(language)
        self._retranslate()
        # Row labels are translated in data(); a repaint asks for them again.
        self.tree.viewport().update()
        self._on_current_changed(self.tree.currentIndex(), QModelIndex())

    def matching_articles(self) -> list[tuple[str, str, str]]:
        """The articles (law_id, version, article) that the current search keeps."""
        found: list[tuple[str, str, str]] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(Role.KIND) == NodeKind.ARTICLE.value:
                    found.append(
                        (
                            index.data(Role.LAW_ID),
                            index.data(Role.VERSION),
                            index.data(Role.ARTICLE),
                        )
                    )
                pending.append(index)
        return sorted(found)

    # --- private ---------------------------------------------------------------------

    def _select_source(self, source: QModelIndex) -> None:
        proxy = self.proxy.mapFromSource(source)
        if not proxy.isValid():
            self.search_edit.clear()
            proxy = self.proxy.mapFromSource(source)
        self.tree.expand(proxy.parent())
        self.tree.selectionModel().setCurrentIndex(
            proxy, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(proxy)
        # setCurrentIndex emits nothing if the row was already current.
        self._on_current_changed(proxy, QModelIndex())

    def _update_result_label(self) -> None:
        if not self.proxy.needle():
            legend = self.tr("✅ verified · ☑️ single source · ⚠️ number inferred (to be checked)")
            self._result_label.setText(palette.screen_marks(legend))
            return
        count = len(self.matching_articles())
        self._result_label.setText(self.tr("%n article(s) contain these words", "", count))

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        if self.proxy.needle():
            self.tree.expandAll()
        self._update_result_label()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        kind = current.data(Role.KIND)
        if kind == NodeKind.ARTICLE.value:
            law_id, number = current.data(Role.LAW_ID), current.data(Role.ARTICLE)
            version_name = current.data(Role.VERSION)
            law = self._library.law(law_id)
            version = next(v for v in law.versions if v.version == version_name)
            article = version.article(number)
            self.text_view.setHtml(
                article_html(law, version, article, language=self._language)
                + self._compare_links(law, version, number)
            )
            self.article_shown.emit(law_id, version_name, number)
        elif kind == NodeKind.AUTHORITY.value:
            key = current.data(Role.AUTHORITY_KEY)
            self.text_view.setHtml(authority_html(self._library.authority(key), self._language))
            self.authority_shown.emit(key)

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != "compare":
            return
        law_id, _sep, key = url.path().partition("/")
        self.show_comparison(law_id, key)

    def _compare_links(self, law: lawlib.Law, version: lawlib.LawVersion, number: str) -> str:
        if len(law.versions) < 2:
            return ""
        keys = [key for key, (art, _p) in version.provisions.items() if art == number]
        if not keys:
            return ""
        links = []
        for key in keys:
            others = []
            for other in law.versions:
                located = other.provisions.get(key)
                if other is not version and located is not None:
                    others.append(f"{other.version} {located[0]}")
            if others:
                url = QUrl(f"compare:{law.id}/{key}").toString()
                links.append(
                    f'<a href="{html.escape(url)}">{_esc(key)}：{_esc("；".join(others))}</a>'
                )
        if not links:
            return ""
        # tr() outside f-strings: pyside6-lupdate does not look inside them.
        heading = self.tr("The same provision in other versions:")
        return f"<p>{_esc(heading)}<br>" + "<br>".join(links) + "</p>"
