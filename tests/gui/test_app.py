"""Starting the app: flags, a case file argument, and a bad file shown calmly."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import app, dialogs, i18n, instance
from desktop.mainwindow import MainWindow

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "02-one-to-one-insult.json"
)


def _run(monkeypatch, tmp_path, *argv, while_open=None):
    """Run app.main; ``while_open(window)`` is called in place of the event loop."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(dialogs.FirstRunNotice, "ask", classmethod(lambda cls, parent: True))
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs.Problem, "show", classmethod(lambda cls, p, text, d="": shown.append(text))
    )
    windows: list[MainWindow] = []

    def exec_(*_args) -> int:
        # Visible: closed windows of earlier tests may still be top-level widgets.
        windows.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in windows:
            if while_open is not None:
                while_open(window)
            window.close()
            for translator in window.translators:
                QApplication.instance().removeTranslator(translator)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    installed: list = []

    def install(application, language):
        new = real_install(application, language)
        installed.extend(new)
        return new

    real_install = i18n.install_translators
    monkeypatch.setattr(i18n, "install_translators", install)
    try:
        status = app.main(["--db", str(tmp_path / "cases.sqlite3"), *argv])
    finally:
        # A start that ends before its window exists leaves its translators behind.
        for translator in installed:
            QApplication.instance().removeTranslator(translator)
    return status, shown, windows


def test_case_file_argument_is_imported_and_opened(monkeypatch, tmp_path):
    status, shown, windows = _run(monkeypatch, tmp_path, "--lang", "en", str(EXAMPLE))
    assert status == 0
    assert not shown
    window = windows[-1]
    assert window.lang() == "en"
    assert window.analysis().outcome.value == "PRIVATE_SPACE"


def test_bad_case_file_gives_a_message_not_a_traceback(monkeypatch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "nope"}))
    status, shown, _windows = _run(monkeypatch, tmp_path, str(bad))
    assert status == 0
    assert len(shown) == 1
    assert "bad.json" in shown[0]


def test_a_second_start_on_the_same_store_is_turned_away(monkeypatch, tmp_path):
    store = tmp_path / "cases.sqlite3"
    first = instance.StoreLock.acquire(store)
    assert first is not None
    assert first.holds()
    try:
        status, shown, windows = _run(monkeypatch, tmp_path, "--lang", "en")
    finally:
        first.release()
    assert status == 1
    assert windows == []
    assert len(shown) == 1
    assert "already open in another window" in shown[0]
    assert str(store) in shown[0]
    assert str(instance.lock_path(store)) in shown[0]  # the way out after a crash elsewhere
    assert not store.exists()  # the refused start did not even create the store


def test_the_store_lock_is_given_up_when_the_app_ends(monkeypatch, tmp_path):
    status, shown, windows = _run(monkeypatch, tmp_path)
    assert (status, shown, len(windows)) == (0, [], 1)
    assert not instance.lock_path(tmp_path / "cases.sqlite3").exists()
    again = instance.StoreLock.acquire(tmp_path / "cases.sqlite3")
    assert again is not None
    assert again.holds()
    again.release()


def test_plain_command_lines_read_as_argparse_reads_them():
    # The start-up fast path (app._parse_plain) must agree with argparse wherever it
    # answers, and leave everything else (help, mistakes, oddities) to argparse.
    lines = [
        [],
        ["--db", "a.sqlite3"],
        ["--db=a.sqlite3"],
        ["--db=a=b.sqlite3"],
        ["--lang", "en"],
        ["--lang=zh"],
        ["case.json"],
        ["a=b.json"],
        ["case.json", "--lang", "en", "--db", "x/y.sqlite3"],
        ["--db", "x.sqlite3", "case.json", "--lang=zh"],
    ]
    for argv in lines:
        plain = app._parse_plain(argv)
        assert plain is not None, argv
        assert plain == app._parser().parse_args(argv), argv
    left_to_argparse = [
        ["-h"],
        ["--help"],
        ["--db"],
        ["--db="],
        ["--db", "--lang", "en"],
        ["--lang", "fr"],
        ["--la", "en"],
        ["--lang", "en", "--lang", "zh"],
        ["a.json", "b.json"],
        ["--", "-odd.json"],
        ["-"],
        ["--version"],
    ]
    for argv in left_to_argparse:
        assert app._parse_plain(argv) is None, argv


def test_a_wrong_flag_gets_argparse_s_message(capsys):
    with pytest.raises(SystemExit) as stop:
        app.parse_args(["--lang", "fr"])
    assert stop.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_garbage_collection_waits_for_the_window_and_always_resumes(monkeypatch, tmp_path, qtbot):
    # Collection is off while the start makes its long-lived objects, back on once the
    # window is complete, and back on after every way out of main().
    seen: list[tuple[str, bool]] = []

    def while_open(window: MainWindow) -> None:
        seen.append(("shown", gc.isenabled()))
        qtbot.waitUntil(window.is_complete)
        seen.append(("complete", gc.isenabled()))

    assert gc.isenabled()
    status, shown, windows = _run(monkeypatch, tmp_path, while_open=while_open)
    assert (status, shown, len(windows)) == (0, [], 1)
    assert seen == [("shown", False), ("complete", True)]
    assert gc.isenabled()

    # A start turned away before any window exists.
    lock = instance.StoreLock.acquire(tmp_path / "cases.sqlite3")
    assert lock is not None
    try:
        status, _shown, windows = _run(monkeypatch, tmp_path)
    finally:
        lock.release()
    assert (status, windows) == (1, [])
    assert gc.isenabled()
