"""The measure registry: every measure complete and in every format; a new measure is one entry.

The completeness test fails when a measure lacks a field of the registry or is missing from the
CSV, the JSON (and its schema), the XLSX or the PDF (the screen: tests/ui/test_cijfers.py). The
extensibility test registers "visits by weekday" (its counting rule and one entry, here in the
test) and finds it, with its definition, in all four exports and the PDF without other code.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from importlib import resources
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlmodel import Session

from checkin.i18n import N_
from checkin.models import Location
from checkin.stats import counting, csv_export, json_export, pdf_report, registry, xlsx_export
from checkin.stats.model import TOTAL, Report, Value
from tests.checkin.stats.report_data import counted
from tests.helpers.pdfs import pdf_pages

MADE_ON = date(2026, 12, 1)
WEEKDAYS = (
    N_("maandag"),
    N_("dinsdag"),
    N_("woensdag"),
    N_("donderdag"),
    N_("vrijdag"),
    N_("zaterdag"),
    N_("zondag"),
)


def _words(text: str) -> str:
    return " ".join(text.split())


def _workbook_texts(report: Report) -> dict[str, list[str]]:
    book = load_workbook(io.BytesIO(xlsx_export.render(report, made_on=MADE_ON)))
    return {
        sheet.title: [
            str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None
        ]
        for sheet in book.worksheets
    }


def _in_every_format(report: Report, measure: registry.Measure) -> None:
    """``measure`` (with figures in ``report``) is in the CSV, JSON, XLSX and PDF, with its definition."""
    rows = list(csv.DictReader(io.StringIO(csv_export.render(report).decode("utf-8"))))
    assert any(r["measure"] == "definitie" and r["category"] == measure.key for r in rows), measure.key
    assert any(r["location"] and r["measure"] == measure.key for r in rows), measure.key

    document = json.loads(json_export.render(report))
    assert document["definitions"][measure.key] == {"label": measure.title, "definition": measure.definition}
    assert any(f["measure"] == measure.key for s in document["sections"] for f in s["figures"]), measure.key

    texts = _workbook_texts(report)
    sheet = "Overzicht" if measure.chart == "tile" else measure.topic
    assert measure.title in texts[sheet], (measure.key, sheet)
    assert measure.full_definition in texts["Uitleg"], measure.key

    pages = pdf_pages(pdf_report.render(report, made_on=MADE_ON))
    assert _words(measure.title) in " ".join(pages[:-1]), measure.key
    assert _words(measure.full_definition) in pages[-1], measure.key


@pytest.fixture
def report(session: Session, location: Location) -> Report:
    return counted(session, location)


def test_every_measure_has_every_field() -> None:
    found = registry.measures()
    assert len(found) >= 17
    assert len({m.title for m in found}) == len(found), "two measures share a title"
    assert len({m.order for m in found}) == len(found), "two measures share a place"
    for measure in found:
        assert measure.key.isidentifier() and measure.key.islower(), measure.key
        for text in (measure.title, measure.definition, measure.unit, measure.topic):
            assert text.strip(), measure.key
        assert measure.kind in ("people", "things"), measure.key
        assert measure.chart in ("tile", "bars", "columns", "over_time", "none"), measure.key
        assert (
            measure.categories is None
            or measure.categories == registry.DATA
            or (isinstance(measure.categories, tuple) and measure.categories)
        ), measure.key
        assert (measure.chart == "tile") == (measure.categories is None), measure.key
        assert measure.count.scan in counting.SCANS, measure.key
        assert measure.together in ("added", "once", "recounted"), measure.key
        # a count of distinct families: of people, and not the sum of its periods either
        assert not measure.per_family or (measure.counts_people and not measure.adds_up), measure.key
        assert "{k}" in measure.hidden.suppressed and "{n}" in measure.hidden.lower, measure.key
        assert measure.hidden.absent, measure.key


def test_every_measure_is_in_every_format(report: Report) -> None:
    [section] = report.sections
    for measure in registry.measures():
        assert section.value(measure.key) is not None, measure.key  # the report holds every measure
        _in_every_format(report, measure)


def test_the_json_schema_names_every_measure() -> None:
    text = resources.files("checkin.stats").joinpath("figures.schema.json").read_text(encoding="utf-8")
    assert json.loads(text)["$defs"]["measure"]["enum"] == [m.key for m in registry.measures()]


def test_a_hidden_value_reads_the_same_on_screen_and_in_every_export() -> None:
    money, visits = registry.get("revenue_cents"), registry.get("visits")
    assert visits.reader(Value.suppressed(), 5) == "minder dan 5"
    assert visits.reader(Value.lower(37), 5) == "ten minste 37"
    assert money.reader(Value.lower(1250), 5) == "ten minste € 12,50"
    assert visits.short(Value.lower(37), 5) == "≥37" and visits.short(None, 5) == "–"


# --- a new measure: its counting rule and one entry ------------------------------------------------


def _weekday(row: Any) -> str:
    return WEEKDAYS[date.fromisoformat(row.day).weekday()]


VISITS_BY_WEEKDAY = registry.Measure(
    "visits_by_weekday",
    N_("Bezoeken per weekdag"),
    N_("Bezoeken naar de dag van de week van de ochtend."),
    unit=N_("bezoeken"),
    kind="people",
    chart="bars",
    order=145,
    topic=N_("Drukte"),
    categories=WEEKDAYS,
    count=counting.Rule("visits", counting.visits_of_row(_weekday), counting.fixed(WEEKDAYS)),
)


@pytest.fixture
def weekdays() -> Iterator[registry.Measure]:
    with registry.registered(VISITS_BY_WEEKDAY) as measure:
        yield measure


def test_a_new_measure_is_counted_in_the_same_scan_and_shown_everywhere(
    session: Session, location: Location, weekdays: registry.Measure
) -> None:
    report = counted(session, location)
    [section] = report.sections
    assert section.value("visits_by_weekday", "woensdag") == section.value("visits")  # all on Wednesdays
    assert section.value("visits_by_weekday", "maandag") == Value.exact(0)  # a fixed list keeps its zeros
    _in_every_format(report, weekdays)
    loaded = json_export.load_export(json_export.render(report), name="weekdag.json")
    assert loaded.sections[0].value("visits_by_weekday", TOTAL) == section.value("visits")


BABIES = registry.Measure(
    "babies",
    N_("Baby's"),
    N_("Kinderen jonger dan een jaar, opgeteld over alle bezoeken."),
    unit=N_("kinderen"),
    kind="people",
    chart="tile",
    order=146,
    topic=N_("Overzicht"),
    categories=None,
    count=counting.Rule(
        "children",
        lambda tally, row: tally.update({TOTAL: row.n if row.months is not None and row.months < 12 else 0}),
        counting.total,
    ),
)
FAMILIES_FROM_NUMANSDORP = registry.Measure(
    "families_from_numansdorp",
    N_("Gezinnen uit Numansdorp"),
    N_("Verschillende gezinnen uit Numansdorp."),
    unit=N_("gezinnen"),
    kind="people",
    chart="tile",
    order=147,
    topic=N_("Overzicht"),
    categories=None,
    count=counting.Rule(
        "families",
        lambda tally, row: tally.update({TOTAL: row.families if row.village == "Numansdorp" else 0}),
        counting.total,
    ),
    adds_up=False,
)


def _statements_reading_visits(session: Session, by: str | None) -> int:
    """How many SQL statements that read the visit table one report runs (a year, every location)."""
    import re

    from sqlalchemy import event

    from checkin.stats.measures import build_report

    found: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if re.search(r"\bvisit\b", statement):
            found.append(statement)

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", record)
    try:
        build_report(session, start=date(2026, 1, 1), end=date(2026, 12, 31), by=by, k=5)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return len(found)


def test_a_new_measure_or_period_adds_no_scan(session: Session) -> None:
    """The statements over the visits are as many for 1 or 12 periods, with or without new measures."""
    from checkin.demo import fill_demo

    fill_demo(session, families=40, weeks=30, locations=2, seed=4, today=date(2026, 11, 25))
    # The first report computes the mornings' figures from the visits and keeps them, a batch of
    # mornings per statement (checkin.services.kept_figures.fill); the next ones read what was
    # kept, in one statement.
    assert _statements_reading_visits(session, None) >= 2
    base = _statements_reading_visits(session, None)
    assert base == 1
    assert _statements_reading_visits(session, "month") == base
    with (
        registry.registered(VISITS_BY_WEEKDAY),
        registry.registered(BABIES),
        registry.registered(FAMILIES_FROM_NUMANSDORP),
    ):
        assert _statements_reading_visits(session, None) == base
        assert _statements_reading_visits(session, "month") == base
        assert _statements_reading_visits(session, "quarter") == base


def test_a_lower_bound_average_reads_as_on_screen_in_the_exports() -> None:
    """Visits 'ten minste 41' over 6 mornings: 'ten minste 6,8' on screen, in the XLSX and the PDF."""
    from tests.checkin.stats.report_data import hand_made

    report = hand_made()
    texts = _workbook_texts(report)["Overzicht"]
    assert "ten minste 6,8" in texts
    first = pdf_pages(pdf_report.render(report, made_on=MADE_ON))[0]
    assert "≥6,8" in first


def test_one_scan_over_every_period_and_location_counts_as_each_section_alone(session: Session) -> None:
    """build_report runs the per-morning scans once for all sections; each section's figures are
    exactly those of its own scans."""
    from checkin.demo import fill_demo
    from checkin.services.locations import list_locations
    from checkin.stats.anonymity import protect
    from checkin.stats.measures import build_report, count_section

    fill_demo(session, families=60, weeks=30, locations=2, seed=3, today=date(2026, 11, 25))
    report = build_report(session, start=date(2026, 4, 1), end=date(2026, 11, 30), by="month", k=5)
    places = {loc.name: loc.id for loc in list_locations(session)}
    own = [s for s in report.sections if s.location in places]
    assert len(own) == 16 and sum(1 for s in own if s.value("visits") != Value.exact(0)) > 8
    for section in own:
        alone = count_section(
            session,
            location_id=places[section.location],
            location=section.location,
            start=section.period_start,
            end=section.period_end,
        )
        assert protect(alone, 5).figures == section.figures, section.key
