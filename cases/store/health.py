"""How healthy a case store file is, in plain words: the checks behind ``cases check``.

``check(path)`` reads the store without changing it and never creates one. It runs
SQLite's own ``PRAGMA integrity_check`` (every page, every index against its
table), checks both search indexes against the text they index (FTS5's
``integrity-check``, run in a transaction that is rolled back), the links between
tables (``PRAGMA foreign_key_check``), and that every case's text and facts can
be read back (valid UTF-8 and valid JSON). A damaged store is a *result* — a
``StoreHealth`` listing the problems, with advice — not an error; a path that holds
no store, another program's file or a store of a newer version raises the
``StoreError`` that opening it would.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from cases.store import database
from cases.store import search as store_search

SHOWN_DETAILS = 5
"""At most this many details of one kind of problem are listed in the text."""


class Kind(enum.Enum):
    """What kind of damage a problem is (its plain words are in ``KIND_TEXT``)."""

    PAGES = "pages"
    SEARCH_INDEX = "search_index"
    LINKS = "links"
    CASE_TEXT = "case_text"


KIND_TEXT: dict[Kind, tuple[str, str]] = {
    Kind.PAGES: (
        "文件的页面已损坏（磁盘出错，或复制、同步时中断）",
        "pages of the file are damaged (a disk error, or a copy or sync cut short)",
    ),
    Kind.SEARCH_INDEX: (
        "搜索索引与案件内容不一致（搜索结果可能不对）",
        "a search index does not match the cases (searches may give wrong results)",
    ),
    Kind.LINKS: (
        "有分析记录或标签属于不存在的案件",
        "analysis records or tags belong to cases that do not exist",
    ),
    Kind.CASE_TEXT: (
        "有案件的内容无法读出",
        "the contents of some cases cannot be read",
    ),
}


class Problem(NamedTuple):
    """One thing found wrong.

    Attributes:
        kind: what kind of damage.
        detail: the finding, in SQLite's words or ours (English, technical).
    """

    kind: Kind
    detail: str


@dataclass(frozen=True)
class StoreHealth:
    """What ``check`` found.

    Attributes:
        path: the store file.
        problems: what is wrong; empty when the store is healthy.
        cases: the live cases (None when the store is damaged).
        in_trash: the cases in the trash (None when the store is damaged).
    """

    path: str
    problems: tuple[Problem, ...] = ()
    cases: int | None = None
    in_trash: int | None = None

    @property
    def healthy(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems

    def text(self, lang: str = "zh") -> str:
        """The report in plain words: healthy or damaged, what was found, what to do."""
        zh = lang == "zh"
        if self.healthy:
            if zh:
                return f"案件库完好：{self.path}\n共 {self.cases} 个案件，回收站中 {self.in_trash} 个。"
            return (
                f"The case store is healthy: {self.path}\n"
                f"{self.cases} case(s), {self.in_trash} in the trash."
            )
        lines = [
            f"案件库已损坏：{self.path}" if zh else f"The case store is damaged: {self.path}",
            "发现的问题：" if zh else "Problems found:",
        ]
        for kind in Kind:
            details = [p.detail for p in self.problems if p.kind is kind]
            if not details:
                continue
            lines.append(f"  - {KIND_TEXT[kind][0 if zh else 1]}{'：' if zh else ':'}")
            lines += [f"      {detail}" for detail in details[:SHOWN_DETAILS]]
            if len(details) > SHOWN_DETAILS:
                more = len(details) - SHOWN_DETAILS
                lines.append(f"      ……另有 {more} 处" if zh else f"      … and {more} more")
        lines += _ADVICE[0] if zh else _ADVICE[1]
        return "\n".join(lines)

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """The result as JSON data, with the report's text in ``message``."""
        return {
            "store": self.path,
            "healthy": self.healthy,
            "cases": self.cases,
            "in_trash": self.in_trash,
            "problems": [{"kind": p.kind.value, "detail": p.detail} for p in self.problems],
            "message": self.text(lang),
        }


_ADVICE = (
    [
        "建议：不要再往这个案件库里保存或导入案件。",
        "  - 用 cases restore 备份文件 从最近的备份恢复（当前案件库会被保留在一旁，"
        "文件名以 .before-restore-时间 结尾）；",
        "  - 或者用 --db 路径 在别处新建案件库；仍能打开的案件可以用 cases export "
        "导出，再用 cases import 导入新案件库。",
    ],
    [
        "What to do: do not save or import more cases into this store.",
        "  - Restore your latest backup with `cases restore BACKUP` (the current store "
        "is kept aside as <name>.before-restore-<time>);",
        "  - or start a new store elsewhere with --db PATH; cases that still open can be "
        "copied over with `cases export` and `cases import`.",
    ],
)


