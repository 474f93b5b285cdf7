"""The main window: one tab per screen of docs/product.md."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QTabWidget, QWidget

from checkin import APP_NAME
from ui.style import COMPACT_STYLE_SHEET, fits_compact

if TYPE_CHECKING:
    from ui.backups import BackupScheduler
    from ui.operations import Operations

PREFERRED_SIZE = (1280, 760)
"""The window's size on a screen with room for it."""

FRAME_ALLOWANCE = (16, 40)
"""Room left for the window's frame and title bar (which the window's own size excludes)."""


class MainWindow(QMainWindow):
    """Shows 'opening...' at once (as little as possible, so it appears fast); the screens are
    added once the database is open. The window fits the screen it is on: on a small screen
    (1024x600, or 150% text) it takes the compact look and no more room than the screen has."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations: Operations | None = None
        self.backups: BackupScheduler | None = None
        """Automatic backups, once the database is open."""
        self.tabs: QTabWidget | None = None
        self.compact = False
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        loading = QLabel(self.tr("Even geduld, de gegevens worden geopend..."), self)
        # Centred through the style sheet: touching PySide6's Qt enum namespace for the first
        # time costs ~40 ms, which would delay the first sight of the window.
        loading.setStyleSheet("qproperty-alignment: AlignCenter; font-size: 14pt;")
        self.setCentralWidget(loading)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Take the compact look on a small screen and a size that fits the available area."""
        screen = self.screen()
        if screen is None:
            self.resize(*PREFERRED_SIZE)
            return
        area = screen.availableGeometry()
        self.compact = fits_compact(area.width(), area.height())
        sheet = COMPACT_STYLE_SHEET if self.compact else ""
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)
        width = min(PREFERRED_SIZE[0], area.width() - FRAME_ALLOWANCE[0])
        height = min(PREFERRED_SIZE[1], area.height() - FRAME_ALLOWANCE[1])
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not getattr(self, "_follows_screen", False):
            self._follows_screen = True
            handle.screenChanged.connect(lambda _screen: self.fit_to_screen())
            # Laid out before its look was applied, the window may have grown: fit it again.
            QTimer.singleShot(0, self.fit_to_screen)

    def set_operations(self, operations: Operations) -> None:
        """The database is open: the screens take the place of the 'opening...' text."""
        self.operations = operations
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("screens")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _index: self._only_the_shown_screen_counts())
        self.setCentralWidget(self.tabs)

    def add_screen(self, widget: QWidget, title: str) -> None:
        assert self.tabs is not None, "set_operations comes first"
        self.tabs.addTab(widget, title)
        self._only_the_shown_screen_counts()
        self.fit_to_screen()

    def _only_the_shown_screen_counts(self) -> None:
        """The window's minimum size is the shown screen's, not the largest of all screens (a tab
        widget takes the largest): on a small screen the door's screen fits, whatever the others
        need when they are opened."""
        assert self.tabs is not None
        current = self.tabs.currentWidget()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
