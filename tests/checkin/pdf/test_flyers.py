"""Posters, month programmes, A5 handouts and family cards, read back as a printer and a phone would."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlmodel import Session

from checkin import rules
from checkin.errors import Rejected
from checkin.files import write_atomic
from checkin.models import Activity, Location
from checkin.pdf import documents, layout
from checkin.pdf.draw import fit_text, qr_error_correction, qr_matrix
from checkin.pdf.fonts import BOLD, register_fonts
from checkin.pdf.layout import MM, Box, TextStyle
from checkin.services import families, printing
from checkin.services.programme import Month
from tests.helpers.factories import make_family
from tests.helpers.pdfs import decode_qr_codes, page_sizes_mm, pdf_pages, pdf_text

URL = "https://hoekschewaard.alsvillage.nl/ontmoetingsplekken"
TURKISH_POLISH = "Çağla, Şükrü, Işıl, İpek, Łucja en Żaneta"


@pytest.fixture
def activity(session: Session, location: Location) -> Activity:
    assert location.id is not None
    row = Activity(
        location_id=location.id,
        day=date(2026, 11, 25),
        title="Voorlezen met de bibliotheek",
        theme="Kinderboekenweek",
        partner="Bibliotheek Hoeksche Waard",
        description=f"We lezen voor en zingen liedjes. Welkom {TURKISH_POLISH}!",
    )
    session.add(row)
    session.commit()
    session.refresh(row)
    return row


def poster(session: Session, activity: Activity, **options: object) -> bytes:
    assert activity.id is not None
    return printing.poster_pdf(session, activity_id=activity.id, invariant=True, **options)  # type: ignore[arg-type]


def test_poster_text_reads_back(session: Session, activity: Activity) -> None:
    text = pdf_text(poster(session, activity))
    for expected in (
        "De Kleine Knuistjes",
        "IKC De Dubbeldekker, Buttervliet 2",
        "Numansdorp",
        "woensdag 25 november 2026, 9:30 - 11:30",
        "Elke woensdag 9:30 - 11:30",
        "Voor ouders, opa's, oma's en oppassen met kinderen van 0 tot 4 jaar",
        "Gratis toegang, € 0,50 per drankje",
        "Voorlezen met de bibliotheek",
        "Met Bibliotheek Hoeksche Waard",
        TURKISH_POLISH,
    ):
        assert expected in text


def test_poster_qr_code_leads_to_the_location_web_page(
    session: Session, activity: Activity, tmp_path: Path
) -> None:
    assert decode_qr_codes(poster(session, activity), tmp_path) == [URL]


def test_poster_qr_code_has_a_default_web_page(
    session: Session, location: Location, activity: Activity, tmp_path: Path
) -> None:
    location.web_url = ""
    session.commit()
    assert decode_qr_codes(poster(session, activity), tmp_path) == [rules.DEFAULT_WEB_URL]


def test_price_comes_from_the_location(session: Session, location: Location, activity: Activity) -> None:
    location.price_cents = 75
    session.commit()
    assert "Gratis toegang, € 0,75 per drankje" in pdf_text(poster(session, activity))


def test_activity_hours_of_its_own(session: Session, activity: Activity) -> None:
    activity.start, activity.end, activity.place = time(10, 0), time(11, 15), "Gymzaal"
    session.commit()
    text = pdf_text(poster(session, activity))
    assert "woensdag 25 november 2026, 10:00 - 11:15" in text
    assert "Waar: Gymzaal" in text


def test_same_input_gives_the_same_bytes(session: Session, activity: Activity) -> None:
    assert poster(session, activity) == poster(session, activity)
    location_id = activity.location_id
    month = Month(2026, 11)
    assert printing.programme_pdf(session, location_id=location_id, month=month, invariant=True) == (
        printing.programme_pdf(session, location_id=location_id, month=month, invariant=True)
    )


def test_a5_handouts_are_two_copies_on_a_landscape_a4(
    session: Session, activity: Activity, tmp_path: Path
) -> None:
    data = poster(session, activity, size="a5")
    assert page_sizes_mm(data) == [(297.0, 210.0)]
    assert pdf_text(data).count("Voorlezen met de bibliotheek") == 2
    assert decode_qr_codes(data, tmp_path) == [URL, URL]


def test_unknown_size_is_rejected(session: Session, activity: Activity) -> None:
    with pytest.raises(Rejected, match="Onbekend papierformaat 'a3'"):
        poster(session, activity, size="a3")


def test_month_programme_lists_every_opening_and_activity(
    session: Session, location: Location, activity: Activity, tmp_path: Path
) -> None:
    assert location.id is not None
    data = printing.programme_pdf(session, location_id=location.id, month=Month(2026, 11), invariant=True)
    text = pdf_text(data)
    assert "Programma november 2026" in text
    for day in (
        "woensdag 4 november",
        "woensdag 11 november",
        "woensdag 18 november",
        "woensdag 25 november",
    ):
        assert day in text
    assert "Voorlezen met de bibliotheek" in text
    assert text.count("Vrije inloop") == 3
    assert "Gratis toegang, € 0,50 per drankje" in text
    assert decode_qr_codes(data, tmp_path) == [URL]


def test_month_programme_as_a5_handouts(
    session: Session, location: Location, activity: Activity, tmp_path: Path
) -> None:
    assert location.id is not None
    data = printing.programme_pdf(
        session, location_id=location.id, month=Month(2026, 11), size="a5", invariant=True
    )
    assert page_sizes_mm(data) == [(297.0, 210.0)]
    assert pdf_text(data).count("Programma november 2026") == 2
    assert decode_qr_codes(data, tmp_path) == [URL, URL]


def test_unreadable_logo_is_rejected_and_nothing_written(
    session: Session, location: Location, activity: Activity, tmp_path: Path
) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG broken")
    location.logo_path = str(broken)
    session.commit()
    out = tmp_path / "poster.pdf"
    with pytest.raises(Rejected, match=r"Het logo .* kan niet worden gelezen"):
        write_atomic(out, poster(session, activity))
    assert not out.exists()


def test_logo_is_printed(session: Session, location: Location, activity: Activity, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 200), (200, 30, 30)).save(logo)
    location.logo_path = str(logo)
    session.commit()
    data = poster(session, activity)
    assert b"/Subtype /Image" in data
    assert pdf_text(data).count("De Kleine Knuistjes") >= 1


def test_invalid_url_is_rejected(session: Session, location: Location, activity: Activity) -> None:
    location.web_url = "javascript:alert(1)"  # stored by hand, around the service's check
    session.commit()
    with pytest.raises(Rejected, match="geen geldig webadres"):
        poster(session, activity)


def test_long_title_shrinks_and_never_leaves_its_box() -> None:
    register_fonts()
    box = layout.POSTER["title"]
    style = layout.POSTER_STYLES["title"]
    short = fit_text("Peutergym", box, style)
    long = fit_text("Voorlezen " * 12, box, style)
    huge = fit_text("x" * 300, box, style)
    assert short.size == style.max_size
    assert style.min_size <= long.size < short.size
    for fitted in (short, long, huge):
        assert fitted.height_mm(style.leading) <= box.h
        assert all(stringWidth(line, BOLD, fitted.size) <= box.w * MM for line in fitted.lines)
    assert huge.truncated is False  # 300 characters still fit at a smaller size, broken into lines


def test_text_that_cannot_fit_ends_with_an_ellipsis() -> None:
    register_fonts()
    box = Box(0, 0, 30, 8)
    fitted = fit_text("woord " * 200, box, TextStyle(max_size=12, min_size=8))
    assert fitted.truncated and fitted.lines[-1].endswith("…")
    assert fitted.height_mm(1.2) <= box.h


def test_long_title_on_a_real_poster_stays_readable(session: Session, activity: Activity) -> None:
    activity.title = "Kom " + "heel " * 22 + "gezellig"
    session.commit()
    assert "gezellig" in pdf_text(poster(session, activity))


def test_error_correction_follows_content_length() -> None:
    from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q

    assert qr_error_correction("K7F3") == ERROR_CORRECT_H
    assert qr_error_correction(URL) == ERROR_CORRECT_Q
    assert qr_error_correction(URL + "/" + "a" * 60) == ERROR_CORRECT_M
    assert qr_error_correction("https://" + "a" * 200) == ERROR_CORRECT_L
    assert len(qr_matrix("K7F3")) == 21  # version 1: big modules, easy to scan


def test_family_cards_hold_only_the_code(session: Session, location: Location, tmp_path: Path) -> None:
    made = [make_family(session, name=name) for name in ("Özlem", "Łucja", "Şükrü")]
    codes = [family.code or "" for family in made]
    data = printing.cards_pdf(session, codes=codes, invariant=True)
    assert decode_qr_codes(data, tmp_path) == codes
    text = pdf_text(data)
    for family in made:
        assert family.code in text and (family.display_name or "") in text
    assert "De Kleine Knuistjes" in text


def test_same_cards_give_the_same_bytes(session: Session, location: Location) -> None:
    codes = [make_family(session, name=name).code or "" for name in ("Özlem", "Anouk")]
    assert printing.cards_pdf(session, codes=codes, invariant=True) == printing.cards_pdf(
        session, codes=codes, invariant=True
    )


def test_a_crowded_month_stays_inside_its_boxes(session: Session, location: Location) -> None:
    assert location.id is not None
    for day in range(1, 31):
        session.add(
            Activity(
                location_id=location.id, day=date(2026, 11, day), title=f"Activiteit {day} " + "lang " * 20
            )
        )
    session.commit()
    data = printing.programme_pdf(session, location_id=location.id, month=Month(2026, 11), invariant=True)
    assert len(pdf_pages(data)) == 1
    assert "Activiteit 30" in pdf_text(data) and "€ 0,50" in pdf_text(data)


def test_family_cards_without_names(session: Session, location: Location) -> None:
    family = make_family(session, name="Özlem")
    text = pdf_text(printing.cards_pdf(session, codes=[family.code or ""], with_names=False, invariant=True))
    assert family.code in text and "Özlem" not in text


def test_ten_cards_per_sheet_for_all_active_families(
    session: Session, location: Location, tmp_path: Path
) -> None:
    made = [make_family(session, name=f"Gezin {n}") for n in range(12)]
    erased = made.pop()
    families.erase_family(session, family_id=erased.id or 0)
    data = printing.cards_pdf(session, invariant=True)
    pages = pdf_pages(data)
    assert len(pages) == 2
    codes = sorted(f.code or "" for f in made)
    assert decode_qr_codes(data, tmp_path, page=1) == codes[:10]
    assert decode_qr_codes(data, tmp_path, page=2) == codes[10:]
    assert page_sizes_mm(data) == [(210.0, 297.0)] * 2


def test_unknown_family_code_is_rejected(session: Session, location: Location) -> None:
    make_family(session)
    with pytest.raises(Rejected, match="Er is geen gezin met de code 'ZZZZ'"):
        printing.cards_pdf(session, codes=["ZZZZ"])


def test_no_families_no_cards(session: Session, location: Location) -> None:
    with pytest.raises(Rejected, match="geen gezinnen"):
        printing.cards_pdf(session)


def test_documents_work_without_a_database() -> None:
    place = documents.PlaceInfo(
        name="Peuterpunt Strijen",
        address="Spuiweg 1",
        village="Strijen",
        schedule=(),
        price_cents=0,
        web_url="",
    )
    text = pdf_text(documents.month_programme(place, "januari 2027", [], invariant=True))
    assert "Gratis toegang, drankjes gratis" in text
    assert "geen ochtenden of activiteiten gepland" in text


def test_write_atomic_leaves_nothing_behind_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "poster.pdf"

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"%PDF-1.4 half")
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["poster.pdf"]
    with pytest.raises(Rejected, match="is een map"):
        write_atomic(tmp_path, b"x")
    with pytest.raises(Rejected, match="bestaat niet"):
        write_atomic(tmp_path / "nope" / "x.pdf", b"x")
