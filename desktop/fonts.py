"""The bundled Chinese font (WenQuanYi Micro Hei), so Chinese renders on any machine."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

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
