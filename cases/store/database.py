"""The local case store: one owner-only SQLite file holding cases, tags, names and analyses.

Published API (the GUI builds on it; everything here is Qt-free):

* ``CaseStore.open(path=None)`` opens or creates the store (``default_path()`` when
  no path is given) and migrates it forward; use it as a context manager.
* ``create`` / ``get`` / ``update`` / ``duplicate`` / ``delete`` (to the trash) /
  ``restore`` (from the trash) / ``purge`` (only from the trash; leaves no trace).
* ``save`` writes a case's facts and their analysis in one transaction (what the
  window's autosave calls; the search indexes only when the text changed).
* ``save_analysis`` / ``analyse`` record an analysis; ``history`` lists every
  recorded analysis of a case, oldest first; ``changes`` says what changed between
  consecutive ones and why (ruleset, settings or facts). The records they return
  (``StoredCase``, ``AnalysisRecord``, ``AnalysisChange``) and ``compare`` live in
  ``cases.store.records``.
* ``list`` / ``count`` with a ``ListQuery`` (full-text search, filters, sort, paging).
* ``import_file`` (all-or-nothing per file; refuses a damaged store) / ``export`` (atomic).
* ``backup`` (consistent while open, verified, refuses a damaged store) /
  ``CaseStore.restore_backup`` (validates first, keeps the replaced store aside).
  ``cases.store.health.check`` says whether a store is damaged.
* ``data_version`` tells whether another process changed the store meanwhile.
* An open store holds the store-wide writer lock (``cases.store.lock``), shared;
  ``open(exclusive=True)`` (purge, delete, undelete from the command line) and
  ``restore_backup`` hold it alone and are refused while another process has the
  store open (``StoreHeldError``, or ``StoreInUseError`` for a window).

Times are ISO 8601 strings in UTC with microseconds, e.g.
``2026-11-28T09:30:00.123456+00:00``; they sort as text. ``incident_date`` is the
case's own local civil date as the case format writes it: ``YYYY-MM-DD``, or
``YYYY-MM`` / ``YYYY`` when only the month or year is known (as text these sort by
first day, a year before its months). Case IDs are integers that are never
reused, even after a purge.

Every failure of the environment (a corrupt, foreign or too-new file, a read-only
folder, a full disk, a store busy in another program, an unknown case ID) raises a
``StoreError`` subclass with a user-facing ``.text(lang)``; the file is left as it
was and no half-written case remains. Any other exception is a bug.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import datetime as dt
import functools
import itertools
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple

from cases.files import private_files
from cases.rules.assumptions import DEFAULT_SETTINGS, Settings
from cases.store import search as store_search
from cases.store.columns import SORT_COLUMNS
from cases.store.json_columns import json_text, json_value
from cases.store.lock import Holder, WriterLock, WritersBusy, held_by_window, lock_path

if TYPE_CHECKING:
    from cases.model.domain import Case, Incident
    from cases.rules.results import Analysis
    from cases.store.records import AnalysisChange, AnalysisRecord, Parties, StoredCase

# The case model, the engine, the analysis (law texts, explanations) and the
# case-file reader are imported where they are used: opening the store and listing
# cases need none of them, and the window's first paint waits for what it imports.

APP_NAME = "qunzhu-analyzer"
STORE_FILE_NAME = "cases.sqlite3"
SCHEMA_VERSION = 6
"""The ``PRAGMA user_version`` this code writes; older stores are migrated on open."""

Progress = Callable[[int, int], None]
"""A migration's progress report: ``(done, total)`` rows, from ``(0, total)`` to the end."""
APPLICATION_ID = 0x515A4353
"""``PRAGMA application_id`` ("QZCS"): tells our stores from other SQLite files."""


# --------------------------------------------------------------------------- errors


@dataclass(eq=False)  # not frozen: contextlib sets __traceback__ when re-raising
class StoreError(Exception):
    """A failure of the environment or of the user's input, with a message for the user.

    Attributes:
        path: the file concerned (the store, a backup or a case file).
        detail: a technical detail (e.g. SQLite's own message), or "".
    """

    path: str
    detail: str = ""

    def text(self, lang: str = "zh") -> str:
        """The user-facing message: what is wrong, the file, and a way forward."""
        zh, en = self._message()
        message = zh if lang == "zh" else en
        if self.detail:
            message += f"（{self.detail}）" if lang == "zh" else f" ({self.detail})"
        return message

    def _message(self) -> tuple[str, str]:
        return (f"案件库出错：{self.path}", f"case store error: {self.path}")

    def __str__(self) -> str:
        """The English message (for logs)."""
        return self.text("en")


_WAY_FORWARD = (
    "该文件未被改动。可用 --db 路径 在别处新建案件库，或用 cases restore 从备份恢复。",
    "The file was left untouched. Start a new store elsewhere with --db PATH, "
    "or restore a backup with `cases restore`.",
)


class ForeignFileError(StoreError):
    """The file is not a case store (another app's database, random bytes, a folder)."""

    def _message(self) -> tuple[str, str]:
        return (
            f"{self.path}：不是本应用的案件库。{_WAY_FORWARD[0]}",
            f"{self.path}: not a case store of this app. {_WAY_FORWARD[1]}",
        )


class CorruptStoreError(StoreError):
    """The file is a damaged case store."""

    def _message(self) -> tuple[str, str]:
        return (
            f"{self.path}：案件库已损坏。{_WAY_FORWARD[0]}",
            f"{self.path}: the case store is damaged. {_WAY_FORWARD[1]}",
        )


@dataclass(eq=False)
class DamagedStoreBackupError(CorruptStoreError):
    """A backup was refused: the store is damaged, so its copy was damaged too.

    Attributes:
        dest: the backup file that was not written (a file already there is kept).
    """

    dest: str = ""

    def _message(self) -> tuple[str, str]:
        return (
            f"{self.path}：案件库已损坏，备份未写入 {self.dest}（那里如有旧文件，保持原样）。"
            "请运行 cases check 查看详情；可用 cases restore 从较早的备份恢复，"
            "或用 --db 路径 在别处新建案件库。",
            f"{self.path}: the case store is damaged, so no backup was written to "
            f"{self.dest} (any file already there is left as it was). Run `cases check` "
            "for details; restore an earlier backup with `cases restore`, or start a new "
            "store elsewhere with --db PATH.",
        )


class TooNewStoreError(StoreError):
    """The store was written by a newer version of the app."""

    def _message(self) -> tuple[str, str]:
        return (
            f"{self.path}：案件库由更新版本的应用写入，本版本无法打开；请升级应用。{_WAY_FORWARD[0]}",
            f"{self.path}: the case store was written by a newer version of the app; "
            f"please update the app. {_WAY_FORWARD[1]}",
        )


class MissingFileError(StoreError):
    """A file the operation needs (e.g. a backup) does not exist."""

    def _message(self) -> tuple[str, str]:
        return (f"{self.path}：文件不存在", f"{self.path}: no such file")


class UnwritableStoreError(StoreError):
    """The store cannot be written: a read-only folder or file, or an I/O error."""

    def _message(self) -> tuple[str, str]:
        return (
            f"{self.path}：无法写入（文件夹或文件只读，或读写出错）；什么都没有保存，已保存的案件未受影响",
            f"{self.path}: cannot be written (read-only folder or file, or an I/O error); "
            "nothing was saved and the saved cases are unaffected",
        )


class DiskFullError(UnwritableStoreError):
    """The disk is full."""

    def _message(self) -> tuple[str, str]:
        return (
            f"{self.path}：磁盘已满；什么都没有保存，已保存的案件未受影响。请腾出空间后重试",
            f"{self.path}: the disk is full; nothing was saved and the saved cases are "
            "unaffected. Free some space and try again",
        )


@dataclass(eq=False)
class RefusedTargetError(UnwritableStoreError):
    """An export or backup target that must not be replaced (``cases.files.output_guard``).

    Attributes:
        reason: the ``output_guard.Reason`` value: the store itself, another
            database, a folder...
    """

    reason: str = "store"

    def _message(self) -> tuple[str, str]:
        from cases.files import output_guard

        refusal = output_guard.RefusedOutputError(self.path, output_guard.Reason(self.reason))
        return (refusal.text("zh"), refusal.text("en"))


def _check_target(path: Path, store: Path) -> None:
    """Refuse an export or backup onto the store, a database or a folder (nothing written)."""
    from cases.files import output_guard

    try:
        output_guard.check_output(path, store=store)
    except output_guard.RefusedOutputError as refusal:
        raise RefusedTargetError(refusal.path, reason=refusal.reason.value) from None


class StoreBusyError(StoreError):
    """Another program holds the store locked."""

    def _message(self) -> tuple[str, str]:
        return (
            f"{self.path}：案件库正被另一个程序占用，请稍后重试",
            f"{self.path}: the case store is busy in another program; try again shortly",
        )


