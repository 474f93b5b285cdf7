"""The main window: one tab per screen of product.md."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from checkin import APP_NAME

if TYPE_CHECKING:
    from ui.backups import BackupScheduler
    from ui.operations import Operations


class MainWindow(QMainWindow):
    """Shows 'opening...' at once; the screens are added once the database is open."""

    def __init__(self, *, operations: Operations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.backups: BackupScheduler | None = None
        """Automatic backups, once the database is open."""
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.pages = QStackedWidget(self)
        self.loading = QLabel(self.tr("Even geduld, de gegevens worden geopend..."), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("screens")
        self.tabs.setDocumentMode(True)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.resize(1280, 760)
        if operations is not None:
            self.pages.setCurrentWidget(self.tabs)

    def set_operations(self, operations: Operations) -> None:
        self.operations = operations
        self.pages.setCurrentWidget(self.tabs)

    def add_screen(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)

    def restore_geometry(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def save_geometry(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
