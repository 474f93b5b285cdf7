"""The anonymity rules of docs/statistics.md, in one place, for every figure the app shows or writes.

``protect`` turns the true counts of one location and period into published figures:

1. a count of people or visits between 1 and k-1 is never published (it becomes ``<k``);
2. within a breakdown, categories below k are folded into "overig", and the smallest shown
   categories follow until "overig" is 0 or at least k; a breakdown whose total is below k shows
   only its total, suppressed;
3. no suppressed value can be derived from a published sum: breakdowns never publish a suppressed
   category beside their total (rule 2 folds instead), new and returning families (which add up
   to all families) are both left out when either is small, and totals over locations
   (``combine``) are built only from published values, as lower bounds where parts are unknown;
   in one database, where a family at two places is one family (``counted_once``), a measure of
   families is counted anew only where every location publishes it exactly, and is otherwise
   only what the locations' published values already tell;
4. the figures hold no names, codes, birth dates or times of a single visit: the measures are
   counts, and the categories that could single out a family are folded by rule 2;
5. every export states k, the period, the locations and the definitions (the exporters).

k comes from the settings (``rules.DEFAULT_MIN_COUNT``) and is never below
``rules.LOWEST_MIN_COUNT``.
"""

from __future__ import annotations

from collections.abc import Sequence

from checkin import rules
from checkin.stats import registry
from checkin.stats.model import (
    ALL_LOCATIONS,
    OTHER,
    TOTAL,
    Figure,
    RawSection,
    Section,
    Value,
)

NEW_AND_RETURNING = ("new_families", "returning_families")
"""Two measures that add up to ``families``: published together or not at all."""


def is_small(n: int, k: int) -> bool:
    """Rule 1: a count that may not be published."""
    return 1 <= n < k


def single(n: int, k: int) -> Value:
    """A count of people or visits without categories."""
    return Value.suppressed() if is_small(n, k) else Value.exact(n)


def fold(counts: dict[str, int], k: int, *, also: frozenset[str] = frozenset()) -> list[tuple[str, Value]]:
    """Rule 2 on one breakdown: categories in their order, then "overig", then the total.

    ``counts`` maps each category to its true count, in the order to show; a ``TOTAL`` entry,
    if present, is ignored (the total is the sum of the categories). ``also`` are categories to
    fold whatever their size (see ``linked_folds``).
    """
    cells = [(category, n) for category, n in counts.items() if category != TOTAL]
    total = sum(n for _, n in cells)
    if is_small(total, k):
        return [(TOTAL, Value.suppressed())]
    folded = {category for category, n in cells if category == OTHER or is_small(n, k) or category in also}
    other = sum(n for category, n in cells if category in folded)
    while is_small(other, k):
        # Fold the smallest category still shown; there is one, since the total is at least k.
        category, n = min(
            ((c, n) for c, n in cells if c not in folded and n > 0), key=lambda cell: (cell[1], cell[0])
        )
        folded.add(category)
        other += n
    published = [(category, Value.exact(n)) for category, n in cells if category not in folded]
    if folded and other > 0:
        published.append((OTHER, Value.exact(other)))
    published.append((TOTAL, Value.exact(total)))
    return published


def _hidden(published: list[tuple[str, Value]], counts: dict[str, int]) -> set[str]:
    """The categories with visits that ``published`` folds into "overig" (or hides entirely)."""
    shown = {category for category, _ in published}
    return {
        category for category, n in counts.items() if category != TOTAL and n > 0 and category not in shown
    }


