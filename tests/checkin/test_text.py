"""Folding names for search and cleaning input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.text import clean, fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Özlem Çelik", "ozlem celik"),
        ("Małgorzata", "malgorzata"),
        ("ŁUKASZ", "lukasz"),
        ("Søren Ærø", "soren aero"),
        ("Straße", "strasse"),
        ("Zoë", "zoe"),
        ("İlkay", "ilkay"),
        ("Ilkın", "ilkin"),
        ("Đorđe", "dorde"),
        ("  Anne   Marie\t", "anne marie"),
        ("ﬁnn", "finn"),
        ("K7F3", "k7f3"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_fold_is_idempotent_and_has_no_capitals_or_accents(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.casefold()
    assert folded == folded.strip()
    assert "  " not in folded


def test_clean() -> None:
    assert clean(None) == ""
    assert clean("  Oma \n Riet ") == "Oma Riet"
    assert clean("Zoe\u0308") == "Zoë"  # decomposed input is stored composed
