"""A second copy of the app asks the first to come forward, through a local socket.

The lock itself is ``checkin.instance`` (an OS file lock in the data folder). This module only
carries the "show yourself" request: the first copy listens on a local server named after its
data folder; a refused second copy connects and writes ``show``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from checkin import APP_ID

REQUEST = b"show\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


class ShowRequests(QObject):
    """Listens for second copies; calls ``on_request`` on the main thread for each."""

    def __init__(
        self, *, data_dir: Path, on_request: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_request = on_request
        self.server = QLocalServer(self)
        name = server_name(data_dir)
        # We hold the instance lock, so any socket with this name was left by a crashed copy.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(REQUEST.strip()):
            self._on_request()

    def close(self) -> None:
        self.server.close()


def ask_first_copy_to_show(data_dir: Path, *, timeout_ms: int = 300) -> bool:
    """Tell the running copy to bring its window forward; False when it does not answer."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(REQUEST)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok


def bring_forward(window: object) -> None:
    """Show, un-minimise and raise a window (where the window manager allows it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
