"""Is a case store open in a window? Read the window's lock file without Qt.

The window claims its store with a ``QLockFile`` beside it (``cases.sqlite3.lock``,
see ``desktop/instance.py``) and keeps a copy of the open case that it saves a moment
after each edit. A command that deletes, restores or replaces cases while that
window is open would be undone by the window's next save (or, for a restored
backup, the window would go on saving into the store that was set aside). The
command line asks here first and declines.

How a live holder is recognised, without Qt and without touching the file:

* POSIX: Qt holds a ``flock`` on the lock file for as long as the window runs; the
  kernel drops it when the process ends, even in a crash. A shared ``flock`` that
  cannot be had means a live holder.
* Windows: Qt keeps the file open and shares it for reading only, so opening it for
  writing fails while the window runs.

A lock file left behind by a crash is therefore not a holder. Where ``flock`` is not
available (some network folders), the process named in the file is looked up on this
computer; a lock written on another computer counts as held, since this one cannot
tell (the message names the lock file, the way out when that computer crashed).
"""

from __future__ import annotations

import os
from pathlib import Path

LOCK_SUFFIX = ".lock"


def lock_path(store_path: Path) -> Path:
    """The lock file of a store: beside it, with ``.lock`` added to its name."""
    return store_path.with_name(store_path.name + LOCK_SUFFIX)


def held_by_window(store_path: Path) -> bool:
    """True if a running window of this app holds the store's lock file."""
    path = lock_path(store_path)
    flags = os.O_WRONLY if os.name == "nt" else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return False
    except PermissionError:
        # Windows: the window's open handle shares the file for reading only. POSIX:
        # a lock file this user may not read; the app makes it owner-only, so someone
        # else's window it must be.
        return True
    except OSError:
        return False  # not a file at all: opening the store will say what is wrong
    try:
        if os.name == "nt":
            return False
        return _flocked(fd, path)
    finally:
        os.close(fd)


def _flocked(fd: int, path: Path) -> bool:
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return _named_process_alive(path)  # no flock here (e.g. a network folder)
    fcntl.flock(fd, fcntl.LOCK_UN)
    return False


def _named_process_alive(path: Path) -> bool:
    """Qt's lock file names its process: ``pid``, application, host name, one a line."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
        host = lines[2] if len(lines) > 2 else ""
    except (OSError, ValueError, IndexError):
        return False  # being written or damaged: nothing to go on
    import socket

    if host and host != socket.gethostname():
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)  # POSIX only (on Windows this would end the process)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    except OSError:
        return False
    return True
