"""packaging/server/setup.sql on the throwaway server: the coordinator makes the tables, desks only write rows."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import psycopg
import pytest
from sqlmodel import select

from checkin.db import SCHEMA_REVISION, Database, current_revision
from checkin.errors import Rejected
from checkin.models import Visit
from checkin.services import mornings, visits
from checkin.services.lists import ensure_default_lists
from tests.helpers.factories import make_family, make_location
from tests.helpers.pg_server import Server

SETUP = Path(__file__).resolve().parents[2] / "packaging" / "server" / "setup.sql"


@pytest.fixture
def set_up(pg_server_running: Server) -> Iterator[Server]:
    """The server after the documented script (psql as the superuser), removed again afterwards."""
    subprocess.run(
        [
            str(pg_server_running.bin_dir / "psql"),
            "-X",
            "-q",
            "-h",
            str(pg_server_running.socket_dir),
            "-U",
            pg_server_running.user,
            "-d",
            "postgres",
            "-v",
            "desk_password=balie-wachtwoord",
            "-v",
            "coordinator_password=coordinator-wachtwoord",
            "-f",
            str(SETUP),
        ],
        check=True,
        capture_output=True,
    )
    yield pg_server_running
    pg_server_running.admin("DROP DATABASE IF EXISTS checkin WITH (FORCE)")
    pg_server_running.admin("DROP ROLE IF EXISTS checkin_desk")
    pg_server_running.admin("DROP OWNED BY checkin_coordinator")
    pg_server_running.admin("DROP ROLE IF EXISTS checkin_coordinator")


def _url(server: Server, role: str) -> str:
    return f"postgresql+psycopg://{role}@/checkin?host={server.socket_dir}"


def test_a_desk_cannot_make_the_tables_before_the_coordinator_did(set_up: Server, data_dir: Path) -> None:
    with pytest.raises(Rejected) as info:
        Database.open(data_dir, url=_url(set_up, "checkin_desk"))
    assert "als coördinator" in info.value.message


def test_the_coordinator_makes_the_tables_and_a_desk_checks_in_but_cannot_change_them(
    set_up: Server, data_dir: Path
) -> None:
    coordinator = Database.open(data_dir, url=_url(set_up, "checkin_coordinator"))
    assert current_revision(coordinator.engine) == SCHEMA_REVISION
    with coordinator.session() as session:
        ensure_default_lists(session)
        location = make_location(session)
        family = make_family(session)
        morning = mornings.start_morning(session, location_id=location.id or 0, day=date(2026, 3, 3))
        location_id, family_id, morning_id = location.id, family.id, morning.id
    coordinator.dispose()

    desk = Database.open(data_dir, url=_url(set_up, "checkin_desk"))  # at the head: nothing to create
    try:
        with desk.session() as session:
            visits.check_in(
                session,
                morning_id=morning_id or 0,
                family_id=family_id or 0,
                now=datetime.combine(date(2026, 3, 3), time(9, 40)),
            )
        with desk.session() as session:
            assert len(session.exec(select(Visit)).all()) == 1
    finally:
        desk.dispose()
    assert location_id is not None

    desk_connection = psycopg.connect(host=str(set_up.socket_dir), user="checkin_desk", dbname="checkin")
    with desk_connection:
        for statement in (
            "DROP TABLE visit",
            "ALTER TABLE family ADD COLUMN surname text",
            "CREATE TABLE extra (id int)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                desk_connection.execute(statement)  # type: ignore[arg-type]
            desk_connection.rollback()
