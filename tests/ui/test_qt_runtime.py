"""The Qt bindings we ship keep Python's reference counts intact (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_that_return_nothing_keep_the_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")  # returns None from C++
    # A binding that loses a reference per call would be 5000 short; allow for unrelated noise.
    assert sys.getrefcount(None) - before > -50
