"""The words the XLSX and PDF reports (and the screen) share: periods, k, the kinds of value.

Both readable formats say the same things in the same words (rule 5 of docs/statistics.md: k, the
period, the locations and the definitions); this module holds those sentences once, the reading
order of a breakdown, and the few figures derived from published ones (a share of new families,
visits per morning). The measures themselves (titles, definitions, how a hidden value reads) are
the registry's (``checkin.stats.registry``). It imports neither openpyxl nor reportlab.

The texts are Dutch (marked with N_); every function that writes one takes the ``language`` of the
export (Dutch by default, the workgroup's language) and translates through ``checkin.i18n``.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from checkin.i18n import N_, SOURCE_LANGUAGE, current_language, translate
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


def translator(language: str) -> Callable[[str], str]:
    """A core text (N_) in ``language``: what the exports pass where the screen passes Qt's."""
    return lambda text: translate(text, language)


def category_label(measure: str, category: str, language: str = SOURCE_LANGUAGE) -> str:
    if measure == "visits_by_morning" and len(category) == 10 and category[:1].isdigit():
        return short_date(date.fromisoformat(category), language)
    return registry.get(measure).category_label(category, translator(language))


def location_name(location: str, language: str = SOURCE_LANGUAGE) -> str:
    """A section's location as a reader reads it: a place's own name, or 'Alle locaties' translated."""
    return translate(ALL_LOCATIONS, language) if location == ALL_LOCATIONS else location


def long_date(day: date, language: str = SOURCE_LANGUAGE) -> str:
    """'1 januari 2026'."""
    return f"{day.day} {translate(MONTHS[day.month - 1], language)} {day.year}"


def short_date(day: date, language: str = SOURCE_LANGUAGE) -> str:
    """'7 jan 2026'."""
    return f"{day.day} {translate(SHORT_MONTHS[day.month - 1], language)} {day.year}"


def period_text(start: date, end: date, language: str = SOURCE_LANGUAGE) -> str:
    """'januari 2026', '2e kwartaal 2026', '2026', or '3 februari 2026 t/m 14 maart 2026'."""
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.year == end.year:
        if start.month == end.month:
            return f"{translate(MONTHS[start.month - 1], language)} {start.year}"
        if start.month == 1 and end.month == 12:
            return str(start.year)
        if start.month % 3 == 1 and end.month == start.month + 2:
            return translate(N_("{n}e kwartaal {year}"), language).format(
                n=(start.month + 2) // 3, year=start.year
            )
    return translate(N_("{start} t/m {end}"), language).format(
        start=long_date(start, language), end=long_date(end, language)
    )


def section_title(section: Section, *, with_period: bool, language: str = SOURCE_LANGUAGE) -> str:
    location = location_name(section.location, language)
    if not with_period:
        return location
    return f"{location}, {period_text(section.period_start, section.period_end, language)}"


def k_sentence(k: int, language: str = SOURCE_LANGUAGE) -> str:
    """The plain sentence on anonymity that every readable export carries."""
    return translate(
        N_(
            "Aantallen kleiner dan {k} worden niet getoond: daar staat 'minder dan {k}'. Kleine groepen "
            "staan samen onder 'overig'. Zo is uit deze cijfers geen gezin te herkennen; namen, "
            "codes, geboortedata en notities staan er niet in."
        ),
        language,
    ).format(k=k)


def locations_text(report: Report) -> str:
    return ", ".join(report.locations) or "–"


def merged_text(report: Report, language: str = SOURCE_LANGUAGE) -> str:
    """'' for an export of this laptop; else the files a merged overview was made from."""
    if not report.merged_from:
        return ""
    return translate(N_("Samengevoegd uit: {files}"), language).format(files=", ".join(report.merged_from))


def value_kinds(k: int, language: str = SOURCE_LANGUAGE) -> list[tuple[str, str]]:
    return [
        (translate(name, language).format(k=k), translate(text, language).format(k=k, last=k - 1))
        for name, text in VALUE_KINDS
    ]


def definitions(language: str = SOURCE_LANGUAGE) -> list[tuple[str, str]]:
    """Every measure's title and definition (rule 5), in registry order (readable formats)."""
    words = translator(language)
    return [(words(measure.title), measure.full_definition_in(words)) for measure in registry.measures()]


def ordered_sections(report: Report) -> list[Section]:
    """Per period, "Alle locaties" first and then the locations in the report's order."""
    return sorted(
        report.sections,
        key=lambda s: (s.period_start, s.location != ALL_LOCATIONS),
    )


def periods(report: Report) -> list[tuple[date, date]]:
    return sorted({(s.period_start, s.period_end) for s in report.sections})


def reader_value(value: Value | None, k: int, *, measure: str, language: str = SOURCE_LANGUAGE) -> str:
    """A value as a reader sees it in a sentence or a table: '12', 'minder dan 5', '€ 3,50', '–'."""
    return registry.get(measure).reader(value, k, translator(language), language=language)


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


def new_and_returning(section: Section, language: str = SOURCE_LANGUAGE) -> str:
    """'72% nieuwe gezinnen, 28% terugkerend', only when both figures are published exactly."""
    new, returning = section.value("new_families"), section.value("returning_families")
    if new is None or returning is None or new.status != "exact" or returning.status != "exact":
        return ""
    both = (new.n or 0) + (returning.n or 0)
    if both == 0:
        return ""
    share = round(100 * (new.n or 0) / both)
    return translate(N_("{new}% nieuwe gezinnen, {returning}% terugkerend"), language).format(
        new=share, returning=100 - share
    )


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


def tenths(n: int, language: str | None = None) -> str:
    """'57' tenths -> '5,7' ('5.7' in English, as ``checkin.money`` writes amounts); without
    ``language``, the current one of ``checkin.i18n`` (the window's)."""
    text = f"{n / 10:.1f}"
    return text if (language or current_language()) == "en" else text.replace(".", ",")


def average_text(
    section: Section,
    k: int,
    translate: Callable[[str], str] = lambda text: text,
    language: str | None = None,
) -> str:
    """The average per morning as a reader reads it: '5,7', 'ten minste 10,1' or '–'."""
    average = visits_per_morning(section)
    hidden = registry.HIDDEN
    if average is None:
        return translate(hidden.absent)
    number = tenths(average.n or 0, language)
    return translate(hidden.lower).format(n=number) if average.status == "lower" else number


def average_short(section: Section, language: str | None = None) -> str:
    """The narrow form: '5,7', '≥10,1' or '–'."""
    average = visits_per_morning(section)
    hidden = registry.HIDDEN
    if average is None:
        return hidden.absent
    number = tenths(average.n or 0, language)
    return hidden.short_lower.format(n=number) if average.status == "lower" else number
