"""The Dutch words the XLSX and PDF reports (and the screen) share: periods, k, the kinds of value.

Both readable formats say the same things in the same words (rule 5 of docs/statistics.md: k, the
period, the locations and the definitions); this module holds those sentences once, the reading
order of a breakdown, and the few figures derived from published ones (a share of new families,
visits per morning). The measures themselves (titles, definitions, how a hidden value reads) are
the registry's (``checkin.stats.registry``). It imports neither openpyxl nor reportlab.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from checkin.i18n import N_
from checkin.stats import registry
from checkin.stats.model import ALL_LOCATIONS, OTHER, Report, Section, Value
from checkin.text import MONTHS, SHORT_MONTHS

TITLE = N_("Cijfers ontmoetingsplekken")
TOTAL_LABEL = registry.TOTAL_LABEL
AVERAGE_TITLE = N_("Gemiddeld aantal bezoeken per ochtend")
"""The one figure derived from two published ones: visits divided by mornings."""


def headlines() -> tuple[registry.Measure, ...]:
    """The figures of the overview (tiles on screen, the headline tables), in registry order."""
    return registry.tiles()


VALUE_KINDS: tuple[tuple[str, str], ...] = (
    (N_("Een getal"), N_("Het precieze aantal.")),
    (
        N_("minder dan {k} (<{k})"),
        N_(
            "Het aantal ligt tussen 1 en {last}. Het precieze getal wordt niet getoond, zodat niemand "
            "kan afleiden om welk gezin het gaat. In grafieken staat '<{k}' zonder balk."
        ),
    ),
    (
        N_("ten minste N (≥N)"),
        N_(
            "Een optelling waarin kleine aantallen zitten die niet getoond worden: het echte "
            "aantal is N of meer. In grafieken is de balk N lang en staat er '≥N'."
        ),
    ),
    (
        N_("overig"),
        N_("Groepen kleiner dan {k} zijn samengevoegd onder 'overig', zodat ze niet herkenbaar zijn."),
    ),
    (
        N_("–"),
        N_("Deze groep wordt hier niet apart geteld: hij zit in 'overig' of kwam niet voor."),
    ),
)


def measure_label(measure: str) -> str:
    return registry.get(measure).title


def category_label(measure: str, category: str) -> str:
    if measure == "visits_by_morning" and len(category) == 10 and category[:1].isdigit():
        return short_date(date.fromisoformat(category))
    return registry.get(measure).category_label(category)


def long_date(day: date) -> str:
    """'1 januari 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """'7 jan 2026'."""
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def period_text(start: date, end: date) -> str:
    """'januari 2026', '2e kwartaal 2026', '2026', or '3 februari 2026 t/m 14 maart 2026'."""
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.year == end.year:
        if start.month == end.month:
            return f"{MONTHS[start.month - 1]} {start.year}"
        if start.month == 1 and end.month == 12:
            return str(start.year)
        if start.month % 3 == 1 and end.month == start.month + 2:
            return N_("{n}e kwartaal {year}").format(n=(start.month + 2) // 3, year=start.year)
    return N_("{start} t/m {end}").format(start=long_date(start), end=long_date(end))


def section_title(section: Section, *, with_period: bool) -> str:
    period = period_text(section.period_start, section.period_end)
    return f"{section.location}, {period}" if with_period else section.location


def k_sentence(k: int) -> str:
    """The plain-Dutch sentence on anonymity that every readable export carries."""
    return N_(
        "Aantallen kleiner dan {k} worden niet getoond: daar staat 'minder dan {k}'. Kleine groepen "
        "staan samen onder 'overig'. Zo is uit deze cijfers geen gezin te herkennen; namen, "
        "codes, geboortedata en notities staan er niet in."
    ).format(k=k)


def locations_text(report: Report) -> str:
    return ", ".join(report.locations) or "–"


def merged_text(report: Report) -> str:
    """'' for an export of this laptop; else the files a merged overview was made from."""
    if not report.merged_from:
        return ""
    return N_("Samengevoegd uit: {files}").format(files=", ".join(report.merged_from))


def value_kinds(k: int) -> list[tuple[str, str]]:
    return [(name.format(k=k), text.format(k=k, last=k - 1)) for name, text in VALUE_KINDS]


def definitions() -> list[tuple[str, str]]:
    """Every measure's Dutch title and definition (rule 5), in registry order (readable formats)."""
    return [(measure.title, measure.full_definition) for measure in registry.measures()]


def ordered_sections(report: Report) -> list[Section]:
    """Per period, "Alle locaties" first and then the locations in the report's order."""
    return sorted(
        report.sections,
        key=lambda s: (s.period_start, s.location != ALL_LOCATIONS),
    )


def periods(report: Report) -> list[tuple[date, date]]:
    return sorted({(s.period_start, s.period_end) for s in report.sections})


def reader_value(value: Value | None, k: int, *, measure: str) -> str:
    """A value as a reader sees it in a sentence or a table: '12', 'minder dan 5', '€ 3,50', '–'."""
    return registry.get(measure).reader(value, k, language=registry.EXPORT_LANGUAGE)


LAST_CATEGORIES = (OTHER, "onbekend", "geen thema", "niet ingevuld")


def _category_key(measure: str, categories: list[str]) -> Callable[[str], tuple[int, str | int]]:
    entry = registry.get(measure)
    fixed = entry.categories if isinstance(entry.categories, tuple) else ()

    def key(category: str) -> tuple[int, str | int]:
        if category in LAST_CATEGORIES:
            return (1 + LAST_CATEGORIES.index(category), "")
        if category in fixed:
            return (0, fixed.index(category))
        if entry.time_order:
            return (0, category)
        return (0, len(fixed) + categories.index(category))

    return key


def categories(sections: list[Section], measure: str) -> list[str]:
    """The categories of ``measure`` over ``sections``, without the total, in reading order."""
    found: list[str] = []
    for section in sections:
        found.extend(f.category for f in section.breakdown(measure) if f.category not in found)
    return sorted(found, key=_category_key(measure, list(found)))


def breakdown(section: Section, measure: str) -> list[tuple[str, Value]]:
    """One section's categories of ``measure`` and their values, in reading order."""
    values = {figure.category: figure.value for figure in section.breakdown(measure)}
    return [(category, values[category]) for category in categories([section], measure)]


def new_and_returning(section: Section) -> str:
    """'72% nieuwe gezinnen, 28% terugkerend', only when both figures are published exactly."""
    new, returning = section.value("new_families"), section.value("returning_families")
    if new is None or returning is None or new.status != "exact" or returning.status != "exact":
        return ""
    both = (new.n or 0) + (returning.n or 0)
    if both == 0:
        return ""
    share = round(100 * (new.n or 0) / both)
    return N_("{new}% nieuwe gezinnen, {returning}% terugkerend").format(new=share, returning=100 - share)


def visits_per_morning(section: Section) -> Value | None:
    """The average number of visits per morning, in tenths, as a published value.

    Exact when both are exact; a lower bound ("ten minste") when the visits are; None when the
    visits are hidden or there were no mornings. Shown the same on screen and in every export.
    """
    visits, mornings = section.value("visits"), section.value("mornings")
    if visits is None or mornings is None or visits.status == "suppressed" or mornings.status != "exact":
        return None
    if not mornings.n:
        return None
    return Value(visits.status, round(10 * (visits.n or 0) / mornings.n))


def tenths(n: int) -> str:
    """'57' tenths -> '5,7'."""
    return f"{n / 10:.1f}".replace(".", ",")


def average_text(section: Section, k: int, translate: Callable[[str], str] = lambda text: text) -> str:
    """The average per morning as a reader reads it: '5,7', 'ten minste 10,1' or '–'."""
    average = visits_per_morning(section)
    hidden = registry.HIDDEN
    if average is None:
        return translate(hidden.absent)
    number = tenths(average.n or 0)
    return translate(hidden.lower).format(n=number) if average.status == "lower" else number


def average_short(section: Section) -> str:
    """The narrow form: '5,7', '≥10,1' or '–'."""
    average = visits_per_morning(section)
    hidden = registry.HIDDEN
    if average is None:
        return hidden.absent
    number = tenths(average.n or 0)
    return hidden.short_lower.format(n=number) if average.status == "lower" else number
