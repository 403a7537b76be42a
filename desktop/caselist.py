"""The case list: a lazily fetched table over the store, with search, filters and a trash view.

On screen in the window's first frame, so it leaves PySide's ``Qt`` namespace
alone until that frame is painted (see ``desktop.qt_ints`` for why and how).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cases.model import labels
from cases.present.palette import OUTCOME_COLOURS
from cases.store.columns import SORT_COLUMNS
from cases.store.database import CaseRow, CaseStore, ListQuery
from desktop.flow_row import FlowRow
from desktop.qt_ints import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_CENTER,
    BACKGROUND_ROLE,
    DISPLAY_ROLE,
    FOREGROUND_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_Index = QModelIndex | QPersistentModelIndex

_BADGE_ROLES = (TEXT_ALIGNMENT_ROLE, BACKGROUND_ROLE, FOREGROUND_ROLE)
"""The roles that make the outcome cell a badge: drawn by Qt's own delegate, in C++
(a Python delegate painting a rounded badge cost milliseconds of every paint)."""

PAGE = 50
"""Rows fetched per ``fetchMore``: the list of 100,000 cases opens as fast as one of 10.

About twice what a full-height list shows at 1366×768; the view fetches the next page
itself when a taller one shows more. Fetching 200 at start cost ~0.5 ms of the first
frame for rows nobody sees yet."""


class CaseListModel(QAbstractTableModel):
    """Rows of ``store.list(query)``, fetched a page at a time as the view scrolls.

    Columns: title, outcome (a badge: the outcome's colours from
    ``cases.present.palette``, centred), incident date, platform, last change, tags;
    the outcome comes second so that it shows even when the list is narrow. The view
    shows the tags right after the title (``CaseListPanel``); they cannot be sorted by.
    """

    COLUMNS = ("title", "outcome", "incident_date", "platform", "updated_at", "tags")
    OUTCOME = 1
    TAGS = 5
    IdRole = USER_ROLE
    OutcomeRole = USER_ROLE + 1

    def __init__(self, store: CaseStore, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._query = ListQuery(limit=PAGE)
        self._rows: list[CaseRow] = store.list(self._query)
        self._tags = store.tags_of([row.id for row in self._rows])
        self._total = max(len(self._rows), store.count(self._query))
        self._changing = False
        self._colours: dict[str, tuple[QColor, QColor]] = {}

    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show another selection or order (the rows are fetched again, lazily)."""
        self.beginResetModel()
        self._query = dataclasses.replace(query, offset=0, limit=PAGE)
        # The first page comes with the reset: a view fetches more only once laid out.
        self._rows = self._store.list(self._query)
        self._tags = self._store.tags_of([row.id for row in self._rows])
        self._total = max(len(self._rows), self._store.count(self._query))
        # Listeners of modelReset (views, Qt's model tester) may ask for more rows
        # before the reset is over; inserting rows then breaks the reset's contract.
        self._changing = True
        try:
            self.endResetModel()
        finally:
            self._changing = False

    def reload(self) -> None:
        self.set_query(self._query)

    def total(self) -> int:
        """How many cases match, fetched or not."""
        return self._total

    def row_of(self, case_id: int) -> int:
        """The row showing a case, or -1 (only fetched rows are searched)."""
        for row, case in enumerate(self._rows):
            if case.id == case_id:
                return row
        return -1

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def replace_row(self, row: CaseRow, tags: tuple[str, ...] | None = None) -> None:
        """Show a case's new title, date, platform, outcome (and tags) without refetching.

        Args:
            row: the case's row as saved.
            tags: its tags, or None if they stay as listed.
        """
        index = self.row_of(row.id)
        if index >= 0:
            if tags is not None:
                self._tags[row.id] = tags
            self._rows[index] = row
            self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.COLUMNS) - 1))

    # ---- Qt

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        """Override QAbstractItemModel::canFetchMore."""
        return not parent.isValid() and not self._changing and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        """Override QAbstractItemModel::fetchMore: the next page."""
        if parent.isValid() or self._changing:
            return
        start = len(self._rows)
        batch = self._store.list(dataclasses.replace(self._query, offset=start, limit=PAGE))
        if not batch:
            self._total = start  # the store shrank meanwhile
            return
        # Unlike Qt's fetchmore example, the last row is start + len - 1.
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        self._rows.extend(batch)
        self._tags.update(self._store.tags_of([row.id for row in batch]))
        self._changing = True  # no nested fetch from rowsInserted listeners either
        try:
            self.endInsertRows()
        finally:
            self._changing = False

    def column_titles(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Outcome"),
            self.tr("Incident date"),
            self.tr("Platform"),
            self.tr("Last change"),
            self.tr("Tags"),
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        """Override QAbstractItemModel::headerData.

        Asked by screen readers; the view's header shows ``CaseListPanel``'s copy.
        """
        if role != DISPLAY_ROLE or orientation != QtCore.Qt.Orientation.Horizontal:
            return None
        return self.column_titles()[section]

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.IdRole:
            return row.id
        if role == self.OutcomeRole:
            return row.outcome
        if role in _BADGE_ROLES:
            if column != "outcome" or row.outcome not in OUTCOME_COLOURS:
                return None
            if role == TEXT_ALIGNMENT_ROLE:
                return ALIGN_CENTER
            return self._badge_colours(row.outcome)[role == BACKGROUND_ROLE]
        if role not in (DISPLAY_ROLE, TOOLTIP_ROLE, ACCESSIBLE_TEXT_ROLE):
            return None
        if column == "title":
            return row.title or self.tr("(untitled)")
        if column == "incident_date":
            return row.incident_date or "—"
        if column == "tags":
            return ("、" if self._lang == "zh" else ", ").join(self._tags.get(row.id, ()))
        if column == "platform":
            return labels.pick(labels.PLATFORMS[row.platform], self._lang) if row.platform else "—"
        if column == "outcome":
            if row.outcome is None:
                return "—"
            if role == DISPLAY_ROLE:
                return labels.pick(labels.OUTCOME_SHORT[row.outcome], self._lang)
            return labels.pick(labels.OUTCOMES[row.outcome], self._lang)
        local = dt.datetime.fromisoformat(row.updated_at).astimezone()
        return local.strftime("%Y-%m-%d %H:%M")

    def _badge_colours(self, code: str) -> tuple[QColor, QColor]:
        """The outcome's text and background colours, made once per outcome."""
        colours = self._colours.get(code)
        if colours is None:
            fg, bg = OUTCOME_COLOURS[code]
            colours = self._colours[code] = (QColor(fg), QColor(bg))
        return colours

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Override QAbstractItemModel::sort: the store sorts (rows beyond the page too)."""
        if not 0 <= column < len(self.COLUMNS) or self.COLUMNS[column] not in SORT_COLUMNS:
            return
        descending = order == QtCore.Qt.SortOrder.DescendingOrder
        query = self._query
        if query.sort != self.COLUMNS[column] or query.descending != descending:
            self.set_query(
                dataclasses.replace(query, sort=self.COLUMNS[column], descending=descending)
            )


class CaseListPanel(QWidget):
    """Search, filters, the table, and the buttons for new, duplicate, delete, restore.

    Signals:
        case_chosen(int): the user selected a case.
        new_requested(): the 新建 button was pressed.
        duplicate_requested(int): duplicate this case.
        delete_requested(int): move this case to the trash.
        restore_requested(int): bring this case back from the trash.
    """

    case_chosen = Signal(int)
    new_requested = Signal()
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)
    restore_requested = Signal(int)

    def __init__(self, store: CaseStore, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_list")
        self._lang = lang
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles, notes and tags"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        filters = QGridLayout()
        self.outcome_filter = QComboBox(self)
        self.outcome_filter.setObjectName("outcome_filter")
        self.outcome_filter.setAccessibleName(self.tr("Only this outcome"))
        self.outcome_filter.addItem(self.tr("All outcomes"), None)
        for code, pair in labels.OUTCOME_SHORT.items():
            self.outcome_filter.addItem(labels.pick(pair, lang), code)
        self.platform_filter = QComboBox(self)
        self.platform_filter.setObjectName("platform_filter")
        self.platform_filter.setAccessibleName(self.tr("Only this platform"))
        self.platform_filter.addItem(self.tr("All platforms"), None)
        for code, pair in labels.PLATFORMS.items():
            self.platform_filter.addItem(labels.pick(pair, lang), code)
        self.date_from = QLineEdit(self)
        self.date_from.setObjectName("date_from")
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.date_from.setAccessibleName(self.tr("Incidents from this date"))
        self.date_to = QLineEdit(self)
        self.date_to.setObjectName("date_to")
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        self.date_to.setAccessibleName(self.tr("Incidents up to this date"))
        for combo in (self.outcome_filter, self.platform_filter):
            # Narrower than their longest item if need be (the arrow stays, the list
            # opens in full): at a large font the list pane keeps room for the questions.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0))
        filters.addWidget(self.outcome_filter, 0, 0)
        filters.addWidget(self.platform_filter, 0, 1)
        filters.addWidget(self.date_from, 1, 0)
        filters.addWidget(self.date_to, 1, 1)
        layout.addLayout(filters)
        self.trash_toggle = QCheckBox(self.tr("Show the trash"), self)
        self.trash_toggle.setObjectName("show_trash")
        self.trash_toggle.setAccessibleName(self.tr("Show the trash"))
        layout.addWidget(self.trash_toggle)

        self.model = CaseListModel(store, lang, self)
        self.table = QTableView(self)
        self.table.setObjectName("cases")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The header shows its titles from a C++ model (CaseListModel.headerData
        # stays, for screen readers): asking the Python model would pass Python a
        # Qt.Orientation in the first frame (desktop.qt_ints). Hidden meanwhile, the
        # header does not size itself from CaseListModel while the view takes it.
        self._titles = QStandardItemModel(0, len(CaseListModel.COLUMNS), self)
        self._titles.setHorizontalHeaderLabels(self.model.column_titles())
        header.hide()
        self.table.setModel(self.model)
        header.setModel(self._titles)
        header.show()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # Widths from the font, not ResizeToContents: that reads every fetched row's
        # data at start-up (tens of milliseconds for one page).
        char = self.fontMetrics().averageCharWidth()
        header.setMinimumSectionSize(char * 8)
        for column, chars in enumerate((0, 12, 12, 9, 17, 10)):
            if chars:
                header.resizeSection(column, char * chars)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The tags after the title and the outcome: a narrow list (1024 px at a large
        # font) still shows the outcome, which matters more than the volunteer's tags.
        header.moveSection(CaseListModel.TAGS, 2)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("case_count")
        layout.addWidget(self.count_label)

        buttons = FlowRow(self)
        self.new_button = self._button(self.tr("New"), "new_case", self.tr("New case"))
        self.duplicate_button = self._button(
            self.tr("Duplicate"), "duplicate_case", self.tr("Duplicate the selected case")
        )
        self.delete_button = self._button(
            self.tr("Delete"), "delete_case", self.tr("Move the selected case to the trash")
        )
        self.restore_button = self._button(
            self.tr("Restore"), "restore_case", self.tr("Restore the selected case")
        )
        self.restore_button.hide()
        for button in (
            self.new_button,
            self.duplicate_button,
            self.delete_button,
            self.restore_button,
        ):
            buttons.add(button)
        layout.addWidget(buttons)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._connect_signals()
        self._update_count()

    def _button(self, text: str, name: str, spoken: str) -> QPushButton:
        # Text set apart: choosing among QPushButton(text, parent) and its icon
        # overload builds QIcon's 160 enum members, 3 ms of the first frame.
        button = QPushButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(spoken)  # what a screen reader says: the whole action
        return button

    def _connect_signals(self) -> None:
        # filters
        self.search.textChanged.connect(self._filter_timer.start)
        self.date_from.textChanged.connect(self._filter_timer.start)
        self.date_to.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self._on_filters_changed)
        self.outcome_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.platform_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.trash_toggle.toggled.connect(self._on_filters_changed)
        # table
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        # buttons
        self.new_button.clicked.connect(self.new_requested)
        self.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)

    def complete(self) -> None:
        """Turn on what the window's first frame does without (it has no selection).

        Sorting by a click on a column's title, with the list's current order shown
        (the order is a ``Qt.SortOrder``, and turning sorting on asks the model to
        sort with one), and the outcome badge kept in its colours on the selected
        row (``desktop.selected_badge``). Called by the window once its first frame
        is painted; calling it again changes nothing.
        """
        if self.table.isSortingEnabled():
            return
        from desktop.selected_badge import SelectedBadgeDelegate

        self.table.setItemDelegateForColumn(
            CaseListModel.OUTCOME, SelectedBadgeDelegate(CaseListModel.OutcomeRole, self.table)
        )
        self._show_sort_order()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator_changed)

    def _show_sort_order(self) -> None:
        """The header's sort indicator on the column the list is sorted by."""
        query = self.model.query()
        if query.sort not in CaseListModel.COLUMNS:
            return
        order = QtCore.Qt.SortOrder
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        try:
            header.setSortIndicator(
                CaseListModel.COLUMNS.index(query.sort),
                order.DescendingOrder if query.descending else order.AscendingOrder,
            )
        finally:
            header.blockSignals(blocked)

    @Slot(int, object)  # Slot(int, Qt.SortOrder): see desktop.qt_ints
    def _on_sort_indicator_changed(self, column: int, _order: object) -> None:
        # A click on the tags' title: the list cannot be sorted by them (the model
        # ignores it); the indicator goes back to the order the list has.
        if CaseListModel.COLUMNS[column] not in SORT_COLUMNS:
            self._show_sort_order()

    def tab_order(self) -> list[QWidget]:
        return [
            self.search,
            self.outcome_filter,
            self.platform_filter,
            self.date_from,
            self.date_to,
            self.trash_toggle,
            self.table,
            self.new_button,
            self.duplicate_button,
            self.delete_button,
            self.restore_button,
        ]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else self.model.case_id(index.row())

    def select(self, case_id: int | None) -> None:
        """Make a case the current row, if it is in the fetched rows; None: no row."""
        if case_id is None:
            blocked = self.table.selectionModel().blockSignals(True)
            try:
                self.table.selectionModel().clear()
            finally:
                self.table.selectionModel().blockSignals(blocked)
            return
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def cancel_pending_filter(self) -> None:
        """Forget typing in the search or date fields not yet applied (the store closes)."""
        self._filter_timer.stop()

    def reload(self, keep: int | None = None) -> None:
        """Fetch again (after a store change), keeping ``keep`` selected if listed."""
        blocked = self.table.selectionModel().blockSignals(True)
        try:
            self.model.reload()
            if keep is not None:
                self.select(keep)
        finally:
            self.table.selectionModel().blockSignals(blocked)

    def _query(self) -> ListQuery:
        # Imported on the first filter change: compiling its patterns would delay
        # the window's first paint.
        from desktop import typed_dates

        def date(edit: QLineEdit) -> dt.date | None:
            try:
                value = typed_dates.parse_date(edit.text())
            except ValueError:
                value = None
            bad = bool(edit.text().strip()) and value is None
            edit.setStyleSheet("color: #b00020;" if bad else "")
            return value

        return dataclasses.replace(
            self.model.query(),
            text=self.search.text().strip(),
            outcome=self.outcome_filter.currentData(),
            platform=self.platform_filter.currentData(),
            date_from=date(self.date_from),
            date_to=date(self.date_to),
            trash=self.trash_toggle.isChecked(),
        )

    @Slot()
    def _on_filters_changed(self) -> None:
        trash = self.trash_toggle.isChecked()
        self.restore_button.setVisible(trash)
        self.delete_button.setVisible(not trash)
        self.duplicate_button.setVisible(not trash)
        self.model.set_query(self._query())

    @Slot()
    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", self.model.total()))

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.trash_toggle.isChecked():
            self.case_chosen.emit(self.model.case_id(current.row()))

    @Slot()
    def _on_duplicate_clicked(self) -> None:
        case_id = self.current_id()
        if case_id is not None:
            self.duplicate_requested.emit(case_id)

    @Slot()
    def _on_delete_clicked(self) -> None:
        case_id = self.current_id()
        if case_id is not None:
            self.delete_requested.emit(case_id)

    @Slot()
    def _on_restore_clicked(self) -> None:
        case_id = self.current_id()
        if case_id is not None:
            self.restore_requested.emit(case_id)
