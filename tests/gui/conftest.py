"""GUI test fixtures: a real main window on a temporary store and settings file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.mainwindow import MainWindow


@pytest.fixture
def catalogue(qapp) -> Iterator[Callable[[str], list[QTranslator]]]:
    """Install a language's translators for one test (each call adds; all removed after)."""
    installed: list[QTranslator] = []

    def install(lang: str) -> list[QTranslator]:
        installed.extend(i18n.install_translators(qapp, lang))
        return installed

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def zh_catalogue(catalogue) -> None:
    """The Chinese catalogue installed, as the app installs it (the sources are English)."""
    catalogue("zh")


@pytest.fixture
def app_font(qapp) -> Iterator[Callable[[int], None]]:
    """Set the application's font size for one test (0: the system's); put back after."""
    saved = QFont(qapp.font())

    def set_points(points: int) -> None:
        font = QFont(saved)
        if points:
            font.setPointSize(points)
        qapp.setFont(font)

    yield set_points
    qapp.setFont(saved)


@pytest.fixture
def make_main_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:
    """Build main windows on ``tmp_path`` (same store each call); close them all after.

    Keyword arguments go to ``MainWindow``; ``store`` picks another store file name.
    """
    windows: list[MainWindow] = []
    before = set(QApplication.topLevelWidgets())

    def make(store: str = "cases.sqlite3", **kwargs) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store_path=tmp_path / store, settings=settings, **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    app = QApplication.instance()
    for window in windows:
        window.close()
        for translator in window.translators:
            app.removeTranslator(translator)
    for widget in QApplication.topLevelWidgets():
        if widget not in before and not widget.isHidden() and widget not in windows:
            pytest.fail(f"leaked top-level widget: {widget!r}")
