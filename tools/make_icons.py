"""Render the app icon's PNG (the menu entry, Linux and macOS) and ICO (Windows) from its SVG.

Run ``python tools/make_icons.py`` after changing ``packaging/icons/qunzhu-analyzer.svg``;
the results are committed, so a bundle build needs neither Qt's SVG module nor Pillow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
SIZE = 256


def main() -> int:
    """Write qunzhu-analyzer.png and qunzhu-analyzer.ico beside the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "qunzhu-analyzer.svg"))
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    png = ICONS / "qunzhu-analyzer.png"
    if not image.save(str(png)):
        print(f"could not write {png}", file=sys.stderr)
        return 1
    with Image.open(png) as picture:
        picture.save(
            ICONS / "qunzhu-analyzer.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)]
        )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
