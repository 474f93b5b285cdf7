"""One overview of several locations, built only from their anonymous exports (``checkin merge``).

Each location keeps its own sections as published; per period (the same first and last day) that
two or more locations have, an "Alle locaties" section adds up their published values through
``anonymity.combine``: a sum with suppressed or unknown parts is a lower bound ("ten minste 37").
Nothing is ever recomputed from anything but what the files publish.

An input may itself hold "Alle locaties" sections: a laptop that serves two places exports both
with their total, and a merged overview can be merged again with a further location. Such total
sections are derived from the location sections in the same file alone, so they are dropped and
made anew over everything loaded: refusing them would refuse ordinary exports, and keeping them
beside new totals would count the same families twice. A location and period that two files both
hold (the same export loaded twice, or an overview together with one of its own sources) is refused.

All inputs must share one k, and files with different k are refused with a Dutch message: under
the smaller k a value suppressed with the larger one would read too small ("<3" for up to 4), and
under the larger k the other file's published 3 or 4 would break rule 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.stats.anonymity import combine
from checkin.stats.model import ALL_LOCATIONS, Report, Section
from checkin.stats.notes import period_text


def merge_reports(reports: Sequence[tuple[str, Report]]) -> Report:
    """The overview of ``reports``, each given with the name of its file (for messages and ``merged_from``)."""
    if not reports:
        raise Rejected(N_("Geef minstens één export (JSON) op om samen te voegen."))
    ks = sorted({report.k for _, report in reports})
    if len(ks) > 1:
        raise Rejected(
            N_(
                "De bestanden gebruiken een verschillende minimale telling ({ks}). Maak de exports "
                "opnieuw met dezelfde k, bijvoorbeeld met 'checkin export --min-count {k}'."
            ),
            ks=", ".join(f"k = {k}" for k in ks),
            k=ks[-1],
        )
    loaded: dict[tuple[str, date, date], str] = {}
    locations: list[str] = []
    seen_locations: set[str] = set()
    own: list[Section] = []
    for name, report in reports:
        for section in report.sections:
            if section.location == ALL_LOCATIONS:
                continue
            earlier = loaded.get(section.key)
            if earlier is not None:
                raise Rejected(
                    N_(
                        "{name} bevat de cijfers van {location} over {period}, maar die staan ook al in "
                        "{earlier}; geef elke locatie en periode maar één keer op."
                    ),
                    name=name,
                    location=section.location,
                    period=period_text(section.period_start, section.period_end),
                    earlier=earlier,
                )
            loaded[section.key] = name
            own.append(section)
            if section.location not in seen_locations:
                seen_locations.add(section.location)
                locations.append(section.location)
    if not own:
        raise Rejected(N_("De bestanden bevatten geen cijfers van een locatie."))

    by_period: dict[tuple[date, date], list[Section]] = {}
    for section in own:  # grouped once: linear in the number of sections
        by_period.setdefault((section.period_start, section.period_end), []).append(section)
    periods = sorted(by_period)
    order = {location: index for index, location in enumerate(locations)}
    sections: list[Section] = []
    for period in periods:
        parts = sorted(by_period[period], key=lambda s: order[s.location])
        sections.extend(parts)
        if len(parts) > 1:
            sections.append(combine(parts))
    return Report(
        k=ks[0],
        period_start=min(start for start, _ in periods),
        period_end=max(end for _, end in periods),
        locations=locations,
        sections=sections,
        merged_from=[name for name, _ in reports],
    )
