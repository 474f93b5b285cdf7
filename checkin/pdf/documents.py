"""The documents: an activity poster, a month programme (A4, or A5 handouts) and family cards.

Each function takes plain data and returns the PDF as bytes; nothing is written to disk here.
``invariant=True`` makes reportlab leave out dates and random ids: the same input, the same bytes.
The fixed texts are in the language of ``checkin.i18n`` (the window's); the place's own texts and
the dates, which the caller gives, are as given.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from checkin import rules
from checkin.i18n import N_
from checkin.i18n import translate as _t
from checkin.money import format_cents
from checkin.pdf import layout
from checkin.pdf.draw import Painter, fit_text, read_image
from checkin.pdf.fonts import register_fonts
from checkin.pdf.layout import MM, Box, TextStyle

TITLE = N_("Ontmoetingsplek")


@dataclass(frozen=True)
class PlaceInfo:
    """What a flyer says about the place."""

    name: str
    address: str
    village: str
    schedule: tuple[str, ...]
    """One line per weekly opening, e.g. 'Elke woensdag 9:30 - 11:30'."""
    price_cents: int
    web_url: str
    logo_path: str = ""


@dataclass(frozen=True)
class ActivityInfo:
    day: date
    day_text: str
    """'woensdag 25 november 2026'."""
    hours: str
    """'9:30 - 11:30': the activity's own hours, else the schedule's; '' when unknown."""
    title: str
    theme: str = ""
    description: str = ""
    partner: str = ""
    place: str = ""


@dataclass(frozen=True)
class ProgrammeDay:
    """One day of a month programme: an opening from the schedule and/or activities."""

    day: date
    day_text: str
    hours: str
    activities: tuple[ActivityInfo, ...] = ()


@dataclass(frozen=True)
class CardInfo:
    code: str
    name: str = ""


def price_text(price_cents: int) -> str:
    if price_cents == 0:
        return _t(N_("Gratis toegang, drankjes gratis"))
    return _t(N_("Gratis toegang, {price} per drankje")).format(price=format_cents(price_cents))


def welcome_text(place: PlaceInfo) -> str:
    return f"{_t(rules.AUDIENCE_TEXT)}\n{price_text(place.price_cents)}"


def url_of(place: PlaceInfo) -> str:
    return place.web_url or rules.DEFAULT_WEB_URL


def _info_text(place: PlaceInfo) -> str:
    """Where and when; who it is for and the price stand in the band above it."""
    address = ", ".join(part for part in (place.address, place.village) if part)
    lines = [place.name, address, *place.schedule]
    return "\n".join(line for line in lines if line)


def new_canvas(buffer: io.BytesIO, *, pagesize: tuple[float, float], title: str, invariant: bool) -> Canvas:
    """A reportlab canvas writing into ``buffer``, with the shipped fonts registered; sizes in mm."""
    regular, _bold = register_fonts()
    canvas = Canvas(
        buffer,
        initialFontName=regular,  # else reportlab lists Helvetica, not embedded, on every page
        pagesize=(pagesize[0] * MM, pagesize[1] * MM),
        invariant=1 if invariant else 0,
        pageCompression=1,
    )
    canvas.setTitle(title)
    canvas.setAuthor(_t(TITLE))
    canvas.setCreator("checkin")
    return canvas


def _header(
    painter: Painter, boxes: dict[str, Box], styles: dict[str, TextStyle], place: PlaceInfo, subtitle: str
) -> None:
    painter.rect(boxes["band"], colour="brand", radius=4)
    logo = boxes["logo"]
    has_logo = bool(place.logo_path)
    if has_logo:
        painter.rect(logo, colour="white", radius=2)
        painter.image(place.logo_path, logo.inset(1.5))
    width = boxes["place"].w if has_logo else boxes["band"].x + boxes["band"].w - 8 - boxes["place"].x
    painter.text(
        place.name, Box(boxes["place"].x, boxes["place"].y, width, boxes["place"].h), styles["place"]
    )
    painter.text(
        subtitle,
        Box(boxes["subtitle"].x, boxes["subtitle"].y, width, boxes["subtitle"].h),
        styles["subtitle"],
    )


def _footer(painter: Painter, boxes: dict[str, Box], styles: dict[str, TextStyle], place: PlaceInfo) -> None:
    painter.rect(boxes["welcome"], colour="light", radius=3)
    painter.text(welcome_text(place), boxes["welcome"].inset(2), styles["welcome"])
    painter.text(_info_text(place), boxes["info"], styles["info"])
    painter.qr(url_of(place), boxes["qr"])
    caption = _t(N_("Scan voor meer informatie:")) + "\n" + url_of(place)
    painter.text(caption, boxes["qr_caption"], styles["qr_caption"])


def _draw_poster(painter: Painter, place: PlaceInfo, activity: ActivityInfo) -> None:
    boxes, styles = layout.POSTER, layout.POSTER_STYLES
    _header(painter, boxes, styles, place, place.address or _t(TITLE))
    when = activity.day_text + (f", {activity.hours}" if activity.hours else "")
    painter.text(when, boxes["date"], styles["date"])
    painter.text(activity.title, boxes["title"], styles["title"])
    extra = []
    if activity.theme and activity.theme != activity.title:
        extra.append(_t(N_("Thema: {theme}")).format(theme=activity.theme))
    if activity.partner:
        extra.append(_t(N_("Met {partner}")).format(partner=activity.partner))
    if activity.place:
        extra.append(_t(N_("Waar: {place}")).format(place=activity.place))
    painter.text("  ·  ".join(extra), boxes["theme"], styles["theme"])
    painter.line(16, boxes["description"].y - 2, 194, boxes["description"].y - 2, colour="accent", width=0.8)
    painter.text(activity.description, boxes["description"], styles["description"])
    _footer(painter, boxes, styles, place)


def _draw_programme(
    painter: Painter, place: PlaceInfo, month_label: str, days: Sequence[ProgrammeDay]
) -> None:
    boxes, styles = layout.PROGRAMME, layout.PROGRAMME_STYLES
    _header(painter, boxes, styles, place, _t(N_("Programma {month}")).format(month=month_label))
    intro = _t(
        N_(
            "Elke week spelen de kinderen en drinken de ouders samen een kopje koffie of thee. "
            "Op deze dagen is er iets extra's:"
        )
    )
    if not any(day.activities for day in days):
        intro = _t(N_("Elke week spelen de kinderen en drinken de ouders samen een kopje koffie of thee."))
    painter.text("\n".join([*place.schedule, intro]), boxes["intro"], styles["intro"])
    area = boxes["rows"]
    if not days:
        painter.text(
            _t(N_("Deze maand staan er (nog) geen ochtenden of activiteiten gepland.")),
            area,
            styles["row_text"],
        )
    else:
        row_h = min(layout.MAX_ROW_HEIGHT, area.h / len(days))
        for index, day in enumerate(days):
            row = Box(area.x, area.y + index * row_h, area.w, row_h)
            _draw_row(painter, row, day, styles)
    _footer(painter, boxes, styles, place)


def _draw_row(painter: Painter, row: Box, day: ProgrammeDay, styles: dict[str, TextStyle]) -> None:
    painter.line(row.x, row.y, row.x + row.w, row.y, colour="line", width=0.3)
    inner = Box(row.x, row.y + 1.5, row.w, row.h - 3)
    date_box = Box(inner.x, inner.y, layout.ROW_DATE_WIDTH - 3, inner.h)
    painter.text("\n".join(part for part in (day.day_text, day.hours) if part), date_box, styles["row_date"])
    right = Box(inner.x + layout.ROW_DATE_WIDTH, inner.y, inner.w - layout.ROW_DATE_WIDTH, inner.h)
    if not day.activities:
        painter.text(_t(N_("Vrije inloop: spelen en elkaar ontmoeten")), right, styles["row_text"])
        return
    share = right.h / len(day.activities)
    for index, activity in enumerate(day.activities):
        slot = Box(right.x, right.y + index * share, right.w, share)
        title_style = styles["row_title"]
        title = activity.title + (
            f" ({activity.hours})" if activity.hours and activity.hours != day.hours else ""
        )
        fitted = fit_text(title, Box(slot.x, slot.y, slot.w, min(slot.h / 2, 11.0)), title_style)
        painter.draw_fitted(fitted, slot, title_style)
        used = fitted.height_mm(title_style.leading) + 0.5
        details = [
            _t(N_("Met {partner}")).format(partner=activity.partner) if activity.partner else "",
            _t(N_("Waar: {place}")).format(place=activity.place) if activity.place else "",
        ]
        text = "  ·  ".join(part for part in details if part)
        text = "\n".join(part for part in (text, activity.description) if part)
        if text and slot.h - used > 3:
            painter.text(text, Box(slot.x, slot.y + used, slot.w, slot.h - used), styles["row_text"])


def _render(
    draw: Callable[[Painter], None], *, size: str, title: str, invariant: bool, logo_path: str
) -> bytes:
    """One A4 page, or for a5 the same page scaled into two A5 halves of a landscape A4 sheet."""
    layout.check_size(size)
    if logo_path:
        read_image(logo_path)  # refuse an unreadable logo before anything is drawn
    buffer = io.BytesIO()
    if size == "a4":
        canvas = new_canvas(buffer, pagesize=layout.A4, title=title, invariant=invariant)
        draw(Painter(canvas, page_h=layout.A4[1]))
    else:
        canvas = new_canvas(buffer, pagesize=layout.A4_LANDSCAPE, title=title, invariant=invariant)
        for half in range(2):
            canvas.saveState()
            canvas.translate(half * layout.A5[0] * MM, 0)
            canvas.scale(layout.A5_SCALE, layout.A5_SCALE)
            draw(Painter(canvas, page_h=layout.A4[1]))
            canvas.restoreState()
        _a5_cut_marks(Painter(canvas, page_h=layout.A4_LANDSCAPE[1]))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _a5_cut_marks(painter: Painter) -> None:
    middle, height, mark = layout.A5[0], layout.A4_LANDSCAPE[1], layout.CUT_MARK
    painter.line(middle, 0, middle, mark, colour="text", width=0.25)
    painter.line(middle, height - mark, middle, height, colour="text", width=0.25)
    painter.canvas.saveState()
    painter.canvas.setDash(1 * MM, 2 * MM)
    painter.line(middle, mark + 2, middle, height - mark - 2, colour="line", width=0.15)
    painter.canvas.restoreState()


def poster(place: PlaceInfo, activity: ActivityInfo, *, size: str = "a4", invariant: bool = False) -> bytes:
    """A poster for one activity: A4, or two A5 handouts on an A4 sheet."""
    return _render(
        lambda painter: _draw_poster(painter, place, activity),
        size=size,
        title=f"{activity.title} - {place.name}",
        invariant=invariant,
        logo_path=place.logo_path,
    )


def month_programme(
    place: PlaceInfo,
    month_label: str,
    days: Sequence[ProgrammeDay],
    *,
    size: str = "a4",
    invariant: bool = False,
) -> bytes:
    """The month's programme: every opening and activity of the month, A4 or two A5 handouts."""
    return _render(
        lambda painter: _draw_programme(painter, place, month_label, days),
        size=size,
        title=_t(N_("Programma {month}")).format(month=month_label) + f" - {place.name}",
        invariant=invariant,
        logo_path=place.logo_path,
    )