class StoreInUseError(StoreError):
    """A window of this app has the store open; a command that would change it declines."""

    def _message(self) -> tuple[str, str]:
        lock = lock_path(Path(self.path))
        return (
            f"{self.path}：案件库正在本应用的窗口中打开。请先关闭该窗口，再运行此命令；"
            "否则窗口下一次保存时会覆盖此命令所做的改动。什么都没有改动。"
            f"如果并没有窗口在使用它（例如共享此案件库的另一台电脑上的应用异常退出），"
            f"请删除锁文件：{lock}",
            f"{self.path}: the case store is open in a window of this app. Close that "
            "window, then run this command again: the window's next save would otherwise "
            "undo what this command changes. Nothing was changed. If no window is using "
            "it (for example, the app stopped on another computer that shares this "
            f"store), delete the lock file: {lock}",
        )


@dataclass(eq=False)
class StoreHeldError(StoreBusyError):
    """Another process of this app has the store, so this one cannot have it now.

    Either it has the store open and this command (restore, purge, delete, undelete)
    needs it to itself, or it is such a command and this one waited in vain.

    Attributes:
        holders: the processes named in the store's writer lock (may be empty).
    """

    holders: tuple[Holder, ...] = ()

    def _message(self) -> tuple[str, str]:
        here = os.uname().nodename if os.name != "nt" else ""
        zh, en = [], []
        for h in self.holders:
            where_zh = "" if h.host == here else f"（电脑 {h.host}）"
            where_en = "" if h.host == here else f" on {h.host}"
            zh.append(f"进程 {h.pid}{where_zh}" + (f"：{h.purpose}" if h.purpose else ""))
            en.append(f"process {h.pid}{where_en}" + (f": {h.purpose}" if h.purpose else ""))
        who_zh = "；".join(zh) or "未能得知是哪个进程"
        who_en = "; ".join(en) or "which one could not be told"
        return (
            f"{self.path}：案件库正被本应用的另一个进程使用（{who_zh}）。"
            "请等它结束后再运行此命令。什么都没有改动。",
            f"{self.path}: the case store is in use by another process of this app "
            f"({who_en}). Wait for it to finish, then run this command again. "
            "Nothing was changed.",
        )


@dataclass(eq=False)
class ReadOnlyFolderError(UnwritableStoreError):
    """The store's folder is read-only: its cases can be read, not saved or changed.

    Attributes:
        folder: the read-only folder.
    """

    folder: str = ""

    def _message(self) -> tuple[str, str]:
        return (
            f"{self.path}：无法写入：所在文件夹 {self.folder} 是只读的。"
            "可以查看其中的案件，但不能保存、导入或更改；什么都没有保存，已保存的案件未受影响",
            f"{self.path}: cannot be written: its folder {self.folder} is read-only. "
            "Its cases can be read but not saved, imported or changed; nothing was saved "
            "and the saved cases are unaffected",
        )


@dataclass(eq=False)
class CaseNotFoundError(StoreError):
    """No such case, or it is not in the state the operation needs.

    Attributes:
        case_id: the ID asked for.
        state: "missing" (no such case), "in_trash" (the operation needs a live case)
            or "not_in_trash" (the operation needs a case in the trash).
    """

    case_id: int = 0
    state: str = "missing"

    def _message(self) -> tuple[str, str]:
        if self.state == "in_trash":
            return (
                f"案件 #{self.case_id} 在回收站中（请先恢复）",
                f"case #{self.case_id} is in the trash (restore it first)",
            )
        if self.state == "not_in_trash":
            return (
                f"案件 #{self.case_id} 不在回收站中（只能彻底删除回收站里的案件）",
                f"case #{self.case_id} is not in the trash (only cases in the trash can be purged)",
            )
        return (f"没有编号为 #{self.case_id} 的案件", f"no case #{self.case_id}")


# --------------------------------------------------------------------------- values


class CaseRow(NamedTuple):
    """One row of the case list (every value a str, int or None, ready for a table).

    A named tuple, as the row it is read from: made in a fraction of a frozen
    dataclass's time (~0.7 ms of the window's first frame).

    Attributes:
        id: the case ID.
        title: the title.
        incident_date: ``YYYY-MM-DD`` or None (unknown).
        platform: a ``domain.Platform`` value or None.
        outcome: the latest analysis's outcome or None (never analysed).
        route: its route or None.
        created_at: UTC ISO string.
        updated_at: UTC ISO string.
        deleted_at: UTC ISO string when in the trash, else None.
    """

    id: int
    title: str
    incident_date: str | None
    platform: str | None
    outcome: str | None
    route: str | None
    created_at: str
    updated_at: str
    deleted_at: str | None


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What the case list shows.

    Attributes:
        text: words to find in titles, notes and tags (all must match; any script,
            Chinese included; "" = no text filter).
        outcome: only cases whose latest outcome is this ``Outcome`` value.
        platform: only cases on this ``Platform`` value.
        date_from: only incidents on or after this date (a month or a year that
            may be: one that reaches it).
        date_to: only incidents on or before this date (likewise: one that starts by it).
        trash: list the trash instead of the live cases.
        sort: any ``CaseRow`` field (see ``SORT_COLUMNS``); unknown values are refused.
        descending: sort order; unknown values (None) always come last.
        offset: rows to skip.
        limit: at most this many rows.
    """

    text: str = ""
    outcome: str | None = None
    platform: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    trash: bool = False
    sort: str = "updated_at"
    descending: bool = True
    offset: int = 0
    limit: int = 200


# --------------------------------------------------------------------------- schema

_V1 = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    facts TEXT NOT NULL,
    title TEXT NOT NULL,
    notes TEXT NOT NULL,
    incident_date TEXT,
    platform TEXT,
    outcome TEXT,
    route TEXT,
    analysis TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE case_tags (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) WITHOUT ROWID;
CREATE INDEX cases_updated_at ON cases(deleted_at, updated_at);
CREATE INDEX cases_created_at ON cases(deleted_at, created_at);
CREATE INDEX cases_incident_date ON cases(deleted_at, incident_date);
CREATE INDEX cases_title ON cases(deleted_at, title);
CREATE INDEX cases_platform ON cases(deleted_at, platform);
CREATE INDEX cases_outcome ON cases(deleted_at, outcome);
CREATE INDEX cases_route ON cases(deleted_at, route);
"""
"""Version 1: cases with tags; the latest analysis only, as JSON in ``cases.analysis``.

The list indexes lead with ``deleted_at`` so that "live cases sorted by X" reads the
first rows straight from one index, with no sort of the whole table.
"""

_V2 = """
CREATE TABLE analyses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    analysed_at TEXT NOT NULL,
    analysis_date TEXT NOT NULL,
    outcome TEXT NOT NULL,
    route TEXT,
    missing TEXT NOT NULL,
    ruleset TEXT NOT NULL,
    settings TEXT NOT NULL,
    incident TEXT NOT NULL
);
CREATE INDEX analyses_case ON analyses(case_id, id);
INSERT INTO analyses (case_id, analysed_at, analysis_date, outcome, route, missing, ruleset,
                      settings, incident)
    SELECT id, json_extract(analysis, '$.analysed_at'), json_extract(analysis, '$.analysis_date'),
           json_extract(analysis, '$.outcome'), json_extract(analysis, '$.route'),
           json(json_extract(analysis, '$.missing')), json_extract(analysis, '$.ruleset'),
           json(json_extract(analysis, '$.settings')), json(json_extract(analysis, '$.incident'))
    FROM cases WHERE analysis IS NOT NULL ORDER BY id;
ALTER TABLE cases DROP COLUMN analysis;
"""
"""Version 2: every analysis kept in ``analyses`` (history), moved out of ``cases``."""

_V3 = """
CREATE VIRTUAL TABLE cases_fts USING fts5(title, notes, tags, tokenize = 'trigram');
INSERT INTO cases_fts (rowid, title, notes, tags)
    SELECT id, title, notes,
           coalesce((SELECT group_concat(tag, ' ') FROM case_tags WHERE case_id = cases.id), '')
    FROM cases;
"""
"""Version 3: full-text search over titles, notes and tags (trigram: Chinese works)."""

_V4 = f"""
{store_search.GRAMS_DDL};
CREATE INDEX cases_incident_date_asc ON cases(deleted_at, incident_date IS NULL, incident_date);
CREATE INDEX cases_platform_asc ON cases(deleted_at, platform IS NULL, platform);
CREATE INDEX cases_outcome_asc ON cases(deleted_at, outcome IS NULL, outcome);
CREATE INDEX cases_route_asc ON cases(deleted_at, route IS NULL, route)
"""
"""Version 4: 1- and 2-character search from an index (``cases_grams``, see
``store_search``), and indexes for ascending sorts by nullable columns.

An ascending list puts unknowns last with ``ORDER BY col IS NULL, col, id``; the
``*_asc`` indexes hold exactly that order, so such a page is read from an index
rather than by sorting every case (descending lists use the version-1 indexes).
"""


