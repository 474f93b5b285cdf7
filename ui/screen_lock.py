"""The figures lock again: when their tab is left, and after ten minutes nobody used the app.

Once the coordinator has given the PIN, the figures must not stay open for the next host at the
door. ``lock_when_left(tabs, screen)`` watches the tabs and the keyboard and mouse of the whole
application; the screen only needs a ``lock()`` method.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

IDLE_MS = 10 * 60 * 1000
"""Ten minutes without a key or a click lock the figures."""

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class ScreenLock(QObject):
    """Locks ``screen`` when another tab is chosen, or after ``idle_ms`` without activity."""

    def __init__(self, tabs: QTabWidget, screen: QWidget, *, idle_ms: int = IDLE_MS) -> None:
        super().__init__(tabs)
        self.tabs, self.screen = tabs, screen
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self._lock)
        tabs.currentChanged.connect(self._tab_changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def _lock(self) -> None:
        lock = getattr(self.screen, "lock", None)
        if lock is not None:
            lock()

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        # The tab's page is the screen itself, or a page the screen was made in later.
        if current is None or not (current is self.screen or current.isAncestorOf(self.screen)):
            self._lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.timer.start()  # starts the ten minutes again
        return False


def lock_when_left(tabs: QTabWidget, screen: QWidget, *, idle_ms: int = IDLE_MS) -> ScreenLock:
    """Lock ``screen`` (it has ``lock()``) when its tab is left or the app sits idle."""
    return ScreenLock(tabs, screen, idle_ms=idle_ms)
