"""Drawing primitives in millimetres: text that shrinks to fit its box, vector QR codes, logos."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.pdfbase.pdfmetrics import stringWidth

from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.pdf.fonts import BOLD, REGULAR
from checkin.pdf.layout import COLOURS, MM, Box, TextStyle

ELLIPSIS = "…"
ASCENT = 0.93
"""DejaVu Sans's ascent as a part of the font size: where the first baseline sits."""
QR_QUIET_MODULES = 2
"""White modules drawn around a QR code (cards and flyers have a white background around it too)."""


@dataclass(frozen=True)
class Fitted:
    """Text broken into lines at the size where it fits its box."""

    lines: tuple[str, ...]
    size: float
    truncated: bool

    def height_mm(self, leading: float) -> float:
        return len(self.lines) * self.size * leading / MM


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the box, cut into pieces that fit (a long URL or a made-up name).

    A piece ends after a '/', '.', '-' or '?' when one falls in its second half, so that a web
    address breaks where a reader expects it.
    """
    pieces: list[str] = []
    rest = word
    while rest:
        end = 1
        while end < len(rest) and stringWidth(rest[: end + 1], font, size) <= width:
            end += 1
        if end < len(rest):
            soft = max(rest.rfind(mark, 0, end) for mark in "/.-?")
            if soft + 1 > end // 2:
                end = soft + 1
        pieces.append(rest[:end])
        rest = rest[end:]
    return pieces


def wrap(text: str, font: str, size: float, width_pt: float) -> list[str]:
    """Greedy line breaking at spaces; ``\\n`` starts a new line; no line is wider than the box."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            parts = (
                _break_word(word, font, size, width_pt)
                if stringWidth(word, font, size) > width_pt
                else [word]
            )
            for part in parts:
                candidate = f"{line} {part}" if line else part
                if stringWidth(candidate, font, size) <= width_pt:
                    line = candidate
                else:
                    if line:
                        lines.append(line)
                    line = part
        lines.append(line)
    return lines


