"""Generated messy lists (dates blank below, total rows, titles, blank rows, village spellings):
every visit of the truth is imported once, and no total row becomes a family."""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from checkin import imports, paths
from checkin.db import Database
from checkin.models import Family, Morning, Visit, VisitChild
from tests.helpers.factories import make_location

NAMES = ["Sanne", "Fatima", "Bram", "Noor", "Özlem", "Chloé", "Mert", "Anouk"]
SPELLINGS = {
    "Oud-Beijerland": ["Oud-Beijerland", "Oud Beijerland", "oud-beijerland", "OBL", "OUD BEIJERLAND"],
    "'s-Gravendeel": ["'s-Gravendeel", "Gravendeel", "s-Gravendeel", "'s Gravendeel"],
    "Numansdorp": ["Numansdorp", "numansdorp", " Numansdorp "],
    "": [""],
}
TOTALS = ["Totaal", "Subtotaal", "Totaal januari", "TOTAAL", "Eindtotaal", "subtotaal week 3"]


@st.composite
def messy_lists(draw: st.DrawFn) -> tuple[list[str], list[tuple[date, str, int, str]]]:
    """CSV lines, and the truth: (day, name, children, village) of each visit."""
    lines = ["Datum;Naam;Kinderen;Woonplaats"]
    if draw(st.booleans()):
        lines.insert(0, "Presentielijst 2026")
    truth: list[tuple[date, str, int, str]] = []
    day = date(2026, 1, 7)
    for _ in range(draw(st.integers(1, 5))):
        day += timedelta(days=7 * draw(st.integers(1, 3)))
        families = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True))
        style = draw(st.sampled_from(["every", "first", "own_row"]))
        if style == "own_row":
            lines.append(f"{day:%d-%m-%Y};;;")
        for index, name in enumerate(families):
            children = draw(st.integers(0, 4))
            village = draw(st.sampled_from(sorted(SPELLINGS)))
            written = draw(st.sampled_from(SPELLINGS[village]))
            date_cell = f"{day:%d-%m-%Y}" if style == "every" or (style == "first" and index == 0) else ""
            if date_cell and draw(st.booleans()):
                date_cell += " 10:15"
            lines.append(f"{date_cell};{name};{children};{written}")
            truth.append((day, name, children, village))
        if draw(st.booleans()):
            total = draw(st.sampled_from(TOTALS))
            lines.append(f";{total};{sum(c for d, _, c, _ in truth if d == day)};")
        if draw(st.booleans()):
            lines.append(";;;")
    if draw(st.booleans()):
        lines.append(f"{draw(st.sampled_from(TOTALS))} jaar;;99;")
    return lines, truth


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_lists())
def test_every_visit_of_a_messy_list_is_imported_once(
    _template_database: Path, case: tuple[list[str], list[tuple[date, str, int, str]]]
) -> None:
    lines, truth = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lijst.csv"
        path.write_bytes("\r\n".join(lines).encode("cp1252"))
        data = Path(folder) / "data"
        data.mkdir()
        shutil.copyfile(_template_database, paths.database_path(data))  # migrated, with the default lists
        database = Database.open(data)
        try:
            with database.session() as session:
                location = make_location(session)
                assert location.id is not None
                table = imports.read_table(path)
                mapping = imports.guess_mapping(table.headers, table.rows)
                plan = imports.preview(session, table=table, mapping=mapping, location_id=location.id)
                assert plan.unreadable == [] and plan.skipped == []
                imports.apply(session, table=table, mapping=mapping, location_id=location.id)
                got = _visits(session)
                assert got == Counter((day, name, children) for day, name, children, _ in truth)
                first_village: dict[str, str] = {}
                for _, name, _, village in truth:
                    if village:
                        first_village.setdefault(name, village)
                villages = dict(session.exec(select(Family.display_name, Family.village)).all())
                assert villages == {name: first_village.get(name, "") for _, name, _, _ in truth}
                names = set(session.exec(select(Family.display_name)).all())
                assert names <= set(NAMES)
                assert not session.exec(
                    select(Family).where(col(Family.display_name).contains("otaal"))
                ).all()
        finally:
            database.dispose()


def _visits(session: Session) -> Counter[tuple[date, str, int]]:
    found: Counter[tuple[date, str, int]] = Counter()
    for visit, morning, family in session.exec(
        select(Visit, Morning, Family).where(Visit.morning_id == Morning.id, Visit.family_id == Family.id)
    ):
        children = len(session.exec(select(VisitChild).where(VisitChild.visit_id == visit.id)).all())
        found[(morning.day, family.display_name or "", children)] += 1
    return found
