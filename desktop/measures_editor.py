"""The owner's measures as an editable timeline: whether any were taken, which, when and by whom.

The fact distinguishes "none" (an empty tuple) from "unknown" (None), so the editor
pairs a three-way answer (是 / 否 / 不知道) with a model/view table of the measures.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cases.model import fuzzy, fuzzy_text, labels
from cases.model.domain import Action, ActionBy, ActionKind
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.model.fuzzy_text import YearContext
from desktop import fields
from desktop.flow_row import FlowRow

_Index = QModelIndex | QPersistentModelIndex


class ActionsModel(QAbstractTableModel):
    """A thin table adapter over a tuple of ``cases.model.domain.Action``: kind, time, who.

    Signals:
        actions_edited(object): a cell was edited; the new tuple of actions.
        problem_changed(str): why the last typed time was refused, or "".
    """

    actions_edited = Signal(object)
    problem_changed = Signal(str)

    KIND, AT, BY = 0, 1, 2

    def __init__(self, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._actions: tuple[Action, ...] = ()
        self._incident_date: FuzzyDate | None = None
        self._years = YearContext.of(None, dt.date.today())
        self._verdicts: tuple[str, ...] = ()

    def actions(self) -> tuple[Action, ...]:
        return self._actions

    def set_years(self, years: YearContext) -> None:
        """The year of a time typed without one (``3月5日晚上``)."""
        self._years = years

    def set_verdicts(self, verdicts: tuple[str, ...]) -> None:
        """Whether each measure's time is precise enough, in words ("": nothing to say).

        The words come from the core (``cases.analysis.relevance.precision_verdict``)
        and follow the time's precision in its tooltip.
        """
        if verdicts == self._verdicts:
            return
        self._verdicts = verdicts
        if self._actions:
            last = len(self._actions) - 1
            self.dataChanged.emit(
                self.index(0, self.AT), self.index(last, self.AT), [Qt.ItemDataRole.ToolTipRole]
            )

    def set_actions(self, actions: tuple[Action, ...], incident_date: FuzzyDate | None) -> None:
        """Show these actions (no edit is announced)."""
        self._incident_date = incident_date
        if actions == self._actions:
            return
        self.beginResetModel()
        self._actions = actions
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel::headerData."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Measure"),
                self.tr("When (empty = unknown)"),
                self.tr("Taken by"),
            )[section]
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        if index.column() == self.KIND:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return labels.action_label(action.kind, self._lang)
            if role == Qt.ItemDataRole.EditRole:
                return action.kind.value
            return None
        if index.column() == self.BY:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return labels.pick(labels.ACTION_BY[action.by.value], self._lang)
            if role == Qt.ItemDataRole.EditRole:
                return action.by.value
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Don't know") if action.at is None else action.at.shown
        if role == Qt.ItemDataRole.EditRole:
            return "" if action.at is None else action.at.shown
        if role == Qt.ItemDataRole.ForegroundRole and self._early(action):
            return Qt.GlobalColor.red
        if role == Qt.ItemDataRole.ToolTipRole and self._early(action):
            return self.tr("This measure is dated before the content was posted.")
        if role == Qt.ItemDataRole.ToolTipRole and action.at is not None:
            # How precise the time is, and whether that is precise enough.
            row = index.row()
            verdict = self._verdicts[row] if row < len(self._verdicts) else ""
            return fuzzy_text.describe(action.at, self._lang) + verdict
        return None

    def _early(self, action: Action) -> bool:
        return (
            action.at is not None
            and self._incident_date is not None
            and fuzzy.date_before(action.at.date, self._incident_date) is True
        )

    def early_rows(self) -> list[int]:
        """Rows whose measure is dated before the incident (shown as a problem)."""
        return [i for i, a in enumerate(self._actions) if self._early(a)]

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractItemModel::setData: a kind value or a typed time."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        action = self._actions[row]
        if index.column() == self.KIND:
            try:
                new = dataclasses.replace(action, kind=ActionKind(value))
            except ValueError:
                return False
        elif index.column() == self.BY:
            try:
                new = dataclasses.replace(action, by=ActionBy(value))
            except ValueError:
                return False
        else:
            text = str(value or "").strip()
            if not text:
                new = dataclasses.replace(action, at=None)
            else:
                try:
                    at = fields.read_typed(
                        self._read_time,
                        text,
                        self._lang,
                        lambda: self.tr("This time is in the future."),
                    )
                except ValueError as error:
                    self.problem_changed.emit(str(error))
                    return False
                assert isinstance(at, FuzzyTime)
                new = dataclasses.replace(action, at=at)
        self.problem_changed.emit("")
        self._actions = (*self._actions[:row], new, *self._actions[row + 1 :])
        self.dataChanged.emit(index, index)
        self.actions_edited.emit(self._actions)
        return True

    def _read_time(self, text: str) -> fuzzy_text.Reading:
        return fuzzy_text.parse_time(text, self._years)

    def append(self, action: Action) -> None:
        """Add a measure at the end (announced as an edit)."""
        row = len(self._actions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._actions = (*self._actions, action)
        self.endInsertRows()
        self.actions_edited.emit(self._actions)

    def remove(self, row: int) -> None:
        """Remove one measure (announced as an edit)."""
        if not 0 <= row < len(self._actions):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._actions = self._actions[:row] + self._actions[row + 1 :]
        self.endRemoveRows()
        self.actions_edited.emit(self._actions)


KIND_ORDER = (
    ActionKind.WARNED,
    ActionKind.DELETED_MESSAGE,
    ActionKind.REMINDED_GROUP,
    ActionKind.REMOVED_POSTER,
    ActionKind.REPORTED_PLATFORM,
    ActionKind.REPORTED_AUTHORITY,
    ActionKind.DISSOLVED_GROUP,
)
"""The measures as offered: the soft ones, then the strong ones."""


class _KindDelegate(QStyledItemDelegate):
    """Edits a measure's kind with a combo box of the core's names."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def choices(self) -> list[tuple[str, str]]:
        """The combo box's (text, value) pairs, in order."""
        return [(labels.action_label(kind, self._lang), kind.value) for kind in KIND_ORDER]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """Override QStyledItemDelegate::createEditor."""
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        for text, value in self.choices():
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Override QStyledItemDelegate::setEditorData."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        """Override QStyledItemDelegate::setModelData."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _ByDelegate(_KindDelegate):
    """Edits who took a measure: the person analysed (此人) or another manager."""

    def choices(self) -> list[tuple[str, str]]:
        """The combo box's (text, value) pairs, in order."""
        return [(labels.pick(labels.ACTION_BY[by.value], self._lang), by.value) for by in ActionBy]


