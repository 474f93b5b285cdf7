"""Shared look: large touch-friendly targets and readable text for the door.

Small screens (an old netbook at 1024x600, or a laptop at 150% text, which leaves 910x512
logical pixels) get ``COMPACT_STYLE_SHEET`` on top: smaller targets and text, so the morning's
main actions still fit without scrolling (see ``fits_compact``).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QWidget

Button = TypeVar("Button", bound=QAbstractButton)
Widget = TypeVar("Widget", bound=QWidget)

TOUCH_HEIGHT = 44
"""Minimum height of a button a host taps with a toddler on her arm (px)."""

COMPACT_HEIGHT = 32
"""Minimum height of a button on a small screen (logical px; 48 real pixels at 150%)."""

FOCUS = "#1565c0"
"""Colour of the focus outline: a host using the keyboard must see where she is."""

STYLE_SHEET = f"""
QWidget {{ font-size: 11pt; }}
QPushButton, QToolButton {{ min-height: 40px; padding: 4px 14px; border: 3px solid #b0b0b0;
    border-radius: 5px; background: #f7f7f7; }}
QPushButton:hover, QToolButton:hover {{ background: #eeeeee; }}
QPushButton:pressed, QToolButton:pressed {{ background: #dddddd; }}
QPushButton:disabled, QToolButton:disabled {{ color: #9e9e9e; border-color: #d6d6d6; }}
QPushButton[role="primary"] {{ background: #2e7d32; color: white; font-weight: bold;
    border-color: #2e7d32; }}
QPushButton[role="primary"]:disabled {{ background: #9e9e9e; border-color: #9e9e9e; }}
QPushButton[role="drink"] {{ min-width: 110px; }}
QPushButton[role="payment"] {{ min-width: 64px; }}
QPushButton[role="payment"]:checked {{ background: #1565c0; color: white; border-color: #0d47a1; }}
QPushButton[role="payment"]:checked:disabled {{ background: #9e9e9e; border-color: #9e9e9e; }}
QPushButton:focus, QToolButton:focus {{ border-color: {FOCUS}; }}
QPushButton[role="primary"]:focus {{ border-color: #fbc02d; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QAbstractItemView:focus {{
    border: 2px solid {FOCUS}; }}
QLineEdit#search {{ font-size: 18pt; min-height: 48px; padding: 4px 10px; }}
QLineEdit#search:focus {{ border: 3px solid {FOCUS}; }}
QLabel#statusLine {{ font-size: 12pt; padding: 6px; border-radius: 6px; background: #e8f5e9; }}
QLabel#statusLine[error="true"] {{ background: #ffebee; color: #b71c1c; }}
QLabel#offlineBanner {{ font-size: 12pt; padding: 6px; border-radius: 6px; background: #fff3cd;
    color: #5d4200; border: 2px solid #f0ad4e; }}
QLabel#counts {{ font-size: 13pt; }}
QLabel#morningTitle {{ font-size: 16pt; font-weight: bold; }}
QTableView {{ font-size: 12pt; }}
"""

COMPACT_STYLE_SHEET = f"""
QWidget {{ font-size: 10pt; }}
QPushButton, QToolButton {{ min-height: {COMPACT_HEIGHT - 10}px; padding: 1px 7px; border-width: 2px; }}
QPushButton[role="drink"] {{ min-width: 70px; }}
QPushButton[role="payment"] {{ min-width: 48px; }}
QLineEdit#search {{ font-size: 14pt; min-height: 30px; padding: 2px 6px; }}
QLabel#statusLine {{ font-size: 10pt; padding: 3px; }}
QLabel#offlineBanner {{ font-size: 10pt; padding: 3px; }}
QLabel#counts {{ font-size: 10pt; font-weight: normal; }}
QLabel#morningTitle {{ font-size: 12pt; }}
QTableView {{ font-size: 10pt; }}
"""
"""Set on the main window (over the application's sheet) when the screen is small."""

COMPACT_BELOW = (1200, 800)
"""Screens (logical px, available area) narrower or lower than this get the compact look."""

ROW_HEIGHT = 36
COMPACT_ROW_HEIGHT = 24
"""Height of a row in the family tables (px)."""


def fits_compact(width: int, height: int) -> bool:
    """Whether a screen of this available size (logical px) needs the compact look."""
    return width < COMPACT_BELOW[0] or height < COMPACT_BELOW[1]


def primary(button: Button) -> Button:
    button.setProperty("role", "primary")
    return button


def touch(widget: Widget) -> Widget:
    widget.setMinimumHeight(TOUCH_HEIGHT)
    return widget
