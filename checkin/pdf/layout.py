"""Page sizes and the layout of every document, as data in millimetres from the top-left corner.

The A4 poster and the A4 month programme are laid out once; A5 handouts are the same layout
scaled by 1/sqrt(2) (A-sizes share their proportions), two on a landscape A4 sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.errors import Rejected
from checkin.i18n import N_

MM = 72 / 25.4
"""PDF points per millimetre."""

A4 = (210.0, 297.0)
A4_LANDSCAPE = (297.0, 210.0)
A5 = (148.5, 210.0)
CARD = (85.6, 54.0)
"""ISO/IEC 7810 ID-1: the size of a bank card."""

SIZES = ("a4", "a5")
"""The paper sizes a flyer can have: a4 (a poster) or a5 (two handouts on an A4 sheet)."""

A5_SCALE = A5[1] / A4[1]

COLOURS = {
    "brand": (0.12, 0.43, 0.47),
    "accent": (0.95, 0.65, 0.25),
    "light": (0.93, 0.96, 0.96),
    "text": (0.13, 0.13, 0.13),
    "muted": (0.35, 0.35, 0.35),
    "white": (1.0, 1.0, 1.0),
    "line": (0.70, 0.70, 0.70),
}


def check_size(size: str) -> str:
    if size not in SIZES:
        raise Rejected(N_("Onbekend papierformaat '{size}'; kies a4 of a5."), size=size)
    return size


@dataclass(frozen=True)
class Box:
    """A rectangle on the page: x and y of its top-left corner, width and height, in millimetres."""

    x: float
    y: float
    w: float
    h: float

    def inset(self, d: float) -> Box:
        return Box(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def offset(self, dx: float, dy: float) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class TextStyle:
    bold: bool = False
    max_size: float = 12.0
    """Font size in points to start from; the text shrinks down to ``min_size`` to fit its box."""
    min_size: float = 6.0
    colour: str = "text"
    align: str = "left"
    valign: str = "top"
    leading: float = 1.2


# --- The A4 poster for one activity ---------------------------------------------------------------
POSTER = {
    "band": Box(8, 8, 194, 38),
    "place": Box(16, 13, 140, 16),
    "subtitle": Box(16, 30, 140, 11),
    "logo": Box(162, 11, 36, 32),
    "date": Box(16, 54, 178, 12),
    "title": Box(16, 68, 178, 46),
    "theme": Box(16, 116, 178, 10),
    "description": Box(16, 130, 178, 68),
    "welcome": Box(8, 204, 194, 18),
    "info": Box(16, 228, 124, 58),
    "qr": Box(150, 226, 48, 48),
    "qr_caption": Box(146, 275, 56, 12),
}
POSTER_STYLES = {
    "place": TextStyle(bold=True, max_size=26, min_size=12, colour="white", valign="middle"),
    "subtitle": TextStyle(max_size=13, min_size=8, colour="white", valign="middle"),
    "date": TextStyle(bold=True, max_size=20, min_size=10, colour="brand", valign="middle"),
    "title": TextStyle(bold=True, max_size=44, min_size=14, valign="middle", leading=1.15),
    "theme": TextStyle(max_size=14, min_size=8, colour="muted", valign="middle"),
    "description": TextStyle(max_size=18, min_size=8, leading=1.3),
    "welcome": TextStyle(bold=True, max_size=15, min_size=8, colour="text", align="center", valign="middle"),
    "info": TextStyle(max_size=16, min_size=7, leading=1.3),
    "qr_caption": TextStyle(max_size=9, min_size=5, colour="muted", align="center"),
}

# --- The A4 month programme ----------------------------------------------------------------------
PROGRAMME = {
    "band": Box(8, 8, 194, 38),
    "place": Box(16, 13, 140, 16),
    "subtitle": Box(16, 30, 140, 11),
    "logo": Box(162, 11, 36, 32),
    "intro": Box(16, 50, 178, 16),
    "rows": Box(16, 70, 178, 150),
    "welcome": Box(8, 224, 194, 14),
    "info": Box(16, 242, 124, 44),
    "qr": Box(156, 240, 40, 40),
    "qr_caption": Box(146, 280, 60, 8),
}
PROGRAMME_STYLES = {
    "place": POSTER_STYLES["place"],
    "subtitle": POSTER_STYLES["subtitle"],
    "intro": TextStyle(max_size=12, min_size=7, colour="muted", leading=1.3),
    "row_date": TextStyle(bold=True, max_size=13, min_size=7, colour="brand"),
    "row_title": TextStyle(bold=True, max_size=15, min_size=7),
    "row_text": TextStyle(max_size=11, min_size=6, colour="text", leading=1.25),
    "welcome": TextStyle(bold=True, max_size=13, min_size=7, align="center", valign="middle"),
    "info": TextStyle(max_size=11, min_size=6, leading=1.3),
    "qr_caption": TextStyle(max_size=8, min_size=5, colour="muted", align="center"),
}
ROW_DATE_WIDTH = 44.0
MAX_ROW_HEIGHT = 34.0

# --- Family cards: ten bank-card-size cards on an A4 sheet ---------------------------------------
CARD_COLUMNS, CARD_ROWS = 2, 5
CARDS_PER_SHEET = CARD_COLUMNS * CARD_ROWS
CARD_ORIGIN = ((A4[0] - CARD_COLUMNS * CARD[0]) / 2, (A4[1] - CARD_ROWS * CARD[1]) / 2)
CARD_BOXES = {
    "band": Box(0, 0, 85.6, 9),
    "place": Box(4, 1.5, 77.6, 6),
    "qr": Box(3, 11.5, 39, 39),
    "label": Box(45, 12, 37, 5),
    "code": Box(45, 18, 37, 14),
    "name": Box(45, 33, 37, 9),
    "hint": Box(45, 44, 37, 7),
}
CARD_STYLES = {
    "place": TextStyle(bold=True, max_size=9, min_size=5, colour="white", valign="middle"),
    "label": TextStyle(max_size=7, min_size=5, colour="muted"),
    "code": TextStyle(bold=True, max_size=30, min_size=10, colour="text", valign="middle"),
    "name": TextStyle(max_size=12, min_size=6, valign="middle"),
    "hint": TextStyle(max_size=6.5, min_size=4.5, colour="muted", leading=1.2),
}
CUT_MARK = 5.0
"""Length in millimetres of a cut mark outside the cards and between the A5 handouts."""
