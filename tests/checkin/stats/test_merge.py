"""Merging the JSON exports of several locations: totals only from published values."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from checkin.demo import fill_demo
from checkin.errors import Rejected
from checkin.models import Location
from checkin.stats import registry
from checkin.stats.anonymity import combine
from checkin.stats.json_export import load_export, render
from checkin.stats.measures import build_report
from checkin.stats.merge import merge_reports
from checkin.stats.model import ALL_LOCATIONS, OTHER, TOTAL, Report, Section, Value
from tests.helpers.figures import seed_place

START, END = date(2026, 1, 1), date(2026, 12, 31)


def exported(report: Report, name: str) -> tuple[str, Report]:
    """What a merge gets: the report written as JSON and read back."""
    return name, load_export(render(report), name=name)


def per_location(session: Session, *, k: int = 5, by: str | None = "quarter") -> list[tuple[str, Report]]:
    places = session.exec(select(Location).order_by(Location.name)).all()
    return [
        exported(
            build_report(session, start=START, end=END, by=by, location_id=place.id, k=k),
            f"{place.name}.json",
        )
        for place in places
    ]


@pytest.fixture
def demo(session: Session) -> Session:
    fill_demo(session, families=60, weeks=40, locations=2, seed=7, today=date(2026, 11, 25))
    return session


def _expected(parts: list[Section], measure: str, category: str) -> tuple[int, int, bool]:
    """Published sum, suppressed parts, and whether some part is unknown (left out or folded away)."""
    known = suppressed = 0
    unknown = False
    for section in parts:
        value = section.value(measure, category)
        if value is None:
            total, other = section.value(measure), section.value(measure, OTHER)
            folded = other is not None and other.shown > 0
            if category == TOTAL or total is None or total.status == "suppressed" or folded:
                unknown = True
            continue
        if value.status == "suppressed":
            suppressed += 1
        else:
            known += value.n or 0
            unknown = unknown or value.status == "lower"
    return known, suppressed, unknown


def test_totals_are_the_sum_of_the_published_parts_and_lower_bounds_exactly_when_parts_are_hidden(
    session: Session,
) -> None:
    seed_place(session, name="Noord", families=7, weeks=4, dangerous=False)
    seed_place(session, name="Zuid", families=2, weeks=3, dangerous=False)  # below k: suppressed
    seed_place(session, name="West", families=12, weeks=2, dangerous=False)
    overview = merge_reports(per_location(session, k=5, by="month"))
    assert overview.locations == ["Noord", "West", "Zuid"]
    assert overview.merged_from == ["Noord.json", "West.json", "Zuid.json"]
    totals = [s for s in overview if s.location == ALL_LOCATIONS]
    assert [(s.period_start.month, s.period_end.month) for s in totals] == [(m, m) for m in range(1, 13)]
    statuses = set()
    for total in totals:
        parts = [s for s in overview if s.period_start == total.period_start and s.location != ALL_LOCATIONS]
        assert [s.location for s in parts] == ["Noord", "West", "Zuid"]
        for figure in total.figures:
            known, suppressed, unknown = _expected(parts, figure.measure, figure.category)
            statuses.add(figure.value.status)
            if suppressed == 0 and not unknown:
                assert figure.value == Value.exact(known), figure
            elif known == 0 and suppressed == 1 and not unknown:
                assert figure.value == Value.suppressed(), figure
            else:
                assert figure.value == Value.lower(known + suppressed), figure
    assert statuses == {"exact", "lower"}
    march = next(t for t in totals if t.period_start == date(2026, 3, 1))
    assert march.value("families") == Value.lower(7 + 12 + 1)  # Zuid's 2 families: '<5', at least 1
    assert march.value("mornings") == Value.exact(4 + 3 + 2)  # mornings are never suppressed


def _places(report: Report) -> list[Section]:
    return [s for s in report if s.location != ALL_LOCATIONS]


def _added_up(report: Report) -> list[Section]:
    """The "Alle locaties" sections a merge makes of ``report``'s places: their published values added up."""
    parts = _places(report)
    periods = sorted({(s.period_start, s.period_end) for s in parts})
    return [combine([s for s in parts if (s.period_start, s.period_end) == period]) for period in periods]


