"""The "spiekbriefje": one A4 page for the door that tells a host how a morning goes in the app.

Start, check in, a new family, drinks, undo, close, and who to call, in large type with the
keyboard shortcuts. Drawn with the flyers' PDF code (``checkin.pdf.draw``); plain data in, bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from checkin.i18n import N_
from checkin.i18n import translate as _t
from checkin.pdf import layout
from checkin.pdf.draw import Painter
from checkin.pdf.fonts import register_fonts
from checkin.pdf.layout import MM, Box, TextStyle

TITLE = N_("Spiekbriefje: zo werkt de check-in")

STEPS: tuple[tuple[str, str], ...] = (
    (
        N_("Ochtend starten"),
        N_(
            "Open de app. Op het tabblad Vandaag staat de ochtend klaar: kies het thema en het aantal "
            "gastvrouwen en gastheren en klik op Ochtend starten."
        ),
    ),
    (
        N_("Inchecken"),
        N_(
            "Typ 2 of 3 letters van de naam van de ouder of een kind, of de gezinscode, of scan de "
            "gezinskaart. Druk op Enter: het bovenste gezin is binnen. Wie er mee zijn: Wie zijn er mee?"
        ),
    ),
    (
        N_("Nieuw gezin (Ctrl+N)"),
        N_(
            "Vul woonplaats, hoe ze ons vonden en de kinderen in (geboortemaand en -jaar). Lees de "
            "toestemmingstekst voor en vink hem aan. Het gezin krijgt een code voor de gezinskaart."
        ),
    ),
    (
        N_("Drankjes"),
        N_(
            "Kies het gezin in de lijst rechts en tik + koffie (Ctrl+1), + thee (Ctrl+2) of "
            "+ limonade (Ctrl+3). Pin of gratis? Kies dat eerst. Alleen koffie halen: Verkoop zonder inchecken."
        ),
    ),
    (
        N_("Foutje? (Ctrl+Z)"),
        N_(
            "Ctrl+Z maakt de laatste handeling ongedaan. Een drankje of bezoek van eerder: kies het "
            "gezin en Drankje weghalen of Inchecken terugdraaien."
        ),
    ),
    (
        N_("Afsluiten"),
        N_(
            "Klik op Ochtend afsluiten...: u ziet de bezoeken, de nieuwe gezinnen en wat er in de kas hoort. "
            "Tel de kas en vul het bedrag in. Sluit daarna de app; de backup gaat vanzelf."
        ),
    ),
)
CALL_TITLE = N_("Wie bel ik?")
CALL_HINT = N_("Werkt er iets niet, of twijfelt u? Bel:")
FOOTER = N_("Ontmoetingsplek Check-in · Help > Handleiding (F1) in de app")

STYLES = {
    "title": TextStyle(bold=True, max_size=24, min_size=14, colour="white", valign="middle"),
    "place": TextStyle(max_size=13, min_size=9, colour="white", valign="middle"),
    "number": TextStyle(bold=True, max_size=20, min_size=12, colour="white", align="center", valign="middle"),
    "step": TextStyle(bold=True, max_size=15, min_size=10),
    "body": TextStyle(max_size=12, min_size=8, leading=1.25),
    "call": TextStyle(max_size=12, min_size=8, colour="text"),
    "contact": TextStyle(max_size=13, min_size=9, bold=True),
    "footer": TextStyle(max_size=8, min_size=6, colour="muted", align="center"),
}

MARGIN = 12.0
BAND_H = 26.0
STEP_H = 30.0
STEP_GAP = 3.0
CALL_H = 44.0


def spiekbriefje(*, place_name: str = "", contacts: Sequence[str] = (), invariant: bool = False) -> bytes:
    """The one-page A4 PDF. ``contacts``: lines like "Coördinator: Anna 06-12345678"; without them
    the "who to call" box has empty lines to write on."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = layout.A4
    canvas = Canvas(
        buffer, pagesize=(width * MM, height * MM), invariant=1 if invariant else 0, pageCompression=1
    )
    canvas.setTitle(_t(TITLE))
    canvas.setAuthor(_t(N_("Ontmoetingsplek")))
    canvas.setCreator("checkin")
    painter = Painter(canvas, page_h=height)
    inner = width - 2 * MARGIN

    band = Box(MARGIN, MARGIN, inner, BAND_H)
    painter.rect(band, colour="brand", radius=4)
    painter.text(_t(TITLE), Box(band.x + 6, band.y + 2, band.w - 12, 14), STYLES["title"])
    if place_name:
        painter.text(place_name, Box(band.x + 6, band.y + 16, band.w - 12, 8), STYLES["place"])

    y = band.y + band.h + 5
    for number, (title, body) in enumerate(STEPS, start=1):
        box = Box(MARGIN, y, inner, STEP_H)
        painter.outline(box, colour="line", radius=3, width=0.3)
        circle = Box(box.x + 4, box.y + 4, 12, 12)
        painter.rect(circle, colour="accent", radius=6)
        painter.text(str(number), circle, STYLES["number"])
        text_x = circle.x + circle.w + 5
        text_w = box.x + box.w - 5 - text_x
        painter.text(_t(title), Box(text_x, box.y + 4, text_w, 7), STYLES["step"])
        painter.text(_t(body), Box(text_x, box.y + 12, text_w, box.h - 14), STYLES["body"])
        y += STEP_H + STEP_GAP

    call = Box(MARGIN, y + 2, inner, CALL_H)
    painter.rect(call, colour="light", radius=3)
    painter.text(_t(CALL_TITLE), Box(call.x + 5, call.y + 4, call.w - 10, 7), STYLES["step"])
    painter.text(_t(CALL_HINT), Box(call.x + 5, call.y + 12, call.w - 10, 6), STYLES["call"])
    line_y = call.y + 20
    for index in range(3):
        row = Box(call.x + 5, line_y + index * 8, call.w - 10, 7)
        if index < len(contacts):
            painter.text(contacts[index], row, STYLES["contact"])
        else:
            painter.line(row.x, row.y + row.h, row.x + row.w, row.y + row.h, colour="muted", width=0.3)

    painter.text(_t(FOOTER), Box(MARGIN, height - MARGIN + 2, inner, 5), STYLES["footer"])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
