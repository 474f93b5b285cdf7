"""The mornings' kept figures (``checkin.services.kept_figures``): the same figures as from the visits.

After every kind of write (through the app, the command line's import, or a hand-written
statement) the report read with the kept rows, whether up to date or not, is byte for byte the
report computed with no kept rows at all; on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from checkin.adults import Adults
from checkin.cli import main
from checkin.db import Database
from checkin.demo import fill_demo
from checkin.models import Family, Location, Morning, Visit
from checkin.services import drinks, families, lists, mornings, undo, visits
from checkin.stats.exports import render
from checkin.stats.measures import build_report

TODAY = date(2026, 11, 25)
OPEN_DAY = date(2026, 12, 2)
START, END = date(2025, 11, 1), date(2026, 12, 31)


def _csv(session: Session) -> bytes:
    session.expire_all()
    return render(build_report(session, start=START, end=END, by="month", k=3), "csv", "nl")


def _kept(database: Database) -> tuple[int, int]:
    """(mornings, mornings whose kept figures are up to date)."""
    with database.engine.connect() as connection:
        mornings_n = connection.execute(text("SELECT count(*) FROM morning")).scalar_one()
        kept = connection.execute(
            text("SELECT count(*) FROM morningfigures WHERE kept_version = version")
        ).scalar_one()
    return mornings_n, kept


def _from_the_visits(database: Database) -> bytes:
    """The report with no kept rows: every morning computed from its visits."""
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM morningfigures"))
    with database.session() as other:
        return _csv(other)


def _same_figures(database: Database, session: Session) -> bytes:
    """The report as the app reads it equals the report from the visits; then all is kept again."""
    read = _csv(session)
    assert read == _from_the_visits(database)
    assert _csv(session) == read  # a second read, from the rows the first one kept
    mornings_n, kept = _kept(database)
    assert kept == mornings_n
    return read


def _database_option(database: Database) -> list[str]:
    if database.engine.dialect.name == "sqlite":
        return []
    return ["--database", database.engine.url.render_as_string(hide_password=False)]


def test_the_kept_figures_give_the_same_report_after_every_kind_of_write(
    database: Database, session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_demo(session, families=30, weeks=30, locations=2, seed=5, today=TODAY)
    session.commit()
    first = _csv(session)  # computes every morning and keeps it
    mornings_n, kept = _kept(database)
    assert kept == mornings_n > 20
    assert _same_figures(database, session) == first

    location = session.exec(select(Location).order_by(Location.id)).first()  # type: ignore[arg-type]
    assert location is not None and location.id is not None
    morning = mornings.start_morning(
        session, location_id=location.id, day=OPEN_DAY, now=datetime.combine(OPEN_DAY, time(9, 15))
    )
    morning_id = morning.id or 0
    regulars = list(session.exec(select(Family).where(Family.erased_at.is_(None)).order_by(Family.id)))  # type: ignore[union-attr]
    arrived = datetime.combine(OPEN_DAY, time(9, 40))
    checked_in: list[Visit] = []
    kind = lists.list_values(session, "consumption")[0]

    def check_in() -> None:
        for family in regulars[:4]:
            checked_in.append(
                visits.check_in(session, morning_id=morning_id, family_id=family.id or 0, now=arrived)
            )

    def change_who_came() -> None:
        visits.update_visit(session, visit_id=checked_in[0].id or 0, child_ids=[], adults=Adults(fathers=2))

    def drink() -> None:
        drinks.record_drinks(session, morning_id=morning_id, kind=kind, quantity=2, visit_id=checked_in[1].id)
        drinks.record_drinks(session, morning_id=morning_id, kind=kind, payment="gratis")

    def check_out() -> None:
        visits.check_out(session, visit_id=checked_in[2].id or 0, mood="blij", now=arrived)

    def undo_last() -> None:
        undo.undo_last(session, morning_id)  # the check-out
        undo.undo_last(session, morning_id)  # the free drink

    def theme() -> None:
        mornings.set_theme(session, morning_id=morning_id, theme="")
        mornings.set_theme(session, morning_id=morning_id, theme=lists.list_values(session, "theme")[0])

    def close() -> None:
        mornings.close_morning(session, morning_id=morning_id, cash_counted_cents=500)

    def erase() -> None:
        families.erase_family(session, family_id=regulars[5].id or 0)

    def by_hand() -> None:  # what no service does: a hand-written statement on a closed morning
        with database.engine.begin() as connection:
            past = connection.execute(
                text("SELECT min(id) FROM visit WHERE morning_id <> :open"), {"open": morning_id}
            ).scalar_one()
            connection.execute(
                text("UPDATE visit SET mood = 'boos', others = 3 WHERE id = :id"), {"id": past}
            )
            connection.execute(text("DELETE FROM visitchild WHERE visit_id = :id"), {"id": past + 1})
            connection.execute(text("DELETE FROM visit WHERE id = :id"), {"id": past + 2})

    def import_list() -> None:
        day = session.exec(
            select(Morning.day).where(Morning.location_id == location.id).order_by(Morning.day.desc())  # type: ignore[attr-defined]
        ).all()[3]
        path = tmp_path / "lijst.csv"
        path.write_text(
            f"Datum;Naam moeder;Naam kind\n{day:%d-%m-%Y};Sanne;Ela\n{day:%d-%m-%Y};Bram;Noor\n",
            encoding="utf-8",
        )
        argv = ["import", str(path), "--location", location.name, "--data-dir", str(database.data_dir)]
        assert main(argv + _database_option(database)) == 0, capsys.readouterr()

    writes: list[Callable[[], None]] = [
        check_in,
        change_who_came,
        drink,
        check_out,
        undo_last,
        theme,
        close,
        erase,
        by_hand,
        import_list,
    ]
    seen = {first}
    for write in writes:
        write()
        session.commit()
        seen.add(_same_figures(database, session))
    assert len(seen) >= 6  # the writes did change the figures


def test_a_copy_to_another_database_gives_the_same_report(
    database: Database, session: Session, tmp_path: Path
) -> None:
    """``checkin move`` and a server's backup copy every table, the kept figures too."""
    from checkin.transfer import copy_between

    fill_demo(session, families=20, weeks=12, locations=1, seed=2, today=TODAY)
    session.commit()
    before = _csv(session)
    target = Database.open(tmp_path / "elders", url="sqlite://")
    try:
        copied = copy_between(database, target, target_name="elders")
        assert copied.rows["morningfigures"] == _kept(database)[0]
        with target.session() as there:
            assert _csv(there) == before
        assert _from_the_visits(target) == before
    finally:
        target.dispose()


