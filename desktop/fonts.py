"""The interface font: the bundled Chinese font (WenQuanYi Micro Hei), and its size.

The bundled font makes Chinese render on any machine; the size is the user's
setting, or the system's own size when they chose 系统默认.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from cases.files import resources

BUNDLED_FONT = "fonts/wqy-microhei.ttf"
_registered: list[str] = []


def register_bundled_font() -> str:
    """Add the bundled font to the application's font database (once).

    A QGuiApplication must exist. A successful registration is remembered, so calling
    this again (for example from several windows or tests) does not add the file twice;
    a failure is not, so a later call can still succeed.

    Returns:
        The family name to use as the default font or as a fallback
        (``"WenQuanYi Micro Hei"``), or ``""`` if the file could not be loaded; the
        app then keeps the system fonts.
    """
    if _registered:
        return _registered[0]
    font_id = QFontDatabase.addApplicationFont(str(resources.path(BUNDLED_FONT)))
    if font_id < 0:
        return ""
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return ""
    family = families[0]  # the file holds one face
    _registered.append(family)
    return family


def system_point_size() -> float:
    """The desktop's own interface font size in points (what 系统默认 means)."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def apply_point_size(app: QGuiApplication, points: int) -> None:
    """Give the whole interface this font size at once; 0 goes back to the system's.

    The application font keeps its families (the bundled font among them); only
    its size changes, so open windows follow without a restart.
    """
    font = app.font()
    font.setPointSizeF(float(points) if points else system_point_size())
    app.setFont(font)