def linked_folds(raw: RawSection, k: int) -> dict[str, frozenset[str]]:
    """Rule 3 across two breakdowns of the same visits, one grouping the other's categories.

    Visits per morning and visits per theme count the same visits, and which morning had which
    theme is public (the programme is on the flyers). So each shown theme minus its shown mornings
    gives the sum of its folded mornings, and the themes' "overig" minus the shown mornings of
    the folded themes gives the sum of those themes' folded mornings. Where such a sum is one
    morning, or below k, the theme (first case) or all mornings of the folded themes (second case)
    are folded too, until nothing changes.
    """
    mornings, themes = raw.counts.get("visits_by_morning"), raw.counts.get("theme_visits")
    theme_of = raw.links.get("visits_by_morning", {})
    if not mornings or not themes or not theme_of:
        return {}

    def revealing(days: list[str], hidden: set[str]) -> bool:
        parts = [mornings.get(day, 0) for day in days if day in hidden and mornings.get(day, 0) > 0]
        return len(parts) == 1 or is_small(sum(parts), k)

    fold_mornings: set[str] = set()
    fold_themes: set[str] = set()
    while True:
        hidden_mornings = _hidden(fold(mornings, k, also=frozenset(fold_mornings)), mornings)
        hidden_themes = _hidden(fold(themes, k, also=frozenset(fold_themes)), themes)
        days_of: dict[str, list[str]] = {}
        for day, theme in theme_of.items():
            days_of.setdefault(theme, []).append(day)
        more_themes = {
            theme
            for theme, days in days_of.items()
            if theme not in hidden_themes and theme not in fold_themes and revealing(days, hidden_mornings)
        }
        folded_days = [day for theme in hidden_themes for day in days_of.get(theme, [])]
        more_mornings = set(folded_days) if revealing(folded_days, hidden_mornings) else set()
        if more_themes <= fold_themes and more_mornings <= fold_mornings:
            return {"visits_by_morning": frozenset(fold_mornings), "theme_visits": frozenset(fold_themes)}
        fold_themes |= more_themes
        fold_mornings |= more_mornings


def protect(raw: RawSection, k: int) -> Section:
    """The figures of one location and period that rules 1-3 allow to publish."""
    rules.check_k(k)
    section = Section(location=raw.location, period_start=raw.period_start, period_end=raw.period_end)
    counts = raw.counts
    forced = linked_folds(raw, k)
    for measure in registry.measures():
        if measure.key not in counts:
            continue
        cells = counts[measure.key]
        if not measure.counts_people:
            section.figures.extend(
                Figure(measure.key, category, Value.exact(n)) for category, n in cells.items()
            )
        elif not measure.has_categories:
            if measure.key in NEW_AND_RETURNING and any(
                is_small(counts.get(name, {}).get(TOTAL, 0), k) for name in NEW_AND_RETURNING
            ):
                continue  # rule 3: one of the two would follow from the other and the families
            section.figures.append(Figure(measure.key, TOTAL, single(cells.get(TOTAL, 0), k)))
        else:
            section.figures.extend(
                Figure(measure.key, category, value)
                for category, value in fold(cells, k, also=forced.get(measure.key, frozenset()))
            )
    return section


def _part(section: Section, measure: str, category: str) -> Value | None:
    """What ``section`` says of one cell: a value, or None when it is unknown (left out or folded).

    A category that a section does not list is 0 there, unless the section folded categories
    into "overig" or suppressed the whole breakdown: then it may hide in those.
    """
    value = section.value(measure, category)
    if value is not None:
        return value
    if section.value(measure) is None:
        return None  # the measure itself was left out (rule 3)
    if category == TOTAL:
        return None
    if section.value(measure).status == "suppressed":  # type: ignore[union-attr]
        return None
    other = section.value(measure, OTHER)
    if other is not None and other.shown > 0:
        return None
    return Value.exact(0)


def combine(sections: Sequence[Section], *, location: str = ALL_LOCATIONS) -> Section:
    """One section that adds up ``sections`` (one period, several locations), from published values only.

    A cell with suppressed or unknown parts is a lower bound: the published parts, plus one for
    each suppressed part (a suppressed count is at least 1). When the only part is a single
    suppressed count, the sum stays suppressed.
    """
    if not sections:
        raise ValueError("nothing to combine")
    first = sections[0]
    combined = Section(location=location, period_start=first.period_start, period_end=first.period_end)
    for measure in registry.measures():
        categories: list[str] = []
        for section in sections:
            for figure in section.figures:
                if figure.measure == measure.key and figure.category not in categories:
                    categories.append(figure.category)
        if not categories:
            continue
        if not measure.has_categories:
            categories = [TOTAL]
        else:
            categories.sort(key=lambda c: (c == TOTAL, c == OTHER))
        for category in categories:
            parts = [_part(section, measure.key, category) for section in sections]
            known = sum(p.n or 0 for p in parts if p is not None and p.status != "suppressed")
            suppressed = sum(1 for p in parts if p is not None and p.status == "suppressed")
            unknown = sum(1 for p in parts if p is None or p.status == "lower")
            if suppressed == 0 and unknown == 0:
                value = Value.exact(known)
            elif known == 0 and suppressed == 1 and unknown == 0:
                value = Value.suppressed()
            elif known + suppressed == 0:
                continue  # "ten minste 0" says nothing: the value lies in the parts' "overig"
            else:
                value = Value.lower(known + suppressed)
            combined.figures.append(Figure(measure.key, category, value))
    return combined


