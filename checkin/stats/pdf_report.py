"""The figures as a PDF report of a few A4 pages, in Dutch (or the chosen language), for the workgroup's meeting.

Page one says what the report covers (period, locations, k, anonymity in plain Dutch) and gives
the headline figures in a table. Then come the charts (reportlab.graphics bar charts):

- one period: one block of charts per section, "Alle locaties" first;
- several periods (``--by month``): per location a table of the headline figures per period,
  charts over time, and the visit counts of the whole range added up (as a merge adds them:
  a total with suppressed parts is a lower bound). Counts of distinct families cannot be added
  over periods; their breakdowns stand in a table per period.

A suppressed value gets no bar (it has no size to show), only the label ``<k``; a lower bound
gets the bar of its bound and the label ``≥N``. The last page explains k, the kinds of value and
every measure. Layout in millimetres from the top-left corner, as the flyers in ``checkin.pdf``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from checkin.i18n import N_, SOURCE_LANGUAGE, translate
from checkin.money import format_cents
from checkin.pdf.draw import ELLIPSIS, Painter, wrap
from checkin.pdf.fonts import BOLD, REGULAR, register_fonts
from checkin.pdf.layout import A4, COLOURS, MM, Box, TextStyle
from checkin.stats import notes, registry, wording
from checkin.stats.anonymity import combine
from checkin.stats.model import ALL_LOCATIONS, TOTAL, Report, Section, Value
from checkin.text import SHORT_MONTHS

LEFT, RIGHT_EDGE, TOP, BOTTOM = 15.0, 195.0, 15.0, 280.0
WIDTH = RIGHT_EDGE - LEFT
GAP = 6.0
HALF = (WIDTH - GAP) / 2
CHART_H = 48.0
"""Height of a chart's drawing area; its title and caption come on top of it."""
TITLE_H, CAPTION_H = 6.0, 5.0

STYLES = {
    "title": TextStyle(bold=True, max_size=24, min_size=12, colour="white", valign="middle"),
    "subtitle": TextStyle(max_size=14, min_size=8, colour="white", valign="middle"),
    "heading": TextStyle(bold=True, max_size=15, min_size=9, colour="brand"),
    "subheading": TextStyle(bold=True, max_size=11, min_size=7, colour="text"),
    "body": TextStyle(max_size=10, min_size=10, leading=1.3),
    "fact": TextStyle(bold=True, max_size=10, min_size=10, leading=1.3),
    "term": TextStyle(bold=True, max_size=9, min_size=9, leading=1.25),
    "term_text": TextStyle(max_size=9, min_size=9, leading=1.25),
    "chart": TextStyle(bold=True, max_size=10, min_size=7, colour="brand"),
    "caption": TextStyle(max_size=7.5, min_size=6, colour="muted"),
    "cell": TextStyle(max_size=8.5, min_size=5.5, align="right", valign="middle"),
    "cell_label": TextStyle(max_size=8.5, min_size=5.5, valign="middle"),
    "head": TextStyle(bold=True, max_size=8.5, min_size=5.5, colour="white", align="right", valign="middle"),
    "head_label": TextStyle(bold=True, max_size=8.5, min_size=5.5, colour="white", valign="middle"),
    "footer": TextStyle(max_size=7.5, min_size=6, colour="muted"),
    "footer_right": TextStyle(max_size=7.5, min_size=6, colour="muted", align="right"),
}

NEW_AND_RETURNING_TITLE = N_("Nieuwe en terugkerende gezinnen")


def _charts() -> tuple[registry.Measure, ...]:
    return registry.charted()


def _additive() -> list[registry.Measure]:
    """Breakdowns that count visits or drinks: their periods add up to the whole range."""
    return [m for m in registry.measures() if m.has_categories and m.adds_up and m.chart != "over_time"]


def _family_breakdowns() -> list[registry.Measure]:
    """Breakdowns of distinct families: a family in two months is one family in the quarter."""
    return [m for m in registry.measures() if m.has_categories and not m.adds_up]


