"""The "Inzage" PDF: everything stored about one family, readable and complete."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from checkin import rules
from checkin.access_report import family_record, write_access_report
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.pdf.access import AccessData, VisitLine, access_document
from checkin.services import drinks, families, visits
from checkin.services.families import ChildInput
from tests.helpers.factories import WEDNESDAY, make_family, make_morning
from tests.helpers.pdfs import pdf_pages, pdf_text, render_page


def test_report_holds_everything_stored(session, location, tmp_path: Path) -> None:
    family = make_family(
        session,
        name="Özlem",
        children=(
            ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
            ChildInput(birth_year=2027, birth_month=2, expected=True),
        ),
    )
    morning = make_morning(session, location)
    visit = visits.check_in(
        session,
        morning_id=morning.id,
        family_id=family.id,
        adults=Adults(mothers=1, fathers=1),
        now=datetime.combine(WEDNESDAY, time(9, 40)),
    )
    drinks.record_drinks(session, morning_id=morning.id, kind="koffie", quantity=2, visit_id=visit.id)
    record = family_record(session, family_id=family.id)
    # the expected baby is not checked in (not yet born on the morning): Ela only
    assert len(record.visits) == 1 and record.visits[0].drinks == 2 and record.visits[0].children == 1
    out = write_access_report(
        record, out=tmp_path / "inzage.pdf", printed_on=date(2026, 11, 25), invariant=True
    )
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in (
        "Özlem",
        family.code,
        "Numansdorp",
        "flyer/poster",
        "mei 2024",
        "Ela",
        "verwacht februari 2027",
        "25-11-2026",
        "De Kleine Knuistjes",
        "09:40",
        "1 moeder, 1 vader",
        "2026-1",
        "toestemming",
    ):
        assert expected in text, expected
    again = write_access_report(
        record, out=tmp_path / "again.pdf", printed_on=date(2026, 11, 25), invariant=True
    )
    assert again.read_bytes() == out.read_bytes()


def test_no_report_for_an_erased_family(session, location, tmp_path: Path) -> None:
    family = make_family(session)
    families.erase_family(session, family_id=family.id)
    with pytest.raises(Rejected):
        family_record(session, family_id=family.id)


def test_unwritable_target_leaves_nothing(session, location, tmp_path: Path) -> None:
    record = family_record(session, family_id=make_family(session).id)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Rejected):
        write_access_report(record, out=blocker / "inzage.pdf", printed_on=date(2026, 11, 25))


NAMES = ("Gülşen Łucja", "Çağla", "Şükrü", "Żaneta")


def _fonts_of(reader: PdfReader) -> set[str]:
    """The base names of the fonts used on every page, and whether each is embedded."""
    found = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add(f"{str(font['/BaseFont']).split('+')[-1]}{'' if embedded else ' (not embedded)'}")
    return found


def test_turkish_and_polish_names_print_in_the_shipped_fonts(session, location, tmp_path: Path) -> None:
    family = make_family(
        session,
        name=NAMES[0],
        village="Strijen",
        children=(
            ChildInput(birth_year=2024, birth_month=3, nickname=NAMES[1]),
            ChildInput(birth_year=2025, birth_month=8, nickname=NAMES[2]),
            ChildInput(birth_year=2023, birth_month=1, nickname=NAMES[3]),
        ),
    )
    morning = make_morning(session, location)
    visits.check_in(
        session,
        morning_id=morning.id,
        family_id=family.id,
        adults=Adults(mothers=1, grandparents=1),
        now=datetime.combine(WEDNESDAY, time(10, 5)),
    )
    record = family_record(session, family_id=family.id)
    out = write_access_report(
        record, out=tmp_path / "sub" / "inzage.pdf", printed_on=date(2026, 11, 25), invariant=True
    )
    data = out.read_bytes()
    text = pdf_text(data)
    for name in (*NAMES, "1 moeder, 1 grootouder", "maart 2024", "augustus 2025", "10:05", "Strijen"):
        assert name in text, name
    assert _fonts_of(PdfReader(out)) == {"DejaVuSans", "DejaVuSans-Bold"}
    png = render_page(data, tmp_path)
    with Image.open(png) as image:
        assert image.size == (1241, 1754)  # A4 at 150 dpi
        assert image.convert("L").getextrema()[0] < 60  # dark text on the page


def test_a_long_history_continues_on_the_next_page_with_its_header(tmp_path: Path) -> None:
    days = [date(2020, 1, 1) + timedelta(weeks=n) for n in range(90)]
    data = AccessData(
        app_name="Ontmoetingsplek Check-in",
        code="K7F3",
        display_name="Şükrü",
        village="Numansdorp",
        referral="anders",
        registered_on=days[0],
        consent_date=days[0],
        consent_version="2026-1",
        children=(),
        visits=tuple(
            VisitLine(
                day=day,
                location="De Kleine Knuistjes, IKC De Dubbeldekker",
                arrived=time(9, 30),
                left=None,
                adults=(("vader", 1),),
                children=1,
                drinks=n % 3,
                mood="blij" if n == 5 else "",
            )
            for n, day in enumerate(days)
        ),
    )
    pdf = access_document(data, printed_on=date(2026, 11, 25), invariant=True)
    pages = pdf_pages(pdf)
    assert len(pages) >= 3
    for day in days:
        assert day.strftime("%d-%m-%Y") in " ".join(pages), day
    for page in pages[1:-1]:
        assert page.startswith("Datum Plek Binnen Weg Volwassenen Kinderen Drankjes Stemming"), page[:80]
    assert "Geen kinderen opgeslagen." in pages[0] and "Toestemmingstekst" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"Inzage gezin K7F3, pagina {number}"), page[-60:]


def test_the_text_goes_through_the_translation(session, location, tmp_path: Path) -> None:
    record = family_record(session, family_id=make_family(session).id)
    marked: list[str] = []

    def translate(text: str) -> str:
        marked.append(text)
        return {"Kinderen": "Children", "mei": "May", "Gezinscode": "Family code"}.get(text, text)

    out = write_access_report(
        record, out=tmp_path / "x.pdf", printed_on=date(2026, 5, 6), translate=translate, invariant=True
    )
    text = pdf_text(out.read_bytes())
    assert "Children" in text and "Family code" in text and "6 May 2026" in text and "May 2024" in text
    assert "Wat wij over uw gezin hebben opgeslagen" in marked and rules.CONSENT_TEXT in marked
