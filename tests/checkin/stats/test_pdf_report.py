"""The PDF report, read back with pypdf: Dutch title, period, k, chart titles, honest small values."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from checkin.models import Location
from checkin.stats import exports, pdf_report
from checkin.stats.model import Report
from checkin.stats.registry import measures
from tests.checkin.stats.report_data import SECRETS, counted, hand_made
from tests.helpers.pdfs import page_sizes_mm, pdf_pages, pdf_text

MADE_ON = date(2026, 12, 1)


@pytest.fixture
def report(session: Session, location: Location) -> Report:
    return counted(session, location)


def test_first_page_says_what_when_where_and_k(report: Report) -> None:
    first = pdf_pages(pdf_report.render(report, made_on=MADE_ON))[0]
    assert "Cijfers ontmoetingsplekken" in first
    assert "november 2026" in first
    assert "De Kleine Knuistjes" in first
    assert "k = 5" in first
    assert "Aantallen kleiner dan 5 worden niet getoond" in first
    assert "geen gezin te herkennen" in first
    assert "1 december 2026" in first
    assert "De belangrijkste cijfers" in first


def test_charts_have_dutch_titles_and_the_figures(report: Report) -> None:
    data = pdf_report.render(report, made_on=MADE_ON)
    text = pdf_text(data)
    for title in (
        "Bezoeken per ochtend",
        "Nieuwe en terugkerende gezinnen",
        "Volwassenen naar rol",
        "Kinderen naar leeftijd",
        "Gezinnen per woonplaats",
        "Hoe hebben de gezinnen ons gevonden?",
        "Aankomst per half uur",
        "Bezoeken per thema",
        "Drankjes",
        "Opbrengst drankjes",
    ):
        assert title in text, title
    assert "€ 18,00" in text  # 36 coffees at EUR 0.50
    assert "80% nieuwe gezinnen, 20% terugkerend" not in text  # all 20 families are new
    assert set(page_sizes_mm(data)) == {(210.0, 297.0)}
    assert len(page_sizes_mm(data)) <= 5


def test_last_page_explains_k_and_every_measure(report: Report) -> None:
    last = pdf_pages(pdf_report.render(report, made_on=MADE_ON))[-1]
    assert "Uitleg" in last
    assert "Minimale telling k = 5." in last
    assert "minder dan 5 (<5)" in last
    for measure in measures():
        assert " ".join(measure.definition.split()) in last, measure.key


def test_suppressed_and_lower_values_are_labelled_not_drawn() -> None:
    pages = pdf_pages(pdf_report.render(hand_made(), made_on=MADE_ON))
    text = " ".join(pages)
    first = pages[0]
    assert "Samengevoegd uit: plek-een.json, plek-twee.json" in first.replace(
        "Samengevoegd uit ", "Samengevoegd uit: "
    )
    assert "Cijfer Alle locaties Plek Een Plek Twee" in first  # all locations first
    assert "≥41" in first and "<5" in first
    assert "Plek Een: 75% nieuwe gezinnen, 25% terugkerend" in first
    assert "Te weinig om te tonen: in totaal minder dan 5." in text  # Plek Twee's themes
    assert "Niet getoond: een van beide is kleiner dan 5." in text
    assert "≥37" in text  # mothers over both places, a lower bound


def test_no_name_nickname_or_note_in_the_pdf(report: Report) -> None:
    text = pdf_text(pdf_report.render(report, made_on=MADE_ON))
    for secret in SECRETS:
        assert secret not in text


def test_months_give_a_table_per_period_and_charts_over_time(session: Session, location: Location) -> None:
    report = counted(session, location, by="month", start=date(2026, 10, 1))
    report_pages = pdf_pages(pdf_report.render(report, made_on=MADE_ON))
    text = " ".join(report_pages)
    assert "1 oktober 2026 t/m 30 november 2026" in report_pages[0]
    assert "november 2026 2 36 20 20 0 0 18,0" in report_pages[0]  # a row per period
    assert "okt 2026" in text and "nov 2026" in text
    assert "Bezoeken per periode" in text
    assert "Nieuwe en terugkerende gezinnen per periode" in text
    assert "Alle perioden opgeteld." in text


def test_invariant_gives_the_same_bytes(report: Report) -> None:
    first = pdf_report.render(report, invariant=True, made_on=MADE_ON)
    assert first == pdf_report.render(report, invariant=True, made_on=MADE_ON)
    assert exports.render(report, "pdf").startswith(b"%PDF")
