"""Check, before Qt starts, that the system libraries its X11 plugin needs are installed.

Without them Qt aborts with "Could not load the Qt platform plugin 'xcb'", which
tells a volunteer nothing. This check names the missing libraries and the Debian /
Ubuntu packages that provide them instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

XCB_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
"""Libraries Qt's xcb platform plugin loads, and the packages that provide them."""


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will pick its X11 (xcb) platform plugin."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return (
        platform.startswith("linux")
        and bool(environ.get("DISPLAY"))
        and not environ.get("WAYLAND_DISPLAY")
    )


def _find_library(name: str) -> str | None:
    bundled = _bundled_library(name)
    if bundled is not None:
        return bundled
    # ctypes.util (and the subprocess module it pulls in) costs ~8 ms of start-up;
    # only an X11 start needs it.
    import ctypes.util

    return ctypes.util.find_library(name)


def _bundled_library(name: str) -> str | None:
    """The library ``lib<name>.so*`` in a standalone bundle's own folder, if it has one.

    A PyInstaller bundle carries the xcb libraries from the machine it was built on
    (``tools/build_bundle.py``) and puts its folder first on the library path; the
    system's search (ldconfig) does not know that folder.
    """
    folder = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or folder is None:
        return None
    from pathlib import Path

    found = sorted(Path(folder).glob(f"lib{name}.so*"))
    return str(found[0]) if found else None


def missing_packages(find: Callable[[str], str | None] = _find_library) -> list[str]:
    """The packages whose libraries cannot be found."""
    return [package for name, package in XCB_LIBRARIES.items() if find(name) is None]


def problem(
    environ: Mapping[str, str] = os.environ,
    find: Callable[[str], str | None] = _find_library,
) -> str | None:
    """A message naming what to install, or None when Qt can start."""
    if not uses_xcb(environ):
        return None
    packages = missing_packages(find)
    if not packages:
        return None
    names = " ".join(packages)
    return (
        "群主责任分析无法打开窗口：缺少 Qt 需要的系统库。\n"
        f"请安装：sudo apt-get install {names}\n"
        "The window cannot open: system libraries that Qt needs are missing.\n"
        f"Install them with: sudo apt-get install {names}\n"
        "(The command line, `python main.py analyze …`, works without them.)"
    )