def render(
    report: Report, *, invariant: bool = False, made_on: date | None = None, language: str = SOURCE_LANGUAGE
) -> bytes:
    """The PDF's bytes in ``language``; ``invariant=True`` leaves out reportlab's dates and ids (same
    input, same bytes)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=(A4[0] * MM, A4[1] * MM), invariant=1 if invariant else 0, pageCompression=1
    )
    period = wording.period_text(report.period_start, report.period_end, language)
    title = translate(wording.TITLE, language)
    canvas.setTitle(f"{title} - {period}")
    canvas.setAuthor(title)
    canvas.setCreator("checkin")
    pages = _Pages(canvas, footer=f"{title} · {period} · k = {report.k}", language=language)
    _first_page(pages, report, made_on or date.today())
    if len(wording.periods(report)) == 1:
        for section in wording.ordered_sections(report):
            _section_charts(pages, section, report.k, with_period=False)
    else:
        for location in _locations(report):
            _location_over_time(pages, report, location)
    _explanation(pages, report)
    pages.finish()
    return buffer.getvalue()


def _locations(report: Report) -> list[str]:
    found = [s.location for s in wording.ordered_sections(report)]
    return sorted(set(found), key=lambda name: (name != ALL_LOCATIONS, found.index(name)))


# --- pages and flowing text ------------------------------------------------------------------------


class _Pages:
    """The canvas, a painter and the place where the next block goes; starts new pages when full."""

    def __init__(self, canvas: Canvas, *, footer: str, language: str = SOURCE_LANGUAGE) -> None:
        self.canvas = canvas
        self.language = language
        self.painter = Painter(canvas, page_h=A4[1])
        self.footer = footer
        self.number = 1
        self.y = TOP

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM and self.y > TOP:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.number += 1
        self.y = TOP

    def finish(self) -> None:
        self._footer()
        self.canvas.save()

    def _footer(self) -> None:
        self.painter.line(LEFT, BOTTOM + 4, RIGHT_EDGE, BOTTOM + 4, colour="line", width=0.2)
        self.painter.text(self.footer, Box(LEFT, BOTTOM + 5.5, WIDTH - 25, 5), STYLES["footer"])
        page = self.words(N_("pagina {n}")).format(n=self.number)
        self.painter.text(page, Box(RIGHT_EDGE - 25, BOTTOM + 5.5, 25, 5), STYLES["footer_right"])

    def words(self, text: str) -> str:
        """A core text (N_) in the report's language."""
        return translate(text, self.language)

    def paragraph(
        self, text: str, style: str = "body", *, x: float = LEFT, w: float = WIDTH, gap: float = 2
    ) -> None:
        """Text at its style's size, wrapped to ``w``; moves to a new page first when it does not fit."""
        chosen = STYLES[style]
        font = BOLD if chosen.bold else REGULAR
        lines = wrap(text, font, chosen.max_size, w * MM)
        height = len(lines) * chosen.max_size * chosen.leading / MM
        self.need(height)
        self.painter.text(
            "\n".join(lines), Box(x, self.y, w, height + 1), replace(chosen, min_size=chosen.max_size)
        )
        self.y += height + gap

    def heading(self, text: str, *, room_after: float = 0) -> None:
        """A heading that never stands alone at the foot of a page: ``room_after`` must fit below it."""
        self.need(10 + room_after)
        self.painter.text(text, Box(LEFT, self.y, WIDTH, 8), STYLES["heading"])
        self.painter.line(LEFT, self.y + 8.5, RIGHT_EDGE, self.y + 8.5, colour="accent", width=0.6)
        self.y += 11


# --- page one ---------------------------------------------------------------------------------------


