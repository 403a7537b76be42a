"""Qt values as plain ints, for the code that runs before the window's first frame.

PySide builds the whole ``Qt`` namespace — 93 Python enums with about 1,200
members — the first time any part of it is touched: ``from PySide6.QtCore import
Qt``, a Python model's ``headerData`` (its orientation argument), ``setPen``,
``setBrush``, ``addDockWidget``, ``setShortcut``… That costs 25–40 ms on an
ordinary laptop, a fifth of a bare PySide6 window's whole start, and the
start-up target (``python -m bench.gui``) has no room for it.

So the modules on the first frame's path (``desktop.app``, ``desktop.mainwindow``,
``desktop.caselist`` and what they import) reach ``Qt`` only through
``QtCore.Qt`` in code that runs after the first frame, and use these ints where
the first frame needs a Qt value. ``tests/gui/test_first_frame.py`` starts the
real application and fails, naming the line, if the ``Qt`` namespace exists by its
first frame; it also checks each value here against Qt's own.
"""

from __future__ import annotations

DISPLAY_ROLE = 0
"""Qt.ItemDataRole.DisplayRole"""

TOOLTIP_ROLE = 3
"""Qt.ItemDataRole.ToolTipRole"""

TEXT_ALIGNMENT_ROLE = 7
"""Qt.ItemDataRole.TextAlignmentRole"""

BACKGROUND_ROLE = 8
"""Qt.ItemDataRole.BackgroundRole"""

FOREGROUND_ROLE = 9
"""Qt.ItemDataRole.ForegroundRole"""

ACCESSIBLE_TEXT_ROLE = 11
"""Qt.ItemDataRole.AccessibleTextRole"""

USER_ROLE = 256
"""Qt.ItemDataRole.UserRole"""

ALIGN_CENTER = 0x84
"""Qt.AlignmentFlag.AlignCenter (horizontally and vertically)"""
