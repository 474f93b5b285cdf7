"""The TTF fonts embedded in every PDF, registered with reportlab once per process.

DejaVu Sans covers every Latin-script name the hosts meet: Dutch, Turkish (ğ ş ı İ), Polish (ł ż ó).
"""

from __future__ import annotations

import functools

from checkin import resources_folder

REGULAR = "CheckinSans"
BOLD = "CheckinSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the shipped fonts (first call only); returns the regular and bold font names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_folder() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
