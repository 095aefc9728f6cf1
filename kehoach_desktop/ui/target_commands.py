"""The chỉ tiêu's undo steps: add, edit, delete, each written to the file at once.

As with rows (ui/commands.py) there is no "Save": redo() is the write, through
the window's guarded writer. A write that fails (the file vanished, the disk is
full) is reported and the step marks itself obsolete so the undo stack drops it.
Whatever happens, the dashboard is redrawn from the file afterwards.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Target
from kehoach_desktop.store.targets import insert_target, replace_target, take_target
from kehoach_desktop.ui.errors import error_text

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


@dataclass
class TargetHost:
    """What a chỉ tiêu step needs from the window."""

    write: Callable[..., Any]           # write(store_fn, *args) runs store_fn(db, *args), guarded
    changed: Callable[[], None]         # redraw what shows the chỉ tiêu
    problem: Callable[[str], None]      # show a Vietnamese message


class _TargetCommand(QUndoCommand):
    def __init__(self, host: TargetHost, text: str) -> None:
        super().__init__(text)
        self.host = host

    def _run(self, fn, *args):
        try:
            return self.host.write(fn, *args)
        except InputError as exc:     # WriteFailed, or the file changed under the window
            self.setObsolete(True)
            self.host.problem(error_text(exc))
            return None
        finally:
            self.host.changed()


class _PutTarget(_TargetCommand):
    """A chỉ tiêu put into the plan and taken out again, under the same id and at the same place."""

    def __init__(self, host: TargetHost, plan_id: int, target: Target, text: str) -> None:
        super().__init__(host, text)
        self.plan_id, self.target = plan_id, copy.deepcopy(target)

    def _put(self) -> None:
        stored = self._run(insert_target, self.plan_id, copy.deepcopy(self.target))
        if stored is not None:
            self.target.id, self.target.position = stored.id, stored.position

    def _take(self) -> None:
        taken = self._run(take_target, self.target.id)
        if taken is not None:
            self.target = taken


class AddTargetCommand(_PutTarget):
    def __init__(self, host: TargetHost, plan_id: int, target: Target) -> None:
        super().__init__(host, plan_id, target, _tr("TargetCommands", "Thêm chỉ tiêu «{0}»").format(target.name))

    def redo(self) -> None:
        self._put()

    def undo(self) -> None:
        self._take()


class DeleteTargetCommand(_PutTarget):
    def __init__(self, host: TargetHost, plan_id: int, target: Target) -> None:
        super().__init__(host, plan_id, target, _tr("TargetCommands", "Xóa chỉ tiêu «{0}»").format(target.name))

    def redo(self) -> None:
        self._take()

    def undo(self) -> None:
        self._put()


class EditTargetCommand(_TargetCommand):
    def __init__(self, host: TargetHost, before: Target, after: Target) -> None:
        super().__init__(host, _tr("TargetCommands", "Sửa chỉ tiêu «{0}»").format(before.name))
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)

    def redo(self) -> None:
        self._run(replace_target, copy.deepcopy(self.after))

    def undo(self) -> None:
        self._run(replace_target, copy.deepcopy(self.before))
