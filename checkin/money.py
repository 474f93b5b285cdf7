"""Money as the user reads and types it: euro amounts with a decimal comma, stored as integer cents."""

from __future__ import annotations

import re

from checkin.errors import Rejected
from checkin.i18n import N_, current_language

_AMOUNT = re.compile(r"^(?:€\s*)?(-?)(?:(\d{1,3}(?:\.\d{3})+),(\d{1,2})|(\d{1,6})(?:[.,](\d{1,2}))?)$")
"""'12,50', '12.5', '€ 3', and with thousands points only before a decimal comma: '1.234,56'
(so '1.234' stays ambiguous and is refused)."""


def format_cents(cents: int, language: str | None = None) -> str:
    """'€ 0,50', '€ 12,00', '€ 1.234,56', '-€ 1,50' in Dutch; '€0.50', '€1,234.56', '-€1.50' in English.

    Without ``language``, the current one of ``checkin.i18n`` (Dutch unless the window chose another).
    """
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if (language or current_language()) == "en":
        return f"{sign}€{euros:,}.{rest:02d}"
    return f"{sign}€ {euros:,}".replace(",", ".") + f",{rest:02d}"


def parse_euros(text: str, *, allow_negative: bool = False) -> int:
    """'12,50', '12.5', '€ 3' -> cents. Anything else is rejected with a Dutch message."""
    cleaned = text.strip().replace(" ", "")
    match = _AMOUNT.match(cleaned)
    if not match or (match.group(1) and not allow_negative):
        raise Rejected(N_("'{text}' is geen bedrag; typ bijvoorbeeld 12,50."), text=text.strip())
    sign, grouped, grouped_cents, euros, cents = match.groups()
    if grouped is not None:
        euros, cents = grouped.replace(".", ""), grouped_cents
    if len(euros) > 6:
        raise Rejected(N_("'{text}' is geen bedrag; typ bijvoorbeeld 12,50."), text=text.strip())
    value = int(euros) * 100 + int((cents or "0").ljust(2, "0"))
    return -value if sign else value
