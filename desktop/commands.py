"""Undoable edits: every change to a case, a new case's first answer, duplicate, delete, restore.

Each command holds frozen ``cases.model.domain.Case`` values (or case IDs) and calls back
into the case session (``desktop.case_session``), which writes the store and tells the
window what to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from cases.model.domain import Case
    from desktop.case_session import Labels

Value = TypeVar("Value")


class CaseHost(Protocol):
    """What the commands need from their host (``desktop.case_session.CaseSession``)."""

    def apply_case(self, case_id: int, case: Case) -> None:
        """Show and save ``case`` as the facts of ``case_id``."""

    def apply_labels(self, case_id: int, labels: Labels) -> None:
        """Show and save ``labels`` as the tags and parties' names of ``case_id``."""

    def discard_case(self, case_id: int) -> None:
        """Move a case to the trash; if it was open, show an empty new case instead."""

    def duplicate_case(self, case_id: int) -> int:
        """Copy a case and open the copy; its ID."""

    def trash_case(self, case_id: int) -> None:
        """Move a case to the trash."""

    def untrash_case(self, case_id: int) -> None:
        """Bring a case back from the trash and open it."""


EDIT_ID = 1001


class _FieldEdit(QUndoCommand, Generic[Value]):
    """One answer changed: a value before and after.

    Consecutive typing in the same field of the same case merges into one step (the
    first ``old`` is kept).

    Attributes:
        case_id: the case edited.
        field: the field edited.
        old: the value before.
        new: the value after.
    """

    def __init__(
        self,
        host: CaseHost,
        case_id: int,
        field: str,
        old: Value,
        new: Value,
        text: str,
        merge: bool,
    ) -> None:
        super().__init__(text)
        self._host = host
        self.case_id = case_id
        self.field = field
        self.old = old
        self.new = new
        self._merge = merge

    def _apply(self, value: Value) -> None:
        """Show and save ``value`` through the host."""
        raise NotImplementedError

    def id(self) -> int:
        """Override QUndoCommand::id: typing edits share an ID so they can merge."""
        return EDIT_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Override QUndoCommand::mergeWith: same kind, case and field → keep the first ``old``."""
        if not (
            type(other) is type(self)
            and isinstance(other, _FieldEdit)
            and other.case_id == self.case_id
            and other.field == self.field
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        """Override QUndoCommand::redo."""
        self._apply(self.new)

    def undo(self) -> None:
        """Override QUndoCommand::undo."""
        self._apply(self.old)


class EditCaseCommand(_FieldEdit["Case"]):
    """A fact, the title or the notes changed: ``old`` and ``new`` are the whole case."""

    def _apply(self, value: Case) -> None:
        self._host.apply_case(self.case_id, value)


class EditLabelsCommand(_FieldEdit["Labels"]):
    """The tags or a party's name changed: ``old`` and ``new`` are the tags and names.

    ``field`` is ``tags``, ``poster_name`` or ``victim_name``.
    """

    def _apply(self, value: Labels) -> None:
        self._host.apply_labels(self.case_id, value)


class CreateCaseCommand(QUndoCommand):
    """The first answer in a new case, which stored it (the session stores it first).

    Undo moves the case to the trash and shows an empty new case again; redo brings
    it back. Typing on in the same field merges into this step, as with
    ``EditCaseCommand``, so undoing a new case's first typed title removes the case.

    Attributes:
        case_id: the case stored.
        field: the field first answered.
    """

    def __init__(self, host: CaseHost, case_id: int, field: str, text: str, merge: bool) -> None:
        super().__init__(text)
        self._host = host
        self.case_id = case_id
        self.field = field
        self._merge = merge
        self._first_redo = True  # push() runs redo() at once: the case is stored already

    def id(self) -> int:
        """Override QUndoCommand::id: typing merges, as ``EditCaseCommand``'s does."""
        return EDIT_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Override QUndoCommand::mergeWith: more typing in the same field of this case."""
        return (
            isinstance(other, EditCaseCommand | EditLabelsCommand)
            and other.case_id == self.case_id
            and other.field == self.field
        )

    def redo(self) -> None:
        """Override QUndoCommand::redo."""
        if self._first_redo:
            self._first_redo = False
            return
        self._host.untrash_case(self.case_id)

    def undo(self) -> None:
        """Override QUndoCommand::undo."""
        self._host.discard_case(self.case_id)


class DuplicateCaseCommand(QUndoCommand):
    """A copy of a case; undo moves the copy to the trash."""

    def __init__(self, host: CaseHost, source_id: int, text: str) -> None:
        super().__init__(text)
        self._host = host
        self._source_id = source_id
        self.case_id: int | None = None

    def redo(self) -> None:
        """Override QUndoCommand::redo."""
        if self.case_id is None:
            self.case_id = self._host.duplicate_case(self._source_id)
        else:
            self._host.untrash_case(self.case_id)

    def undo(self) -> None:
        """Override QUndoCommand::undo."""
        if self.case_id is not None:
            self._host.trash_case(self.case_id)


class TrashCaseCommand(QUndoCommand):
    """Move a case to the trash (``restore=False``) or back (``restore=True``)."""

    def __init__(self, host: CaseHost, case_id: int, restore: bool, text: str) -> None:
        super().__init__(text)
        self._host = host
        self.case_id = case_id
        self._restore = restore

    def redo(self) -> None:
        """Override QUndoCommand::redo."""
        if self._restore:
            self._host.untrash_case(self.case_id)
        else:
            self._host.trash_case(self.case_id)

    def undo(self) -> None:
        """Override QUndoCommand::undo."""
        if self._restore:
            self._host.trash_case(self.case_id)
        else:
            self._host.untrash_case(self.case_id)
