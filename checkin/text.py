"""Text helpers: folding names for search ("ozlem" finds "Özlem"), cleaning input, and the Dutch
names of months and weekdays (declared once here; the window translates them as core texts)."""

from __future__ import annotations

import unicodedata

from checkin.i18n import N_

MONTHS: tuple[str, ...] = (
    N_("januari"),
    N_("februari"),
    N_("maart"),
    N_("april"),
    N_("mei"),
    N_("juni"),
    N_("juli"),
    N_("augustus"),
    N_("september"),
    N_("oktober"),
    N_("november"),
    N_("december"),
)
"""Month names, January first: ``MONTHS[day.month - 1]``."""

SHORT_MONTHS: tuple[str, ...] = (
    N_("jan"),
    N_("feb"),
    N_("mrt"),
    N_("apr"),
    N_("mei"),
    N_("jun"),
    N_("jul"),
    N_("aug"),
    N_("sep"),
    N_("okt"),
    N_("nov"),
    N_("dec"),
)
"""Short month names as a Dutch text writes them ('7 mrt 2026')."""

WEEKDAYS: tuple[str, ...] = (
    N_("maandag"),
    N_("dinsdag"),
    N_("woensdag"),
    N_("donderdag"),
    N_("vrijdag"),
    N_("zaterdag"),
    N_("zondag"),
)
"""Weekday names, Monday first as ``date.weekday()`` counts: ``WEEKDAYS[day.weekday()]``."""

SHORT_WEEKDAYS: tuple[str, ...] = ("ma", "di", "wo", "do", "vr", "za", "zo")
"""The two-letter Dutch weekdays (as on a calendar or a paper list)."""

# Letters that Unicode does not decompose into a base letter plus accents.
_FOLD_EXTRA = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "þ": "th",
        "Þ": "th",
    }
)


def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text`` for matching: 'Özlem Çelik' -> 'ozlem celik'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def clean(text: str | None) -> str:
    """Trim and collapse white space; None becomes ''."""
    if text is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())
