"""Age at a visit from the birth month, and the age bands of the figures."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin import ages


@pytest.mark.parametrize(
    ("born", "on", "months"),
    [
        ((2024, 5), date(2024, 5, 1), 0),
        ((2024, 5), date(2024, 5, 31), 0),
        ((2024, 5), date(2024, 6, 1), 1),
        ((2024, 5), date(2025, 4, 30), 11),
        ((2024, 5), date(2025, 5, 1), 12),
        ((2024, 12), date(2025, 1, 1), 1),
        ((2022, 11), date(2026, 11, 25), 48),
    ],
)
def test_age_in_months(born: tuple[int, int], on: date, months: int) -> None:
    year, month = born
    assert ages.age_in_months(birth_year=year, birth_month=month, expected=False, on=on) == months


def test_not_yet_born_has_no_age() -> None:
    assert ages.age_in_months(birth_year=2027, birth_month=1, expected=True, on=date(2026, 12, 31)) is None
    assert ages.age_in_months(birth_year=2027, birth_month=1, expected=False, on=date(2026, 12, 31)) is None


def test_an_expected_child_counts_as_born_from_its_expected_month() -> None:
    assert ages.age_in_months(birth_year=2027, birth_month=1, expected=True, on=date(2027, 1, 1)) == 0
    assert ages.age_in_months(birth_year=2027, birth_month=1, expected=True, on=date(2027, 3, 9)) == 2


@pytest.mark.parametrize(
    ("months", "band"),
    [
        (0, "0-1"),
        (11, "0-1"),  # up to the first birthday
        (12, "1-2"),
        (23, "1-2"),
        (24, "2-3"),
        (35, "2-3"),
        (36, "3-4"),
        (47, "3-4"),
        (48, "4+"),
        (143, "4+"),
        (None, ages.EXPECTED),
    ],
)
def test_age_band_boundaries(months: int | None, band: str) -> None:
    assert ages.age_band(months) == band


def test_unknown_ages() -> None:
    assert ages.age_band(None, known=False) == ages.UNKNOWN
    assert ages.age_band(30, known=False) == ages.UNKNOWN


@given(months=st.integers(min_value=0, max_value=12 * 12))
def test_every_age_falls_in_exactly_one_of_the_bands(months: int) -> None:
    band = ages.age_band(months)
    assert band in ages.AGE_BANDS
    assert band not in (ages.EXPECTED, ages.UNKNOWN)
    assert ages.AGE_BANDS.index(band) == min(months // 12, 4)


@given(
    year=st.integers(min_value=2000, max_value=2040),
    month=st.integers(min_value=1, max_value=12),
    on=st.dates(min_value=date(2000, 1, 1), max_value=date(2045, 12, 31)),
)
def test_age_grows_by_one_each_month(year: int, month: int, on: date) -> None:
    months = ages.months_between(birth_year=year, birth_month=month, on=on)
    age = ages.age_in_months(birth_year=year, birth_month=month, expected=False, on=on)
    assert age == (months if months >= 0 else None)
    next_month = date(on.year + on.month // 12, on.month % 12 + 1, 1)
    assert ages.months_between(birth_year=year, birth_month=month, on=next_month) == months + 1


def test_describe_age() -> None:
    assert ages.describe_age(None) == "verwacht"
    assert ages.describe_age(7) == "7 mnd"
    assert ages.describe_age(24) == "2 jr"
    assert ages.describe_age(27) == "2 jr 3 mnd"


def test_describe_age_in_the_language_the_window_set() -> None:
    from checkin.i18n import set_language

    set_language("en")
    try:
        assert [ages.describe_age(m) for m in (None, 7, 24, 27)] == ["expected", "7 mo", "2 yr", "2 yr 3 mo"]
    finally:
        set_language("nl")
    assert ages.describe_age(27) == "2 jr 3 mnd"
