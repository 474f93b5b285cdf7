"""Dialogs that fit the screen they open on: old netbooks (1024x600) and 150% scaling included.

A dialog asks ``fit_to_screen(self, preferred)`` at the end of its constructor: it opens at its
preferred size, made smaller where the screen's free area (without the task bar) is smaller, and
never larger than that area. Dialogs keep their buttons outside any scroll area, so making them
smaller never hides "Opslaan" or "Sluiten".
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 8
"""Pixels left free around a dialog for its window frame."""

TITLE_BAR = 32
"""Logical pixels a window manager's title bar takes above a dialog."""


def available_size(widget: QWidget) -> QSize:
    """The free area of the screen ``widget`` is on (or the primary screen), in logical pixels."""
    # Not ``widget.screen()``: the Python wrapper it makes first belongs to the widget (shiboken's
    # return-value heuristic), and a dialog collected by Python then deleted the QScreen itself
    # (a crash in QScreen a moment later). The application's own look-up makes no such tie.
    centre = widget.mapToGlobal(widget.rect().center())
    screen = QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (never on a real desktop)
        return QSize(1024, 600)
    return screen.availableGeometry().size()


def room_for(widget: QWidget) -> QSize:
    """The largest size a dialog on ``widget``'s screen may have, its frame included."""
    free = available_size(widget)
    return QSize(max(320, free.width() - 2 * MARGIN), max(240, free.height() - TITLE_BAR - 2 * MARGIN))


def fit_to_screen(dialog: QWidget, preferred: QSize | None = None) -> QSize:
    """Resize ``dialog`` to ``preferred`` (default: its size hint) bounded by the screen; returns it."""
    room = room_for(dialog)
    wanted = preferred if preferred is not None else dialog.sizeHint()
    size = wanted.boundedTo(room).expandedTo(dialog.minimumSizeHint().boundedTo(room))
    dialog.resize(size)
    return size
