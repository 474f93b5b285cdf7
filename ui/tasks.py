"""Slow work off the GUI thread: a runner that takes a function and hands its result back.

Widgets get a runner passed in. ``ThreadRunner`` uses a QThreadPool and delivers results on the
main thread through a queued signal; tests pass ``ImmediateRunner``, which runs at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    def submit(self, work: Callable[[], Any], *, done: Done, failed: Failed) -> None: ...


class _Relay(QObject):
    """Lives on the main thread; the worker emits, the main thread calls back."""

    finished = Signal(object, object, object)  # callback, value, is_error

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    @Slot(object, object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any, _is_error: bool) -> None:
        callback(value)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], done: Done, failed: Failed, relay: _Relay) -> None:
        super().__init__()
        self.work, self.done, self.failed, self.relay = work, done, failed, relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # delivered to the widget, never lost in the thread
            self.relay.finished.emit(self.failed, error, True)
        else:
            self.relay.finished.emit(self.done, result, False)


class ThreadRunner:
    """Runs work in a thread pool; ``done``/``failed`` are called on the main thread."""

    def __init__(self, *, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()

    def submit(self, work: Callable[[], Any], *, done: Done, failed: Failed) -> None:
        self.pool.start(_Job(work, done, failed, self._relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class ImmediateRunner:
    """Runs work at once on the calling thread (for tests)."""

    def submit(self, work: Callable[[], Any], *, done: Done, failed: Failed) -> None:
        try:
            result = work()
        except Exception as error:
            failed(error)
        else:
            done(result)
