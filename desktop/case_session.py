"""The case being edited: its undoable edits, its live analysis, its autosave and the store.

``CaseSession`` is what the main window edits through, and holds nothing of the
window: it opens a stored case, applies each edit (every one a ``QUndoCommand`` on
its ``undo_stack``), re-analyses the facts at once (about a millisecond) and saves
them with their analysis shortly after (``SAVE_DELAY_MS``), so typing never waits
for the disk; opening another case, a language switch or closing saves first. Its
signals say what happened; the window shows it. The rules it follows (when a stored
analysis still stands, when the blank case an earlier version left in an empty store
goes) are the core's (``cases.store.session_rules``).

A new case starts as a *draft*: an empty form with no stored case behind it (the
first start, 新建, or after the last case went to the trash). The first answer given
in it stores the case at once, with that answer, as one undoable step
(``commands.CreateCaseCommand``); so no blank case is ever stored and nothing typed
is lost.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from cases.store.database import CaseStore, StoreError
from desktop import commands

if TYPE_CHECKING:
    from cases.model.domain import Case
    from cases.rules.assumptions import Settings
    from cases.rules.results import Analysis
    from cases.store.records import Parties

SAVE_DELAY_MS = 400
"""Edits are written this long after the last one (and at once on switch or close)."""


LABEL_FIELDS = frozenset({"tags", "poster_name", "victim_name"})
"""What ``CaseSession.edit`` changes beside the facts: kept in the store, not the case file."""


@dataclass(frozen=True, slots=True)
class Labels:
    """What the store keeps with a case beside its facts: its tags and the parties' names.

    Attributes:
        tags: the tags, sorted, each once.
        poster_name: the name of the person who posted (发帖人), "" if not named.
        victim_name: the name of the person harmed (受害人), "" if not named.
    """

    tags: tuple[str, ...] = ()
    poster_name: str = ""
    victim_name: str = ""

    def parties(self) -> Parties:
        """The names as the store keeps them."""
        from cases.store.records import Parties

        return Parties(poster=self.poster_name, victim=self.victim_name)


def blank_case() -> Case:
    """A case with no fact known, as a new case starts."""
    # The case model is imported on first use: the window's first paint needs none.
    from cases.model.domain import Case

    return Case()


class CaseSession(QObject):
    """The open case of one store, with its edits, analysis and autosave.

    Attributes:
        undo_stack: every edit of this session, across cases (the host of its
            commands is this session).

    Signals:
        case_opened(int): a case is open for editing; ``case()`` and ``analysis()``
            hold its facts and their analysis.
        draft_opened(): a new, empty case is shown (a draft: nothing stored yet;
            ``case_id()`` is None until its first answer).
        draft_stored(int): the draft's first answer stored it under this ID.
        case_closed(int): the open case went to the trash; none is open now.
        facts_changed(object): the open case's facts changed (an edit, an undo or a
            redo): the new ``Case``.
        labels_changed(object): the open case's tags or parties' names changed (an
            edit, an undo or a redo): the new ``Labels``.
        analysis_updated(object): the open case was analysed again after its facts
            or the settings changed: the new ``Analysis``.
        case_saved(object): the open case and its analysis were written to the
            store: the case's ``CaseRow`` for the case list.
        save_failed(object): writing the open case failed: the ``StoreError``; what
            was saved before is unchanged.
        open_failed(object): a case could not be read: the ``StoreError``; the case
            open before stays open.
        cases_changed(): cases were added, moved to or from the trash, or purged.
    """

    case_opened = Signal(int)
    draft_opened = Signal()
    draft_stored = Signal(int)
    case_closed = Signal(int)
    facts_changed = Signal(object)
    labels_changed = Signal(object)
    analysis_updated = Signal(object)
    case_saved = Signal(object)
    save_failed = Signal(object)
    open_failed = Signal(object)
    cases_changed = Signal()

    def __init__(self, store: CaseStore, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._seen_version = store.data_version()
        self.undo_stack = QUndoStack(self)
        self._case_id: int | None = None
        self._case: Case | None = None  # none open yet (a staged window's first paint)
        self._analysis: Analysis | None = None
        self._draft = False
        self._labels = Labels()
        self._labels_dirty = False  # written with the next save
        self._dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)

    # ---------------------------------------------------------------- state

    def store(self) -> CaseStore:
        """The case store."""
        return self._store

    def case_id(self) -> int | None:
        """The open case's ID (None before one is open, and while a draft is shown)."""
        return self._case_id

    def is_draft(self) -> bool:
        """Whether a new case not stored yet is shown (``open_draft``)."""
        return self._draft

    def is_open(self) -> bool:
        """Whether a case is open for editing: a stored one or a draft."""
        return self._draft or self._case_id is not None

    def case(self) -> Case:
        """The facts being edited (blank until a case is open)."""
        return blank_case() if self._case is None else self._case

    def labels(self) -> Labels:
        """The open case's tags and parties' names."""
        return self._labels

    def tags(self) -> tuple[str, ...]:
        """The open case's tags, sorted."""
        return self._labels.tags

    def parties(self) -> Parties:
        """The open case's parties' names."""
        return self._labels.parties()

    def analysis(self) -> Analysis | None:
        """The analysis of ``case()`` (None before a case is open)."""
        return self._analysis

    def settings(self) -> Settings:
        """The adjustable assumptions the analysis uses."""
        return self._settings

    def set_settings(self, settings: Settings) -> None:
        """Analyse with other assumptions from now on; the open case is re-analysed and saved."""
        if settings == self._settings:
            return
        self._settings = settings
        if self._case_id is not None:
            self._reanalyse()
            self._save_soon()
        elif self._draft:
            self._reanalyse()

    # ---------------------------------------------------------------- opening

    def open_case(self, case_id: int) -> bool:
        """Open a stored case for editing (the open one is saved first).

        Its stored analysis is recorded again, soon, unless it still stands for the
        facts, the ruleset and the settings (``session_rules.analysis_is_current``).

        Returns:
            Whether the case is open (False: ``open_failed`` said why).
        """
        from cases.store import session_rules  # not before a case opens: the first frame

        if case_id == self._case_id:
            return True
        self.flush()
        try:
            stored = self._store.get(case_id)
        except StoreError as error:
            self.open_failed.emit(error)
            return False
        self._draft = False
        self._case_id = case_id
        self._case = stored.case
        self._labels = Labels(stored.tags, stored.parties.poster, stored.parties.victim)
        self._labels_dirty = False
        self._analysis = self._analyse(stored.case)
        if not session_rules.analysis_is_current(stored.analysis, stored.case, self._analysis):
            self._save_soon()
        self.case_opened.emit(case_id)
        return True

    def open_draft(self) -> None:
        """Show a new, empty case that is not stored until its first answer.

        The open case is saved first. A draft already shown stays as it is.
        """
        if self._draft:
            return
        self.flush()
        self._forget()
        self._draft = True
        self._case = blank_case()
        self._analysis = self._analyse(self._case)
        self.draft_opened.emit()

    def import_file(self, path: Path) -> list[int]:
        """Import a case file's cases, first analysed; their IDs (the open case stays open).

        The blank case an earlier version stored in an empty store, never used
        (``session_rules.is_unused_blank``), is purged once the import succeeded; it
        was the open case, so none is open then. (A draft is no stored case.)

        Raises:
            case_files.CaseFileError: the file is not a valid case file (nothing imported).
            StoreError: the store is damaged or cannot be written (nothing imported).
            OSError: the file cannot be read.
        """
        from cases.store import session_rules

        unused = None
        if self._case_id is not None and session_rules.is_unused_blank(
            self.case(), edited=self.undo_stack.count() > 0, live_cases=self._store.count()
        ):
            unused = self._case_id
        ids = self._store.import_file(path, settings=self._settings)
        if not ids:
            return ids
        if unused is not None:
            self._store.delete(unused)
            self._store.purge(unused)
            self._forget()
        self.cases_changed.emit()
        return ids

    def export(self, path: Path) -> None:
        """Write the open case (saved first) to a case file.

        Raises:
            StoreError: the target is refused (the store, a database, a folder) or
                cannot be written.
        """
        if self._case_id is None:
            return
        self.flush()
        self._store.export([self._case_id], path)

    def changed_elsewhere(self) -> bool:
        """Whether another process (``main.py cases import``…) changed the store since last asked."""
        try:
            version = self._store.data_version()
        except StoreError:
            return False  # the next save says what is wrong, in its own words
        if version == self._seen_version:
            return False
        self._seen_version = version
        return True

    # ---------------------------------------------------------------- edits

    def edit(self, field: str, value: object, text: str, merge: bool) -> bool:
        """Answer one question of the open case, as an undoable step.

        The first answer in a draft stores it (``CreateCaseCommand``): undoing that
        step moves the case to the trash and shows an empty draft again.

        Args:
            field: ``title``, ``notes``, an ``Incident`` field, or one of
                ``LABEL_FIELDS`` (``tags``: a tuple of tags; the names: text).
            value: the new answer.
            text: the step's name in the Undo menu.
            merge: typing, which merges with the step before in the same field.

        Returns:
            Whether the facts changed (an answer given again changes nothing).
        """
        from cases.model.domain import with_facts

        if self._case_id is None and not self._draft:
            return False
        if field in LABEL_FIELDS:
            return self._edit_labels(field, value, text, merge)
        old = self.case()
        if field == "title":
            new = dataclasses.replace(old, title=str(value))
        elif field == "notes":
            new = dataclasses.replace(old, notes=str(value))
        else:
            new = dataclasses.replace(old, incident=with_facts(old.incident, **{field: value}))
        if new == old:
            return False
        if self._case_id is None:
            return self._store_first_answer(new, None, field, text, merge)
        else:
            self.undo_stack.push(
                commands.EditCaseCommand(self, self._case_id, field, old, new, text, merge)
            )
        return True

    def _edit_labels(self, field: str, value: object, text: str, merge: bool) -> bool:
        from cases.store.database import split_tags

        old = self._labels
        if field == "tags":
            tags = value if isinstance(value, tuple) else split_tags(str(value))
            new = dataclasses.replace(old, tags=split_tags(" ".join(tags)))
        elif field == "poster_name":
            new = dataclasses.replace(old, poster_name=str(value).strip())
        else:
            new = dataclasses.replace(old, victim_name=str(value).strip())
        if new == old:
            return False
        if self._case_id is None:
            return self._store_first_answer(self.case(), new, field, text, merge)
        else:
            self.undo_stack.push(
                commands.EditLabelsCommand(self, self._case_id, field, old, new, text, merge)
            )
        return True

    def _store_first_answer(
        self, case: Case, labels: Labels | None, field: str, text: str, merge: bool
    ) -> bool:
        """Store the draft with its first answer as a new case, an undoable step.

        Returns:
            False when it could not be saved: the draft stays shown and the next
            answer retries (``save_failed`` says why).
        """
        try:
            case_id = self.store_draft(case, labels)
        except StoreError as error:
            self.save_failed.emit(error)
            return False
        self.undo_stack.push(commands.CreateCaseCommand(self, case_id, field, text, merge))
        return True

    def new_case(self) -> None:
        """Show an empty new case (a draft); one already shown stays. Nothing is stored."""
        self.open_draft()

    def duplicate(self, case_id: int, text: str) -> None:
        """Copy a case and open the copy, as an undoable step."""
        self.undo_stack.push(commands.DuplicateCaseCommand(self, case_id, text))

    def trash(self, case_id: int, text: str) -> None:
        """Move a case to the trash, as an undoable step."""
        self.undo_stack.push(commands.TrashCaseCommand(self, case_id, False, text))

    def untrash(self, case_id: int, text: str) -> None:
        """Bring a case back from the trash and open it, as an undoable step."""
        self.undo_stack.push(commands.TrashCaseCommand(self, case_id, True, text))

    # ---------------------------------------------------------------- the commands' host

    def apply_case(self, case_id: int, case: Case) -> None:
        """Show and (soon) save ``case`` as the facts of ``case_id`` (undo/redo land here)."""
        if case_id != self._case_id and not self.open_case(case_id):
            return
        self._case = case
        self.facts_changed.emit(case)
        self._reanalyse()
        self._save_soon()

    def apply_labels(self, case_id: int, labels: Labels) -> None:
        """Show and (soon) save ``labels`` as the tags and names of ``case_id`` (undo/redo)."""
        if case_id != self._case_id and not self.open_case(case_id):
            return
        self._labels = labels
        self._labels_dirty = True
        self.labels_changed.emit(labels)
        self._save_soon()

    def store_draft(self, case: Case, labels: Labels | None = None) -> int:
        """Store the draft shown, with its first answer given (``case``, ``labels``); its ID.

        The case stays open as it is shown (no ``case_opened``: the form keeps its
        half-given answers); its analysis is recorded soon.

        Raises:
            StoreError: the store cannot be written (the draft stays shown, unstored).
        """
        labels = labels or Labels()
        case_id = self._store.create(case, labels.tags, labels.parties())
        self._draft = False
        self._case_id = case_id
        self._case = case
        self._labels = labels
        self.cases_changed.emit()
        self.draft_stored.emit(case_id)
        self.facts_changed.emit(case)
        self.labels_changed.emit(labels)
        self._reanalyse()
        self._save_soon()
        return case_id

    def discard_case(self, case_id: int) -> None:
        """Move a case to the trash; if it was open, show a draft in its place.

        (Undoing a case's first answer: the volunteer is back in an empty new case.)
        """
        was_open = case_id == self._case_id
        self.flush()
        self._store.delete(case_id)
        self.cases_changed.emit()
        if was_open:
            self._forget()
            self.open_draft()

    def duplicate_case(self, case_id: int) -> int:
        """Copy a case and open the copy; its ID."""
        self.flush()
        new_id = self._store.duplicate(case_id)
        self.cases_changed.emit()
        self.open_case(new_id)
        return new_id

    def trash_case(self, case_id: int) -> None:
        """Move a case to the trash; if it was open, none is (``case_closed``)."""
        self.flush()
        self._store.delete(case_id)
        self.cases_changed.emit()
        if case_id == self._case_id:
            self._forget()
            self.case_closed.emit(case_id)

    def untrash_case(self, case_id: int) -> None:
        """Bring a case back from the trash and open it."""
        self.flush()
        self._store.restore(case_id)
        self.cases_changed.emit()
        self.open_case(case_id)

    # ---------------------------------------------------------------- saving

    def flush(self) -> None:
        """Write the open case and its analysis now, if anything changed."""
        self._save_timer.stop()
        if not self._dirty or self._case_id is None:
            return
        self._dirty = False
        labels = self._labels if self._labels_dirty else None
        try:
            row = self._store.save(
                self._case_id,
                self.case(),
                self._analysis,
                tags=None if labels is None else labels.tags,
                parties=None if labels is None else labels.parties(),
            )
        except StoreError as error:
            self.save_failed.emit(error)
            return
        self._labels_dirty = False
        self.case_saved.emit(row)

    def close(self) -> None:
        """Save what is unsaved and close the store (the session is done)."""
        self.flush()
        self._store.close()

    # ---------------------------------------------------------------- private

    def _analyse(self, case: Case) -> Analysis:
        from cases.analysis import analyzer

        return analyzer.analyze(case, self._settings, dt.date.today())

    def _reanalyse(self) -> None:
        self._analysis = self._analyse(self.case())
        self.analysis_updated.emit(self._analysis)

    def _save_soon(self) -> None:
        self._dirty = True
        self._save_timer.start()

    def _forget(self) -> None:
        """No case is open any more (it went to the trash, or was purged)."""
        self._save_timer.stop()
        self._dirty = False
        self._case_id = None
        self._case = None
        self._analysis = None
        self._draft = False
        self._labels = Labels()
        self._labels_dirty = False

    @Slot()
    def _on_save_timer_timeout(self) -> None:
        self.flush()
