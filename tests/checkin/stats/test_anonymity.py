"""The anonymity rules of docs/statistics.md: hand-made cases, then an attacker over generated data.

The attacker knows the true counts (it plays a reader who knows everything but the suppressed
parts) and checks every sum that a report publishes: a breakdown's total beside its categories,
"overig" beside the categories folded into it, all families beside new and returning ones, and a
total over locations beside each location's figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.errors import Rejected
from checkin.rules import check_k
from checkin.stats import registry
from checkin.stats.anonymity import combine, fold, protect
from checkin.stats.model import OTHER, TOTAL, RawSection, Section, Value

START, END = date(2026, 7, 1), date(2026, 9, 30)


def test_small_categories_fold_into_overig() -> None:
    assert fold({"a": 10, "b": 3, "c": 4, "d": 0}, 5) == [
        ("a", Value.exact(10)),
        ("d", Value.exact(0)),
        (OTHER, Value.exact(7)),
        (TOTAL, Value.exact(17)),
    ]


def test_overig_below_k_takes_the_smallest_shown_category() -> None:
    assert fold({"a": 10, "b": 6, "c": 2}, 5) == [
        ("a", Value.exact(10)),
        (OTHER, Value.exact(8)),
        (TOTAL, Value.exact(18)),
    ]


def test_a_small_breakdown_publishes_only_its_total_as_suppressed() -> None:
    assert fold({"a": 3, "b": 1}, 5) == [(TOTAL, Value.suppressed())]


def test_zeros_are_published() -> None:
    assert fold({"a": 0, "b": 0}, 5) == [
        ("a", Value.exact(0)),
        ("b", Value.exact(0)),
        (TOTAL, Value.exact(0)),
    ]


def test_a_category_called_overig_joins_the_folded_ones() -> None:
    assert fold({OTHER: 2, "a": 10, "b": 7}, 5) == [
        ("a", Value.exact(10)),
        (OTHER, Value.exact(9)),
        (TOTAL, Value.exact(19)),
    ]


def test_everything_may_end_up_in_overig() -> None:
    assert fold({"a": 4, "b": 4}, 5) == [(OTHER, Value.exact(8)), (TOTAL, Value.exact(8))]


def test_people_are_suppressed_but_drinks_and_mornings_are_not() -> None:
    raw = RawSection(
        "L",
        START,
        END,
        {
            "mornings": {TOTAL: 2},
            "visits": {TOTAL: 3},
            "consumptions": {"koffie": 1, "thee": 0, TOTAL: 1},
            "revenue_cents": {"contant": 50, "pin": 0, "gratis": 0, TOTAL: 50},
        },
    )
    section = protect(raw, 5)
    assert section.value("mornings") == Value.exact(2)
    assert section.value("visits") == Value.suppressed()
    assert section.value("consumptions", "koffie") == Value.exact(1)
    assert section.value("revenue_cents", "contant") == Value.exact(50)


def test_new_and_returning_families_are_left_out_together() -> None:
    raw = RawSection(
        "L",
        START,
        END,
        {"families": {TOTAL: 30}, "new_families": {TOTAL: 2}, "returning_families": {TOTAL: 28}},
    )
    section = protect(raw, 5)
    assert section.value("families") == Value.exact(30)
    assert section.value("new_families") is None
    assert section.value("returning_families") is None


def test_combined_totals_are_lower_bounds_when_parts_are_suppressed() -> None:
    a = protect(RawSection("A", START, END, {"visits": {TOTAL: 40}, "mornings": {TOTAL: 13}}), 5)
    b = protect(RawSection("B", START, END, {"visits": {TOTAL: 3}, "mornings": {TOTAL: 2}}), 5)
    c = protect(RawSection("C", START, END, {"visits": {TOTAL: 12}, "mornings": {TOTAL: 4}}), 5)
    together = combine([a, b, c])
    assert together.value("visits") == Value.lower(53)  # 40 + 12 + at least 1
    assert together.value("visits").dutch(5) == "ten minste 53"  # type: ignore[union-attr]
    assert together.value("mornings") == Value.exact(19)
    assert combine([a, c]).value("visits") == Value.exact(52)
    assert combine([b]).value("visits") == Value.suppressed()


def test_a_category_folded_at_one_place_makes_the_total_a_lower_bound() -> None:
    a = protect(RawSection("A", START, END, {"families_by_village": {"X": 6, "Y": 9}}), 5)
    b = protect(RawSection("B", START, END, {"families_by_village": {"X": 2, "Y": 9, "Z": 4}}), 5)
    together = combine([a, b])
    assert together.value("families_by_village", "X") == Value.lower(6)
    assert together.value("families_by_village", "Y") == Value.exact(18)
    assert together.value("families_by_village", OTHER) == Value.exact(6)
    assert together.value("families_by_village") == Value.exact(30)


def test_a_morning_cannot_be_worked_out_from_the_themes_and_the_programme() -> None:
    """Without the linked folds: themes' overig (T1 3 + T2 20) minus morning 2 (20, theme T2 on
    the public programme) would give morning 1's 3 visits."""
    mornings = {"2026-07-01": 3, "2026-07-08": 4, "2026-07-15": 20, "2026-07-22": 30}
    theme_of = {
        "2026-07-01": "T1",
        "2026-07-08": "geen thema",
        "2026-07-15": "T2",
        "2026-07-22": "geen thema",
    }
    raw = RawSection(
        "L",
        START,
        END,
        {
            "visits_by_morning": {**mornings, TOTAL: 57},
            "theme_visits": {"T1": 3, "T2": 20, "geen thema": 34, TOTAL: 57},
        },
        links={"visits_by_morning": theme_of},
    )
    section = protect(raw, 5)
    # Themes all folded (57); morning 22 July (30) shown, the other three in "overig" (27): the
    # themes' overig minus the shown morning gives 27, three mornings together, never one.
    assert [(f.category, f.value) for f in section.breakdown("theme_visits")] == [(OTHER, Value.exact(57))]
    assert [(f.category, f.value) for f in section.breakdown("visits_by_morning")] == [
        ("2026-07-22", Value.exact(30)),
        (OTHER, Value.exact(27)),
    ]