def _first_page(pages: _Pages, report: Report, made_on: date) -> None:
    painter, words, language = pages.painter, pages.words, pages.language
    period = wording.period_text(report.period_start, report.period_end, language)
    painter.rect(Box(8, 8, 194, 32), colour="brand", radius=4)
    painter.text(words(wording.TITLE), Box(LEFT + 1, 11, WIDTH - 2, 14), STYLES["title"])
    painter.text(period, Box(LEFT + 1, 26, WIDTH - 2, 10), STYLES["subtitle"])
    pages.y = 46
    facts = [
        (words(N_("Periode")), period),
        (words(N_("Locaties")), wording.locations_text(report)),
        (words(N_("Minimale telling")), f"k = {report.k}"),
        (words(N_("Gemaakt op")), wording.long_date(made_on, language)),
    ]
    if report.merged_from:
        facts.append((words(N_("Samengevoegd uit")), ", ".join(report.merged_from)))
    for label, text in facts:
        top = pages.y
        pages.paragraph(label, "fact", w=38, gap=0)
        pages.y = top
        pages.paragraph(text, x=LEFT + 40, w=WIDTH - 40, gap=1)
    pages.y += 2
    sentence = wording.k_sentence(report.k, language)
    lines = wrap(sentence, REGULAR, 10, (WIDTH - 8) * MM)
    box_h = len(lines) * 10 * 1.3 / MM + 6
    painter.rect(Box(LEFT, pages.y, WIDTH, box_h), colour="light", radius=2)
    pages.y += 3
    pages.paragraph(sentence, x=LEFT + 4, w=WIDTH - 8)
    pages.y += 5
    if len(wording.periods(report)) == 1:
        _headline_table(pages, report, wording.ordered_sections(report))
    else:
        for location in _locations(report):
            _period_table(pages, report, location)


def _headline_rows(section: Section, k: int, language: str) -> list[str]:
    cells = [m.short(section.value(m.key), k, language) for m in wording.headlines()]
    cells.append(wording.average_short(section, language))
    return cells


def _headline_labels(language: str) -> list[str]:
    return [
        translate(title, language)
        for title in (*(m.title for m in wording.headlines()), wording.AVERAGE_TITLE)
    ]


def _headline_table(pages: _Pages, report: Report, sections: list[Section]) -> None:
    """One period: a column per section (at most four side by side), a row per headline figure."""
    language = pages.language
    pages.heading(pages.words(N_("De belangrijkste cijfers")), room_after=40)
    for start in range(0, len(sections), 4):
        chunk = sections[start : start + 4]
        header = [pages.words(N_("Cijfer")), *(wording.location_name(s.location, language) for s in chunk)]
        columns = list(zip(*(_headline_rows(s, report.k, language) for s in chunk), strict=True))
        rows = [[label, *values] for label, values in zip(_headline_labels(language), columns, strict=True)]
        _table(pages, header, rows, first=60)
        shares = [
            (wording.location_name(s.location, language), wording.new_and_returning(s, language))
            for s in chunk
        ]
        for location, share in shares:
            if share:
                pages.paragraph(f"{location}: {share}", gap=1)
        pages.y += 4


def _period_table(pages: _Pages, report: Report, location: str) -> None:
    """Several periods: per location a row per period, a column per headline figure."""
    sections = report.sections_of(location)
    language = pages.language
    header = [pages.words(N_("Periode")), *_headline_labels(language)]
    rows = [
        [wording.period_text(s.period_start, s.period_end, language), *_headline_rows(s, report.k, language)]
        for s in sections
    ]
    pages.heading(wording.location_name(location, language), room_after=8 + 6 * min(len(rows), 4))
    _table(pages, header, rows, first=34, head_h=10)
    pages.y += 4


