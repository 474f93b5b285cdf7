"""Age of a child at a visit, from its birth month, and the age bands of the figures.

The only place where ages are computed: check-in stores the age in months at the visit (so
figures survive the erasure of a family), the figures group those months into bands here.
"""

from __future__ import annotations

from datetime import date

from checkin.i18n import N_, translate

EXPECTED = "verwacht"
UNKNOWN = N_("onbekend")
AGE_BANDS: tuple[str, ...] = ("0-1", "1-2", "2-3", "3-4", "4+", EXPECTED, UNKNOWN)
"""Band labels, in years, in the order the figures show them."""


def months_between(*, birth_year: int, birth_month: int, on: date) -> int:
    """Whole months from the first of the birth month to ``on`` (negative before birth)."""
    return (on.year - birth_year) * 12 + (on.month - birth_month)


def age_in_months(*, birth_year: int, birth_month: int, expected: bool, on: date) -> int | None:
    """Age at ``on`` in whole months, or ``None`` while the child is still expected.

    A child registered as expected counts as born from its expected month on.
    """
    del expected  # an expected child counts as born from its expected month on
    months = months_between(birth_year=birth_year, birth_month=birth_month, on=on)
    return None if months < 0 else months


def age_band(months: int | None, *, known: bool = True) -> str:
    """The figure's band for an age in months: 0-1 means from birth up to the first birthday.

    ``known`` is False for children counted from an earlier list without their ages.
    """
    if not known:
        return UNKNOWN
    if months is None:
        return EXPECTED
    years = months // 12
    return AGE_BANDS[years] if years < 4 else "4+"


def describe_age(months: int | None) -> str:
    """Short description for the screen: '7 mnd', '2 jr 3 mnd', 'verwacht' (in Dutch; in the
    language of ``checkin.i18n`` when the window set another: '2 yr 3 mo')."""
    if months is None:
        return translate(N_("verwacht"))
    years, rest = divmod(months, 12)
    if years == 0:
        return translate(N_("{m} mnd")).format(m=rest)
    if rest == 0:
        return translate(N_("{y} jr")).format(y=years)
    return translate(N_("{y} jr {m} mnd")).format(y=years, m=rest)
