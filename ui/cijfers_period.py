"""The periods the Cijfers screen picks: a month, a quarter, a year or an own range, and their names.

Plain date arithmetic for the period picker; the counting itself is ``build_report``'s.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from checkin.text import MONTHS
from ui.messages import core_text

KINDS: tuple[str, ...] = ("month", "quarter", "year", "custom")
TR_CONTEXT = ""
"""The context pyside6-lupdate gives texts of a module-level ``tr("...")`` call."""


def tr(text: str) -> str:
    """A text of this module's functions; lupdate files texts of plain ``tr()`` calls under ''."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def month_name(month: int) -> str:
    return core_text(MONTHS[month - 1])


@dataclass(frozen=True)
class Period:
    """``start``..``end``, both included; ``kind`` says how previous/next step."""

    kind: str
    start: date
    end: date

    @property
    def quarter(self) -> int:
        return (self.start.month - 1) // 3 + 1

    def shifted(self, steps: int) -> Period:
        """The period ``steps`` further (negative: earlier) of the same kind and length."""
        if self.kind == "custom":
            length = (self.end - self.start).days + 1
            return Period(
                "custom",
                self.start + timedelta(days=length * steps),
                self.end + timedelta(days=length * steps),
            )
        months = {"month": 1, "quarter": 3, "year": 12}[self.kind]
        total = self.start.year * 12 + self.start.month - 1 + months * steps
        return period_containing(self.kind, date(total // 12, total % 12 + 1, 1))

    def label(self) -> str:
        """'juli 2026', '3e kwartaal 2026', '2026' or '1 juli 2026 t/m 30 september 2026'."""
        if self.kind == "month":
            return f"{month_name(self.start.month)} {self.start.year}"
        if self.kind == "quarter":
            return tr("{q}e kwartaal {year} ({first} t/m {last})").format(
                q=self.quarter,
                year=self.start.year,
                first=month_name(self.start.month),
                last=month_name(self.end.month),
            )
        if self.kind == "year":
            return str(self.start.year)
        return tr("{start} t/m {end}").format(start=long_date(self.start), end=long_date(self.end))

    def slug(self) -> str:
        """The period in a file name: 2026-07, 2026-K3, 2026, or 2026-07-01-2026-09-30."""
        if self.kind == "month":
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind == "quarter":
            return f"{self.start.year}-K{self.quarter}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}-{self.end.isoformat()}"


def long_date(day: date) -> str:
    return f"{day.day} {month_name(day.month)} {day.year}"


def period_containing(kind: str, day: date) -> Period:
    """The calendar month, quarter or year around ``day``."""
    if kind == "month":
        first_month = last_month = day.month
    elif kind == "quarter":
        first_month = day.month - (day.month - 1) % 3
        last_month = first_month + 2
    elif kind == "year":
        first_month, last_month = 1, 12
    else:
        raise ValueError(f"no calendar period of kind {kind!r}")
    last_day = calendar.monthrange(day.year, last_month)[1]
    return Period(kind, date(day.year, first_month, 1), date(day.year, last_month, last_day))


def last_complete(kind: str, today: date) -> Period:
    """The last month, quarter or year that ended before ``today``: what a workgroup discusses."""
    return period_containing(kind, today).shifted(-1)
