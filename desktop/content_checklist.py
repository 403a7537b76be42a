"""The prohibited-content checklist: whether such content was posted, and of which kinds.

The fact distinguishes "none" (an empty tuple) from "unknown" (None), so the editor
pairs a three-way answer (是 / 否 / 不知道) with a checkable model/view list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cases.model import labels
from cases.model.domain import Content
from desktop import fields

_Index = QModelIndex | QPersistentModelIndex


class ContentModel(QAbstractListModel):
    """The nine categories of prohibited content as a checkable list.

    Signals:
        checked_changed(object): the user (un)checked a category; the tuple now checked.
    """

    checked_changed = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._checked: tuple[Content, ...] = ()

    def checked(self) -> tuple[Content, ...]:
        return self._checked

    def set_checked(self, checked: tuple[Content, ...]) -> None:
        if checked != self._checked:
            self._checked = tuple(c for c in Content if c in checked)
            self.dataChanged.emit(self.index(0), self.index(len(Content) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(Content)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        content = list(Content)[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return labels.pick(labels.CONTENT[content.value], self._lang)
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked if content in self._checked else Qt.CheckState.Unchecked
            ).value
        if role == Qt.ItemDataRole.UserRole:
            return content.value
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractItemModel::setData: (un)check a category."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        content = list(Content)[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        on = state == Qt.CheckState.Checked
        rest = tuple(c for c in self._checked if c is not content)
        self._checked = tuple(c for c in Content if c in rest or (on and c is content))
        self.dataChanged.emit(index, index)
        self.checked_changed.emit(self._checked)
        return True


class _KindsList(QListView):
    """The list of kinds, every kind in view: none hides below the fold, unseen and unticked.

    (A six-line list showed 侮辱或者诽谤他人, the commonest kind in group chats, only
    after scrolling the list itself.) Its height follows the font.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # A narrow pane (a large font) adds a sideways scroll bar: room for it too.
        self.horizontalScrollBar().rangeChanged.connect(self._on_sideways_range_changed)

    @Slot(int, int)
    def _on_sideways_range_changed(self, _minimum: int, _maximum: int) -> None:
        self.updateGeometry()

    def _rows_height(self) -> int:
        model = self.model()
        rows = 0 if model is None else model.rowCount()
        height = sum(self.sizeHintForRow(row) for row in range(rows))
        sideways = self.horizontalScrollBar()
        if sideways.maximum() > 0:
            height += sideways.sizeHint().height()
        return height + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        """Override QAbstractScrollArea::sizeHint: as tall as all its rows."""
        return QSize(super().sizeHint().width(), self._rows_height())

    def minimumSizeHint(self) -> QSize:
        """Override QAbstractScrollArea::minimumSizeHint: as tall as all its rows."""
        return QSize(super().minimumSizeHint().width(), self._rows_height())


class ContentEditor(QWidget):
    """Whether prohibited content was posted (是 / 否 / 不知道) and of which kinds.

    The list of kinds is always shown, every kind in view (the form does not move
    when 是 is chosen), and ticking a kind answers 是 by itself.

    Signals:
        value_edited(object): the tuple of categories, () for none, None for unknown.
    """

    value_edited = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("content")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.any = fields.TriStateChoice("content_any", self)
        layout.addWidget(self.any)
        self.model = ContentModel(lang, self)
        self.list = _KindsList(self)
        self.list.setObjectName("content_kinds")
        self.list.setModel(self.model)
        layout.addWidget(self.list)
        self._hint = QLabel(self.tr("Tick every kind that applies."), self)
        self._hint.setWordWrap(True)
        layout.addWidget(self._hint)
        self._pending_yes = False
        self.any.value_edited.connect(self._on_any_edited)
        self.model.checked_changed.connect(self._on_checked_changed)

    def setAccessibleName(self, name: str) -> None:
        """Override QWidget::setAccessibleName: name the parts too."""
        super().setAccessibleName(name)
        self.any.setAccessibleName(name)
        self.list.setAccessibleName(name)

    def forget_pending(self) -> None:
        """Forget a 是 not yet followed by a category (another case is shown)."""
        self._pending_yes = False

    def value(self) -> tuple[Content, ...] | None:
        answer = self.any.value()
        if answer is None:
            return None
        if answer is False:
            return ()
        return self.model.checked() or None

    def set_value(self, value: tuple[Content, ...] | None) -> None:
        if value is None and self._pending_yes:
            return
        self._pending_yes = False
        self.any.set_value(None if value is None else bool(value))
        self.model.set_checked(value or ())

    def set_kind(self, content: Content, checked: bool) -> None:
        """Tick or untick a kind as the user would (tests)."""
        if checked and self.any.value() is not True:
            self.any.button(True).click()
        row = list(Content).index(content)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row), state.value, Qt.ItemDataRole.CheckStateRole)

    @Slot(object)
    def _on_any_edited(self, value: bool | None) -> None:
        self._pending_yes = value is True and not self.model.checked()
        self.value_edited.emit(self.value())

    @Slot(object)
    def _on_checked_changed(self, checked: tuple[Content, ...]) -> None:
        if checked and self.any.value() is not True:
            self.any.set_value(True)  # ticking a kind says that such content was posted
        self._pending_yes = not checked
        self.value_edited.emit(self.value())