def test_merging_the_exports_of_each_location_gives_their_figures_added_up(demo: Session) -> None:
    overview = merge_reports(per_location(demo))
    direct = build_report(demo, start=START, end=END, by="quarter", k=5)
    assert _places(overview) == _places(direct)
    assert overview.locations == direct.locations
    assert (overview.k, overview.period_start, overview.period_end) == (5, START, END)
    # the merge adds up what the files publish: a family that came to two places counts at each
    totals = overview.sections_of(ALL_LOCATIONS)
    assert totals == _added_up(direct) and len(totals) == 4
    # the report of the one database counts each family once; the demo's families each come to
    # one place, so where both publish a figure exactly it is the same, and visits, children and
    # drinks are the merge's figures everywhere
    compared = 0
    for merged, counted in zip(totals, direct.sections_of(ALL_LOCATIONS), strict=True):
        for figure in counted.figures:
            value = merged.value(figure.measure, figure.category)
            if not registry.get(figure.measure).per_family:
                assert value == figure.value, figure
            elif value is not None and value.status == figure.value.status == "exact":
                assert value == figure.value, figure
                compared += 1
    assert compared > 10


def test_an_input_with_totals_of_its_own_has_them_made_anew(demo: Session) -> None:
    """A laptop with two places exports both and their total; an overview can be merged again."""
    both = build_report(demo, start=START, end=END, by="quarter", k=5)
    assert any(s.location == ALL_LOCATIONS for s in both)
    once = merge_reports([exported(both, "beide.json")])
    # the file's own totals (each family once) are dropped: the merge adds up the places anew
    assert _places(once) == _places(both)
    assert once.sections_of(ALL_LOCATIONS) == _added_up(both)
    again = merge_reports([exported(once, "overzicht.json")])
    assert again.sections == once.sections


def test_merging_an_overview_with_one_of_its_own_sources_is_refused(demo: Session) -> None:
    files = per_location(demo)
    overview = merge_reports(files)
    with pytest.raises(Rejected) as info:
        merge_reports([exported(overview, "overzicht.json"), files[1]])
    assert info.value.message.startswith(
        f"{files[1][0]} bevat de cijfers van Kletskoppen over 1 januari 2026"
    )
    assert "ook al in overzicht.json" in info.value.message


def test_the_same_file_twice_is_refused(demo: Session) -> None:
    first = per_location(demo)[0]
    with pytest.raises(Rejected, match=r"ook al in De Kleine Knuistjes\.json"):
        merge_reports([first, ("kopie.json", first[1])])


def test_no_file_is_refused() -> None:
    with pytest.raises(Rejected, match="Geef minstens één export"):
        merge_reports([])


def test_files_with_different_k_are_refused(demo: Session) -> None:
    noord, zuid = demo.exec(select(Location).order_by(Location.name)).all()
    five = build_report(demo, start=date(2026, 9, 1), end=date(2026, 9, 30), location_id=noord.id, k=5)
    three = build_report(demo, start=date(2026, 9, 1), end=date(2026, 9, 30), location_id=zuid.id, k=3)
    with pytest.raises(Rejected, match=r"verschillende minimale telling \(k = 3, k = 5\)"):
        merge_reports([exported(five, "a.json"), exported(three, "b.json")])


def test_periods_of_only_some_files_get_no_total(demo: Session) -> None:
    noord, zuid = demo.exec(select(Location).order_by(Location.name)).all()
    months = build_report(
        demo, start=date(2026, 9, 1), end=date(2026, 10, 31), by="month", location_id=noord.id, k=3
    )
    one = build_report(demo, start=date(2026, 9, 1), end=date(2026, 9, 30), location_id=zuid.id, k=3)
    overview = merge_reports([exported(months, "a.json"), exported(one, "b.json")])
    assert overview.k == 3
    assert [(s.location, s.period_start.month) for s in overview] == [
        (noord.name, 9),
        (zuid.name, 9),
        (ALL_LOCATIONS, 9),
        (noord.name, 10),
    ]
    assert (overview.period_start, overview.period_end) == (date(2026, 9, 1), date(2026, 10, 31))
