"""The "Inzage" document: everything stored about one family, on as many A4 pages as it needs.

Laid out like the flyers (``checkin.pdf.layout`` boxes in millimetres, ``Painter``, the shipped
DejaVu fonts), but flowing: text wraps at a fixed size and tables continue on the next page with
their header row repeated, because nothing stored about a family may be cut off.

Every Dutch text is marked with ``N_``; the caller passes ``translate`` (the window passes Qt's
translation, the command line and tests the identity) and it is applied to each text before the
values are filled in.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time

from checkin import rules
from checkin.i18n import N_
from checkin.pdf import layout
from checkin.pdf.documents import new_canvas
from checkin.pdf.draw import ASCENT, Painter, wrap
from checkin.pdf.fonts import BOLD, REGULAR
from checkin.pdf.layout import MM, Box, TextStyle
from checkin.text import MONTHS

Translate = Callable[[str], str]


@dataclass(frozen=True)
class ChildLine:
    birth_year: int
    birth_month: int
    expected: bool
    nickname: str


@dataclass(frozen=True)
class VisitLine:
    day: date
    location: str
    arrived: time
    left: time | None
    adults: tuple[tuple[str, int], ...]
    """(role, count) for each role with at least one adult; roles are keys of ``rules.ADULT_ROLE_LABELS``."""
    children: int
    drinks: int
    mood: str = ""


@dataclass(frozen=True)
class AccessData:
    """What the document shows: plain values, gathered by ``checkin.access_report``."""

    app_name: str
    code: str
    display_name: str
    village: str
    referral: str
    registered_on: date
    consent_date: date | None
    consent_version: str
    children: tuple[ChildLine, ...]
    visits: tuple[VisitLine, ...]


PAGE = Box(20, 18, 170, 297 - 36)
"""The printable area of an A4 page: 20 mm left and right, 18 mm top and bottom."""
HEAD_BAND = Box(8, 8, 194, 30)
HEAD_TITLE = Box(16, 12, 178, 12)
HEAD_SUBTITLE = Box(16, 25, 178, 9)
FOOTER = Box(20, 297 - 13, 170, 6)
FIRST_TOP = 46.0
"""Where the content starts on the first page, below the band."""
STYLES = {
    "title": TextStyle(bold=True, max_size=18, min_size=11, colour="white", valign="middle"),
    "subtitle": TextStyle(max_size=10.5, min_size=7, colour="white", valign="middle"),
    "section": TextStyle(bold=True, max_size=12.5, colour="brand"),
    "body": TextStyle(max_size=10, leading=1.35),
    "small": TextStyle(max_size=8.5, colour="muted", leading=1.3),
    "label": TextStyle(bold=True, max_size=9.5, leading=1.3),
    "value": TextStyle(max_size=9.5, leading=1.3),
    "cell_head": TextStyle(bold=True, max_size=9, leading=1.25),
    "cell": TextStyle(max_size=9, leading=1.25),
    "footer": TextStyle(max_size=8, min_size=6, colour="muted", align="right"),
}
FACT_LABEL_WIDTH = 55.0
CHILD_COLUMNS = (70.0, 100.0)
VISIT_COLUMNS = (22.0, 44.0, 15.0, 12.0, 38.0, 19.0, 20.0)
VISIT_COLUMNS_WITH_MOOD = (22.0, 36.0, 15.0, 12.0, 26.0, 19.0, 19.0, 21.0)
"""With a column for the face tapped at leaving, when any visit has one."""
CELL_PAD = 1.2
"""Millimetres of room above and below the text of a table row."""


def _identity(text: str) -> str:
    return text


def day_text(day: date | None, translate: Translate = _identity) -> str:
    """'25 november 2026', or '-' for no date."""
    return f"{day.day} {translate(MONTHS[day.month - 1])} {day.year}" if day else "-"


def birth_text(child: ChildLine, translate: Translate = _identity) -> str:
    month = f"{translate(MONTHS[child.birth_month - 1])} {child.birth_year}"
    return translate(N_("verwacht {month}")).format(month=month) if child.expected else month


def adults_text(adults: Sequence[tuple[str, int]], translate: Translate = _identity) -> str:
    return ", ".join(
        f"{count} {translate(rules.ADULT_ROLE_LABELS.get(role, role))}" for role, count in adults if count
    )


class _Flow:
    """A cursor down the pages of one document; starts a new page when the next block does not fit."""

    def __init__(self, painter: Painter, canvas: object, *, footer: Callable[[int], str]) -> None:
        self.painter = painter
        self.canvas = canvas
        self.y = FIRST_TOP
        self.page = 1
        self.footer = footer

    def end_page(self) -> None:
        """The page's footer (which family, which page), then the page is done."""
        self.painter.text(self.footer(self.page), FOOTER, STYLES["footer"])
        self.canvas.showPage()  # type: ignore[attr-defined]
        self.page += 1

    @property
    def bottom(self) -> float:
        return PAGE.y + PAGE.h

    def room(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def new_page(self) -> None:
        self.end_page()
        self.y = PAGE.y

    def ensure(self, height: float) -> None:
        if not self.room(height):
            self.new_page()

    def lines(self, text: str, width: float, style: TextStyle) -> list[str]:
        font = BOLD if style.bold else REGULAR
        return wrap(text, font, style.max_size, width * MM)

    def line_height(self, style: TextStyle) -> float:
        return style.max_size * style.leading / MM

    def draw_lines(self, lines: Sequence[str], x: float, y: float, width: float, style: TextStyle) -> None:
        painter, font = self.painter, BOLD if style.bold else REGULAR
        painter.fill(style.colour)
        painter.canvas.setFont(font, style.max_size)
        step = self.line_height(style)
        for index, line in enumerate(lines):
            baseline = (painter.page_h - y - index * step) * MM - style.max_size * ASCENT
            if style.align == "right":
                painter.canvas.drawRightString((x + width) * MM, baseline, line)
            else:
                painter.canvas.drawString(x * MM, baseline, line)

    def paragraph(self, text: str, style: TextStyle, *, before: float = 0.0, after: float = 1.5) -> None:
        """Text at its style's size, wrapped to the page width; long text continues on the next page."""
        self.y += before
        step = self.line_height(style)
        for line in self.lines(text, PAGE.w, style):
            self.ensure(step)
            self.draw_lines([line], PAGE.x, self.y, PAGE.w, style)
            self.y += step
        self.y += after

    def section(self, title: str) -> None:
        style = STYLES["section"]
        self.y += 4.0
        self.ensure(self.line_height(style) + 12.0)  # never a heading alone at the foot of a page
        self.draw_lines([title], PAGE.x, self.y, PAGE.w, style)
        self.y += self.line_height(style) + 0.8
        self.painter.line(PAGE.x, self.y, PAGE.x + PAGE.w, self.y, colour="accent", width=0.5)
        self.y += 2.0

    def row(
        self,
        cells: Sequence[str],
        widths: Sequence[float],
        styles: Sequence[TextStyle],
        *,
        shade: bool = False,
        rule: bool = False,
        header: Callable[[], None] | None = None,
    ) -> None:
        """One table row; its height is its tallest cell. ``header`` is redrawn atop a new page."""
        wrapped = [
            self.lines(text, w - 2 * CELL_PAD, s) for text, w, s in zip(cells, widths, styles, strict=True)
        ]
        height = max(len(lines) * self.line_height(s) for lines, s in zip(wrapped, styles, strict=True))
        height += 2 * CELL_PAD
        if not self.room(height):
            self.new_page()
            if header is not None:
                header()
        if shade:
            self.painter.rect(Box(PAGE.x, self.y, sum(widths), height), colour="light")
        x = PAGE.x
        for lines, width, style in zip(wrapped, widths, styles, strict=True):
            self.draw_lines(lines, x + CELL_PAD, self.y + CELL_PAD, width - 2 * CELL_PAD, style)
            x += width
        self.y += height
        if rule:
            self.painter.line(PAGE.x, self.y, PAGE.x + sum(widths), self.y, colour="text", width=0.3)

    def table(self, head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        head_styles = [STYLES["cell_head"]] * len(widths)
        cell_styles = [STYLES["cell"]] * len(widths)

        def header() -> None:
            self.row(head, widths, head_styles, rule=True)

        self.ensure(3 * self.line_height(STYLES["cell"]) + 4 * CELL_PAD)
        header()
        for index, cells in enumerate(rows):
            self.row(cells, widths, cell_styles, shade=index % 2 == 1, header=header)
        self.y += 1.0


def access_document(
    data: AccessData,
    *,
    printed_on: date,
    retention_months: int = rules.RETENTION_MONTHS_DEFAULT,
    translate: Translate = _identity,
    invariant: bool = False,
) -> bytes:
    """The Inzage PDF as bytes: the family's facts, children, visits and the consent text."""
    t = translate
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, pagesize=layout.A4, title=t(N_("Inzage gezinsgegevens")), invariant=invariant)
    canvas.setAuthor(data.app_name)
    painter = Painter(canvas, page_h=layout.A4[1])
    painter.rect(HEAD_BAND, colour="brand", radius=4)
    painter.text(t(N_("Wat wij over uw gezin hebben opgeslagen")), HEAD_TITLE, STYLES["title"])
    painter.text(
        t(N_("{app}. Overzicht gemaakt op {day}.")).format(app=data.app_name, day=day_text(printed_on, t)),
        HEAD_SUBTITLE,
        STYLES["subtitle"],
    )
    flow = _Flow(
        painter,
        canvas,
        footer=lambda page: t(N_("Inzage gezin {code}, pagina {page}")).format(
            code=data.code or "-", page=page
        ),
    )
    flow.paragraph(
        t(
            N_(
                "Dit is alles wat de app over uw gezin bewaart. "
                "Geen achternaam, adres, telefoonnummer of geboortedatum."
            )
        ),
        STYLES["small"],
    )

    flow.section(t(N_("Gezin")))
    facts = [
        (N_("Gezinscode"), data.code or "-"),
        (N_("Naam of bijnaam"), data.display_name or t(N_("(niet ingevuld)"))),
        (N_("Woonplaats"), data.village or "-"),
        (N_("Hoe gevonden"), data.referral or "-"),
        (N_("Ingeschreven op"), day_text(data.registered_on, t)),
        (N_("Toestemming gegeven op"), day_text(data.consent_date, t)),
        (N_("Versie toestemmingstekst"), data.consent_version or "-"),
    ]
    for label, value in facts:
        flow.row(
            [t(label), value],
            [FACT_LABEL_WIDTH, PAGE.w - FACT_LABEL_WIDTH],
            [STYLES["label"], STYLES["value"]],
        )

    flow.section(t(N_("Kinderen")))
    if data.children:
        flow.table(
            [t(N_("Geboren (maand en jaar)")), t(N_("Naam of bijnaam"))],
            [[birth_text(child, t), child.nickname or "-"] for child in data.children],
            CHILD_COLUMNS,
        )
    else:
        flow.paragraph(t(N_("Geen kinderen opgeslagen.")), STYLES["body"])

    flow.section(t(N_("Bezoeken ({count})")).format(count=len(data.visits)))
    if data.visits:
        with_mood = any(visit.mood for visit in data.visits)
        head = [
            t(N_("Datum")),
            t(N_("Plek")),
            t(N_("Binnen")),
            t(N_("Weg")),
            t(N_("Volwassenen")),
            t(N_("Kinderen")),
            t(N_("Drankjes")),
        ]
        rows = [
            [
                visit.day.strftime("%d-%m-%Y"),
                visit.location,
                visit.arrived.strftime("%H:%M"),
                visit.left.strftime("%H:%M") if visit.left else "-",
                adults_text(visit.adults, t),
                str(visit.children),
                str(visit.drinks),
            ]
            + ([visit.mood or "-"] if with_mood else [])
            for visit in data.visits
        ]
        if with_mood:
            head.append(t(N_("Stemming")))
        flow.table(head, rows, VISIT_COLUMNS_WITH_MOOD if with_mood else VISIT_COLUMNS)
    else:
        flow.paragraph(t(N_("Nog geen bezoeken.")), STYLES["body"])

    flow.section(t(N_("Toestemmingstekst")))
    flow.paragraph(t(rules.CONSENT_TEXT), STYLES["body"])
    flow.paragraph(
        t(
            N_(
                "Wilt u dat wij uw gegevens wissen? Vraag het een gastvrouw, gastheer of de coördinator. "
                "Uw naam, code en kinderen worden dan gewist; uw bezoeken tellen alleen nog anoniem mee. "
                "Gegevens van gezinnen die {months} maanden niet meer kwamen, wissen wij vanzelf "
                "(de coördinator kan deze termijn instellen)."
            )
        ).format(months=retention_months),
        STYLES["small"],
        before=4.0,
    )
    flow.end_page()
    canvas.save()
    return buffer.getvalue()
