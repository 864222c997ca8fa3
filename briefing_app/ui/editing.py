"""Every edit the app makes, as an undoable command on one QUndoStack.

Views never write; they ask `EditController`, which checks the values first (so a refused value
never reaches the undo stack), then pushes a command that writes through `Repository` (one
transaction, one change set in history). Undo puts the old values back the same way, and a
deletion comes back from its snapshot with the same ids. After every write the controller says
what changed (`item_changed`, `list_changed`) so the views can refresh what they show.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing_app.domain.items import ItemKind, kind_named
from briefing_app.domain.validation import check_classification, clean_values
from briefing_app.store.errors import describe_sqlite_error
from briefing_app.store.repository import NotFoundError, Repository, Snapshot
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import kind_label
from briefing_app.ui.messages import error_text, translated

Row = dict[str, object]


class EditController(QObject):
    """Writes on behalf of the views, with undo and redo."""

    item_changed = Signal(str, str)  # kind name, item id: fields of one item changed
    list_changed = Signal(str, object)  # kind name, parent id (or None): rows came, went or moved
    failed = Signal(str)  # a write that could not be done, in words for the user
    revealed = Signal(str, str)  # kind name, item id: an undo or redo changed it; show it

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.undo_stack = QUndoStack(self)
        self.locked: str | None = None  # why nothing may be written now (None: it may)

    def set_locked(self, reason: str | None) -> None:
        """Refuse every write (and undo or redo) with ``reason`` until unlocked with None."""
        self.locked = reason

    def refuses(self) -> bool:
        """Whether nothing may be written now; says why through `failed` when so. Writers
        outside this controller (imports, sync, restores, meeting notes) ask it first."""
        if self.locked is None:
            return False
        self.failed.emit(self.locked)
        return True

    # -- what views ask for ------------------------------------------------------------------

    def update(
        self, kind: str, item_id: str, changes: Mapping[str, object], text: str | None = None
    ) -> None:
        """Change fields of an item. Raises ValidationError (nothing stored) for a bad value."""
        item_kind = kind_named(kind)
        cleaned = clean_values(item_kind, changes, partial=True)
        if {"classification", "kind"} & cleaned.keys():
            # A bottom line or BATNA stays vertrouwelijk: refused at the field, before the stack.
            check_classification(item_kind, {**self.repo.get(item_kind, item_id), **cleaned})
        label = text or _tr("%1 bewerken").replace("%1", kind_label(item_kind))
        self._push(_UpdateCommand(self, item_kind, item_id, dict(changes), label))

    def create(self, kind: str, values: Mapping[str, object]) -> str | None:
        """Add an item; returns its id. Raises ValidationError (nothing stored) for bad values."""
        item_kind = kind_named(kind)
        clean_values(item_kind, values, partial=False)
        command = _CreateCommand(self, item_kind, dict(values))
        self._push(command)
        return command.item_id

    def delete(self, kind: str, item_id: str) -> None:
        self._push(_DeleteCommand(self, kind_named(kind), item_id))

    def move(self, kind: str, item_id: str, new_index: int) -> None:
        self._push(_MoveCommand(self, kind_named(kind), item_id, new_index))

    # -- internals -------------------------------------------------------------------------

    def _push(self, command: _Command) -> None:
        if self.locked is not None:
            self.failed.emit(self.locked)
            return
        self.undo_stack.push(command)

    def parent_of(self, kind: ItemKind, item_id: str) -> object:
        if not kind.parent:
            return None
        try:
            return self.repo.get(kind, item_id)[kind.parent]
        except NotFoundError:
            return None


class _Command(QUndoCommand):
    """A command that reports a failed write instead of raising into Qt's event loop."""

    def __init__(self, edits: EditController, kind: ItemKind, text: str) -> None:
        super().__init__(text)
        self.edits = edits
        self.kind = kind
        self.error: str | None = None
        self._done_once = False

    def redo(self) -> None:
        if self._guard(self.do) and self._done_once:
            self._reveal()
        self._done_once = True

    def undo(self) -> None:
        if self._guard(self.undo_it):
            self._reveal()

    def _reveal(self) -> None:
        """After an undo or a redo, let the window show the item (it may be out of sight)."""
        item_id = getattr(self, "item_id", None)
        if item_id is None:
            return
        try:
            self.edits.repo.get(self.kind, item_id)
        except NotFoundError:  # an undone creation: nothing left to show
            return
        self.edits.revealed.emit(self.kind.name, item_id)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def _guard(self, action: Callable[[], None]) -> bool:
        """Run ``action``; a failure is reported (`failed`) and drops the command."""
        try:
            action()
            return True
        except (NotFoundError, ValueError) as exc:
            self.error = error_text(exc)
        except sqlite3.Error as exc:  # read-only file, full disk, another writer: say so in Dutch
            self.error = translated(describe_sqlite_error(exc))
        self.setObsolete(True)
        self.edits.failed.emit(self.error)
        return False