@pytest.mark.parametrize("k", [2, 0, -1, True, 1001])
def test_k_below_three_or_absurd_is_refused(k: int) -> None:
    with pytest.raises(Rejected):
        check_k(k)


# --- the attacker ---------------------------------------------------------------------------------

VISIT_BREAKDOWNS = {
    "visits_by_morning": None,  # categories drawn per data set
    "arrivals": ("09:00", "09:30", "10:00", "10:30", "onbekend"),
    "mood": ("blij", "neutraal", "niet blij", "niet ingevuld"),
}
THEMES = ("Slapen", "=HYPERLINK(1)", "Voeding", "geen thema")
FAMILY_BREAKDOWNS = {
    "visits_per_family": ("1", "2-3", "4+"),
    "families_by_village": ("Numansdorp", "Strijen", "Maasdam", OTHER, "onbekend"),
    "families_by_referral": ("flyer/poster", "consultatiebureau/JGZ", "anders"),
}
FREE_BREAKDOWNS = {
    "adult_visits": ("moeder", "vader", "grootouder", "anders"),
    "child_visits": ("0-1", "1-2", "2-3", "3-4", "4+", "verwacht", "onbekend"),
}


@st.composite
def partition(draw: st.DrawFn, total: int, names: tuple[str, ...]) -> dict[str, int]:
    """``total`` split over ``names``, with many small parts."""
    cuts = sorted(draw(st.lists(st.integers(0, total), min_size=len(names) - 1, max_size=len(names) - 1)))
    bounds = [0, *cuts, total]
    return {name: bounds[i + 1] - bounds[i] for i, name in enumerate(names)}


@st.composite
def raw_sections(draw: st.DrawFn, location: str) -> RawSection:
    mornings = draw(st.integers(0, 5))
    days = tuple(f"2026-07-{day:02d}" for day in range(1, mornings + 1))
    per_morning = {day: draw(st.integers(0, 14)) for day in days}
    visits = sum(per_morning.values())
    families = draw(st.integers(1 if visits else 0, visits))
    new = draw(st.integers(0, families))
    theme_of = {day: draw(st.sampled_from(THEMES)) for day in days}
    themes: dict[str, int] = {}
    for day, n in per_morning.items():
        themes[theme_of[day]] = themes.get(theme_of[day], 0) + n
    counts: dict[str, dict[str, int]] = {
        "theme_visits": {**themes, TOTAL: visits},
        "mornings": {TOTAL: mornings},
        "visits": {TOTAL: visits},
        "families": {TOTAL: families},
        "new_families": {TOTAL: new},
        "returning_families": {TOTAL: families - new},
        "lapsed_families": {TOTAL: draw(st.integers(0, 12))},
        "visits_by_morning": {**per_morning, TOTAL: visits},
    }
    coffee = draw(st.integers(0, 9))
    counts["consumptions"] = {"koffie": coffee, TOTAL: coffee}
    for name, categories in VISIT_BREAKDOWNS.items():
        if categories is not None:
            counts[name] = {**draw(partition(visits, categories)), TOTAL: visits}
    for name, categories in FAMILY_BREAKDOWNS.items():
        counts[name] = {**draw(partition(families, categories)), TOTAL: families}
    for name, categories in FREE_BREAKDOWNS.items():
        cells = {category: draw(st.integers(0, 9)) for category in categories}
        counts[name] = {**cells, TOTAL: sum(cells.values())}
    return RawSection(location, START, END, counts, links={"visits_by_morning": theme_of})


@dataclass
class Relation:
    """A published sum: parent = sum of members. ``truth`` of each member is the real count."""

    what: str
    parent: Value | None
    members: list[tuple[Value | None, int]]


def true_value(raw: RawSection, measure: str, category: str, section: Section | None = None) -> int:
    """The real count behind a cell; "overig" of a section is the sum of what it folded."""
    cells = raw.counts.get(measure, {})
    if category == OTHER and section is not None:
        shown = {f.category for f in section.breakdown(measure)}
        return sum(n for c, n in cells.items() if c != TOTAL and (c == OTHER or c not in shown))
    return cells.get(category, 0)


