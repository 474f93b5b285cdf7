"""The printed recovery key: one A4 for the coordinator's drawer.

Text in the shipped DejaVu fonts (a data folder may have a name such as ``C:\\Users\\Gülşen``),
written all or nothing (``checkin.files``).
"""

from __future__ import annotations

import io
import textwrap
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from checkin import APP_NAME
from checkin.files import write_atomic
from checkin.pdf.fonts import register_fonts


def write_recovery_sheet(*, key: str, out: Path, made_on: date, data_dir: Path) -> Path:
    """A one-page PDF with the recovery key and what to do with it."""
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1, initialFontName=regular)
    page.setTitle("Herstelsleutel")
    _width, height = A4
    y = height - 30 * mm
    page.setFont(bold, 18)
    page.drawString(20 * mm, y, f"Herstelsleutel {APP_NAME}")
    page.setFont(regular, 10.5)
    lines = [
        f"Gemaakt op {made_on.strftime('%d-%m-%Y')} voor de gegevensmap:",
        *textwrap.wrap(str(data_dir), 95, break_long_words=True),
        "De gegevens en backups op deze laptop zijn versleuteld. De laptop kent de sleutel zelf;",
        "gastvrouwen en gastheren hoeven hem nooit te typen.",
        "U heeft deze sleutel alleen nodig om een backup op een andere laptop terug te zetten,",
        "of als de sleutelbos van deze laptop verloren is (zet hem dan in CHECKIN_PASSPHRASE).",
        "Bewaar dit blad op slot, apart van de laptop en de USB-stick. Zonder sleutel zijn de",
        "gegevens niet terug te halen.",
    ]
    y -= 12 * mm
    for line in lines:
        page.drawString(20 * mm, y, line)
        y -= 6 * mm
    y -= 10 * mm
    page.setFont("Courier-Bold", 20)
    page.drawString(20 * mm, y, key)
    page.showPage()
    page.save()
    return write_atomic(out, buffer.getvalue(), create_folder=True)
