"""Write the docs/screenshot-*.png images of the main window on an example case.

screenshot-zh.png and screenshot-en.png: the window in each language;
screenshot-1024-zh.png / -en.png: the same at 1024×768, and screenshot-1024-16pt-zh.png /
-en.png at 1024×768 with a 16 pt font (a small screen, a large font);
screenshot-law-browser-en.png and screenshot-misreadings-en.png: in English with the
law browser (showing a cited article) and the 常见误解 page docked on the right.

Runs headless (``QT_QPA_PLATFORM=offscreen``) at 1366×768 (and 1024×768) with the
bundled font:
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
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QDockWidget, QSplitter

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

        def shot(name: str) -> Path:
            for _ in range(5):
                app.processEvents()
            out = ROOT / "docs" / f"{name}.png"
            window.grab().save(str(out))
            return out

        # The usual screen, then a small one at the usual font and at 16 pt (issue 17).
        for width, points, suffix in (
            (1366, 10, ""),
            (1024, 10, "-1024"),
            (1024, 16, "-1024-16pt"),
        ):
            font.setPointSize(points)
            app.setFont(font)
            for lang in ("zh", "en"):
                window.set_language(lang)
                window.resize(width, 768)
                print(shot(f"screenshot{suffix}-{lang}"))
        font.setPointSize(10)
        app.setFont(font)
        for _ in range(5):  # the panes give up the width 16 pt needed before the next resize
            app.processEvents()
        # English, with the law browser and the misreadings page docked on the right.
        browser = window.law_browser()
        page = window.misreadings()
        page.show_topic("private_space")
        window.law_browser()  # its tab in front: the misreadings page tabs behind it
        cites = [link for link, _text in window.panel.links() if link.startswith("cite:")]
        if cites:
            window.panel.follow(cites[0])
        window.resize(1366, 768)
        window.resizeDocks(
            [window.findChild(QDockWidget, "law_dock")], [500], Qt.Orientation.Horizontal
        )
        splitter = window.findChild(QSplitter, "main_splitter")
        rest = max(splitter.width() - 260, 0) // 2
        splitter.setSizes([260, rest, rest])
        print(shot("screenshot-law-browser-en"), browser.tree.currentIndex().data())
        page.show_topic("owner_answers_for_everything")
        window.misreadings()
        print(shot("screenshot-misreadings-en"))
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
