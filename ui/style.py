"""Shared look: large touch-friendly targets and readable text for the door."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QWidget

Button = TypeVar("Button", bound=QAbstractButton)
Widget = TypeVar("Widget", bound=QWidget)

TOUCH_HEIGHT = 44
"""Minimum height of a button a host taps with a toddler on her arm (px)."""

STYLE_SHEET = """
QWidget { font-size: 11pt; }
QPushButton { min-height: 40px; padding: 4px 14px; }
QPushButton[role="primary"] { background: #2e7d32; color: white; font-weight: bold; border-radius: 6px; }
QPushButton[role="primary"]:disabled { background: #9e9e9e; }
QPushButton[role="drink"] { min-width: 110px; font-size: 12pt; }
QLineEdit#search { font-size: 18pt; min-height: 48px; padding: 4px 10px; }
QLabel#statusLine { font-size: 12pt; padding: 6px; border-radius: 6px; background: #e8f5e9; }
QLabel#statusLine[error="true"] { background: #ffebee; color: #b71c1c; }
QLabel#counts { font-size: 13pt; font-weight: bold; }
QLabel#morningTitle { font-size: 16pt; font-weight: bold; }
QTableView { font-size: 12pt; }
"""


def primary(button: Button) -> Button:
    button.setProperty("role", "primary")
    return button


def touch(widget: Widget) -> Widget:
    widget.setMinimumHeight(TOUCH_HEIGHT)
    return widget