def fit_text(text: str, box: Box, style: TextStyle) -> Fitted:
    """The largest size from ``style.max_size`` down to ``min_size`` at which ``text`` fits ``box``.

    At the smallest size, lines that still do not fit are dropped and the last one ends in '…':
    text never leaves its box.
    """
    font = BOLD if style.bold else REGULAR
    width, height = box.w * MM, box.h * MM
    size = style.max_size
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) * size * style.leading <= height or size <= style.min_size:
            break
        size = max(style.min_size, size - (1.0 if size > 16 else 0.5))
    room = max(1, int(height // (size * style.leading)))
    if len(lines) <= room:
        return Fitted(tuple(lines), size, truncated=False)
    kept = lines[:room]
    last = kept[-1]
    while last and stringWidth(last + ELLIPSIS, font, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return Fitted(tuple(kept), size, truncated=True)


class Painter:
    """A reportlab canvas addressed in millimetres from the top-left corner of a page of height ``page_h``."""

    def __init__(self, canvas: Any, *, page_h: float) -> None:
        self.canvas = canvas
        self.page_h = page_h

    def _y(self, y_mm: float) -> float:
        return (self.page_h - y_mm) * MM

    def fill(self, colour: str) -> None:
        self.canvas.setFillColorRGB(*COLOURS[colour])

    def stroke(self, colour: str, width_mm: float = 0.2) -> None:
        self.canvas.setStrokeColorRGB(*COLOURS[colour])
        self.canvas.setLineWidth(width_mm * MM)

    def rect(self, box: Box, *, colour: str, radius: float = 0.0, stroke: str | None = None) -> None:
        self.fill(colour)
        if stroke:
            self.stroke(stroke)
        args = (box.x * MM, self._y(box.y + box.h), box.w * MM, box.h * MM)
        if radius:
            self.canvas.roundRect(*args, radius * MM, stroke=1 if stroke else 0, fill=1)
        else:
            self.canvas.rect(*args, stroke=1 if stroke else 0, fill=1)

    def outline(self, box: Box, *, colour: str = "line", radius: float = 0.0, width: float = 0.2) -> None:
        self.stroke(colour, width)
        args = (box.x * MM, self._y(box.y + box.h), box.w * MM, box.h * MM)
        if radius:
            self.canvas.roundRect(*args, radius * MM, stroke=1, fill=0)
        else:
            self.canvas.rect(*args, stroke=1, fill=0)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, *, colour: str = "line", width: float = 0.2
    ) -> None:
        self.stroke(colour, width)
        self.canvas.line(x1 * MM, self._y(y1), x2 * MM, self._y(y2))

    def text(self, text: str, box: Box, style: TextStyle) -> Fitted:
        """Draw ``text`` in ``box``, shrunk until it fits; returns what was drawn."""
        fitted = fit_text(text, box, style)
        self.draw_fitted(fitted, box, style)
        return fitted

    def draw_fitted(self, fitted: Fitted, box: Box, style: TextStyle) -> None:
        font = BOLD if style.bold else REGULAR
        line_h = fitted.size * style.leading
        block_h = (len(fitted.lines) - 1) * line_h + fitted.size * (ASCENT + 0.24)
        top = self._y(box.y)
        if style.valign == "middle":
            top -= max(0.0, (box.h * MM - block_h) / 2)
        elif style.valign == "bottom":
            top -= max(0.0, box.h * MM - block_h)
        self.fill(style.colour)
        self.canvas.setFont(font, fitted.size)
        for index, line in enumerate(fitted.lines):
            baseline = top - fitted.size * ASCENT - index * line_h
            if style.align == "center":
                self.canvas.drawCentredString((box.x + box.w / 2) * MM, baseline, line)
            elif style.align == "right":
                self.canvas.drawRightString((box.x + box.w) * MM, baseline, line)
            else:
                self.canvas.drawString(box.x * MM, baseline, line)

    def qr(self, data: str, box: Box) -> None:
        """A vector QR code of ``data``, square, centred in ``box``, with a small white margin."""
        matrix = qr_matrix(data)
        count = len(matrix) + 2 * QR_QUIET_MODULES
        side = min(box.w, box.h)
        module = side / count
        x0 = box.x + (box.w - side) / 2 + QR_QUIET_MODULES * module
        y0 = box.y + (box.h - side) / 2 + QR_QUIET_MODULES * module
        self.rect(Box(box.x + (box.w - side) / 2, box.y + (box.h - side) / 2, side, side), colour="white")
        self.canvas.setFillColorRGB(0, 0, 0)
        path = self.canvas.beginPath()
        for row_index, row in enumerate(matrix):
            column = 0
            while column < len(row):
                if not row[column]:
                    column += 1
                    continue
                run = column
                while run < len(row) and row[run]:
                    run += 1
                path.rect(
                    (x0 + column * module) * MM,
                    self._y(y0 + (row_index + 1) * module),
                    (run - column) * module * MM,
                    module * MM,
                )
                column = run
        self.canvas.drawPath(path, stroke=0, fill=1)

    def image(self, path: str, box: Box) -> None:
        """An image scaled into ``box`` keeping its proportions, centred."""
        reader = read_image(path)
        width, height = reader.getSize()
        scale = min(box.w / width, box.h / height)
        w, h = width * scale, height * scale
        x, y = box.x + (box.w - w) / 2, box.y + (box.h - h) / 2
        self.canvas.drawImage(reader, x * MM, self._y(y + h), w * MM, h * MM, mask="auto")


def qr_error_correction(data: str) -> int:
    """More redundancy for short content (a card's code survives a scratch), less for long URLs."""
    length = len(data.encode("utf-8"))
    if length <= 20:
        return ERROR_CORRECT_H
    if length <= 60:
        return ERROR_CORRECT_Q
    if length <= 150:
        return ERROR_CORRECT_M
    return ERROR_CORRECT_L


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR modules of ``data`` (True is dark), without the quiet zone."""
    code = qrcode.QRCode(error_correction=qr_error_correction(data), border=0, box_size=1)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def read_image(path: str) -> Any:
    """A reportlab ImageReader for a logo, or a Dutch refusal when the file cannot be read."""
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(path)
        reader.getSize()
        reader.getRGBData()
    except Exception as error:
        raise Rejected(
            N_("Het logo {path} kan niet worden gelezen; kies een PNG- of JPEG-bestand."), path=path
        ) from error
    return reader
