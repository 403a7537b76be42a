"""Who else has a case store? The store-wide writer lock, and the window's lock file.

Two locks live beside a store ``cases.sqlite3``:

``cases.sqlite3.writers``, the writer lock (``WriterLock``). Every process that has
the store open holds it *shared* for as long as it does: the window for its whole
life, ``cases import`` / ``analyze`` / ``list`` / ``export`` / ``backup`` while they
run. ``cases restore``, ``purge``, ``delete`` and ``undelete`` take it *exclusive*:

* restore moves the store aside; a process that still had it open would go on
  writing into the file set aside (an import reporting success for cases that are
  no longer in the store), and SQLite, closing such a connection, removes the write-
  ahead log by name, which would then be the restored store's;
* purge, delete and undelete change cases a window (or any other process) may hold a
  copy of and save again.

So an exclusive hold is refused at once (after a moment's grace) while anyone else has
the store open, and a process that wants the store while an exclusive holder has it
waits up to ``SHARED_WAIT`` seconds, then gives up; either way nothing is changed.
Readers hold it too: reading an old store while a restore moves it away is harmless,
but its connection's close would still remove the new store's log.

The lock is a ``flock``: the kernel drops it when a process ends, even in a crash.
Each holder appends a line naming itself (process ID, computer, what it is doing) so
that a refusal can say who holds the store; the last holder out removes the file
(under the exclusive lock, and a process that locked a file just removed checks and
tries again), so the folder holds only the store when nobody uses it.
Where the file cannot be created (a read-only folder, in which nobody can write the
store either) or ``flock`` is not available (some network folders), the lock holds
nothing and the store works as before it existed. On Windows there is no ``flock``
either: the lock holds nothing there, the window's lock file (below) still keeps
restore, purge, delete and undelete from a store open in a window, and Windows itself
refuses to move a store file another process has open, so a restore then fails with
"cannot be written" and changes nothing; purge, delete and undelete are not kept
from a store another command has open.

``cases.sqlite3.lock``, the window's lock file. The window claims its store with a
``QLockFile`` (see ``desktop/instance.py``) so that a second window on the same store
is turned away, and the command line reads it here to say "close the window" rather
than "another process". How a live holder is recognised, without Qt and without
touching the file:

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

import contextlib
import errno
import os
import time
from dataclasses import dataclass
from pathlib import Path

from cases.files import private_files
from cases.files.side_files import LOCK_SUFFIX, WRITERS_SUFFIX

SHARED_WAIT = 5.0
"""Seconds a process waits for a store held exclusively (SQLite's own busy timeout)."""
EXCLUSIVE_WAIT = 1.0
"""Seconds an exclusive hold waits for other holders (e.g. a ``cases list``) to finish."""
_POLL = 0.05


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


# --------------------------------------------------------------------------- writer lock


def writers_path(store_path: Path) -> Path:
    """The writer lock of a store: beside it, with ``.writers`` added to its name."""
    return store_path.with_name(store_path.name + WRITERS_SUFFIX)


@dataclass(frozen=True, slots=True)
class Holder:
    """A process that holds (or held) a store's writer lock, as it wrote itself down.

    Attributes:
        pid: its process ID.
        host: the computer it runs on.
        purpose: what it does, e.g. "cases import" ("" if it did not say).
    """

    pid: int
    host: str
    purpose: str


class WritersBusy(Exception):  # noqa: N818 (a state, not a bug: the caller words it)
    """The writer lock cannot be had: another process holds it.

    Attributes:
        holders: the live processes named in the lock file (may be empty: a holder on
            a computer that did not write itself down, or one that is just starting).
    """

    def __init__(self, holders: tuple[Holder, ...]) -> None:
        """Say who holds the lock."""
        super().__init__(", ".join(f"{h.pid}@{h.host} {h.purpose}" for h in holders))
        self.holders = holders


class WriterLock:
    """This process's hold on one store's writer lock, until ``release``.

    Attributes:
        path: the lock file.
        exclusive: True for an exclusive hold.
    """

    def __init__(self, path: Path, fd: int | None, exclusive: bool) -> None:
        """Wrap a locked descriptor (None: a lock that holds nothing); use ``acquire``."""
        self.path = path
        self.exclusive = exclusive
        self._fd = fd

    @classmethod
    def acquire(cls, store_path: Path, *, exclusive: bool, purpose: str = "") -> WriterLock:
        """Hold the store's writer lock, shared or exclusive.

        A shared hold waits up to ``SHARED_WAIT`` seconds for an exclusive holder, an
        exclusive one up to ``EXCLUSIVE_WAIT`` seconds for every other holder. Where
        the lock cannot work (see the module docstring) the lock returned holds
        nothing.

        Raises:
            WritersBusy: another process still holds it after the wait.
        """
        path = writers_path(store_path)
        if os.name == "nt":
            return cls(path, None, exclusive)
        import fcntl

        deadline = time.monotonic() + (EXCLUSIVE_WAIT if exclusive else SHARED_WAIT)
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        while True:
            fd = _open_lock_file(path)
            if fd is None:
                return cls(path, None, exclusive)
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                if time.monotonic() >= deadline:
                    raise WritersBusy(holders(store_path)) from None
                time.sleep(_POLL)
                continue
            except OSError:
                os.close(fd)  # no flock here (e.g. a network folder): hold nothing
                return cls(path, None, exclusive)
            if _still_there(fd, path):
                break
            os.close(fd)  # its last holder removed it meanwhile: lock the new one
        _write_down(fd, exclusive, purpose)
        return cls(path, fd, exclusive)

    def holds(self) -> bool:
        """True if this process holds the lock (False for one that holds nothing)."""
        return self._fd is not None

    def release(self) -> None:
        """Let the lock go (idempotent); the last holder out removes the file."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        import fcntl

        try:
            with contextlib.suppress(OSError):
                # Nobody else holds it: remove it. (A failed upgrade drops the shared
                # hold on some systems; it is being let go anyway.)
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                if _still_there(fd, self.path):
                    self.path.unlink()
        finally:
            os.close(fd)


def _open_lock_file(path: Path) -> int | None:
    """Open (creating, owner-only) the lock file; None where it cannot be had."""
    flags = os.O_RDWR | os.O_CREAT | os.O_APPEND
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as error:
        if error.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            return None  # e.g. no such folder: opening the store says what is wrong
    else:
        with contextlib.suppress(OSError):  # 0600 whatever the umask (it names the process)
            private_files.make_private_fd(fd)
        return fd
    try:
        # A read-only folder: nobody can create the lock file, but one left there
        # can still be locked (flock needs no write access).
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


def _still_there(fd: int, path: Path) -> bool:
    """True if ``fd`` is still the file at ``path`` (not removed by its last holder)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _write_down(fd: int, exclusive: bool, purpose: str) -> None:
    """Add this process's line to the lock file (an exclusive holder starts it afresh)."""
    line = f"{os.getpid()}\t{os.uname().nodename}\t{purpose.replace(chr(10), ' ')}\n"
    with contextlib.suppress(OSError):  # a read-only file, a full disk: unnamed, still held
        if exclusive:
            os.ftruncate(fd, 0)
        os.write(fd, line.encode("utf-8", errors="replace"))


def holders(store_path: Path) -> tuple[Holder, ...]:
    """The processes named in the store's writer lock file that are still running.

    A line of a process gone from this computer is left out; a line written on another
    computer is kept (this one cannot tell).
    """
    try:
        text = writers_path(store_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    here = os.uname().nodename if os.name != "nt" else ""
    found: list[Holder] = []
    for line in text.splitlines():
        pid_text, _, rest = line.partition("\t")
        host, _, purpose = rest.partition("\t")
        try:
            holder = Holder(int(pid_text), host, purpose.strip())
        except ValueError:
            continue  # a line being written, or damaged
        if holder in found or holder.pid <= 0:
            continue
        if holder.host == here and not _alive(holder.pid):
            continue
        found.append(holder)
    return tuple(found)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # POSIX only (holders() is not reached on Windows)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # alive, owned by another user
    return True
