"""Text helpers: folding names for search ("ozlem" finds "Özlem") and cleaning input."""

from __future__ import annotations

import unicodedata

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
