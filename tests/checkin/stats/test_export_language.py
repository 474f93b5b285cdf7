"""The figures' exports in a chosen language: Dutch by default, English on request, the same figures.

The readable formats (XLSX, PDF) speak the chosen language throughout; the files a script or a
merge reads (CSV, JSON) translate only their sentences, so files made in different languages
still merge.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest
from sqlmodel import Session

from checkin.errors import Rejected
from checkin.i18n import _catalog
from checkin.models import Location
from checkin.stats import csv_export, exports, json_export, pdf_report, xlsx_export
from checkin.stats.json_export import load_export
from checkin.stats.measures import build_report
from checkin.stats.merge import merge_reports
from checkin.stats.model import ALL_LOCATIONS, TOTAL, Figure, Report, Value
from checkin.stats.registry import measures
from tests.checkin.stats.report_data import counted, hand_made
from tests.helpers.figures import seed_place
from tests.helpers.pdfs import pdf_text

MADE_ON = date(2026, 12, 1)


def translated_dutch() -> set[str]:
    """The core's Dutch texts that have an English translation different from themselves."""
    return {dutch for dutch, english in _catalog("en").items() if english != dutch}


def with_money(report: Report) -> Report:
    """``report`` with a hidden part in the takings: the total reads 'ten minste € 12,50'."""
    first = report.sections[0]
    first.figures = [f for f in first.figures if f.measure != "revenue_cents"]
    first.figures += [
        Figure("revenue_cents", "contant", Value.exact(1250)),
        Figure("revenue_cents", "pin", Value.suppressed()),
        Figure("revenue_cents", TOTAL, Value.lower(1250)),
    ]
    return report


def workbook_texts(data: bytes) -> dict[str, list[str]]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {
        sheet.title: [
            str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None
        ]
        for sheet in book
    }


@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_the_exports_are_dutch_unless_another_language_is_chosen(fmt: str) -> None:
    report = hand_made()

    def read(data: bytes) -> object:  # reportlab and openpyxl stamp the time: compare what is read
        if fmt == "pdf":
            return pdf_text(data)
        return workbook_texts(data) if fmt == "xlsx" else data

    assert read(exports.render(report, fmt)) == read(exports.render(report, fmt, "nl"))
    assert read(exports.render(report, fmt)) != read(exports.render(report, fmt, "en"))


def test_an_unknown_language_is_refused_in_dutch_naming_the_known_ones() -> None:
    with pytest.raises(Rejected) as refused:
        exports.render(hand_made(), "csv", "xx")
    assert refused.value.message == "Onbekende taal 'xx'; kies uit nl, en."


def test_the_english_workbook_has_english_sheets_titles_labels_and_money() -> None:
    texts = workbook_texts(xlsx_export.render(with_money(hand_made()), made_on=MADE_ON, language="en"))
    assert list(texts) == ["Overview", "Visitors", "Reach", "Busyness", "Themes", "Drinks", "Explanation"]
    overview = texts["Overview"]
    assert overview[0] == "Meeting place figures"
    assert {"Period", "Locations", "Minimum count (k)", "Made on", "1 December 2026", "November 2026"} <= set(
        overview
    )
    assert {"Visits", "Families", "All locations", "at least 41", "fewer than 5"} <= set(overview)
    assert {"mother", "father", "Total"} <= set(texts["Visitors"])
    assert {"cash", "card/QR payment", "at least €12.50", "Drinks takings"} <= set(texts["Drinks"])
    assert "other" in texts["Reach"]
    explanation = " ".join(texts["Explanation"])
    for measure in measures():
        assert _catalog("en")[measure.definition] in explanation, measure.key
    shown = {text for sheet in texts.values() for text in sheet}
    assert not shown & translated_dutch(), sorted(shown & translated_dutch())

    dutch = workbook_texts(xlsx_export.render(with_money(hand_made()), made_on=MADE_ON))
    assert {"ten minste € 12,50", "pin/QR-betaling", "contant"} <= set(dutch["Drankjes"])


