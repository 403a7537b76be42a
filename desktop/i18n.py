"""Installs the interface translators: Qt's own catalogue and the app's, per language.

One pattern across the window: every text of the interface is an English source
string through ``self.tr()`` (``QCoreApplication.translate(context, …)`` outside a
class), and the catalogues give it in Chinese and in English. A widget is built in
the language installed; on a switch the window installs the new translators and
builds its panels again, and tells each widget that outlives the switch (the law
browser, the misreadings page) through its ``set_language(lang)``, which applies its
``tr()`` texts again (its ``_retranslate()``) and its own-language data. Nothing
waits for ``QEvent.LanguageChange``.

``tools/translations.py`` writes the ``.ts``/``.qm`` files under
resources/translations; this module only loads what is there. The PySide6 wheel
ships ``qtbase_zh_CN.qm`` (standard buttons, dialogs); its ``qt_zh_CN.qm`` is a meta
catalogue whose other modules are not in the wheel, so it only serves as a fallback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from cases.files import resources

LANGUAGES = ("zh", "en")
_QT_CATALOGUES = {"zh": ("qtbase_zh_CN", "qt_zh_CN"), "en": ()}
_APP_CATALOGUES = {"zh": "translations/app_zh_CN.qm", "en": "translations/app_en.qm"}


def _load_qt(language: str, parent: QCoreApplication) -> QTranslator | None:
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in _QT_CATALOGUES[language]:
        translator = QTranslator(parent)
        if translator.load(name, directory):
            return translator
        translator.deleteLater()
    return None


def _load_app(language: str, parent: QCoreApplication) -> QTranslator | None:
    file = resources.path(_APP_CATALOGUES[language])
    if not file.is_file():
        return None
    translator = QTranslator(parent)
    if translator.load(str(file)):
        return translator
    translator.deleteLater()
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for a language.

    Qt's catalogue is installed first and the app's last, so the app's strings win
    (the most recently installed translator is searched first).

    Args:
        app: the application (it also becomes the translators' parent).
        language: ``"zh"`` or ``"en"``; anything else is treated as ``"zh"``, the
            app's default.

    Returns:
        The installed translators; keep the list, to remove them when switching.
    """
    if language not in LANGUAGES:
        language = "zh"
    installed = []
    for translator in (_load_qt(language, app), _load_app(language, app)):
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def switch_language(
    app: QCoreApplication, old: list[QTranslator], language: str
) -> list[QTranslator]:
    """Remove the translators installed before and install those of a new language.

    The window then shows itself in the new language (see the module's docstring).

    Returns:
        The new translators (the old ones are removed and scheduled for deletion).
    """
    for translator in old:
        app.removeTranslator(translator)
        translator.deleteLater()
    return install_translators(app, language)