def _table(
    pages: _Pages, header: Sequence[str], rows: Sequence[Sequence[str]], *, first: float, head_h: float = 7
) -> None:
    """A simple table: a coloured header row, then rows with light rules; repeats the header on a new page."""
    painter = pages.painter
    other = (WIDTH - first) / max(1, len(header) - 1)
    widths = [first, *([other] * (len(header) - 1))]
    row_h = 6.0

    def draw_header() -> None:
        painter.rect(Box(LEFT, pages.y, WIDTH, head_h), colour="brand")
        x = LEFT
        for index, (text, width) in enumerate(zip(header, widths, strict=True)):
            style = STYLES["head_label" if index == 0 else "head"]
            painter.text(text, Box(x + 1.5, pages.y, width - 3, head_h), style)
            x += width
        pages.y += head_h

    pages.need(head_h + row_h)
    draw_header()
    for row_index, row in enumerate(rows):
        if pages.y + row_h > BOTTOM:
            pages.new_page()
            draw_header()
        if row_index % 2:
            painter.rect(Box(LEFT, pages.y, WIDTH, row_h), colour="light")
        x = LEFT
        for index, (text, width) in enumerate(zip(row, widths, strict=True)):
            painter.text(
                text, Box(x + 1.5, pages.y, width - 3, row_h), STYLES["cell_label" if index == 0 else "cell"]
            )
            x += width
        pages.y += row_h
    painter.line(LEFT, pages.y, RIGHT_EDGE, pages.y, colour="line", width=0.3)
    pages.y += 3


# --- charts -----------------------------------------------------------------------------------------


@dataclass
class _Chart:
    title: str
    labels: list[str]
    series: list[list[Value | None]]
    """One list of values per series (new and returning families are two series); None: not shown."""
    k: int
    money: bool = False
    vertical: bool = False
    wide: bool = False
    caption: str = ""
    legend: list[str] = field(default_factory=list)
    language: str = SOURCE_LANGUAGE


def _chart_of(section: Section, measure: str, k: int, language: str) -> _Chart:
    entry = registry.get(measure)
    words = wording.translator(language)
    cells = wording.breakdown(section, measure)
    shown = cells
    if entry.drop_zeros:
        shown = [(c, v) for c, v in cells if v.status == "suppressed" or v.shown > 0]
    caption = ""
    total = section.value(measure)
    if not cells and total is not None and total.status == "suppressed":
        caption = words(N_("Te weinig om te tonen: in totaal minder dan {k}.")).format(k=k)
    elif total is not None:
        caption = words(N_("Totaal: {total}")).format(
            total=wording.reader_value(total, k, measure=measure, language=language)
        )
    if shown and len(shown) < len(cells):
        caption += words(N_(" (groepen met 0 staan er niet in)"))
    return _Chart(
        title=words(entry.title),
        labels=[wording.category_label(measure, c, language) for c, _ in shown],
        series=[[v for _, v in shown]],
        k=k,
        money=entry.money,
        vertical=entry.chart in ("columns", "over_time"),
        wide=entry.chart == "over_time",
        caption=caption,
        language=language,
    )


def _new_and_returning(section: Section, k: int, language: str) -> _Chart:
    words = wording.translator(language)
    new, returning = section.value("new_families"), section.value("returning_families")
    share = wording.new_and_returning(section, language)
    title = words(NEW_AND_RETURNING_TITLE)
    if new is None or returning is None:
        caption = words(N_("Niet getoond: een van beide is kleiner dan {k}.")).format(k=k)
        return _Chart(title, [], [[]], k, caption=caption, language=language)
    return _Chart(
        title,
        [words(N_("nieuw")), words(N_("terugkerend"))],
        [[new, returning]],
        k,
        caption=share,
        language=language,
    )


def _section_charts(pages: _Pages, section: Section, k: int, *, with_period: bool) -> None:
    language = pages.language
    charts = []
    over_time = [m for m in _charts() if m.chart == "over_time"]
    for measure in over_time:
        if _has(section, measure.key):
            charts.append(_over_time(section, measure.key, k, language))
    if _has(section, "families"):
        charts.append(_new_and_returning(section, k, language))
    charts += [
        _chart_of(section, m.key, k, language)
        for m in _charts()
        if m.chart != "over_time" and _has(section, m.key)
    ]
    pages.new_page()
    pages.heading(
        wording.section_title(section, with_period=with_period, language=language), room_after=CHART_H
    )
    _place(pages, charts)


def _has(section: Section, measure: str) -> bool:
    """Whether ``section`` holds ``measure`` at all (a merged file may lack some): no empty charts."""
    return section.value(measure) is not None or bool(section.breakdown(measure))


