"""The sentences that every export carries beside its figures (rule 5 of docs/statistics.md).

Each format states k, the period, the locations and the definitions in its own place (a column,
a key, a sheet, a page); the sentences here explain how to read the values, and, for a merged
overview, where it came from. One source for every format, so CSV, JSON, XLSX and PDF say the same.
They are Dutch, in the export's ``language`` when another is chosen.
"""

from __future__ import annotations

from datetime import date

from checkin.i18n import N_, SOURCE_LANGUAGE, translate
from checkin.stats.model import ALL_LOCATIONS, Report
from checkin.stats.wording import long_date


def period_text(start: date, end: date, language: str = SOURCE_LANGUAGE) -> str:
    return translate(N_("{start} tot en met {end}"), language).format(
        start=long_date(start, language), end=long_date(end, language)
    )


ONE_REGISTER = N_(
    "'{all}': elk gezin telt één keer, ook als het op meer locaties kwam (nieuw is een gezin dat op "
    "geen van de locaties eerder kwam); bezoeken, kinderen en drankjes zijn opgeteld. Toont een "
    "locatie een aantal gezinnen niet, dan staat bij '{all}' het grootste aantal dat een locatie "
    "toont als 'ten minste', of niets, zodat het niet terug te rekenen is."
)
"""What "Alle locaties" counts in a report of one database (``anonymity.counted_once``)."""
ADDED_UP = N_(
    "Het totaal '{all}' telt per periode de gepubliceerde cijfers van de locaties op die over die periode "
    "cijfers hebben; een gezin dat op twee plekken kwam telt twee keer mee."
)
"""What "Alle locaties" counts in a merged overview of separate files (``merge.merge_reports``)."""


def all_locations(
    report: Report, language: str = SOURCE_LANGUAGE, *, name: str = ALL_LOCATIONS
) -> str | None:
    """The definition of the report's "Alle locaties" sections, in ``language`` (None: it has none).

    Every format writes it: CSV and JSON among the notes (``explanation``, with the machine name
    ``Alle locaties``), XLSX and PDF in their explanation (with ``name``, the name they print).
    A report of one database counts each family once; a merged overview adds up the files.
    """
    if not any(section.location == ALL_LOCATIONS for section in report.sections):
        return None
    return translate(ADDED_UP if report.merged_from else ONE_REGISTER, language).format(all=name)


def explanation(report: Report, language: str = SOURCE_LANGUAGE) -> list[str]:
    """How to read the report's values, one sentence (or short paragraph) each, in ``language``."""
    k = report.k

    def words(text: str) -> str:
        return translate(text, language)

    lines = [
        words(
            N_(
                "Anonieme cijfers over {period}, locaties: {locations}. Minimale telling k = {k}: een aantal "
                "mensen of bezoeken van 1 tot en met {below} staat er niet in maar als '<{k}' (minder dan "
                "{k}); kleine groepen staan samen onder 'overig'."
            )
        ).format(
            period=period_text(report.period_start, report.period_end, language),
            locations=", ".join(report.locations),
            k=k,
            below=k - 1,
        ),
        words(
            N_(
                "'>=N' (ten minste N) is een totaal waarin weggelaten aantallen zitten: het echte aantal "
                "is N of meer. Ochtenden, drankjes en opbrengst tellen geen mensen en worden nooit weggelaten."
            )
        ),
    ]
    together = all_locations(report, language)
    if together is not None:
        lines.append(together)
    if report.merged_from:
        lines.append(
            words(
                N_("Samengevoegd uit de anonieme exports {files}, die allemaal dezelfde k gebruiken.")
            ).format(files=", ".join(report.merged_from))
        )
    return lines