class ActionsEditor(QWidget):
    """Whether measures were taken (是 / 否 / 不知道) and, if so, which and when.

    Choosing 是 with no measure listed yet leaves the fact unknown until one is added.

    Signals:
        value_edited(object): the new tuple of actions, () for none, None for unknown.
        problem_changed(str): a problem with a typed time, or "".
    """

    value_edited = Signal(object)
    problem_changed = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actions_editor")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.any = fields.TriStateChoice("actions_any", self)
        layout.addWidget(self.any)
        # The buttons sit above the table, and the table is always there at one height
        # (it scrolls its own rows): adding a measure never moves the button aimed at.
        buttons = FlowRow(self)  # stacked when the pane is narrow (a large font)
        self.add_button = QPushButton(self.tr("Add a measure"), self)
        self.add_button.setObjectName("add_action")
        self.remove_button = QPushButton(self.tr("Remove the selected measure"), self)
        self.remove_button.setObjectName("remove_action")
        self.add_button.setAccessibleName(self.add_button.text())
        self.remove_button.setAccessibleName(self.remove_button.text())
        buttons.add(self.add_button)
        buttons.add(self.remove_button)
        layout.addWidget(buttons)
        self.model = ActionsModel(lang, self)
        self.table = QTableView(self)
        self.table.setObjectName("actions")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ActionsModel.KIND, _KindDelegate(lang, self.table))
        self.table.setItemDelegateForColumn(ActionsModel.BY, _ByDelegate(lang, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setFixedHeight(self.table.fontMetrics().height() * 8)
        layout.addWidget(self.table)
        self._hint = QLabel(
            self.tr(
                "Double-click a cell or press F2 to change the measure, type its time or "
                "say who took it."
            ),
            self,
        )
        self._hint.setWordWrap(True)
        layout.addWidget(self._hint)
        self._pending_yes = False
        self._connect_signals()
        self._sync_enabled()

    def _connect_signals(self) -> None:
        self.any.value_edited.connect(self._on_any_edited)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.model.actions_edited.connect(self._on_actions_edited)
        self.model.problem_changed.connect(self.problem_changed)

    def setAccessibleName(self, name: str) -> None:
        """Override QWidget::setAccessibleName: name the parts too."""
        super().setAccessibleName(name)
        self.any.setAccessibleName(name)
        self.table.setAccessibleName(name)

    def forget_pending(self) -> None:
        """Forget a 是 not yet followed by a measure (another case is shown)."""
        self._pending_yes = False

    def value(self) -> tuple[Action, ...] | None:
        if self.any.value() is None or (self._pending_yes and not self.model.actions()):
            return None
        return self.model.actions() if self.any.value() else ()

    def set_value(self, value: tuple[Action, ...] | None, incident_date: FuzzyDate | None) -> None:
        if value is None and self._pending_yes:
            self.model.set_actions((), incident_date)
            return
        self._pending_yes = False
        self.any.set_value(None if value is None else bool(value))
        self.model.set_actions(value or (), incident_date)
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        # Enabled or not, never shown or hidden: the form keeps its layout.
        listing = self.any.value() is True
        self.table.setEnabled(listing)
        self.remove_button.setEnabled(listing and self.model.rowCount() > 0)
        self._hint.setEnabled(listing)

    @Slot(object)
    def _on_any_edited(self, value: bool | None) -> None:
        self._pending_yes = value is True and not self.model.actions()
        self._sync_enabled()
        self.value_edited.emit(self.value())

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add_action(ActionKind.WARNED, None)
        # The new measure's time is what the user types next: its cell waits for it
        # (the kind starts as 警告, who took it as 此人; F2 changes them).
        index = self.model.index(self.model.rowCount() - 1, ActionsModel.AT)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def add_action(
        self, kind: ActionKind, at: FuzzyTime | None, by: ActionBy = ActionBy.SELF
    ) -> None:
        """Add a measure as the user would with the Add button and the cells."""
        self._pending_yes = False
        self.any.set_value(True)
        self._sync_enabled()
        self.model.append(Action(kind, at, by))
        row = self.model.rowCount() - 1
        self.table.setCurrentIndex(self.model.index(row, 0))

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.model.remove(self.table.currentIndex().row())

    @Slot(object)
    def _on_actions_edited(self, actions: tuple[Action, ...]) -> None:
        self._pending_yes = not actions
        self._sync_enabled()
        self.value_edited.emit(self.value())

    def focus_row(self, row: int) -> None:
        """Put the keyboard focus on one measure's time."""
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(row, ActionsModel.AT))
