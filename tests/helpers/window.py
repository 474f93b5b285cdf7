"""One start of the app's window in a test, as ``ui.app.run`` does it without its event loop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import app as app_module
from ui.main_window import MainWindow


def start_window(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, app_module._Session]:
    """The window drawn first, then the start-up work on ``data_dir`` (``ui.app._open``); the
    caller closes it with ``app_module._close(window, state)``."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    state = app_module._Session()
    app_module._open(window, data_dir, qapp, state)
    return window, state
