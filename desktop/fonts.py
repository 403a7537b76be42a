"""The bundled Chinese font (WenQuanYi Micro Hei), so Chinese renders on any machine."""

from __future__ import annotations

import functools

from PySide6.QtGui import QFontDatabase

from cases import resources

BUNDLED_FONT = "fonts/wqy-microhei.ttc"
# The .ttc holds a proportional and a monospaced face; the interface wants the first.
_PREFERRED_FAMILY = "WenQuanYi Micro Hei"


@functools.cache
def register_bundled_font() -> str:
    """Add the bundled font to the application's font database (once).

    A QGuiApplication must exist. Registering is cached, so calling this again (for
    example from several windows or tests) does not add the file twice.

    Returns:
        The family name to use as the default font or as a fallback
        (``"WenQuanYi Micro Hei"``), or ``""`` if the file could not be loaded; the
        app then keeps the system fonts.
    """
    font_id = QFontDatabase.addApplicationFont(str(resources.path(BUNDLED_FONT)))
    if font_id < 0:
        return ""
    families = QFontDatabase.applicationFontFamilies(font_id)
    if _PREFERRED_FAMILY in families:
        return _PREFERRED_FAMILY
    return families[0] if families else ""
