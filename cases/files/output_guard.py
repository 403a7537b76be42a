"""Refuse an output path that would destroy something: the store, a database, the input, a folder.

Every writer of the app (case-file export, PDF, backup — on the command line and in
the window) replaces its target whole: it writes a temporary file and renames it
over the target. Given the wrong path, that silently turns the case store into a
JSON file or a PDF. :func:`check_output` is the one guard they all call first. It
refuses:

* the store in use, and its ``-wal``, ``-shm``, ``-journal``, ``.lock`` and ``.writers``
  files;
* any SQLite database (another store, a backup) and those side files of one, and a
  write-ahead log on its own;
* a file the command is reading (``analyze case.json --pdf case.json``);
* a folder, and anything else that is not a regular file (a device, a pipe).

Paths are compared both by their resolved real path (so ``./x``, ``..`` and
symbolic links do not get past) and, where both exist, by ``os.path.samefile``
(so a hard link does not either).
"""

from __future__ import annotations

import enum
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass

from cases.files.side_files import SIDE_SUFFIXES

StrPath = str | os.PathLike[str]


_SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (bytes.fromhex("377f0682"), bytes.fromhex("377f0683"))


class Reason(enum.StrEnum):
    """Why an output path was refused."""

    STORE = "store"
    DATABASE = "database"
    INPUT = "input"
    DIRECTORY = "directory"
    NOT_A_FILE = "not_a_file"


_MESSAGES: dict[Reason, tuple[str, str]] = {
    Reason.STORE: (
        "这是正在使用的案件库（或它的 -wal、-shm、-journal 或锁文件）；写到这里会毁掉保存的案件",
        "that is the case store in use (or its -wal, -shm, -journal or lock file); "
        "writing there would destroy the saved cases",
    ),
    Reason.DATABASE: (
        "这是一个 SQLite 数据库（另一个案件库或一份备份？）或它的附属文件，不会被覆盖；"
        "要替换旧备份，请先删除它",
        "that is an SQLite database (another case store or a backup?) or one of its side "
        "files, and it is not overwritten; to replace an old backup, delete it first",
    ),
    Reason.INPUT: (
        "这是本命令正在读取的文件，输出不能写到它上面",
        "that is the file this command is reading; the output cannot replace it",
    ),
    Reason.DIRECTORY: ("这是一个文件夹，不是文件", "that is a folder, not a file"),
    Reason.NOT_A_FILE: (
        "这不是普通文件（设备、管道或套接字），不能写到这里",
        "that is not a regular file (a device, pipe or socket); nothing can be written there",
    ),
}


@dataclass(frozen=True, eq=False)
class RefusedOutputError(Exception):
    """An output path that the app will not write to; nothing was written.

    Attributes:
        path: the path as the user gave it.
        reason: why it was refused.
    """

    path: str
    reason: Reason

    def text(self, lang: str = "zh") -> str:
        """The user-facing message: the file, why not, and that nothing was written."""
        zh, en = _MESSAGES[self.reason]
        if lang == "zh":
            return f"{self.path}：{zh}。请换一个文件名。什么都没有写入。"
        return f"{self.path}: {en}. Choose another file name. Nothing was written."

    def __str__(self) -> str:
        """The English message (for logs and exceptions)."""
        return self.text("en")


def _real(path: StrPath) -> str:
    return os.path.normcase(os.path.realpath(path))


def _same(a: StrPath, b: StrPath) -> bool:
    """True if two paths name one file: by resolved path, or by samefile when both exist."""
    if _real(a) == _real(b):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _header(path: StrPath) -> bytes:
    """The first bytes of a regular file, or b"" when it is absent or unreadable."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_SQLITE_MAGIC))
    except (OSError, ValueError):
        return b""


def is_database(path: StrPath) -> bool:
    """True if the file holds an SQLite database or a write-ahead log of one."""
    header = _header(path)
    return header.startswith(_SQLITE_MAGIC) or header[:4] in _WAL_MAGICS


def _side_of(path: StrPath) -> str | None:
    """The database a side file name belongs to (``x.sqlite3-wal`` → ``x.sqlite3``), if any."""
    name = os.fspath(path)
    for suffix in SIDE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return None


def check_output(
    path: StrPath, *, store: StrPath | None = None, inputs: Iterable[StrPath] = ()
) -> None:
    """Refuse an output path that must not be replaced; return quietly otherwise.

    Args:
        path: where the output would be written.
        store: the case store in use, if the command has one (it need not exist yet).
        inputs: the files the command reads.

    Raises:
        RefusedOutputError: the path is the store or one of its side files, an SQLite
            database or a side file of one, one of ``inputs``, a folder, or not a
            regular file.
    """
    name = os.fspath(path)
    if store is not None:
        for suffix in ("", *SIDE_SUFFIXES):
            side = f"{os.fspath(store)}{suffix}"
            if _same(path, side) or _real(path) == _real(store) + os.path.normcase(suffix):
                raise RefusedOutputError(name, Reason.STORE)
    for source in inputs:
        if _same(path, source):
            raise RefusedOutputError(name, Reason.INPUT)
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        mode = None  # absent (or a dangling link): nothing there to destroy
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise RefusedOutputError(name, Reason.DIRECTORY)
        if not stat.S_ISREG(mode):
            raise RefusedOutputError(name, Reason.NOT_A_FILE)
        if is_database(path):
            raise RefusedOutputError(name, Reason.DATABASE)
    for candidate in (name, os.path.realpath(path)):
        base = _side_of(candidate)
        if base is not None and is_database(base):
            raise RefusedOutputError(name, Reason.DATABASE)
