"""One entry point for the four export formats: ``render(report, fmt)`` gives the file's bytes.

The format modules are imported when asked for, so the command line and the window load
openpyxl or reportlab only for the format they write.
"""

from __future__ import annotations

import importlib

from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.stats.model import Report

FORMATS: tuple[str, ...] = ("csv", "xlsx", "pdf", "json")
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf", "json": ".json"}
_MODULES = {
    "csv": "checkin.stats.csv_export",
    "xlsx": "checkin.stats.xlsx_export",
    "pdf": "checkin.stats.pdf_report",
    "json": "checkin.stats.json_export",
}


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise Rejected(N_("Onbekend formaat '{fmt}'; kies uit csv, xlsx, pdf of json."), fmt=fmt)
    return fmt


def render(report: Report, fmt: str) -> bytes:
    """The bytes of ``report`` in ``fmt``: each format module has ``render(report) -> bytes``."""
    module = importlib.import_module(_MODULES[check_format(fmt)])
    data: bytes = module.render(report)
    return data
