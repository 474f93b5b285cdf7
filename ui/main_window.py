"""The main window: one tab per screen of product.md."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from checkin import APP_NAME
from ui.operations import Operations


class MainWindow(QMainWindow):
    def __init__(self, *, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("screens")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.resize(1280, 760)

    def add_screen(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)

    def restore_geometry(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def save_geometry(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