def _published_exactly(section: Section, measure: str) -> bool:
    """Whether ``section`` publishes every cell of ``measure`` exactly: nothing suppressed, left
    out or folded into "overig" (a category it does not list is then exactly 0)."""
    figures = [figure for figure in section.figures if figure.measure == measure]
    return bool(figures) and all(
        figure.value.status == "exact" and (figure.category != OTHER or figure.value.n == 0)
        for figure in figures
    )


def _largest(sections: Sequence[Section], measure: registry.Measure) -> list[Figure]:
    """A measure of distinct families over ``sections``' places together, from their published
    values alone: each cell is at least the largest location's (a family counted at one place is
    counted once over all), exact only where at most one place has any.

    The locations' "overig" is left out: its families may be in categories listed here.
    """
    categories: list[str] = []
    for section in sections:
        for figure in section.figures:
            if figure.measure == measure.key and figure.category not in categories:
                categories.append(figure.category)
    categories = [c for c in categories if c != OTHER]
    categories.sort(key=lambda c: c == TOTAL)
    figures = []
    for category in categories:
        parts = [_part(section, measure.key, category) for section in sections]
        shown = [p.n or 0 for p in parts if p is not None and p.status != "suppressed"]
        suppressed = sum(1 for p in parts if p is not None and p.status == "suppressed")
        if len(shown) == len(parts) and all(p.status == "exact" for p in parts if p is not None):
            many = sum(1 for n in shown if n > 0) > 1
            value = Value.lower(max(shown)) if many else Value.exact(max(shown))
        elif suppressed == 1 and len(shown) == len(parts) - 1 and not any(shown):
            value = Value.suppressed()  # the one place with families: its own suppressed count
        elif max(shown, default=0) == 0 and suppressed == 0:
            continue  # "ten minste 0" says nothing
        else:
            value = Value.lower(max(max(shown, default=0), 1 if suppressed else 0))
        figures.append(Figure(measure.key, category, value))
    return figures


def counted_once(sections: Sequence[Section], raw: RawSection, k: int) -> Section:
    """The "Alle locaties" section of one database (one family register) over ``sections``' period.

    ``sections`` are the locations' published sections; ``raw`` the true counts of the per-family
    measures (``Measure.per_family``) over all of them together, a family at two places counted
    once. A measure counted per visit, morning or drink is the sum of the published values, as
    ``combine`` makes it (exact when nothing is hidden, else a lower bound). A measure of families
    is ``raw`` under rules 1-3 (``protect``) only when every location publishes that measure
    exactly: where one hides a cell, a count over all places would give away part of it by a
    subtraction (all families minus the other places' is at least the hidden count), so the
    measure is only what the published values tell anyway (``_largest``), or left out.
    """
    summed = combine(sections, location=raw.location)
    recounted = protect(raw, k)
    together = Section(location=raw.location, period_start=raw.period_start, period_end=raw.period_end)
    for measure in registry.measures():
        if not measure.per_family:
            figures = [figure for figure in summed.figures if figure.measure == measure.key]
        elif all(_published_exactly(section, measure.key) for section in sections):
            figures = [figure for figure in recounted.figures if figure.measure == measure.key]
        elif measure.together == "once":
            figures = _largest(sections, measure)
        else:
            figures = []  # no bound follows from the places' figures (``registry.Together``)
        together.figures.extend(figures)
    return together
