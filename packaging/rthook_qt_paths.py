"""Run-time hook of the bundle: where Qt's plugins are, found without importing Qt.

It takes the place of PyInstaller's own PySide6 hook, which imports PySide6.QtCore as
the program starts: that loaded Qt for ``analyze`` too (which never needs it) and
switched PySide's import hook on before the app's own imports, which desktop.app
keeps until after the store's (~80 ms of every start). PySide6 makes its Qt
relocatable itself when it is first imported (an embedded qt.conf pointing at its own
folder), so only the plugin path is set here.
"""

import os
import sys

_QT = os.path.join(sys._MEIPASS, "PySide6")
if not sys.platform.startswith("win"):
    _QT = os.path.join(_QT, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_QT, "plugins")
