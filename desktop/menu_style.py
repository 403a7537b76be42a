"""Menu items wide enough for their whole text, Chinese mnemonics included.

Qt (6.11) elides a menu item's text with ``QFontMetricsF.elidedText`` and the
``TextShowMnemonic`` flag. For a text that mixes Chinese and a Latin mnemonic
(``将案件移到回收站(&T)``) that call still counts the ``&`` as a character, while the
menu sized the item without it: the widest item of a menu then loses its middle
(``将案件移到…站(T)``). Every Chinese action text has such a mnemonic, so the menus
reserve the ``&``'s width for items that have one.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)


class MenuTextStyle(QProxyStyle):
    """The application's style, with room in menu items for the mnemonic marker."""

    def sizeFromContents(
        self,
        ct: QStyle.ContentsType,
        opt: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        """Override QStyle::sizeFromContents: a menu item with ``&`` one ``&`` wider."""
        result = self.baseStyle().sizeFromContents(ct, opt, size, widget)
        if (
            ct == QStyle.ContentsType.CT_MenuItem
            and isinstance(opt, QStyleOptionMenuItem)
            and "&" in opt.text.split("\t", 1)[0]
        ):
            extra = QFontMetricsF(opt.font).horizontalAdvance("&")
            result.setWidth(result.width() + math.ceil(extra))
        return result


def install(app: QApplication) -> None:
    """Give ``app`` the menu text style over its current style (once)."""
    if not isinstance(app.style(), MenuTextStyle):
        style = MenuTextStyle(app.style().name())
        app.setStyle(style)