def check(path: Path) -> StoreHealth:
    """Check the store at ``path`` without changing it.

    Raises:
        MissingFileError: no store there (none is created).
        ForeignFileError: the file is not a case store (an empty one included).
        TooNewStoreError: written by a newer version of the app.
        UnwritableStoreError, StoreBusyError: the file cannot be read just now
            (``StoreHeldError``: a restore, purge, delete or undelete has it).
    """
    path = Path(path)
    try:
        present = database.inspect_file(path)
    except database.CorruptStoreError as error:
        return StoreHealth(str(path), (Problem(Kind.PAGES, error.detail or "damaged"),))
    if not present:
        if path.exists():
            raise database.ForeignFileError(str(path), "empty file")
        raise database.MissingFileError(str(path))
    # Held shared, as every reader holds it: not while a restore moves the store.
    lock = database._hold(path, False, "cases check")
    try:
        return _check_open(path)
    finally:
        lock.release()


def _check_open(path: Path) -> StoreHealth:
    """``check`` of a store that is there, once its writer lock is held."""
    with _connection(path) as (conn, writable):
        problems: list[Problem] = []
        try:
            database._check_tables(conn, path)
            if database._user_version(conn) > database.SCHEMA_VERSION:
                raise database.TooNewStoreError(
                    str(path), f"version {database._user_version(conn)}"
                )
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema")}
            if not {"cases", "case_tags"} <= names:
                raise database.CorruptStoreError(str(path), "tables missing: cases, case_tags")
        except sqlite3.Error as error:
            return StoreHealth(str(path), (Problem(Kind.PAGES, _corrupt(error, path)),))
        except database.CorruptStoreError as error:
            return StoreHealth(str(path), (Problem(Kind.PAGES, error.detail),))
        steps: list[tuple[Kind, Callable[[sqlite3.Connection], list[str]]]] = [
            (Kind.PAGES, database.integrity_problems),
            (Kind.LINKS, _links),
            (Kind.CASE_TEXT, functools.partial(_text, analyses="analyses" in names)),
        ]
        if writable:  # FTS5's check is an INSERT: it needs a connection that may write
            tables = ("cases_fts", store_search.GRAMS_TABLE)
            steps += [(Kind.SEARCH_INDEX, _search_index(t, path)) for t in tables if t in names]
        for kind, step in steps:
            try:
                problems += [Problem(kind, detail) for detail in step(conn)]
            except sqlite3.Error as error:
                problems.append(Problem(kind, _corrupt(error, path)))
        if problems:
            return StoreHealth(str(path), tuple(problems))
        live, trash = conn.execute(
            "SELECT count(*) FILTER (WHERE deleted_at IS NULL),"
            " count(*) FILTER (WHERE deleted_at IS NOT NULL) FROM cases"
        ).fetchone()
        return StoreHealth(str(path), (), live, trash)


@contextlib.contextmanager
def _connection(path: Path) -> Iterator[tuple[sqlite3.Connection, bool]]:
    """A connection to the store and whether it may write (it never does).

    Read-write where the file and its folder are writable, as every other command
    opens it, so SQLite removes the -wal and -shm it makes when it closes; else
    read-only (a backup on a read-only medium).
    """
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    try:
        conn = database._connect(path, "rw" if writable else "ro")
    except sqlite3.Error as error:
        raise database._env_error(error, path) or database.UnwritableStoreError(
            str(path), str(error)
        ) from None
    try:
        yield conn, writable
    finally:
        conn.close()


def _corrupt(error: sqlite3.Error, path: Path) -> str:
    """The problem ``error`` reports, or re-raise it when it is no sign of damage."""
    env = database._env_error(error, path)
    if isinstance(env, database.CorruptStoreError | database.ForeignFileError):
        return str(error)
    raise env or error


def _links(conn: sqlite3.Connection) -> list[str]:
    return [
        f"{table} row {rowid}: refers to a missing row of {parent}"
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
    ]


def _text(conn: sqlite3.Connection, analyses: bool) -> list[str]:
    """Every case's title, notes, tags and facts read back as text, facts as JSON.

    Args:
        conn: the connection.
        analyses: the store has the ``analyses`` table (version 2 on) to check too.
    """
    problems = []
    for (case_id,) in conn.execute("SELECT id FROM cases WHERE NOT json_valid(facts) ORDER BY id"):
        problems.append(f"case #{case_id}: its facts are not valid JSON")
    records = conn.execute(
        "SELECT id FROM analyses WHERE NOT (json_valid(missing) AND json_valid(settings)"
        " AND json_valid(incident)) ORDER BY id"
        if analyses
        else "SELECT 0 WHERE 0"
    )
    for (record_id,) in records:
        problems.append(f"analysis record {record_id}: not valid JSON")
    rows = conn.execute(
        "SELECT id, CAST(title AS BLOB), CAST(notes AS BLOB), CAST(facts AS BLOB) FROM cases"
        " UNION ALL SELECT case_id, CAST(tag AS BLOB), NULL, NULL FROM case_tags ORDER BY 1"
    )
    for case_id, *fields in rows:
        try:
            for field in fields:
                if field is not None:
                    field.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"case #{case_id}: its text is not valid UTF-8")
    return problems


def _search_index(table: str, path: Path) -> Callable[[sqlite3.Connection], list[str]]:
    """The check that the FTS5 index ``table`` matches the text it indexes."""

    def check_index(conn: sqlite3.Connection) -> list[str]:
        conn.execute("BEGIN")
        try:
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            return [f"{table}: {_corrupt(error, path)}"]
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        return []

    return check_index
