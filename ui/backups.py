"""Backups without anyone remembering: at start, every 30 minutes when data changed, after a morning.

``BackupScheduler`` counts commits on the database (``storage.watch_commits``) and runs
``storage.make_backup`` in the runner (off the GUI thread). The Vandaag screen calls ``operations.morning_closed()`` after it
closed a morning; the app connects that to ``after_morning_closed``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.errors import Rejected
from ui.messages import rejected_text
from ui.operations import Operations, storage
from ui.tasks import Runner

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000


class BackupScheduler(QObject):
    made = Signal(object)
    """The path of a new verified backup."""
    failed = Signal(str)
    """A Dutch message: the backup did not succeed."""

    def __init__(
        self,
        *,
        operations: Operations,
        runner: Runner,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.runner = runner
        self._commits = storage.watch_commits(operations)
        self._saved_at = -1
        self._busy = False
        self._pending: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    @property
    def commits(self) -> int:
        """Commits on the database since the scheduler was made."""
        return self._commits.count

    def start(self) -> None:
        """A backup now (the start of the day), then every interval while data changed."""
        self.backup_now(reason="start")
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._commits.stop()

    @property
    def changed(self) -> bool:
        return self.commits != self._saved_at

    def tick(self) -> None:
        if self.changed:
            self.backup_now(reason="periodiek")

    def after_morning_closed(self) -> None:
        self.backup_now(reason="ochtend")

    def backup_now(self, *, reason: str) -> None:
        if self._busy:
            self._pending = reason
            return
        self._busy = True
        seen = self.commits
        self.runner.submit(
            lambda: storage.make_backup(self.operations, reason=reason),
            done=lambda path: self._done(path, seen),
            failed=self._failed,
        )

    def _done(self, path: Path, seen: int) -> None:
        self._saved_at = seen
        log.info("Backup made: %s", path.name)
        self._finish()
        self.made.emit(path)

    def _failed(self, error: BaseException) -> None:
        log.error("Backup failed: %s", type(error).__name__)
        self._finish()
        if isinstance(error, Rejected):
            self.failed.emit(rejected_text(error))
        else:
            self.failed.emit(str(error) or type(error).__name__)

    def _finish(self) -> None:
        self._busy = False
        if self._pending is not None:
            reason, self._pending = self._pending, None
            self.backup_now(reason=reason)