def _over_time(section: Section, measure: str, k: int, language: str) -> _Chart:
    chart = _chart_of(section, measure, k, language)
    chart.labels = [_day_month(label) for label in chart.labels]
    if measure == "visits_by_morning" and wording.visits_per_morning(section) is not None:
        words = wording.translator(language)
        chart.caption += words(N_("; gemiddeld {n} per ochtend")).format(
            n=wording.average_text(section, k, words, language)
        )
    return chart


def _day_month(label: str) -> str:
    """'7 jan 2026' -> '7 jan' (the year is in the heading)."""
    parts = label.split()
    return " ".join(parts[:2]) if len(parts) == 3 else label


def _location_over_time(pages: _Pages, report: Report, location: str) -> None:
    sections = report.sections_of(location)
    k = report.k
    language, words = pages.language, pages.words
    labels = [_period_label(s, language) for s in sections]
    visits = _Chart(
        words(N_("Bezoeken per periode")),
        labels,
        [[s.value("visits") for s in sections]],
        k,
        vertical=True,
        wide=True,
        language=language,
    )
    new_and_returning = _Chart(
        words(N_("Nieuwe en terugkerende gezinnen per periode")),
        labels,
        [
            [s.value("new_families") for s in sections],
            [s.value("returning_families") for s in sections],
        ],
        k,
        vertical=True,
        wide=True,
        legend=[words(N_("nieuw")), words(N_("terugkerend"))],
        caption=words(N_("'–': niet getoond, omdat een van beide kleiner was dan {k}.")).format(k=k),
        language=language,
    )
    whole = combine(sections, location=location)
    whole.period_start, whole.period_end = report.period_start, report.period_end
    summed = [_chart_of(whole, m.key, k, language) for m in _additive() if _has(whole, m.key)]
    for chart in summed:
        chart.caption = words(N_("Alle perioden opgeteld. ")) + chart.caption
    pages.new_page()
    pages.heading(
        words(N_("{location}: {period}")).format(
            location=wording.location_name(location, language),
            period=wording.period_text(report.period_start, report.period_end, language),
        ),
        room_after=CHART_H,
    )
    _place(pages, [visits, new_and_returning, *summed])
    for entry in _family_breakdowns():
        measure = entry.key
        categories = wording.categories(sections, measure)
        header = [words(entry.title), *labels]
        rows = [
            [
                wording.category_label(measure, category, language),
                *(entry.short(s.value(measure, category), k, language) for s in sections),
            ]
            for category in [*categories, TOTAL]
            if any(_worth_a_row(s.value(measure, category)) for s in sections)
        ]
        pages.heading(words(entry.title), room_after=20)
        _table(pages, header, rows, first=44)


def _worth_a_row(value: Value | None) -> bool:
    """A row of only zeros (or 'at least 0') says nothing; one suppressed value does say something."""
    return value is not None and (value.status == "suppressed" or value.shown > 0)


