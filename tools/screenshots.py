"""Write docs/screenshot-zh.png and docs/screenshot-en.png: the main window on an example.

Runs headless (``QT_QPA_PLATFORM=offscreen``) at 1366×768 with the bundled font:
``python tools/screenshots.py [EXAMPLE.json]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    """Take both screenshots; the exit status."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop import fonts, i18n
    from desktop.mainwindow import MainWindow

    example = (
        Path(argv[0]) if argv else ROOT / "resources/examples/07-owners-group-long-insult.json"
    )
    app = QApplication([])
    family = fonts.register_bundled_font()
    font = app.font()
    if family:
        font.setFamilies([family])
    font.setPointSize(10)
    app.setFont(font)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
        translators = i18n.install_translators(app, "zh")
        window = MainWindow(tmp / "cases.sqlite3", settings, "zh", translators)
        window.import_case_file(example)
        window.resize(1366, 768)
        window.show()
        for lang in ("zh", "en"):
            window.set_language(lang)
            window.resize(1366, 768)
            for _ in range(5):
                app.processEvents()
            out = ROOT / "docs" / f"screenshot-{lang}.png"
            window.grab().save(str(out))
            print(out)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