def _step_0_to_1(conn: sqlite3.Connection, progress: Progress | None) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run_script(conn, _V1)


def _step_1_to_2(conn: sqlite3.Connection, progress: Progress | None) -> None:
    _run_script(conn, _V2)


def _step_2_to_3(conn: sqlite3.Connection, progress: Progress | None) -> None:
    _run_script(conn, _V3)


def _step_3_to_4(conn: sqlite3.Connection, progress: Progress | None) -> None:
    _run_script(conn, _V4)
    rows = conn.execute(
        "SELECT id, title, notes, deleted_at IS NOT NULL,"
        " coalesce((SELECT json_group_array(tag) FROM case_tags WHERE case_id = cases.id), '[]')"
        " FROM cases ORDER BY id"
    )
    conn.executemany(
        f"INSERT INTO {store_search.GRAMS_TABLE} (rowid, grams) VALUES (?, ?)",
        (
            (case_id, store_search.grams([title, notes, *json_value(tags)], bool(in_trash)))
            for case_id, title, notes, in_trash, tags in rows.fetchall()
        ),
    )


_V5 = """
ALTER TABLE analyses ADD COLUMN facts_format INTEGER NOT NULL DEFAULT 2
"""
"""Version 5: facts in case format version 2 (fuzzy dates and times, v2's facts).

``analyses.facts_format`` records the case format the analysed facts were entered
in: 1 for analyses recorded before this version (their facts are rewritten as v2
losslessly, so the history compares like with like), 2 from then on. With
``ruleset`` it says what produced an old analysis.
"""

_MIGRATION_CHUNK = 2000
"""Rows read, converted and written at a time by the version-5 migration."""


def _convert_rows(
    conn: sqlite3.Connection,
    table: str,
    column: str,
    convert: Callable[[str], tuple[Any, ...]],
    update: str,
    report: Callable[[int], None],
) -> None:
    """Rewrite one JSON column of every row of ``table``, a chunk at a time, in id order.

    A row whose text is not UTF-8 JSON of the expected shape is left as it is (the
    store reports it as damaged when it is read, as before); every other row gets
    ``update`` with the values ``convert`` makes of its text, and its id.
    """
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT id, CAST({column} AS BLOB) FROM {table} WHERE id > ? ORDER BY id LIMIT ?",
            (last, _MIGRATION_CHUNK),
        ).fetchall()
        if not rows:
            return
        values = []
        for row_id, raw in rows:
            try:
                values.append((*convert(bytes(raw).decode("utf-8")), row_id))
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                continue  # damaged: kept for the damage report, never guessed at
        conn.executemany(update, values)
        last = rows[-1][0]
        report(len(rows))


def _step_4_to_5(conn: sqlite3.Connection, progress: Progress | None) -> None:
    """Rewrite every case's facts and every analysis's facts in case format version 2.

    Lossless: a version-1 case is a version-2 case with the new facts unknown and
    every measure taken by the person (``domain.case_from_json``); dates and times
    keep their values (years below 1000 written zero-padded, as the app writes them).
    """
    from cases.model import domain

    _run_script(conn, _V5)
    conn.execute("UPDATE analyses SET facts_format = 1")  # all recorded before format 2
    total = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _V5_TABLES)
    done = 0

    def report(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and total:
            progress(done, total)

    if progress is not None and total:
        progress(0, total)

    def case_facts(text: str) -> tuple[Any, ...]:
        case = domain.case_to_json(domain.case_from_json(json_value(text)))
        return (json_text(case), case["incident"]["date"])

    # Analyses of one case mostly record the same facts: each text is converted once.
    @functools.lru_cache(maxsize=4096)
    def analysed_facts(text: str) -> tuple[Any, ...]:
        incident = domain.incident_from_json(json_value(text))
        return (json_text(domain.incident_to_json(incident)),)

    _convert_rows(
        conn,
        "cases",
        "facts",
        case_facts,
        "UPDATE cases SET facts = ?, incident_date = ? WHERE id = ?",
        report,
    )
    _convert_rows(
        conn,
        "analyses",
        "incident",
        analysed_facts,
        "UPDATE analyses SET incident = ? WHERE id = ?",
        report,
    )


_V5_TABLES = ("cases", "analyses")

_V6 = """
ALTER TABLE cases ADD COLUMN poster_name TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN victim_name TEXT NOT NULL DEFAULT ''
"""
"""Version 6: the parties' names (发帖人, 受害人) beside each case.

Kept in the store only: the case format has no place for them, so an exported case
file carries no names (which also protects the people named). Not indexed for
search; a purge erases them with the case's row.
"""


def _step_5_to_6(conn: sqlite3.Connection, progress: Progress | None) -> None:
    _run_script(conn, _V6)


MIGRATIONS: tuple[Callable[[sqlite3.Connection, Progress | None], None], ...] = (
    _step_0_to_1,
    _step_1_to_2,
    _step_2_to_3,
    _step_3_to_4,
    _step_4_to_5,
    _step_5_to_6,
)
"""``MIGRATIONS[n]`` takes a store from version n to n + 1 (inside one transaction).

Each step gets the progress callback; only long steps report through it.
"""
assert len(MIGRATIONS) == SCHEMA_VERSION


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT first; running statement by statement keeps the
    # whole migration inside the caller's transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def migrate(
    conn: sqlite3.Connection, target: int = SCHEMA_VERSION, progress: Progress | None = None
) -> None:
    """Bring a store forward to version ``target`` in one transaction.

    Args:
        conn: the store's connection (autocommit).
        target: the version to reach.
        progress: told ``(done, total)`` rows by a long step (rewriting every case).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _user_version(conn)
        if version == 0:
            progress = None  # a new store is created, not migrated: nothing to report
        for step in MIGRATIONS[version:target]:
            step(conn, progress)
        conn.execute(f"PRAGMA user_version = {max(version, target)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _user_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


# --------------------------------------------------------------------------- helpers

_SQLITE_MAGIC = b"SQLite format 3\x00"
_ENV_CODES: dict[int, type[StoreError]] = {
    3: UnwritableStoreError,  # SQLITE_PERM
    5: StoreBusyError,  # SQLITE_BUSY
    6: StoreBusyError,  # SQLITE_LOCKED
    8: UnwritableStoreError,  # SQLITE_READONLY
    10: UnwritableStoreError,  # SQLITE_IOERR
    11: CorruptStoreError,  # SQLITE_CORRUPT
    13: DiskFullError,  # SQLITE_FULL
    14: UnwritableStoreError,  # SQLITE_CANTOPEN
    15: UnwritableStoreError,  # SQLITE_PROTOCOL
    26: ForeignFileError,  # SQLITE_NOTADB
}
_NULLABLE_SORTS = frozenset({"incident_date", "platform", "outcome", "route", "deleted_at"})
_TAGS_OF_CASE = "SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag"
_ROW_COLUMNS = ", ".join(f"c.{name}" for name in SORT_COLUMNS)
_ANALYSIS_COLUMNS = (
    "id, case_id, analysed_at, analysis_date, outcome, route, missing, ruleset, settings, incident,"
    " facts_format"
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _env_error(error: sqlite3.Error, path: Path) -> StoreError | None:
    """The StoreError for an environment failure, or None for a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        text = str(error).lower()
        if "malformed" in text or "could not decode to utf-8" in text:
            # The second: text whose bytes are not UTF-8 (a damaged page), seen on reading.
            return CorruptStoreError(str(path), str(error))
        if "not a database" in text:
            return ForeignFileError(str(path), str(error))
        return None
    kind = _ENV_CODES.get(code & 0xFF)
    return None if kind is None else kind(str(path), str(error))


def _os_error(error: OSError, path: Path) -> StoreError:
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(str(path), error.strerror or "")
    return UnwritableStoreError(str(path), error.strerror or str(error))


def _uri(path: Path, mode: str) -> str:
    return f"{path.absolute().as_uri()}?mode={mode}"


def _make_private(path: Path) -> None:
    """Give the store and its -wal/-shm/-journal files mode 0600 (POSIX)."""
    if os.name != "posix":
        return
    for name in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(FileNotFoundError):
            if name.stat().st_mode & 0o077:
                name.chmod(0o600)


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, before SQLite opens it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        private_files.make_private_fd(fd)  # 0600 even under an odd umask such as 0277
    finally:
        os.close(fd)