def _period_label(section: Section, language: str) -> str:
    """A short label under a bar: 'jan 2026', 'K2 2026', '2026' or the dates."""
    start, end = section.period_start, section.period_end
    text = wording.period_text(start, end, language)
    if start.day == 1 and start.month == end.month and start.year == end.year:
        return f"{translate(SHORT_MONTHS[start.month - 1], language)} {start.year}"
    if start.day == 1 and start.year == end.year and end.month == start.month + 2 and start.month % 3 == 1:
        return translate(N_("K{n} {year}"), language).format(n=(start.month + 2) // 3, year=start.year)
    return text


def _place(pages: _Pages, charts: list[_Chart]) -> None:
    """Charts two by two (a wide one takes a whole row)."""
    height = TITLE_H + CHART_H + CAPTION_H + 4
    column = 0
    for chart in charts:
        if chart.wide or column == 0:
            if column == 1:
                pages.y += height
            pages.need(height)
            column = 0
        x = LEFT + column * (HALF + GAP)
        _draw_chart(pages.painter, chart, Box(x, pages.y, WIDTH if chart.wide else HALF, height - 4))
        if chart.wide:
            pages.y += height
        else:
            column = 1 - column
            if column == 0:
                pages.y += height
    if column == 1:
        pages.y += height


def _label(value: Value | None, k: int, *, money: bool, language: str) -> str:
    """A bar's label: '12', '<5' or '≥37' (the registry's short form of a hidden value)."""
    return registry.short(value, k, money=money, language=language)


def _fit_label(text: str, width_pt: float, size: float) -> str:
    if stringWidth(text, REGULAR, size) <= width_pt:
        return text
    while text and stringWidth(text + ELLIPSIS, REGULAR, size) > width_pt:
        text = text[:-1]
    return text + ELLIPSIS


def _draw_chart(painter: Painter, chart: _Chart, box: Box) -> None:
    painter.text(chart.title, Box(box.x, box.y, box.w, TITLE_H), STYLES["chart"])
    area = Box(box.x, box.y + TITLE_H, box.w, CHART_H)
    painter.outline(area, colour="line", width=0.15)
    caption_box = Box(box.x, area.y + area.h + 0.8, box.w, CAPTION_H)
    if chart.caption:
        painter.text(chart.caption, caption_box, STYLES["caption"])
    if not chart.labels:
        painter.text(
            translate(N_("Geen cijfers om te tonen."), chart.language),
            area.inset(4),
            replace(STYLES["caption"], align="center", valign="middle"),
        )
        return
    drawing = _vertical(chart, area) if chart.vertical else _horizontal(chart, area)
    renderPDF.draw(drawing, painter.canvas, area.x * MM, (A4[1] - area.y - area.h) * MM)


SERIES_COLOURS = ("brand", "accent")


def _colour(name: str) -> Color:
    return Color(*COLOURS[name])


def _scale(chart: _Chart) -> float:
    top = max((v.shown for series in chart.series for v in series if v is not None), default=0)
    return max(1.0, top * 1.18)


def _style_bars(
    bars: HorizontalBarChart | VerticalBarChart, chart: _Chart, *, size: float, labels: bool
) -> None:
    bars.data = [[v.shown if v is not None else 0 for v in series] for series in chart.series]
    bars.categoryAxis.categoryNames = chart.labels
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = size
    bars.categoryAxis.strokeColor = _colour("line")
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = _scale(chart)
    bars.valueAxis.labels.fontName = REGULAR
    bars.valueAxis.labels.fontSize = size
    bars.valueAxis.strokeColor = _colour("line")
    bars.valueAxis.visibleGrid = 1
    bars.valueAxis.gridStrokeColor = _colour("light")
    if chart.money:
        bars.valueAxis.labelTextFormat = lambda cents: _whole_euros(format_cents(int(cents), chart.language))
    for index in range(len(chart.series)):
        bars.bars[index].fillColor = _colour(SERIES_COLOURS[index % len(SERIES_COLOURS)])
        bars.bars[index].strokeColor = None
    bars.barSpacing = 0.5
    if labels:
        bars.barLabelFormat = "values"
        bars.barLabelArray = [
            [_label(v, chart.k, money=chart.money, language=chart.language) for v in series]
            for series in chart.series
        ]
        bars.barLabels.fontName = REGULAR
        bars.barLabels.fontSize = size
        bars.barLabels.fillColor = _colour("text")


def _whole_euros(amount: str) -> str:
    """An axis label without cents when there are none: '€ 3,00' -> '€ 3', '€3.00' -> '€3'."""
    return amount.removesuffix(",00").removesuffix(".00")


def _vertical(chart: _Chart, area: Box) -> Drawing:
    width, height = area.w * MM, area.h * MM
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    count = len(chart.labels)
    size = 6.5 if count <= 12 else 5.5
    bars.x, bars.y = 30, 16 if not chart.legend else 22
    bars.width, bars.height = width - bars.x - 8, height - bars.y - 8
    slot = bars.width / max(1, count)
    with_labels = slot * len(chart.series) >= 12 or (slot >= 7 and len(chart.series) == 1)
    _style_bars(bars, chart, size=size, labels=with_labels)
    bars.barLabels.boxAnchor = "s"
    bars.barLabels.dy = 1.5
    bars.groupSpacing = max(1.0, slot * 0.2)
    label_size = size
    while (
        label_size > 5 and max(stringWidth(label, REGULAR, label_size) for label in chart.labels) + 4 > slot
    ):
        label_size -= 0.5  # every bar its own label, if a slightly smaller letter allows it
    bars.categoryAxis.labels.fontSize = label_size
    widest = max(stringWidth(label, REGULAR, label_size) for label in chart.labels) + 4
    step = max(1, -int(-widest // slot))
    bars.categoryAxis.categoryNames = [
        _fit_label(label, slot * step - 2, label_size) if index % step == 0 else ""
        for index, label in enumerate(chart.labels)
    ]
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.categoryAxis.labels.dy = -2
    drawing.add(bars)
    if chart.legend:
        _legend(drawing, chart, x=bars.x, y=3, size=size)
    return drawing


def _horizontal(chart: _Chart, area: Box) -> Drawing:
    width, height = area.w * MM, area.h * MM
    drawing = Drawing(width, height)
    bars = HorizontalBarChart()
    count = len(chart.labels)
    size = 7.0 if count <= 8 else 6.0 if count <= 12 else 5.0
    label_w = min(width * 0.42, max(stringWidth(text, REGULAR, size) for text in chart.labels) + 6)
    bars.x, bars.y = label_w + 4, 14
    bars.width, bars.height = width - bars.x - 30, height - bars.y - 6
    reversed_chart = replace(
        chart, labels=chart.labels[::-1], series=[series[::-1] for series in chart.series]
    )  # the first category at the top
    _style_bars(bars, reversed_chart, size=size, labels=True)
    bars.categoryAxis.categoryNames = [_fit_label(text, label_w, size) for text in reversed_chart.labels]
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dx = -3
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 2
    bars.groupSpacing = max(1.0, bars.height / max(1, count) * 0.25)
    drawing.add(bars)
    return drawing


def _legend(drawing: Drawing, chart: _Chart, *, x: float, y: float, size: float) -> None:
    from reportlab.graphics.shapes import Rect, String

    for index, name in enumerate(chart.legend):
        left = x + index * 70
        colour = _colour(SERIES_COLOURS[index % len(SERIES_COLOURS)])
        drawing.add(Rect(left, y, 8, 6, fillColor=colour, strokeColor=None))
        drawing.add(String(left + 11, y + 1, name, fontName=REGULAR, fontSize=size + 1))


# --- the last page ----------------------------------------------------------------------------------


def _explanation(pages: _Pages, report: Report) -> None:
    words, language = pages.words, pages.language
    pages.new_page()
    pages.heading(words(N_("Uitleg")))
    pages.paragraph(words(N_("Minimale telling k = {k}.")).format(k=report.k), "subheading")
    pages.paragraph(wording.k_sentence(report.k, language))
    together = notes.all_locations(report, language, name=wording.location_name(ALL_LOCATIONS, language))
    if together is not None:
        pages.paragraph(together)
    pages.y += 2
    pages.paragraph(words(N_("Wat er in een tabel of grafiek kan staan")), "subheading")
    for name, text in wording.value_kinds(report.k, language):
        _term(pages, name, text)
    pages.y += 2
    pages.paragraph(words(N_("Wat er geteld is")), "subheading")
    for label, definition in wording.definitions(language):
        _term(pages, label, definition)


def _term(pages: _Pages, name: str, text: str) -> None:
    """A term in bold on the left, its explanation beside it."""
    lines = wrap(text, REGULAR, 9, (WIDTH - 48) * MM)
    pages.need(len(lines) * 9 * 1.25 / MM)
    top = pages.y
    pages.paragraph(name, "term", w=45, gap=0)
    below_name = pages.y
    pages.y = top
    pages.paragraph(text, "term_text", x=LEFT + 48, w=WIDTH - 48, gap=1.2)
    pages.y = max(pages.y, below_name + 1.2)
