"""The pre-start check names missing X11 libraries instead of letting Qt abort."""

from __future__ import annotations

from desktop import qt_runtime


def test_no_check_off_x11():
    assert qt_runtime.problem({"QT_QPA_PLATFORM": "offscreen"}, lambda name: None) is None
    assert not qt_runtime.uses_xcb({}, platform="win32")
    assert not qt_runtime.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux")


def test_missing_libraries_are_named_with_their_packages():
    found = {"xcb-cursor": None, "xcb-icccm": "libxcb-icccm.so.4"}
    message = qt_runtime.problem({"DISPLAY": ":0"}, lambda name: found.get(name, "x.so"))
    assert message is not None
    assert "libxcb-cursor0" in message
    assert "libxcb-icccm4" not in message
    assert "sudo apt-get install" in message


def test_nothing_to_say_when_everything_is_there():
    assert qt_runtime.problem({"QT_QPA_PLATFORM": "xcb"}, lambda name: "lib.so") is None


def test_a_standalone_bundle_finds_the_libraries_it_carries(monkeypatch, tmp_path):
    # A PyInstaller bundle carries the xcb libraries in its own folder (sys._MEIPASS),
    # where the system's library search does not look; the check must not send a
    # volunteer off to install what the bundle already has.
    name = "qunzhu-test-only-library"
    assert qt_runtime._find_library(name) is None
    (tmp_path / f"lib{name}.so.0").write_bytes(b"")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert qt_runtime._find_library(name) == str(tmp_path / f"lib{name}.so.0")


def test_a_bundle_still_looks_on_the_system_for_what_it_does_not_carry(monkeypatch, tmp_path):
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert qt_runtime._find_library("c") is not None
