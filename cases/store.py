"""The local case store: one owner-only SQLite file holding cases, tags and analyses.

Published API (the GUI builds on it; everything here is Qt-free):

* ``CaseStore.open(path=None)`` opens or creates the store (``default_path()`` when
  no path is given) and migrates it forward; use it as a context manager.
* ``create`` / ``get`` / ``update`` / ``duplicate`` / ``delete`` (to the trash) /
  ``restore`` (from the trash) / ``purge`` (only from the trash).
* ``save_analysis`` / ``analyse`` record an analysis; ``history`` lists every
  recorded analysis of a case, oldest first; ``changes`` says what changed between
  consecutive ones and why (ruleset, settings or facts).
* ``list`` / ``count`` with a ``ListQuery`` (full-text search, filters, sort, paging).
* ``import_file`` (all-or-nothing per file) / ``export`` (atomic).
* ``backup`` (consistent while open) / ``CaseStore.restore_backup`` (validates first,
  keeps the replaced store aside).

Times are ISO 8601 strings in UTC with microseconds, e.g.
``2026-11-28T09:30:00.123456+00:00``; they sort as text. ``incident_date`` is the
case's own local civil date ``YYYY-MM-DD``. Case IDs are integers that are never
reused, even after a purge.

Every failure of the environment (a corrupt, foreign or too-new file, a read-only
folder, a full disk, a store busy in another program, an unknown case ID) raises a
``StoreError`` subclass with a user-facing ``.text(lang)``; the file is left as it
was and no half-written case remains. Any other exception is a bug.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from cases import engine
from cases.engine import Settings
from cases.model import Case
from cases.results import Analysis

APP_NAME = "qunzhu-analyzer"
STORE_FILE_NAME = "cases.sqlite3"
SCHEMA_VERSION = 3
"""The ``PRAGMA user_version`` this code writes; older stores are migrated on open."""


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
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


class ForeignFileError(StoreError):
    """The file is not a case store (another app's database, random bytes, a folder)."""


class CorruptStoreError(StoreError):
    """The file is a damaged case store."""


class TooNewStoreError(StoreError):
    """The store was written by a newer version of the app."""


class UnwritableStoreError(StoreError):
    """The store cannot be written: a read-only folder or file, or an I/O error."""


class DiskFullError(UnwritableStoreError):
    """The disk is full."""


class StoreBusyError(StoreError):
    """Another program holds the store locked."""


class CaseNotFoundError(StoreError):
    """No such case (or not in the state the operation needs)."""


# --------------------------------------------------------------------------- values


class ChangeKind(enum.StrEnum):
    """Why an analysis differs from the one before it."""

    RULESET = "ruleset"
    SETTING = "setting"
    FACT = "fact"


@dataclass(frozen=True, slots=True)
class AnalysisRecord:
    """One recorded analysis of a case (what the list and the history show).

    Attributes:
        id: the record's ID.
        case_id: the case analysed.
        analysed_at: when it was recorded (UTC ISO string).
        analysis_date: the analysis's ``today`` (``YYYY-MM-DD``).
        outcome: an ``engine.Outcome`` value.
        route: an ``engine.Route`` value for EXEMPT, else None.
        missing: the facts that would decide an UNDETERMINED outcome.
        ruleset: ``engine.RULESET`` at the time.
        settings: the settings used, as ``Settings.to_json()``.
        incident: the incident's facts analysed (``model.incident_to_json``).
    """

    id: int
    case_id: int
    analysed_at: str
    analysis_date: str
    outcome: str
    route: str | None
    missing: tuple[str, ...]
    ruleset: str
    settings: dict[str, float | int]
    incident: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Reason:
    """One difference between two consecutive analyses.

    Attributes:
        kind: ruleset, setting or fact.
        name: the setting's name, the fact's field (``incident.knew``), or "ruleset".
        before: the old value as JSON text (``null`` = unknown).
        after: the new value as JSON text.
    """

    kind: ChangeKind
    name: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class AnalysisChange:
    """What changed from one recorded analysis to the next, and why.

    Attributes:
        before: the earlier record.
        after: the later record.
        reasons: the differences in ruleset, settings and facts between them.
    """

    before: AnalysisRecord
    after: AnalysisRecord
    reasons: tuple[Reason, ...]

    def text(self, lang: str = "zh") -> str:
        """E.g. ``NOT_EXEMPT → EXEMPT: timely_window_hours 24.0 → 48.0``."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class StoredCase:
    """A case as stored.

    Attributes:
        id: the case ID.
        case: the facts, title and notes (exactly the case format).
        tags: the tags, sorted.
        created_at: UTC ISO string.
        updated_at: UTC ISO string of the last edit (analyses do not count as edits).
        deleted_at: UTC ISO string when in the trash, else None.
        analysis: the latest recorded analysis, or None.
    """

    id: int
    case: Case
    tags: tuple[str, ...]
    created_at: str
    updated_at: str
    deleted_at: str | None
    analysis: AnalysisRecord | None

    @property
    def analysis_stale(self) -> bool:
        """True when the facts changed after the latest analysis (or none was made)."""
        raise NotImplementedError


SORT_COLUMNS = (
    "id",
    "title",
    "incident_date",
    "platform",
    "outcome",
    "route",
    "created_at",
    "updated_at",
    "deleted_at",
)


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One row of the case list (every value a str, int or None, ready for a table).

    Attributes:
        id: the case ID.
        title: the title.
        incident_date: ``YYYY-MM-DD`` or None (unknown).
        platform: a ``model.Platform`` value or None.
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
        date_from: only incidents on or after this date.
        date_to: only incidents on or before this date.
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


# --------------------------------------------------------------------------- store


def default_path() -> Path:
    """The store's usual place: ``cases.sqlite3`` in the user's application-data folder."""
    raise NotImplementedError


class CaseStore:
    """An open case store. Not thread-safe: use one per thread.

    Attributes:
        path: the store file.
    """

    path: Path

    @classmethod
    def open(cls, path: Path | None = None) -> CaseStore:
        """Open the store at ``path`` (``default_path()`` if None), creating it if absent.

        A new store file is created readable by its owner only (0600), in a folder
        created 0700. An older store is migrated forward in one transaction.

        Raises:
            ForeignFileError: the file is not a case store (another app's database,
                random bytes, a folder); it is left untouched.
            CorruptStoreError: the file is a damaged case store; left untouched.
            TooNewStoreError: written by a newer version of the app; left untouched.
            UnwritableStoreError: the folder is read-only or the disk is full.
            StoreBusyError: another program holds the store locked.
        """
        raise NotImplementedError

    def close(self) -> None:
        """Close the store (idempotent)."""
        raise NotImplementedError

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

    # ---- cases

    def create(self, case: Case, tags: Sequence[str] = ()) -> int:
        """Save a new case and return its ID (one transaction)."""
        raise NotImplementedError

    def get(self, case_id: int) -> StoredCase:
        """The case with this ID, live or in the trash.

        Raises:
            CaseNotFoundError: no such case (never created, or purged).
        """
        raise NotImplementedError

    def update(self, case_id: int, case: Case, tags: Sequence[str] | None = None) -> StoredCase:
        """Replace a live case's facts (and its tags unless None) in one transaction.

        The latest analysis is kept; ``StoredCase.analysis_stale`` then says it no
        longer matches the facts.

        Raises:
            CaseNotFoundError: no such case, or it is in the trash.
        """
        raise NotImplementedError

    def duplicate(self, case_id: int) -> int:
        """Copy a case (facts, tags and analyses; title marked as a copy); the new ID."""
        raise NotImplementedError

    def delete(self, case_id: int) -> None:
        """Move a case to the trash (it can be restored)."""
        raise NotImplementedError

    def restore(self, case_id: int) -> None:
        """Bring a case back from the trash."""
        raise NotImplementedError

    def purge(self, case_id: int) -> None:
        """Erase a case in the trash for good (its text is overwritten on disk).

        Raises:
            CaseNotFoundError: no such case, or it is not in the trash.
        """
        raise NotImplementedError

    # ---- analyses

    def save_analysis(self, case_id: int, analysis: Analysis) -> AnalysisRecord:
        """Record an analysis of the case's current facts as its latest result.

        The previous result stays in the history whenever the outcome, route,
        missing facts, ruleset, settings or facts differ; an identical re-analysis
        only refreshes the latest record's times.
        """
        raise NotImplementedError

    def analyse(
        self,
        case_id: int,
        settings: Settings = engine.DEFAULT_SETTINGS,
        today: dt.date | None = None,
    ) -> AnalysisRecord:
        """Analyse the stored facts now and record the result (see ``save_analysis``)."""
        raise NotImplementedError

    def history(self, case_id: int) -> list[AnalysisRecord]:
        """Every recorded analysis of the case, oldest first (the last is the latest)."""
        raise NotImplementedError

    def changes(self, case_id: int) -> list[AnalysisChange]:
        """What changed between consecutive analyses, oldest first, and why."""
        raise NotImplementedError

    # ---- list and search

    def list(self, query: ListQuery = ListQuery()) -> list[CaseRow]:
        """The rows matching ``query``, sorted and paged.

        Raises:
            ValueError: an unknown sort column or a negative offset/limit (a bug).
        """
        raise NotImplementedError

    def count(self, query: ListQuery = ListQuery()) -> int:
        """How many rows match ``query`` (ignoring offset and limit)."""
        raise NotImplementedError

    # ---- files

    def import_file(
        self,
        path: Path,
        tags: Sequence[str] = (),
        settings: Settings | None = engine.DEFAULT_SETTINGS,
    ) -> list[int]:
        """Import every case of a case file, all or nothing; the new IDs in file order.

        Each imported case gets a first analysis under ``settings`` (None: none).

        Raises:
            caseio.CaseFileError: the file is not a valid case file (nothing imported).
        """
        raise NotImplementedError

    def export(self, case_ids: Sequence[int], path: Path, batch: bool | None = None) -> None:
        """Write cases to a case file atomically (a batch when ``batch`` or several)."""
        raise NotImplementedError

    def backup(self, dest: Path) -> None:
        """Write a consistent, owner-only copy of the store to ``dest`` (atomic)."""
        raise NotImplementedError

    @classmethod
    def restore_backup(cls, backup: Path, target: Path | None = None) -> Path | None:
        """Replace the store at ``target`` by a checked copy of ``backup``.

        The backup is validated first (an invalid one changes nothing). The store
        being replaced, if any, is kept aside as ``<name>.before-restore-<time>``,
        whose path is returned. The store must not be open in this process.
        """
        raise NotImplementedError
