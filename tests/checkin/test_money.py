"""Euro amounts as the host reads and types them, stored as integer cents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.errors import Rejected
from checkin.i18n import set_language
from checkin.money import format_cents, parse_euros


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "€ 0,00"), (50, "€ 0,50"), (1200, "€ 12,00"), (-150, "-€ 1,50")],
)
def test_format_cents(cents: int, text: str) -> None:
    assert format_cents(cents) == text


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "€0.00"), (50, "€0.50"), (123456, "€1,234.56"), (-150, "-€1.50")],
)
def test_format_cents_in_english(cents: int, text: str) -> None:
    assert format_cents(cents, "en") == text


def test_the_window_language_sets_the_notation_callers_without_one_get() -> None:
    set_language("en")
    try:
        assert format_cents(1250) == "€12.50"
        assert format_cents(1250, "nl") == "€ 12,50"  # the exports ask for Dutch
    finally:
        set_language("nl")
    assert format_cents(1250) == "€ 12,50"


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12,50", 1250),
        ("12.5", 1250),
        ("12,5", 1250),
        ("€ 3", 300),
        ("€3,05", 305),
        (" 0,50 ", 50),
        ("7", 700),
    ],
)
def test_parse_euros(text: str, cents: int) -> None:
    assert parse_euros(text) == cents


@pytest.mark.parametrize(
    "text",
    ["", "abc", "12,505", "-1,50", "1e3", "12,-", "1234567", "€", ",50", "1.234", "1.234.567,00", "12.34,5"],
)
def test_parse_euros_rejects(text: str) -> None:
    with pytest.raises(Rejected) as info:
        parse_euros(text)
    assert "is geen bedrag; typ bijvoorbeeld 12,50" in info.value.message


def test_a_negative_amount_only_when_allowed() -> None:
    assert parse_euros("-1,50", allow_negative=True) == -150


@given(st.integers(min_value=0, max_value=99_999_999))
def test_what_is_shown_can_be_typed_back(cents: int) -> None:
    assert parse_euros(format_cents(cents)) == cents
