"""One window per case store: a second start on the same store is turned away.

Two windows on one store would each keep their own copy of the open case and save
it a moment after every edit, so the later save would silently undo the other
window's edits. A volunteer who starts the app twice (a double click too many) gets
a message instead; the first window stays as it was.

The lock is a ``QLockFile`` beside the store (``cases.sqlite3.lock``). It names the
process that holds it (process ID, host name, machine ID), so a lock left behind by
a crash or a power cut is taken over once that process is gone; like every file the
app writes it is made owner-only (0600). The command line (``main.py cases …``) does not
take it: it reads it (``cases/store/lock.py``, without Qt) and declines to delete,
restore or replace cases while a window holds it, with a message that says so. (The
window's open ``CaseStore`` also holds the store-wide writer lock of
``cases/store/lock.py``, as every process with the store open does; that one keeps
such commands out of any store in use, window or not.)
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from cases.files import private_files
from cases.store.lock import lock_path


def refusal_message(store_path: Path) -> str:
    """What a second start on a store already open in another window is told."""
    return (
        QCoreApplication.translate(
            "app",
            "This case store is already open in another window of this app. Switch to "
            "that window: two windows on one store would overwrite each other's edits."
            "\n\nStore: %1\n\nIf no window is using it (for example, the app stopped on "
            "another computer that shares this store), close this message and delete the "
            "lock file: %2",
        )
        .replace("%1", str(store_path))
        .replace("%2", str(lock_path(store_path)))
    )


class StoreLock:
    """This process's claim on one case store, held until ``release`` (or exit)."""

    def __init__(self, lock: QLockFile) -> None:
        self._lock = lock

    @classmethod
    def acquire(cls, store_path: Path) -> StoreLock | None:
        """Claim the store, or None if another running window holds it.

        Anything else that stops the lock file from being written (a read-only
        folder, a full disk) does not stop the app: opening the store then says
        what is wrong in its own words. Such a start goes without a lock and
        returns a ``StoreLock`` that holds nothing.
        """
        path = lock_path(store_path)
        lock = QLockFile(str(path))
        try:
            private_files.make_folders(path.parent)
        except OSError:
            return cls(lock)
        # Only a lock whose process is gone is stale: a window may stay open for days.
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            # Qt creates it as the umask says; it names this process, host and machine.
            with contextlib.suppress(OSError):
                private_files.make_private(path)
            return cls(lock)
        if lock.error() == QLockFile.LockError.LockFailedError:
            return None
        return cls(lock)

    def holds(self) -> bool:
        """True if this process holds the lock file."""
        return self._lock.isLocked()

    def release(self) -> None:
        """Give the store up (the lock file is removed)."""
        if self._lock.isLocked():
            self._lock.unlock()
