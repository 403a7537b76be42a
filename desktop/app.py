"""Start the window: ``python main.py [--db PATH] [--lang zh|en] [CASE.json]``."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

NOTICE_KEY = "notice/accepted"
ORGANIZATION = "qunzhu-analyzer"
APPLICATION = "qunzhu-analyzer"


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The window's command line: ``db``, ``lang`` and ``case`` (each None if not given)."""
    plain = _parse_plain(argv)
    return plain if plain is not None else _parser().parse_args(argv)


def _parse_plain(argv: list[str]) -> argparse.Namespace | None:
    """The usual command lines, read without building argparse's parser.

    Building it costs ~5 ms of start-up (its messages' gettext look-up loads the
    ``locale`` module). Anything this does not recognise exactly (help, a mistake, an
    abbreviated or repeated option, a value starting with ``-``) returns None and is
    left to argparse, so every message and every error stays argparse's.
    """
    values: dict[str, str] = {}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if name in ("--db", "--lang"):
            if not equals:
                if not rest:
                    return None
                value = rest.pop(0)
        elif not arg.startswith("-"):
            name, value = "case", arg
        else:
            return None
        if name in values or not value or value.startswith("-"):
            return None
        values[name] = value
    if values.get("--lang", "zh") not in ("zh", "en"):
        return None
    db, case = values.get("--db"), values.get("case")
    return argparse.Namespace(
        db=None if db is None else Path(db),
        lang=values.get("--lang"),
        case=None if case is None else Path(case),
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py", description="群主责任分析 — Group-Owner Liability Analyzer"
    )
    parser.add_argument("--db", type=Path, help="the case store (default: your data folder)")
    parser.add_argument("--lang", choices=("zh", "en"), help="interface language")
    parser.add_argument("case", nargs="?", type=Path, help="a case file to import and open")
    return parser


def main(argv: list[str]) -> int:
    """Run the desktop application; the exit status."""
    # No garbage collection until the window is complete: the start makes tens of
    # thousands of objects that live as long as the app (PySide's types and enums, the
    # modules, the window), and collecting while they are made frees nothing; it was
    # ~3 % of the work before the first frame.
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()


def _run(argv: list[str]) -> int:
    args = parse_args(argv)
    # The store before PySide: once PySide is loaded, its import hook reads the source
    # of every module named in an import statement, the store's many stdlib imports
    # (and theirs) included.
    from cases.store.database import StoreError, default_path
    from desktop import qt_runtime

    missing = qt_runtime.problem()
    if missing is not None:
        print(missing, file=sys.stderr)
        return 1
    # Imported here so that `main.py analyze` never loads Qt.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop import crash, dialogs, fonts, i18n, instance
    from desktop.settings import AppSettings

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    crash.install_excepthook()
    settings = QSettings()
    app_settings = AppSettings.load(settings)
    lang = args.lang or app_settings.language
    family = fonts.register_bundled_font()
    font = app.font()
    if family:
        font.setFamilies([font.family(), family])
    if app_settings.font_point_size:
        font.setPointSize(app_settings.font_point_size)
    # Unhinted outlines, as on macOS: with the usual desktop setting (slight hinting)
    # FreeType's auto-hinter analyses each glyph at its first use, ~3 ms of the first
    # frame for the list's Chinese titles, with no visible difference at interface
    # sizes (the Chinese and the Latin text were compared in screenshots, 3x zoomed).
    font.setHintingPreference(font.HintingPreference.PreferNoHinting)
    app.setFont(font)
    translators = i18n.install_translators(app, lang)

    if settings.value(NOTICE_KEY) not in (True, "true"):
        if not dialogs.FirstRunNotice.ask(None):
            return 0
        settings.setValue(NOTICE_KEY, True)

    store_path = args.db if args.db is not None else default_path()
    lock = instance.StoreLock.acquire(store_path)
    if lock is None:
        dialogs.Problem.show(None, instance.refusal_message(store_path))
        return 1
    try:
        from desktop.mainwindow import MainWindow

        try:
            window = MainWindow(store_path, settings, lang, translators, staged=True)
        except StoreError as error:
            dialogs.Problem.show(None, error.text(lang))
            return 1
        window.workspace_built.connect(gc.enable)
        window.show()
        if args.case is not None:
            window.import_case_file(args.case)
        return app.exec()
    finally:
        lock.release()