def inspect_file(path: Path) -> bool:
    """Check a file's header, without opening it in SQLite or changing it.

    Returns:
        True when the file exists and holds data, False when it is absent or empty
        (a new store can be made there).

    Raises:
        ForeignFileError: not a case store.
        CorruptStoreError: a damaged case store (e.g. truncated).
        TooNewStoreError: a store of a newer version.
        UnwritableStoreError: the file cannot be read.
    """
    name = str(path)
    try:
        if not path.exists():
            return False
        if not path.is_file():
            raise ForeignFileError(name, "not a file")
        size = path.stat().st_size
        if size == 0:
            return False
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise _os_error(error, path) from None
    if not header.startswith(_SQLITE_MAGIC[: min(len(header), 16)]):
        raise ForeignFileError(name, "not an SQLite database")
    if len(header) < 100:
        raise CorruptStoreError(name, "truncated header")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptStoreError(name, "bad page size")
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise ForeignFileError(name, "another application's SQLite database")
    (user_version,) = struct.unpack(">I", header[60:64])
    if user_version > SCHEMA_VERSION:
        raise TooNewStoreError(name, f"version {user_version} > {SCHEMA_VERSION}")
    wal = Path(f"{path}-wal")
    wal_has_data = wal.exists() and wal.stat().st_size > 0
    if not wal_has_data:
        # With no WAL to replay, the file must hold every page its header counts.
        (pages,) = struct.unpack(">I", header[28:32])
        counter, valid_for = header[24:28], header[92:96]
        if size % page_size or (pages and counter == valid_for and size < pages * page_size):
            raise CorruptStoreError(name, f"truncated ({size} bytes)")
    return True


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong, one finding a line; [] if all is whole."""
    problems = []
    for (row,) in conn.execute("PRAGMA integrity_check"):
        for line in str(row).splitlines():
            # Findings of the main file are headed by this line; we check no other.
            if line.strip() not in ("ok", "", "*** in database main ***"):
                problems.append(line.strip())
    return problems


def _copy_problems(path: Path) -> list[str]:
    """What ``integrity_problems`` finds in a closed file, read-only."""
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, isolation_level=None)
        try:
            return integrity_problems(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if not isinstance(_env_error(error, path), CorruptStoreError | ForeignFileError):
            raise
        return [str(error)]


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    """Reject a file with our header but not our tables (read the schema once)."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema")}
    version = _user_version(conn)
    if version == 0 and names:
        # Our ID but tables of its own and no schema version: not one of our stores (a
        # new store of ours has no table before its first migration).
        raise ForeignFileError(str(path), "tables of its own, no store version")
    needed = {"cases", "case_tags"}
    if version >= 2:
        needed.add("analyses")
    if version >= 3:
        needed.add("cases_fts")
    if version >= 4:
        needed.add(store_search.GRAMS_TABLE)
    if version >= 1 and not needed <= names:
        raise CorruptStoreError(str(path), "tables missing: " + ", ".join(sorted(needed - names)))


def _checked_text(text: str) -> str:
    """``text``, refused before any write if it cannot be stored as UTF-8 (a lone surrogate).

    Raises:
        UnicodeEncodeError: it holds a lone surrogate.
    """
    text.encode("utf-8")
    return text


def _tags(tags: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted({t.strip() for t in tags if t.strip()}))


TAG_SEPARATORS = ",，、;；"
"""Besides white space, what separates tags typed in one line (``split_tags``)."""


def split_tags(text: str) -> tuple[str, ...]:
    """The tags in a line as typed, e.g. ``物业、噪音, 投诉`` → ``("噪音", "投诉", "物业")``.

    Separated by white space, commas (, ，), 、 or semicolons; sorted, each once.
    """
    for separator in TAG_SEPARATORS:
        text = text.replace(separator, " ")
    return _tags(text.split())


def _facts_json(case: Case) -> str:
    from cases.model import domain

    text = json_text(domain.case_to_json(case))
    # Lone surrogates (possible from \\ud800 in JSON) cannot be stored as UTF-8.
    text.encode("utf-8")
    return text


def _incident_json(incident: Incident) -> str:
    from cases.model import domain

    return json_text(domain.incident_to_json(incident))


def _analysis_values(
    analysis: Analysis, incident: str
) -> tuple[str, str | None, str, str, str, str, str]:
    """(outcome, route, missing, ruleset, settings, incident, analysis_date) as stored."""
    return (
        analysis.outcome.value,
        None if analysis.route is None else analysis.route.value,
        json_text(list(analysis.missing)),
        analysis.ruleset,
        json_text(analysis.settings.to_json()),
        incident,
        analysis.analysis_date.isoformat(),
    )


def _case_from_json(text: str) -> Case:
    from cases.model import domain

    return domain.case_from_json(json_value(text))


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fetch_replacing(
    conn: sqlite3.Connection, sql: str, params: Sequence[Any]
) -> tuple[builtins.list[tuple[Any, ...]], builtins.list[int]]:
    """All rows of a query, text that is not UTF-8 read with U+FFFD in its place.

    Returns:
        The rows, and the positions of those that held such text. The usual path is
        sqlite3's own decoding; only a query that meets a bad cell is read again.
    """
    try:
        return conn.execute(sql, params).fetchall(), []
    except sqlite3.OperationalError as error:
        if "decode to utf-8" not in str(error).lower():
            raise
    conn.text_factory = bytes
    try:
        raw = conn.execute(sql, params).fetchall()
    finally:
        conn.text_factory = str
    rows: builtins.list[tuple[Any, ...]] = []
    damaged: builtins.list[int] = []
    for position, row in enumerate(raw):
        values: builtins.list[Any] = []
        for value in row:
            if isinstance(value, bytes):
                try:
                    value = value.decode("utf-8")
                except UnicodeDecodeError:
                    value = value.decode("utf-8", errors="replace")
                    if not damaged or damaged[-1] != position:
                        damaged.append(position)
            values.append(value)
        rows.append(tuple(values))
    return rows, damaged


# --------------------------------------------------------------------------- store


def default_path() -> Path:
    """The store's usual place: ``cases.sqlite3`` in the user's application-data folder."""
    import platformdirs

    folder: Path = platformdirs.user_data_path(APP_NAME, appauthor=False)
    return folder / STORE_FILE_NAME


def _connect(path: Path, mode: str = "rw") -> sqlite3.Connection:
    conn = sqlite3.connect(
        _uri(path, mode), uri=True, isolation_level=None, timeout=5.0, check_same_thread=True
    )
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def _hold(path: Path, exclusive: bool, purpose: str) -> WriterLock:
    """Take the store's writer lock, or say who has the store.

    Raises:
        StoreInUseError: ``exclusive``, and a window of this app has the store open.
        StoreHeldError: another process has it (or holds it exclusively).
    """
    try:
        return WriterLock.acquire(path, exclusive=exclusive, purpose=purpose)
    except WritersBusy as busy:
        if exclusive and held_by_window(path):
            raise StoreInUseError(str(path)) from None
        raise StoreHeldError(str(path), holders=busy.holders) from None


