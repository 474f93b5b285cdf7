"""One entry point for the four export formats: ``render(report, fmt, language)`` gives the file's bytes.

The exports are Dutch by default (the workgroup's and the municipality's language), whatever the
window speaks; ``language`` is any of ``checkin.i18n.available_languages()``.

The format modules are imported when asked for, so the command line and the window load
openpyxl or reportlab only for the format they write.
"""

from __future__ import annotations

import importlib

from checkin.errors import Rejected
from checkin.i18n import N_, SOURCE_LANGUAGE, available_languages
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


DEFAULT_LANGUAGE = SOURCE_LANGUAGE
"""The exports' language unless another is chosen: Dutch."""


def check_language(language: str) -> str:
    """``language`` when the app has it (Dutch or a built translation), else a Dutch refusal."""
    known = available_languages()
    if language not in known:
        raise Rejected(
            N_("Onbekende taal '{language}'; kies uit {languages}."),
            language=language,
            languages=", ".join(known),
        )
    return language


def render(report: Report, fmt: str, language: str = DEFAULT_LANGUAGE) -> bytes:
    """The bytes of ``report`` in ``fmt`` and ``language``: each format module has
    ``render(report, language) -> bytes``."""
    module = importlib.import_module(_MODULES[check_format(fmt)])
    data: bytes = module.render(report, language=check_language(language))
    return data
