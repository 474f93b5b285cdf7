"""The PDFs a host prints speak the window's language: the fixed texts and the price."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlmodel import Session

from checkin.i18n import current_language, set_language, translate
from checkin.models import Activity, Location
from checkin.pdf import documents
from checkin.services import printing
from tests.helpers.pdfs import pdf_text


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("nl")


@pytest.fixture
def activity(session: Session, location: Location) -> Activity:
    assert location.id is not None
    row = Activity(location_id=location.id, day=date(2026, 11, 25), title="Voorlezen", theme="Herfst")
    session.add(row)
    session.commit()
    session.refresh(row)
    return row


def test_the_core_translates_its_texts_from_the_ts_file(english: None) -> None:
    assert translate("Gezinskaart") == "Family card"
    assert translate("Gezinskaart", "nl") == "Gezinskaart"
    assert translate("a text nobody translated") == "a text nobody translated"


def test_an_english_poster(english: None, session: Session, activity: Activity) -> None:
    assert activity.id is not None
    text = pdf_text(printing.poster_pdf(session, activity_id=activity.id, invariant=True))
    for expected in (
        "For parents, grandparents and childminders with children aged 0 to 4",
        "Free entry, €0.50 per drink",
        "Theme: Herfst",
        "Scan for more information:",
        "Voorlezen",  # the place's own text stays as typed
        "Wednesday 25 November 2026",  # the activity's date in the window's language
        "Every Wednesday",  # the opening hours too
    ):
        assert expected in text
    assert "Gratis toegang" not in text and "woensdag" not in text and "Elke" not in text


def test_english_family_cards_and_dutch_again_after(english: None) -> None:
    cards = [documents.CardInfo(code="K7F3", name="Ela")]
    text = pdf_text(documents.family_cards("De Kleine Knuistjes", cards, invariant=True))
    assert "Family card" in text and "Have this card scanned when you come in." in text
    set_language("nl")
    assert current_language() == "nl"
    text = pdf_text(documents.family_cards("De Kleine Knuistjes", cards, invariant=True))
    assert "Gezinskaart" in text and "Family card" not in text


def test_the_programme_month_follows_the_language(english: None) -> None:
    from checkin.services.programme import Month

    assert Month(2026, 11).label == "November 2026"
    set_language("nl")
    assert Month(2026, 11).label == "november 2026"
