"""Files and folders only their owner may read: what the app writes is the volunteer's alone.

Cases, exports, reports, backups, the store's lock file (process ID, host name) and
the settings (the volunteer's name) all get mode 0600, and every folder the app
creates 0700. The modes are set explicitly after creation, because the umask
(which may be 000, or 022 where everyone can read) would otherwise decide them.
Folders that already exist are left as they are: they may be shared on purpose.
On Windows nothing is changed (the user profile's access rules apply).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700

_POSIX = os.name == "posix"


def make_private(path: str | os.PathLike[str]) -> None:
    """Give an existing file mode 0600 (POSIX; no-op elsewhere).

    Raises:
        OSError: the file is missing or its mode cannot be changed.
    """
    if _POSIX:
        os.chmod(path, FILE_MODE)


def make_private_fd(fd: int) -> None:
    """Give an open file mode 0600 (POSIX; no-op elsewhere), before anything is written."""
    if _POSIX:
        os.fchmod(fd, FILE_MODE)


def make_folders(folder: str | os.PathLike[str]) -> None:
    """Create a folder and its missing parents, each 0700 whatever the umask.

    Folders that exist already are not changed.

    Raises:
        NotADirectoryError: the path (or a parent) is a file.
        OSError: a folder cannot be created (read-only parent, full disk).
    """
    target = Path(folder)
    missing: list[Path] = []
    current = target
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if path.is_dir():
                continue  # made by another process meanwhile: not ours to change
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path)) from None
        if _POSIX:
            os.chmod(path, FOLDER_MODE)