class _UpdateCommand(_Command):
    def __init__(
        self, edits: EditController, kind: ItemKind, item_id: str, changes: Row, text: str
    ) -> None:
        super().__init__(edits, kind, text)
        self.item_id = item_id
        self.changes = changes
        self.old: Row | None = None

    def do(self) -> None:
        old = self.edits.repo.update(self.kind, self.item_id, self.changes)
        if self.old is None:
            self.old = old
            if not old:  # nothing really changed: nothing to undo either
                self.setObsolete(True)
                return
        self.edits.item_changed.emit(self.kind.name, self.item_id)

    def undo_it(self) -> None:
        self.edits.repo.update(self.kind, self.item_id, self.old or {})
        self.edits.item_changed.emit(self.kind.name, self.item_id)


class _CreateCommand(_Command):
    def __init__(self, edits: EditController, kind: ItemKind, values: Row) -> None:
        label = _tr("%1 toevoegen").replace("%1", kind_label(kind))
        super().__init__(edits, kind, label)
        self.values = values
        self.item_id: str | None = None
        self.snapshot: Snapshot | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.item_id = self.edits.repo.create(self.kind, self.values)
        else:  # redo after undo: the same item, with the same id, comes back
            self.edits.repo.restore(self.snapshot)
        self.edits.list_changed.emit(self.kind.name, self.values.get(self.kind.parent or ""))

    def undo_it(self) -> None:
        assert self.item_id is not None
        self.snapshot = self.edits.repo.delete(self.kind, self.item_id)
        self.edits.list_changed.emit(self.kind.name, self.values.get(self.kind.parent or ""))


class _DeleteCommand(_Command):
    def __init__(self, edits: EditController, kind: ItemKind, item_id: str) -> None:
        super().__init__(edits, kind, _tr("%1 verwijderen").replace("%1", kind_label(kind)))
        self.item_id = item_id
        self.parent_id = edits.parent_of(kind, item_id)
        self.snapshot: Snapshot | None = None

    def do(self) -> None:
        self.snapshot = self.edits.repo.delete(self.kind, self.item_id)
        self.edits.list_changed.emit(self.kind.name, self.parent_id)

    def undo_it(self) -> None:
        assert self.snapshot is not None
        self.edits.repo.restore(self.snapshot)
        self.edits.list_changed.emit(self.kind.name, self.parent_id)


class _MoveCommand(_Command):
    def __init__(self, edits: EditController, kind: ItemKind, item_id: str, index: int) -> None:
        super().__init__(edits, kind, _tr("%1 verplaatsen").replace("%1", kind_label(kind)))
        self.item_id = item_id
        self.index = index
        self.parent_id = edits.parent_of(kind, item_id)
        self.old_index: int | None = None

    def do(self) -> None:
        old = self.edits.repo.move(self.kind, self.item_id, self.index)
        if self.old_index is None:
            self.old_index = old
            if old == self.index:
                self.setObsolete(True)
                return
        self.edits.list_changed.emit(self.kind.name, self.parent_id)

    def undo_it(self) -> None:
        assert self.old_index is not None
        self.edits.repo.move(self.kind, self.item_id, self.old_index)
        self.edits.list_changed.emit(self.kind.name, self.parent_id)