def relations(raws: list[RawSection], sections: list[Section], combined: Section) -> Iterator[Relation]:
    for raw, section in zip(raws, sections, strict=True):
        for measure, cells in raw.counts.items():
            if not registry.get(measure).has_categories:
                continue
            shown = {f.category for f in section.breakdown(measure)}
            folded = [c for c in cells if c != TOTAL and (c == OTHER or c not in shown)]
            folded_members: list[tuple[Value | None, int]] = [(None, cells[c]) for c in folded]
            members = [
                (section.value(measure, c), cells[c]) for c in cells if c != TOTAL and c in shown - {OTHER}
            ]
            other = section.value(measure, OTHER)
            if other is not None:
                members.append((other, sum(n for _, n in folded_members)))
                yield Relation(f"{section.location} {measure} overig", other, folded_members)
            else:
                members.extend(folded_members)
            yield Relation(f"{section.location} {measure}", section.value(measure), members)
        theme_of = raw.links.get("visits_by_morning", {})
        for theme in {*theme_of.values()}:
            days = [day for day, t in theme_of.items() if t == theme]
            yield Relation(
                f"{section.location} theme {theme} = its mornings",
                section.value("theme_visits", theme),
                [
                    (section.value("visits_by_morning", day), raw.counts["visits_by_morning"][day])
                    for day in days
                ],
            )
        themes_shown = {f.category for f in section.breakdown("theme_visits")}
        folded_themes = [t for t in {*theme_of.values()} if t not in themes_shown]
        other = section.value("theme_visits", OTHER)
        if other is not None and folded_themes:
            days = [day for day, t in theme_of.items() if t in folded_themes]
            yield Relation(
                f"{section.location} themes' overig = the mornings of the folded themes",
                other,
                [
                    (section.value("visits_by_morning", day), raw.counts["visits_by_morning"][day])
                    for day in days
                ],
            )
        yield Relation(
            f"{section.location} new+returning",
            section.value("families"),
            [(section.value(m), true_value(raw, m, TOTAL)) for m in ("new_families", "returning_families")],
        )
    for figure in combined.figures:
        yield Relation(
            f"total {figure.measure} {figure.category!r}",
            figure.value,
            [
                (s.value(figure.measure, figure.category), true_value(r, figure.measure, figure.category))
                for r, s in zip(raws, sections, strict=True)
            ],
        )


def attack(raws: list[RawSection], sections: list[Section], combined: Section, k: int) -> None:
    for raw, section in zip(raws, sections, strict=True):
        for figure in section.figures:
            measure = registry.get(figure.measure)
            truth = true_value(raw, figure.measure, figure.category) if figure.category != OTHER else None
            if figure.value.status == "exact" and truth is not None:
                assert figure.value.n == truth, figure  # published figures are true
            if measure.counts_people and figure.value.status == "exact":
                assert figure.value.n == 0 or figure.value.n >= k, f"rule 1: {figure}"  # type: ignore[operator]
            if figure.value.status == "suppressed":
                assert truth is not None and 1 <= truth < k, figure
    for relation in relations(raws, sections, combined):
        if relation.parent is None or relation.parent.status != "exact":
            continue
        hidden = [truth for value, truth in relation.members if value is None or value.status != "exact"]
        known = sum(
            value.n or 0 for value, _ in relation.members if value is not None and value.status == "exact"
        )
        assert relation.parent.n == known + sum(hidden), relation.what  # the sum holds
        hidden_nonzero = [truth for truth in hidden if truth]
        if len(hidden_nonzero) == 1:
            assert hidden_nonzero[0] >= k, f"rule 3, one hidden member recoverable: {relation}"
        assert not 1 <= sum(hidden) < k, f"rule 3, hidden members add up to a small count: {relation}"
    for figure in combined.figures:
        truth = sum(
            true_value(r, figure.measure, figure.category, s) for r, s in zip(raws, sections, strict=True)
        )
        if figure.value.status == "lower":
            assert figure.value.n is not None and figure.value.n <= truth, figure
        if figure.value.status == "suppressed":
            assert 1 <= truth < k, figure


@settings(max_examples=1000, deadline=None)
@given(
    k=st.integers(3, 6),
    raws=st.integers(1, 3).flatmap(
        lambda n: st.tuples(*(raw_sections(location=f"Plek {i}") for i in range(n)))
    ),
)
def test_no_published_figure_or_sum_reveals_a_small_count(k: int, raws: tuple[RawSection, ...]) -> None:
    sections = [protect(raw, k) for raw in raws]
    attack(list(raws), sections, combine(sections), k)


def test_a_category_known_only_inside_overig_is_left_out_of_the_total() -> None:
    a = protect(RawSection("A", START, END, {"families_by_village": {"X": 2, "Y": 9, "Z": 4}}), 5)
    b = protect(RawSection("B", START, END, {"families_by_village": {"Y": 9}}), 5)
    together = combine([a, b])
    assert together.value("families_by_village", "X") is None  # not "ten minste 0"
    assert together.value("families_by_village", OTHER) == Value.exact(6)
    assert together.value("families_by_village", "Y") == Value.exact(18)
