"""Text for a spreadsheet cell that no spreadsheet will run as a formula.

One place for the rule of docs/statistics.md: a text cell that begins with ``=``, ``+``, ``-``, ``@``,
a tab or a line break gets a leading apostrophe, which spreadsheets show as plain text. Every
exporter (CSV, XLSX) passes its text cells through ``safe_cell``.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(text: str) -> str:
    """``text``, made inert for spreadsheets: ``=1+1`` becomes ``'=1+1``."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