def test_a_place_added_beside_another_keeps_figures_equal_to_its_visits(
    database: Database, session: Session, tmp_path: Path
) -> None:
    """``checkin move`` onto a database with another place's data (an append): the receiving
    side's triggers write the added mornings' figures, equal to those computed from the visits."""
    from checkin.transfer import copy_between

    fill_demo(session, families=20, weeks=12, locations=1, seed=2, today=TODAY)
    session.commit()
    target = Database.open(tmp_path / "elders", url="sqlite://")
    try:
        with target.session() as there:
            fill_demo(there, families=15, weeks=8, locations=1, seed=5, today=TODAY)
            there.exec(text("UPDATE location SET name = 'Elders'"))  # type: ignore[call-overload]
            there.commit()
            _csv(there)  # the receiving side's figures kept
        _csv(session)  # and the source's
        copied = copy_between(database, target, append=True, target_name="elders")
        assert copied.appended and "morningfigures" not in copied.rows
        with target.session() as there:
            kept = _csv(there)
        assert kept == _from_the_visits(target)
    finally:
        target.dispose()


def test_the_triggers_are_there_at_the_head(database: Database) -> None:
    """A migration that rebuilds visit, visitchild or consumption must create their triggers again."""
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        else:
            sql = "SELECT DISTINCT trigger_name FROM information_schema.triggers"
        names = {row[0] for row in connection.execute(text(sql))}
    assert names >= {
        f"figures_{table}_{event}"
        for table in ("visit", "visitchild", "consumption")
        for event in ("insert", "update", "delete")
    }
    if database.engine.dialect.name == "sqlite":  # a morning deleted with the foreign keys off
        assert "figures_morning_delete" in names