def family_cards(
    place_name: str, cards: Sequence[CardInfo], *, with_names: bool = True, invariant: bool = False
) -> bytes:
    """Ten bank-card-size check-in cards per A4 sheet; the QR code holds only the family code."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, pagesize=layout.A4, title=_t(N_("Gezinskaarten")), invariant=invariant)
    for start in range(0, max(len(cards), 1), layout.CARDS_PER_SHEET):
        painter = Painter(canvas, page_h=layout.A4[1])
        sheet = cards[start : start + layout.CARDS_PER_SHEET]
        for index, card in enumerate(sheet):
            column, row = index % layout.CARD_COLUMNS, index // layout.CARD_COLUMNS
            x = layout.CARD_ORIGIN[0] + column * layout.CARD[0]
            y = layout.CARD_ORIGIN[1] + row * layout.CARD[1]
            _draw_card(painter, x, y, place_name, card, with_names=with_names)
        _card_cut_marks(painter)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_card(
    painter: Painter, x: float, y: float, place_name: str, card: CardInfo, *, with_names: bool
) -> None:
    boxes, styles = layout.CARD_BOXES, layout.CARD_STYLES
    painter.outline(Box(x, y, *layout.CARD), colour="line", width=0.15)
    painter.rect(boxes["band"].offset(x, y).inset(1.2), colour="brand", radius=1.5)
    painter.text(place_name, boxes["place"].offset(x, y), styles["place"])
    painter.qr(card.code, boxes["qr"].offset(x, y))
    painter.text(_t(N_("Gezinskaart")), boxes["label"].offset(x, y), styles["label"])
    painter.text(card.code, boxes["code"].offset(x, y), styles["code"])
    if with_names and card.name:
        painter.text(card.name, boxes["name"].offset(x, y), styles["name"])
    painter.text(
        _t(N_("Laat deze kaart scannen als u binnenkomt.")), boxes["hint"].offset(x, y), styles["hint"]
    )


def _card_cut_marks(painter: Painter) -> None:
    left, top = layout.CARD_ORIGIN
    right = left + layout.CARD_COLUMNS * layout.CARD[0]
    bottom = top + layout.CARD_ROWS * layout.CARD[1]
    mark, gap = layout.CUT_MARK, 1.0
    for column in range(layout.CARD_COLUMNS + 1):
        cx = left + column * layout.CARD[0]
        painter.line(cx, top - gap - mark, cx, top - gap, colour="text", width=0.2)
        painter.line(cx, bottom + gap, cx, bottom + gap + mark, colour="text", width=0.2)
    for row in range(layout.CARD_ROWS + 1):
        cy = top + row * layout.CARD[1]
        painter.line(left - gap - mark, cy, left - gap, cy, colour="text", width=0.2)
        painter.line(right + gap, cy, right + gap + mark, cy, colour="text", width=0.2)
