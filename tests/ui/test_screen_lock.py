"""The figures lock again when their tab is left, and after a while without a key or a click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from checkin.db import Database
from ui.app import build_window
from ui.cijfers import CijfersScreen
from ui.screen_lock import IDLE_MS, lock_when_left
from ui.tasks import ImmediateRunner


class Figures(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.locks = 0

    def lock(self) -> None:
        self.locks += 1


def _tabs(qtbot: QtBot) -> tuple[QTabWidget, QLineEdit, Figures]:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    door, figures = QLineEdit(), Figures()
    tabs.addTab(door, "Vandaag")
    tabs.addTab(figures, "Cijfers")
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, door, figures


def test_leaving_the_tab_locks(qtbot: QtBot) -> None:
    tabs, door, figures = _tabs(qtbot)
    lock_when_left(tabs, figures)
    tabs.setCurrentIndex(1)
    assert figures.locks == 0
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Left)  # back to Vandaag by keyboard
    assert tabs.currentWidget() is door and figures.locks == 1


def test_idle_time_locks_and_a_key_starts_it_again(qtbot: QtBot) -> None:
    tabs, door, figures = _tabs(qtbot)
    assert IDLE_MS == 10 * 60 * 1000
    guard = lock_when_left(tabs, figures, idle_ms=60_000)
    tabs.setCurrentIndex(1)
    guard.timer.stop()
    qtbot.keyClick(door, Qt.Key.Key_A)  # any key starts the idle time again
    assert guard.timer.isActive()
    guard.timer.setInterval(20)
    guard.timer.start()
    qtbot.waitUntil(lambda: figures.locks == 1)


def test_the_window_locks_its_figures(qtbot: QtBot, database: Database) -> None:
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs is not None
    tabs = window.tabs
    cijfers = next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), CijfersScreen))
    assert isinstance(cijfers, CijfersScreen)
    tabs.setCurrentWidget(cijfers)
    qtbot.waitUntil(lambda: cijfers.unlocked)  # no PIN set: open at once
    tabs.setCurrentIndex(0)
    assert not cijfers.unlocked and cijfers.pages.currentWidget() is cijfers.locked
    tabs.setCurrentWidget(cijfers)
    qtbot.waitUntil(lambda: cijfers.unlocked)  # opens again, built once
    assert cijfers.pages.currentWidget() is cijfers.content
