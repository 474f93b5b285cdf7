""" "Inzage": a printable PDF of everything stored about one family (the parent's right of access).

``family_record`` gathers the data; ``write_access_report`` lays it out on A4 with reportlab.
Fonts: DejaVu Sans where the system has it (for names with accents such as Özlem), otherwise
reportlab's built-in Helvetica.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlmodel import Session, col, select

from checkin import APP_NAME, rules
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Consumption, Location, Morning, Visit, VisitChild
from checkin.services.families import children_of, get_family
from checkin.text import MONTHS

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


@dataclass(frozen=True)
class ChildRow:
    birth: str
    nickname: str


@dataclass(frozen=True)
class VisitRow:
    day: date
    location: str
    arrived: time
    left: time | None
    adults: str
    children: int
    drinks: int
    mood: str


@dataclass(frozen=True)
class FamilyRecord:
    """Everything the app stores about one family."""

    code: str
    display_name: str
    village: str
    referral: str
    consent_date: date | None
    consent_version: str
    created_at: datetime
    children: tuple[ChildRow, ...]
    visits: tuple[VisitRow, ...]


def family_record(session: Session, *, family_id: int) -> FamilyRecord:
    """Everything stored about the family; ``Rejected`` for an unknown or erased family."""
    family = get_family(session, family_id)
    children = tuple(
        ChildRow(
            birth=f"{'verwacht ' if child.expected else ''}{MONTHS[child.birth_month - 1]} {child.birth_year}",
            nickname=child.nickname,
        )
        for child in children_of(session, family_id)
    )
    rows = session.exec(
        select(Visit, Morning, Location)
        .join(Morning, col(Morning.id) == Visit.morning_id)
        .join(Location, col(Location.id) == Morning.location_id)
        .where(Visit.family_id == family_id)
        .order_by(col(Morning.day), col(Visit.id))
    ).all()
    visits = []
    for visit, morning, location in rows:
        n_children = len(list(session.exec(select(VisitChild.id).where(VisitChild.visit_id == visit.id))))
        n_drinks = sum(
            c.quantity for c in session.exec(select(Consumption).where(Consumption.visit_id == visit.id))
        )
        visits.append(
            VisitRow(
                day=morning.day,
                location=location.name,
                arrived=visit.arrived_at.time(),
                left=visit.left_at.time() if visit.left_at else None,
                adults=Adults.of(visit).labelled(),
                children=n_children,
                drinks=n_drinks,
                mood=visit.mood or "",
            )
        )
    return FamilyRecord(
        code=family.code or "",
        display_name=family.display_name or "",
        village=family.village,
        referral=family.referral,
        consent_date=family.consent_date,
        consent_version=family.consent_version,
        created_at=family.created_at,
        children=children,
        visits=tuple(visits),
    )


def _fonts() -> tuple[str, str]:
    """(regular, bold) font names, registered once."""
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return "DejaVuSans", "DejaVuSans-Bold"
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _day(day: date | None) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else "-"


def write_access_report(
    record: FamilyRecord,
    *,
    out: Path,
    printed_on: date,
    retention_months: int = rules.RETENTION_MONTHS_DEFAULT,
    invariant: bool = False,
) -> Path:
    """Write the PDF to ``out`` (atomically: nothing is left there if it fails)."""
    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5)
    small = ParagraphStyle(
        "small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
    )
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=16, leading=20, spaceAfter=2 * mm)
    sub = ParagraphStyle(
        "sub", parent=body, fontName=bold, fontSize=11.5, leading=15, spaceBefore=5 * mm, spaceAfter=2 * mm
    )
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), regular, 9),
            ("FONT", (0, 0), (-1, 0), bold, 9),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    facts = [
        ["Gezinscode", record.code or "-"],
        ["Naam of bijnaam", record.display_name or "(niet ingevuld)"],
        ["Woonplaats", record.village or "-"],
        ["Hoe bij ons gekomen", record.referral or "-"],
        ["Ingeschreven op", _day(record.created_at.date())],
        ["Toestemming gegeven op", _day(record.consent_date)],
        ["Versie toestemmingstekst", record.consent_version or "-"],
    ]
    story = [
        Paragraph("Wat wij over uw gezin hebben opgeslagen", head),
        Paragraph(
            _esc(
                f"{APP_NAME}. Overzicht gemaakt op {_day(printed_on)}. Dit is alles wat de app over uw "
                "gezin bewaart. Geen achternaam, adres, telefoonnummer of geboortedatum."
            ),
            small,
        ),
        Paragraph("Gezin", sub),
        Table(
            [[k, _esc(v)] for k, v in facts],
            colWidths=[55 * mm, 110 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (0, -1), bold, 9.5),
                    ("FONT", (1, 0), (1, -1), regular, 9.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            ),
        ),
        Paragraph("Kinderen", sub),
    ]
    if record.children:
        story.append(
            Table(
                [["Geboren (maand en jaar)", "Naam of bijnaam"]]
                + [[child.birth, child.nickname or "-"] for child in record.children],
                colWidths=[70 * mm, 95 * mm],
                style=grid,
                repeatRows=1,
            )
        )
    else:
        story.append(Paragraph("Geen kinderen opgeslagen.", body))
    story.append(Paragraph(f"Bezoeken ({len(record.visits)})", sub))
    if record.visits:
        story.append(
            Table(
                [["Datum", "Plek", "Binnen", "Weg", "Volwassenen", "Kinderen", "Drankjes"]]
                + [
                    [
                        v.day.strftime("%d-%m-%Y"),
                        Paragraph(
                            _esc(v.location), ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
                        ),
                        v.arrived.strftime("%H:%M"),
                        v.left.strftime("%H:%M") if v.left else "-",
                        v.adults,
                        str(v.children),
                        str(v.drinks),
                    ]
                    for v in record.visits
                ],
                colWidths=[22 * mm, 42 * mm, 15 * mm, 13 * mm, 36 * mm, 21 * mm, 21 * mm],
                style=grid,
                repeatRows=1,
            )
        )
    else:
        story.append(Paragraph("Nog geen bezoeken.", body))
    story += [
        Paragraph("Toestemmingstekst", sub),
        Paragraph(_esc(rules.CONSENT_TEXT), body),
        Spacer(1, 6 * mm),
        Paragraph(
            _esc(
                "Wilt u dat wij uw gegevens wissen? Vraag het een gastvrouw, gastheer of de coördinator. "
                "Uw naam, code en kinderen worden dan gewist; uw bezoeken tellen alleen nog anoniem mee. "
                f"Gegevens van gezinnen die {retention_months} maanden niet meer kwamen, "
                "wissen wij vanzelf (de coördinator kan deze termijn instellen)."
            ),
            small,
        ),
    ]
    tmp: Path | None = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".partial-", suffix=".pdf")
        os.close(handle)
        tmp = Path(tmp_name)
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title="Inzage gezinsgegevens",
            author=APP_NAME,
            invariant=1 if invariant else 0,
        )
        doc.build(story)
        os.replace(tmp, out)
    except OSError as error:
        raise Rejected(
            N_("Kan niet schrijven naar {path} ({reason})."),
            path=str(out),
            reason=error.strerror or type(error).__name__,
        ) from error
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return out