def test_the_english_pdf_reads_english(session: Session, location: Location) -> None:
    report = with_money(counted(session, location))
    text = pdf_text(pdf_report.render(report, made_on=MADE_ON, language="en"))
    for english in (
        "Meeting place figures",
        "November 2026",
        "Made on 1 December 2026",
        "Minimum count",
        "Explanation",
        "What was counted",
        _catalog("en")[measures()[1].definition],
    ):
        assert english in text, english
    for dutch in ("Periode", "Gemaakt op", "Uitleg", "Wat er geteld is", "november", "pagina", "Totaal"):
        assert dutch not in text, dutch
    by_month = build_report(session, start=date(2026, 10, 1), end=date(2026, 11, 30), by="month", k=5)
    text = pdf_text(pdf_report.render(by_month, made_on=MADE_ON, language="en"))
    assert "Oct 2026" in text and "Visits per period" in text
    assert "okt" not in text and "Bezoeken per periode" not in text


def test_csv_translates_its_sentences_and_keeps_every_value_a_script_reads(session: Session) -> None:
    seed_place(session, name="De Kleine Knuistjes", families=6)
    seed_place(session, name="Kletskoppen", families=3, weeks=2)
    report = build_report(session, start=date(2026, 3, 1), end=date(2026, 4, 30), by="month", k=3)

    def rows(language: str) -> list[dict[str, str]]:
        data = csv_export.render(report, language)
        return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))

    dutch, english = rows("nl"), rows("en")
    sentences = ("toelichting", "definitie")
    assert [r for r in dutch if r["measure"] not in sentences] == [
        r for r in english if r["measure"] not in sentences
    ]
    assert any(r["location"] == ALL_LOCATIONS for r in english)  # the machine name, in every language
    definitions = {r["category"]: r["value"] for r in english if r["measure"] == "definitie"}
    assert definitions["visits"] == _catalog("en")[measures()[1].definition]
    notes = [r["value"] for r in english if r["measure"] == "toelichting"]
    assert notes[0].startswith("Anonymous figures") and "1 March 2026" in notes[0]


def test_json_files_in_different_languages_merge_like_dutch_ones(session: Session) -> None:
    places = [
        seed_place(session, name="De Kleine Knuistjes", families=6),
        seed_place(session, name="Kletskoppen", families=5, weeks=2),
    ]
    per_place = {
        number: build_report(
            session, start=date(2026, 3, 1), end=date(2026, 4, 30), by="month", location_id=place.id, k=3
        )
        for number, place in enumerate(places, start=1)
    }
    dutch = {place: json.loads(json_export.render(report)) for place, report in per_place.items()}
    english = {place: json.loads(json_export.render(report, "en")) for place, report in per_place.items()}
    for place in per_place:
        assert english[place]["sections"] == dutch[place]["sections"]  # keys, categories, locations
        assert english[place]["definitions"].keys() == dutch[place]["definitions"].keys()
        assert english[place]["definitions"]["visits"]["label"] == "Visits"
        assert dutch[place]["definitions"]["visits"]["label"] == "Bezoeken"
        assert english[place]["notes"][0].startswith("Anonymous figures")
        json_export.check_document(english[place], name="en.json")

    def loaded(document: dict[str, object], name: str) -> tuple[str, Report]:
        return name, load_export(json.dumps(document).encode("utf-8"), name=name)

    mixed = merge_reports([loaded(dutch[1], "een.json"), loaded(english[2], "twee.json")])
    same = merge_reports([loaded(dutch[1], "een.json"), loaded(dutch[2], "twee.json")])
    assert mixed == same
    assert [s.location for s in mixed.sections][:3] == ["De Kleine Knuistjes", "Kletskoppen", ALL_LOCATIONS]
    # and the merged overview written in English reads back as the same figures
    again = load_export(json_export.render(mixed, "en"), name="overzicht.json")
    assert again.sections == mixed.sections
