"""The main window: one tab per screen of docs/product.md."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from checkin import APP_NAME

if TYPE_CHECKING:
    from ui.backups import BackupScheduler
    from ui.operations import Operations


class MainWindow(QMainWindow):
    """Shows 'opening...' at once (as little as possible, so it appears fast); the screens are
    added once the database is open."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations: Operations | None = None
        self.backups: BackupScheduler | None = None
        """Automatic backups, once the database is open."""
        self.tabs: QTabWidget | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        loading = QLabel(self.tr("Even geduld, de gegevens worden geopend..."), self)
        # Centred through the style sheet: touching PySide6's Qt enum namespace for the first
        # time costs ~40 ms, which would delay the first sight of the window.
        loading.setStyleSheet("qproperty-alignment: AlignCenter; font-size: 14pt;")
        self.setCentralWidget(loading)
        self.resize(1280, 760)

    def set_operations(self, operations: Operations) -> None:
        """The database is open: the screens take the place of the 'opening...' text."""
        self.operations = operations
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("screens")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

    def add_screen(self, widget: QWidget, title: str) -> None:
        assert self.tabs is not None, "set_operations comes first"
        self.tabs.addTab(widget, title)
