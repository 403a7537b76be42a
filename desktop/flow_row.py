"""A row of buttons that stacks them one under another when it is too narrow for them.

At a large font on a small screen a row of buttons (新建 / 复制 / 删除, or the
measures' 添加 / 删除) is wider than its pane; a plain row then makes the pane (and
everything in it) at least that wide, and the pane's labels are cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

SPACING = 6
"""Pixels between two widgets, side by side or stacked."""


class FlowRow(QWidget):
    """Its widgets side by side when they fit, else one under another (each full width).

    Its minimum width is that of its widest widget; its height follows the width it
    gets (``heightForWidth``), so the layout around it makes room when it stacks.
    The widgets are placed by hand: a layout inside would answer the surrounding
    layout's ``heightForWidth`` in this widget's place.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        """Add a widget at the end of the row."""
        widget.setParent(self)
        widget.installEventFilter(self)
        self._widgets.append(widget)
        self.updateGeometry()

    def _shown(self) -> list[QWidget]:
        return [w for w in self._widgets if not w.isHidden()]

    def _fits(self, width: int) -> bool:
        """Whether the widgets fit side by side in ``width``."""
        return self.sizeHint().width() <= width

    def _height(self, side_by_side: bool) -> int:
        heights = [w.sizeHint().height() for w in self._shown()]
        if not heights:
            return 0
        if side_by_side:
            return max(heights)
        return sum(heights) + SPACING * (len(heights) - 1)

    def minimumSizeHint(self) -> QSize:
        """Override QWidget::minimumSizeHint: the widest widget, stacked."""
        widths = [w.minimumSizeHint().width() for w in self._shown()]
        return QSize(max(widths, default=0), self._height(False))

    def sizeHint(self) -> QSize:
        """Override QWidget::sizeHint: side by side."""
        shown = self._shown()
        width = sum(w.sizeHint().width() for w in shown) + SPACING * max(len(shown) - 1, 0)
        return QSize(width, self._height(True))

    def hasHeightForWidth(self) -> bool:
        """Override QWidget::hasHeightForWidth."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Override QWidget::heightForWidth: one row's height, or the stack's."""
        return self._height(self._fits(width))

    def _place(self, width: int) -> None:
        if self._fits(width):
            x, height = 0, self._height(True)
            for widget in self._shown():
                hint = widget.sizeHint().width()
                widget.setGeometry(x, 0, hint, height)
                x += hint + SPACING
        else:
            y = 0
            for widget in self._shown():
                hint = widget.sizeHint().height()
                widget.setGeometry(0, y, width, hint)
                y += hint + SPACING

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: side by side or stacked, as the width allows."""
        self._place(event.size().width())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: a widget shown or hidden changes the row."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.FontChange):
            self.updateGeometry()
            self._place(self.width())
        return False