class CaseStore:
    """An open case store. Not thread-safe: use one per thread.

    While open, it holds the store's writer lock (``cases.store.lock``): shared, or
    exclusive when opened with ``exclusive=True``.

    Attributes:
        path: the store file.
        damaged_text: IDs of cases whose stored text was not valid UTF-8 (a bad disk, or
            a tool that wrote bytes as text); ``list``, ``get`` and ``history`` read it
            with U+FFFD in place of the bytes that could not be decoded.
        read_only: True when opened read-only (``for_reading`` and a store that cannot
            be written); every change then raises ``ReadOnlyFolderError`` or
            ``UnwritableStoreError``.
    """

    path: Path

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: WriterLock | None = None,
        read_only: bool = False,
    ) -> None:
        """Wrap an open, migrated connection; use ``CaseStore.open`` instead."""
        self.path = path
        self.read_only = read_only
        self.damaged_text: set[int] = set()
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        exclusive: bool = False,
        for_reading: bool = False,
        purpose: str = "",
        progress: Progress | None = None,
    ) -> CaseStore:
        """Open the store at ``path`` (``default_path()`` if None), creating it if absent.

        A new store file is created readable by its owner only (0600), in a folder
        created 0700. An older store is migrated forward in one transaction.

        Args:
            path: the store file.
            exclusive: hold the store to this process alone (restore, purge, delete,
                undelete): refused while any other process has it open.
            for_reading: the caller only reads: a store that exists but cannot be
                written (a read-only folder or file) is opened read-only, not refused.
            purpose: what this process does, e.g. "cases import": what another process
                refused the store is told holds it.
            progress: told ``(done, total)`` while an older store is migrated (only
                then: not called for a store already up to date).

        Raises:
            ForeignFileError: the file is not a case store (another app's database,
                random bytes, a folder); it is left untouched.
            CorruptStoreError: the file is a damaged case store; left untouched.
            TooNewStoreError: written by a newer version of the app; left untouched.
            UnwritableStoreError: the folder is read-only (``ReadOnlyFolderError``)
                or the disk is full.
            StoreBusyError: another program holds the store locked; another process
                of this app holds it (``StoreHeldError``).
            StoreInUseError: ``exclusive`` and a window of this app has it open.
        """
        path = Path(path) if path is not None else default_path()
        with contextlib.suppress(OSError):  # the lock lives there; errors surface below
            private_files.make_folders(path.parent)
        lock = _hold(path, exclusive, purpose)
        try:
            opened = cls._open_unlocked(path, for_reading, progress)
        except BaseException:
            lock.release()
            raise
        opened._lock = lock
        return opened

    @classmethod
    def _open_unlocked(
        cls, path: Path, for_reading: bool = False, progress: Progress | None = None
    ) -> CaseStore:
        """Open the store (the caller holds its writer lock); see ``open``."""
        try:
            return cls._open_writable(path, progress)
        except UnwritableStoreError as error:
            folder = path.absolute().parent
            if for_reading:
                with contextlib.suppress(StoreError):
                    return cls._open_read_only(path)
            if (
                not isinstance(error, DiskFullError)
                and folder.is_dir()
                and not os.access(folder, os.W_OK)
            ):
                raise ReadOnlyFolderError(str(path), error.detail, folder=str(folder)) from None
            raise

    @classmethod
    def _open_writable(cls, path: Path, progress: Progress | None = None) -> CaseStore:
        created = False
        if not inspect_file(path):
            try:
                private_files.make_folders(path.parent)
                if not path.exists():
                    _create_private_file(path)
                    created = True
            except FileExistsError:
                return cls._open_writable(path, progress)  # another process created it
            except OSError as error:
                raise _os_error(error, path) from None
        try:
            conn = _connect(path)
        except sqlite3.Error as error:
            raise _env_error(error, path) or UnwritableStoreError(str(path), str(error)) from None
        try:
            _check_tables(conn, path)
            if _user_version(conn) > SCHEMA_VERSION:  # the WAL may be newer than the header
                raise TooNewStoreError(str(path), f"version {_user_version(conn)}")
            if _user_version(conn) < SCHEMA_VERSION:
                migrate(conn, progress=progress)
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            # Fail now, not at the first save, when the store cannot be written.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            _make_private(path)
        except BaseException as error:
            conn.close()
            if created:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    with contextlib.suppress(OSError):
                        Path(f"{path}{suffix}").unlink(missing_ok=True)
            if isinstance(error, sqlite3.Error):
                env = _env_error(error, path)
                if env is not None:
                    raise env from None
            raise
        return cls(path, conn)

    @classmethod
    def _open_read_only(cls, path: Path) -> CaseStore:
        """Open an existing, up-to-date store that cannot be written, for reading only.

        SQLite reads a store in WAL mode read-only when it can create the ``-shm``
        file beside it; in a read-only folder it cannot, and the file is opened as
        immutable instead, which is exact as long as no write-ahead log holds changes
        (nobody can write there: a log could not be created).
        """
        if not inspect_file(path):
            raise MissingFileError(str(path))
        wal = Path(f"{path}-wal")
        modes = ["ro"]
        if not (wal.exists() and wal.stat().st_size > 0):
            modes.append("ro&immutable=1")
        for mode in modes:
            try:
                conn = _connect(path, mode)
            except sqlite3.Error:
                continue
            try:
                _check_tables(conn, path)
                if _user_version(conn) != SCHEMA_VERSION:
                    raise UnwritableStoreError(str(path), "needs an upgrade")
            except sqlite3.Error:
                conn.close()
                continue
            except BaseException:
                conn.close()
                raise
            return cls(path, conn, read_only=True)
        raise UnwritableStoreError(str(path), "cannot be read")

    def close(self) -> None:
        """Close the store (idempotent) and let its writer lock go."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                conn.close()
                if not self.read_only:
                    _make_private(self.path)
            finally:
                if self._lock is not None:
                    self._lock.release()

    def __enter__(self) -> CaseStore:
        """Use the store as a context manager."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()

    def data_version(self) -> int:
        """A number that changes when another connection commits a change to the store.

        SQLite's ``PRAGMA data_version``: what this connection writes itself does not
        change it. The window compares it when it becomes active again, to list the
        cases another process (``main.py cases import``…) added meanwhile.
        """
        with self._reading() as conn:
            return int(conn.execute("PRAGMA data_version").fetchone()[0])

    # ---- plumbing

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the case store is closed")
        return self._conn

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._db()
        except sqlite3.Error as error:
            env = _env_error(error, self.path)
            if env is None:
                raise
            raise env from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back whole."""
        if self.read_only:
            folder = self.path.absolute().parent
            if not os.access(folder, os.W_OK):
                raise ReadOnlyFolderError(str(self.path), folder=str(folder))
            raise UnwritableStoreError(str(self.path), "opened read-only")
        with self._reading() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _state(self, conn: sqlite3.Connection, case_id: int) -> str | None:
        """None if the case is absent, else "live" or "in_trash"."""
        row = conn.execute("SELECT deleted_at FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            return None
        return "live" if row[0] is None else "in_trash"

    def _need(self, conn: sqlite3.Connection, case_id: int, state: str) -> None:
        actual = self._state(conn, case_id)
        if actual is None:
            raise CaseNotFoundError(str(self.path), case_id=case_id)
        if actual != state:
            wrong = "in_trash" if state == "live" else "not_in_trash"
            raise CaseNotFoundError(str(self.path), case_id=case_id, state=wrong)

    def _put_grams(
        self, conn: sqlite3.Connection, case_id: int, fields: Sequence[str] | None = None
    ) -> None:
        """Write the case's ``cases_grams`` row (from ``fields`` or from the stored case).

        Args:
            conn: the connection, inside the transaction that changed the case.
            case_id: the case.
            fields: the new live case's title, notes and tags; None rewrites the row of
                a stored case from its title, notes, tags and trash state.
        """
        in_trash = False
        if fields is None:
            title, notes, deleted_at = conn.execute(
                "SELECT title, notes, deleted_at FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
            tags = [r[0] for r in conn.execute(_TAGS_OF_CASE, (case_id,))]
            fields = [title, notes, *tags]
            in_trash = deleted_at is not None
            conn.execute(f"DELETE FROM {store_search.GRAMS_TABLE} WHERE rowid = ?", (case_id,))
        conn.execute(
            f"INSERT INTO {store_search.GRAMS_TABLE} (rowid, grams) VALUES (?, ?)",
            (case_id, store_search.grams(fields, in_trash)),
        )

    def _insert(
        self,
        conn: sqlite3.Connection,
        case: Case,
        tags: tuple[str, ...],
        now: str,
        facts: str | None = None,
        parties: Parties | None = None,
    ) -> int:
        inc = case.incident
        cursor = conn.execute(
            "INSERT INTO cases (facts, title, notes, incident_date, platform, created_at,"
            " updated_at, poster_name, victim_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                facts or _facts_json(case),
                case.title,
                case.notes,
                None if inc.date is None else str(inc.date),
                None if inc.platform is None else inc.platform.value,
                now,
                now,
                "" if parties is None else _checked_text(parties.poster),
                "" if parties is None else _checked_text(parties.victim),
            ),
        )
        case_id = cursor.lastrowid
        assert case_id is not None
        conn.executemany(
            "INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", [(case_id, t) for t in tags]
        )
        conn.execute(
            "INSERT INTO cases_fts (rowid, title, notes, tags) VALUES (?, ?, ?, ?)",
            (case_id, case.title, case.notes, " ".join(tags)),
        )
        self._put_grams(conn, case_id, [case.title, case.notes, *tags])
        return case_id

    def _add_analysis(
        self,
        conn: sqlite3.Connection,
        case_id: int,
        values: tuple[str, str | None, str, str, str, str, str],
    ) -> AnalysisRecord:
        """Record (outcome, route, missing, ruleset, settings, incident, analysis_date)."""
        now = _now()
        latest = conn.execute(
            "SELECT id, outcome, route, missing, ruleset, settings, incident FROM analyses"
            " WHERE case_id = ? ORDER BY id DESC LIMIT 1",
            (case_id,),
        ).fetchone()
        if latest is not None and tuple(latest[1:]) == values[:6]:
            record_id = latest[0]
            conn.execute(
                "UPDATE analyses SET analysed_at = ?, analysis_date = ? WHERE id = ?",
                (now, values[6], record_id),
            )
        else:
            cursor = conn.execute(
                "INSERT INTO analyses (case_id, analysed_at, analysis_date, outcome, route,"
                " missing, ruleset, settings, incident) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, now, values[6], *values[:6]),
            )
            record_id = cursor.lastrowid
        conn.execute(
            "UPDATE cases SET outcome = ?, route = ? WHERE id = ?", (values[0], values[1], case_id)
        )
        row = conn.execute(
            f"SELECT {_ANALYSIS_COLUMNS} FROM analyses WHERE id = ?", (record_id,)
        ).fetchone()
        from cases.store.records import record_from_row

        return record_from_row(row)

    # ---- cases

    def create(self, case: Case, tags: Sequence[str] = (), parties: Parties | None = None) -> int:
        """Save a new case (with its tags and the parties' names) and return its ID."""
        facts = _facts_json(case)
        with self._transaction() as conn:
            return self._insert(conn, case, _tags(tags), _now(), facts, parties)

    def get(self, case_id: int) -> StoredCase:
        """The case with this ID, live or in the trash.

        Raises:
            CaseNotFoundError: no such case (never created, or purged).
        """
        with self._reading() as conn:
            found, bad_facts = _fetch_replacing(
                conn,
                "SELECT facts, created_at, updated_at, deleted_at, poster_name, victim_name"
                " FROM cases WHERE id = ?",
                (case_id,),
            )
            if not found:
                raise CaseNotFoundError(str(self.path), case_id=case_id)
            row = found[0]
            tag_rows, bad_tags = _fetch_replacing(conn, _TAGS_OF_CASE, (case_id,))
            tags = tuple(r[0] for r in tag_rows)
            analyses, bad_analysis = _fetch_replacing(
                conn,
                f"SELECT {_ANALYSIS_COLUMNS} FROM analyses WHERE case_id = ?"
                " ORDER BY id DESC LIMIT 1",
                (case_id,),
            )
            latest = analyses[0] if analyses else None
        if bad_facts or bad_tags or bad_analysis:
            self.damaged_text.add(case_id)
        try:
            case = _case_from_json(row[0])
        except (ValueError, KeyError, TypeError) as error:
            raise CorruptStoreError(str(self.path), f"case #{case_id}: {error}") from None
        from cases.store.records import Parties, StoredCase, record_from_row

        return StoredCase(
            id=case_id,
            case=case,
            tags=tags,
            created_at=row[1],
            updated_at=row[2],
            deleted_at=row[3],
            analysis=None if latest is None else record_from_row(latest),
            parties=Parties(poster=row[4], victim=row[5]),
        )

    def update(self, case_id: int, case: Case, tags: Sequence[str] | None = None) -> StoredCase:
        """Replace a live case's facts (and its tags unless None) in one transaction.

        The latest analysis is kept; ``StoredCase.analysis_stale`` then says it no
        longer matches the facts.

        Raises:
            CaseNotFoundError: no such case, or it is in the trash.
        """
        facts = _facts_json(case)
        inc = case.incident
        with self._transaction() as conn:
            self._need(conn, case_id, "live")
            conn.execute(
                "UPDATE cases SET facts = ?, title = ?, notes = ?, incident_date = ?,"
                " platform = ?, updated_at = ? WHERE id = ?",
                (
                    facts,
                    case.title,
                    case.notes,
                    None if inc.date is None else str(inc.date),
                    None if inc.platform is None else inc.platform.value,
                    _now(),
                    case_id,
                ),
            )
            if tags is not None:
                conn.execute("DELETE FROM case_tags WHERE case_id = ?", (case_id,))
                conn.executemany(
                    "INSERT INTO case_tags (case_id, tag) VALUES (?, ?)",
                    [(case_id, t) for t in _tags(tags)],
                )
            all_tags = " ".join(r[0] for r in conn.execute(_TAGS_OF_CASE, (case_id,)))
            conn.execute("DELETE FROM cases_fts WHERE rowid = ?", (case_id,))
            conn.execute(
                "INSERT INTO cases_fts (rowid, title, notes, tags) VALUES (?, ?, ?, ?)",
                (case_id, case.title, case.notes, all_tags),
            )
            self._put_grams(conn, case_id)
        return self.get(case_id)

    def save(
        self,
        case_id: int,
        case: Case,
        analysis: Analysis | None,
        tags: Sequence[str] | None = None,
        parties: Parties | None = None,
    ) -> CaseRow:
        """Write a live case's facts and their analysis in one transaction (an autosave).

        The facts replace the stored ones as in ``update`` (and the tags, unless None);
        the analysis, made of exactly these facts, is recorded as in ``save_analysis``
        (the previous one stays in the history unless identical, whose record only gets
        its times refreshed). Nothing is read back: the facts are the ones given, and
        the search indexes are rewritten only when the title, the notes or the tags
        changed. A fact edit runs five statements.

        Args:
            case_id: the case.
            case: its facts, title and notes.
            analysis: the analysis of ``case``, or None to record none.
            tags: the new tags, or None to keep them.
            parties: the parties' new names, or None to keep them.

        Returns:
            The case's row for the case list, as saved.

        Raises:
            CaseNotFoundError: no such case, or it is in the trash (nothing is written).
        """
        facts = _facts_json(case)
        inc = case.incident
        new_tags = None if tags is None else _tags(tags)
        values = None if analysis is None else _analysis_values(analysis, _incident_json(inc))
        with self._transaction() as conn:
            # Compared in SQL rather than read: stored text that is not UTF-8 (see
            # damaged_text) must not stop a save that replaces it.
            found, _damaged = _fetch_replacing(
                conn,
                "SELECT c.deleted_at IS NULL, c.created_at, c.outcome, c.route,"
                " c.title IS ? AND c.notes IS ?, a.id, a.outcome IS ? AND a.route IS ?"
                " AND a.missing IS ? AND a.ruleset IS ? AND a.settings IS ? AND a.incident IS ?"
                " FROM cases c LEFT JOIN analyses a"
                " ON a.id = (SELECT max(id) FROM analyses WHERE case_id = c.id) WHERE c.id = ?",
                (case.title, case.notes, *(values or (None,) * 7)[:6], case_id),
            )
            if not found:
                raise CaseNotFoundError(str(self.path), case_id=case_id)
            live, created_at, outcome, route, same_text, latest, same_analysis = found[0]
            if not live:
                raise CaseNotFoundError(str(self.path), case_id=case_id, state="in_trash")
            now = _now()
            row = CaseRow(
                id=case_id,
                title=case.title,
                incident_date=None if inc.date is None else str(inc.date),
                platform=None if inc.platform is None else inc.platform.value,
                outcome=outcome if values is None else values[0],
                route=route if values is None else values[1],
                created_at=created_at,
                updated_at=now,
                deleted_at=None,
            )
            conn.execute(
                "UPDATE cases SET facts = ?, title = ?, notes = ?, incident_date = ?,"
                " platform = ?, updated_at = ?, outcome = ?, route = ? WHERE id = ?",
                (
                    facts,
                    row.title,
                    case.notes,
                    row.incident_date,
                    row.platform,
                    now,
                    row.outcome,
                    row.route,
                    case_id,
                ),
            )
            if parties is not None:
                conn.execute(
                    "UPDATE cases SET poster_name = ?, victim_name = ? WHERE id = ?",
                    (_checked_text(parties.poster), _checked_text(parties.victim), case_id),
                )
            if new_tags is not None or not same_text:
                self._rewrite_search(conn, case_id, case, new_tags, not same_text)
            if values is not None:
                if latest is not None and same_analysis:
                    conn.execute(
                        "UPDATE analyses SET analysed_at = ?, analysis_date = ? WHERE id = ?",
                        (now, values[6], latest),
                    )
                else:
                    conn.execute(
                        "INSERT INTO analyses (case_id, analysed_at, analysis_date, outcome,"
                        " route, missing, ruleset, settings, incident)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (case_id, now, values[6], *values[:6]),
                    )
        return row

    def _rewrite_search(
        self,
        conn: sqlite3.Connection,
        case_id: int,
        case: Case,
        tags: tuple[str, ...] | None,
        text_changed: bool,
    ) -> None:
        """``save``'s new tags and both search rows, unless neither text nor tags changed."""
        old_tags = tuple(r[0] for r in _fetch_replacing(conn, _TAGS_OF_CASE, (case_id,))[0])
        if tags is not None and tags != old_tags:
            conn.execute("DELETE FROM case_tags WHERE case_id = ?", (case_id,))
            conn.executemany(
                "INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", [(case_id, t) for t in tags]
            )
        elif text_changed:
            tags = old_tags
        else:
            return
        conn.execute("DELETE FROM cases_fts WHERE rowid = ?", (case_id,))
        conn.execute(
            "INSERT INTO cases_fts (rowid, title, notes, tags) VALUES (?, ?, ?, ?)",
            (case_id, case.title, case.notes, " ".join(tags)),
        )
        conn.execute(f"DELETE FROM {store_search.GRAMS_TABLE} WHERE rowid = ?", (case_id,))
        self._put_grams(conn, case_id, [case.title, case.notes, *tags])

    def duplicate(self, case_id: int) -> int:
        """Copy a case (facts, tags, names and analyses; title marked as a copy); the new ID."""
        original = self.get(case_id)
        suffix = "（副本）"
        copy = dataclasses.replace(original.case, title=original.case.title + suffix)
        with self._transaction() as conn:
            new_id = self._insert(conn, copy, original.tags, _now(), parties=original.parties)
            conn.execute(
                "INSERT INTO analyses (case_id, analysed_at, analysis_date, outcome, route,"
                " missing, ruleset, settings, incident, facts_format) SELECT ?, analysed_at,"
                " analysis_date, outcome, route, missing, ruleset, settings, incident,"
                " facts_format FROM analyses WHERE case_id = ? ORDER BY id",
                (new_id, case_id),
            )
            conn.execute(
                "UPDATE cases SET outcome = (SELECT outcome FROM cases WHERE id = ?),"
                " route = (SELECT route FROM cases WHERE id = ?) WHERE id = ?",
                (case_id, case_id, new_id),
            )
        return new_id

    def delete(self, case_id: int) -> None:
        """Move a case to the trash (it can be restored).

        Raises:
            CaseNotFoundError: no such case, or it is already in the trash.
        """
        with self._transaction() as conn:
            self._need(conn, case_id, "live")
            conn.execute("UPDATE cases SET deleted_at = ? WHERE id = ?", (_now(), case_id))
            self._put_grams(conn, case_id)  # marks it in the trash

    def restore(self, case_id: int) -> None:
        """Bring a case back from the trash.

        Raises:
            CaseNotFoundError: no such case, or it is not in the trash.
        """
        with self._transaction() as conn:
            self._need(conn, case_id, "in_trash")
            conn.execute("UPDATE cases SET deleted_at = NULL WHERE id = ?", (case_id,))
            self._put_grams(conn, case_id)

    def purge(self, case_id: int) -> None:
        """Erase a case in the trash for good: no fragment of its text stays on disk.

        The case, its tags and every recorded analysis are deleted, and both search
        indexes are merged (see ``store_search.erase``), in one transaction;
        ``secure_delete`` zeroes what they leave. A checkpoint then copies the zeroed
        pages into the store and empties the -wal, which still held the old pages
        (if another program is reading the store just then, the -wal is emptied at
        the next checkpoint, at the latest when the store is closed).

        Raises:
            CaseNotFoundError: no such case, or it is not in the trash.
        """
        with self._transaction() as conn:
            self._need(conn, case_id, "in_trash")
            conn.execute("DELETE FROM cases_fts WHERE rowid = ?", (case_id,))
            conn.execute(f"DELETE FROM {store_search.GRAMS_TABLE} WHERE rowid = ?", (case_id,))
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # tags, analyses cascade
            store_search.erase(conn, ("cases_fts", store_search.GRAMS_TABLE))
        with contextlib.suppress(sqlite3.Error):
            self._db().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # ---- analyses

    def save_analysis(self, case_id: int, analysis: Analysis) -> AnalysisRecord:
        """Record an analysis of the case's current facts as its latest result.

        The previous result stays in the history whenever the outcome, route,
        missing facts, ruleset, settings or facts differ; an identical re-analysis
        only refreshes the latest record's times.

        Raises:
            CaseNotFoundError: no such case, or it is in the trash.
        """
        with self._transaction() as conn:
            self._need(conn, case_id, "live")
            facts = json_value(
                conn.execute("SELECT facts FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
            )
            values = (
                analysis.outcome.value,
                None if analysis.route is None else analysis.route.value,
                json_text(list(analysis.missing)),
                analysis.ruleset,
                json_text(analysis.settings.to_json()),
                json_text(facts["incident"]),
                analysis.analysis_date.isoformat(),
            )
            return self._add_analysis(conn, case_id, values)

    def analyse(
        self,
        case_id: int,
        settings: Settings = DEFAULT_SETTINGS,
        today: dt.date | None = None,
    ) -> AnalysisRecord:
        """Analyse the stored facts now and record the result (see ``save_analysis``)."""
        from cases.analysis import analyzer as analysis_module

        stored = self.get(case_id)
        result = analysis_module.analyze(stored.case, settings, today)
        return self.save_analysis(case_id, result)

    def history(self, case_id: int) -> builtins.list[AnalysisRecord]:
        """Every recorded analysis of the case, oldest first (the last is the latest).

        Raises:
            CaseNotFoundError: no such case.
        """
        with self._reading() as conn:
            if self._state(conn, case_id) is None:
                raise CaseNotFoundError(str(self.path), case_id=case_id)
            rows, damaged = _fetch_replacing(
                conn,
                f"SELECT {_ANALYSIS_COLUMNS} FROM analyses WHERE case_id = ? ORDER BY id",
                (case_id,),
            )
        if damaged:
            self.damaged_text.add(case_id)
        from cases.store.records import record_from_row

        return [record_from_row(r) for r in rows]

    def changes(self, case_id: int) -> builtins.list[AnalysisChange]:
        """What changed between consecutive analyses, oldest first, and why."""
        from cases.store.records import compare

        records = self.history(case_id)
        return [compare(before, after) for before, after in itertools.pairwise(records)]

    # ---- list and search

    def _where(self, query: ListQuery) -> tuple[str, builtins.list[Any]]:
        where = ["c.deleted_at IS NOT NULL" if query.trash else "c.deleted_at IS NULL"]
        params: builtins.list[Any] = []
        terms = query.text.split()
        long_terms = [t for t in terms if len(t) >= 3]
        if long_terms:
            # Trigram FTS needs 3 characters; quoting makes each term a literal substring.
            where.append("c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
        gram_terms = [t for t in terms if store_search.is_gram(t)]
        if gram_terms:
            where.append(
                f"c.id IN (SELECT rowid FROM {store_search.GRAMS_TABLE}"
                f" WHERE {store_search.GRAMS_TABLE} MATCH ?)"
            )
            params.append(store_search.match(gram_terms))
        for term in (t for t in terms if len(t) < 3 and not store_search.is_gram(t)):
            # Only short words with ASCII punctuation (e.g. "1%") are left to LIKE.
            where.append(
                # Correlated, so a listing walks its sort index and stops after `limit` hits.
                "EXISTS (SELECT 1 FROM cases_fts f WHERE f.rowid = c.id AND (f.title LIKE ?"
                " ESCAPE '\\' OR f.notes LIKE ? ESCAPE '\\' OR f.tags LIKE ? ESCAPE '\\'))"
            )
            params.extend([_like(term)] * 3)
        if query.outcome is not None:
            where.append("c.outcome = ?")
            params.append(query.outcome)
        if query.platform is not None:
            where.append("c.platform = ?")
            params.append(query.platform)
        if query.date_from is not None:
            # A month or a year (2019-05, 2019) that may reach the day counts: its text
            # is compared with the day's text cut to the same length.
            where.append("c.incident_date >= substr(?, 1, length(c.incident_date))")
            params.append(query.date_from.isoformat())
        if query.date_to is not None:
            where.append("c.incident_date <= ?")
            params.append(query.date_to.isoformat())
        return " AND ".join(where), params

    def list(self, query: ListQuery = ListQuery()) -> builtins.list[CaseRow]:
        """The rows matching ``query``, sorted and paged.

        Raises:
            ValueError: an unknown sort column or a negative offset/limit (a bug).
        """
        if query.sort not in SORT_COLUMNS:
            raise ValueError(f"unknown sort column {query.sort!r}; one of {SORT_COLUMNS}")
        if query.offset < 0 or query.limit < 0:
            raise ValueError("offset and limit must not be negative")
        where, params = self._where(query)
        direction = "DESC" if query.descending else "ASC"
        order = f"c.{query.sort} {direction}, c.id {direction}"
        if query.sort in _NULLABLE_SORTS and not query.descending:
            # SQLite sorts NULL lowest: descending already puts unknowns last.
            order = f"c.{query.sort} IS NULL, {order}"
        sql = f"SELECT {_ROW_COLUMNS} FROM cases c WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        with self._reading() as conn:
            rows, damaged = _fetch_replacing(conn, sql, [*params, query.limit, query.offset])
        self.damaged_text.update(rows[position][0] for position in damaged)
        return [CaseRow(*row) for row in rows]

    def tags_of(self, case_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """The tags of these cases (sorted), for those that have any: one query.

        The case list asks for the rows it fetched, a page at a time.
        """
        if not case_ids:
            return {}
        marks = ", ".join("?" * len(case_ids))
        with self._reading() as conn:
            rows, _damaged = _fetch_replacing(
                conn,
                f"SELECT case_id, tag FROM case_tags WHERE case_id IN ({marks})"
                " ORDER BY case_id, tag",
                list(case_ids),
            )
        found: dict[int, tuple[str, ...]] = {}
        for case_id, tags in itertools.groupby(rows, key=lambda row: row[0]):
            found[case_id] = tuple(row[1] for row in tags)
        return found

    def count(self, query: ListQuery = ListQuery()) -> int:
        """How many rows match ``query`` (ignoring sort, offset and limit)."""
        terms = query.text.split()
        if (
            terms
            and all(store_search.is_gram(t) for t in terms)
            and (query.outcome, query.platform, query.date_from, query.date_to)
            == (None, None, None, None)
        ):
            # Text only, all short words: the grams index alone knows the answer, trash
            # included, without visiting the matching cases one by one.
            table = store_search.GRAMS_TABLE
            state = "AND" if query.trash else "NOT"
            expression = f"({store_search.match(terms)}) {state} {store_search.TRASH_TOKEN}"
            with self._reading() as conn:
                found: int = conn.execute(
                    f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (expression,)
                ).fetchone()[0]
            return found
        where, params = self._where(query)
        with self._reading() as conn:
            total: int = conn.execute(
                f"SELECT count(*) FROM cases c WHERE {where}", params
            ).fetchone()[0]
        return total

    # ---- files

    def import_file(
        self,
        path: Path,
        tags: Sequence[str] = (),
        settings: Settings | None = DEFAULT_SETTINGS,
        max_size: int | None = None,
    ) -> builtins.list[int]:
        """Import every case of a case file, all or nothing; the new IDs in file order.

        Each imported case gets a first analysis (outcome, route, missing facts)
        under ``settings``; None records none. A file over ``max_size`` bytes
        (default: ``case_files.DEFAULT_MAX_SIZE``) is refused unread.

        The store is checked first (``PRAGMA quick_check``): nothing is written into
        a damaged store.

        Raises:
            case_files.CaseFileError: the file is not a valid case file (nothing imported).
            CorruptStoreError: the store is damaged (nothing imported).
        """
        from cases.model import case_files
        from cases.rules import engine

        case_file = case_files.load_file(path, max_size or case_files.DEFAULT_MAX_SIZE)
        prepared = []
        for position, case in enumerate(case_file.cases):
            try:
                facts = _facts_json(case)
            except UnicodeEncodeError:
                raise case_files.CaseFileError(
                    str(path),
                    position if case_file.is_batch else None,
                    None,
                    "含有无效的字符（孤立的 Unicode 代理项）",
                    "contains invalid characters (lone Unicode surrogates)",
                ) from None
            prepared.append((case, facts))
        clean_tags = _tags(tags)
        today = dt.date.today().isoformat()
        settings_text = None if settings is None else json_text(settings.to_json())
        ids: builtins.list[int] = []
        with self._transaction() as conn:
            problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise CorruptStoreError(str(self.path), problems[0].splitlines()[-1])
            now = _now()
            for case, facts in prepared:
                case_id = self._insert(conn, case, clean_tags, now, facts)
                ids.append(case_id)
                if settings is not None and settings_text is not None:
                    decision = engine.decide(case.incident, settings)
                    self._add_analysis(
                        conn,
                        case_id,
                        (
                            decision.outcome.value,
                            None if decision.route is None else decision.route.value,
                            json_text(list(decision.missing)),
                            engine.RULESET,
                            settings_text,
                            _incident_json(case.incident),
                            today,
                        ),
                    )
        return ids

    def export(self, case_ids: Sequence[int], path: Path, batch: bool | None = None) -> None:
        """Write cases to a case file atomically (a batch when ``batch`` or several).

        Raises:
            RefusedTargetError: ``path`` is the store, a database or a folder.
            CaseNotFoundError: an ID names no case (nothing is written).
            UnwritableStoreError: the file cannot be written (about ``path``).
        """
        if not case_ids:
            raise ValueError("nothing to export")
        _check_target(Path(path), self.path)
        from cases.model import case_files

        cases = [self.get(case_id).case for case_id in case_ids]
        try:
            case_files.write_file(path, cases, batch)
        except OSError as error:
            raise _os_error(error, Path(path)) from None

    def backup(self, dest: Path) -> None:
        """Write a consistent, owner-only, verified copy of the store to ``dest`` (atomic).

        The copy is read back from disk and checked (``PRAGMA integrity_check``)
        before it takes the name ``dest``; a copy that fails leaves nothing behind,
        and a file already at ``dest`` is kept as it was.

        Raises:
            RefusedTargetError: ``dest`` is the store itself or one of its side files,
                another database (an old backup is not overwritten) or a folder.
            DamagedStoreBackupError: the store itself is damaged.
            UnwritableStoreError: ``dest`` cannot be written, or the copy written
                there did not read back whole.
        """
        dest = Path(dest)
        _check_target(dest, self.path)
        tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        try:
            _create_private_file(tmp)
        except OSError as error:
            raise _os_error(error, dest) from None
        try:
            copy = _connect(tmp)
            try:
                try:
                    self._db().backup(copy)
                except sqlite3.Error as error:
                    # A damaged or busy store is about the store; writing the copy (a
                    # full disk, an I/O error) is about the backup file, below.
                    env = _env_error(error, self.path)
                    if isinstance(env, CorruptStoreError | ForeignFileError | StoreBusyError):
                        raise env from None
                    raise
                # A backup is one self-contained file, without -wal.
                copy.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                copy.close()
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            problems = _copy_problems(tmp)
            if problems:
                self._refuse_copy(dest, problems)
            os.replace(tmp, dest)
        except sqlite3.Error as error:
            raise _env_error(error, dest) or UnwritableStoreError(str(dest), str(error)) from None
        except OSError as error:
            raise _os_error(error, dest) from None
        finally:
            for suffix in ("", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{tmp}{suffix}").unlink(missing_ok=True)

    def _refuse_copy(self, dest: Path, problems: builtins.list[str]) -> None:
        """Raise the error for a backup copy that failed its check: whose fault is it?"""
        try:
            with self._reading() as conn:
                own = integrity_problems(conn)
        except CorruptStoreError as error:
            own = [error.detail]
        if own:
            raise DamagedStoreBackupError(str(self.path), own[0], dest=str(dest))
        raise UnwritableStoreError(str(dest), "the copy did not read back whole: " + problems[0])

    @classmethod
    def check_backup(cls, backup: Path) -> None:
        """Check that a file is a whole, readable case store (read-only).

        Raises:
            MissingFileError, ForeignFileError, CorruptStoreError, TooNewStoreError.
        """
        backup = Path(backup)
        if not inspect_file(backup):
            if backup.exists():
                raise ForeignFileError(str(backup), "empty file")
            raise MissingFileError(str(backup))
        try:
            conn = sqlite3.connect(_uri(backup, "ro"), uri=True, isolation_level=None)
        except sqlite3.Error as error:
            raise _env_error(error, backup) or CorruptStoreError(str(backup), str(error)) from None
        try:
            _check_tables(conn, backup)
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise CorruptStoreError(str(backup), str(result))
            if _user_version(conn) > SCHEMA_VERSION:
                raise TooNewStoreError(str(backup))
        except sqlite3.Error as error:
            raise _env_error(error, backup) or CorruptStoreError(str(backup), str(error)) from None
        finally:
            conn.close()

    @classmethod
    def restore_backup(
        cls, backup: Path, target: Path | None = None, purpose: str = ""
    ) -> Path | None:
        """Replace the store at ``target`` by a checked copy of ``backup``.

        The backup is validated first (an invalid one changes nothing). The store
        being replaced, if any, is kept aside as ``<name>.before-restore-<time>``,
        whose path is returned. The store is held exclusively throughout: no other
        process may have it open (one that asks meanwhile waits, then opens the
        restored store).

        Raises:
            MissingFileError, ForeignFileError, CorruptStoreError, TooNewStoreError:
                about the backup; nothing was changed.
            UnwritableStoreError: the target's folder cannot be written.
            StoreHeldError, StoreInUseError: another process has the store open;
                nothing was changed.
        """
        backup = Path(backup)
        target = Path(target) if target is not None else default_path()
        cls.check_backup(backup)
        try:
            private_files.make_folders(target.parent)
        except OSError as error:
            raise _os_error(error, target) from None
        lock = _hold(target, True, purpose)
        try:
            return cls._restore_held(backup, target)
        finally:
            lock.release()

    @classmethod
    def _restore_held(cls, backup: Path, target: Path) -> Path | None:
        """``restore_backup`` once the store is held exclusively."""
        try:
            tmp = target.with_name(f".{target.name}.{os.getpid()}.restore.tmp")
            _create_private_file(tmp)
        except OSError as error:
            raise _os_error(error, target) from None
        aside: Path | None = None
        try:
            source = sqlite3.connect(_uri(backup, "ro"), uri=True, isolation_level=None)
            try:
                copy = _connect(tmp)
                try:
                    source.backup(copy)
                    copy.execute("PRAGMA journal_mode = DELETE").fetchall()
                finally:
                    copy.close()
            finally:
                source.close()
            if target.exists():
                cls._settle(target)
                stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
                aside = target.with_name(f"{target.name}.before-restore-{stamp}")
                os.replace(target, aside)
                for suffix in ("-wal", "-shm", "-journal"):
                    side = Path(f"{target}{suffix}")
                    if side.exists():
                        os.replace(side, Path(f"{aside}{suffix}"))
            os.replace(tmp, target)
        except sqlite3.Error as error:
            raise _env_error(error, target) or UnwritableStoreError(
                str(target), str(error)
            ) from None
        except OSError as error:
            raise _os_error(error, target) from None
        finally:
            for suffix in ("", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        cls._open_unlocked(target).close()  # migrate an older backup, switch to WAL
        return aside

    @staticmethod
    def _settle(path: Path) -> None:
        """Fold a valid store's WAL into its main file so it can be moved alone."""
        try:
            inspect_file(path)
        except StoreError:
            return  # not ours or damaged: move it aside exactly as it is
        with contextlib.suppress(sqlite3.Error):
            conn = sqlite3.connect(_uri(path, "rw"), uri=True, isolation_level=None)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()
