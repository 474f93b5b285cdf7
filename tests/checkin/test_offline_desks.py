"""Two desks at one door, the server away for 30 seconds (issue 14, item 3, the required test).

Two desk processes (``tests.helpers.desk_worker journal``) on one real PostgreSQL server, 200
check-ins each, 100 of the families at both desks (each desk with another child of the family),
with drinks, anonymous drinks and check-outs; the server is stopped (``pg_ctl stop -m fast``) in
the middle for 30 s and started again. Afterwards every action a desk acknowledged is on the
server exactly once, nothing is left in the journals, and the figures (``build_report``) equal
those of the same actions applied on one SQLite desk. Its own server, so stopping it disturbs no
other test. About a minute; it runs in CI like every test (marked slow).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from checkin import journal
from checkin.db import Database
from checkin.models import Consumption, Family, JournalApplied, Visit, VisitChild
from checkin.services.families import ChildInput, children_of
from checkin.services.lists import ensure_default_lists
from checkin.stats.measures import build_report
from tests.helpers import pg_server
from tests.helpers.factories import WEDNESDAY, make_family, make_location, make_morning

FAMILIES = 300
PER_DESK = 200
OUTAGE_SECONDS = 30
PACE = 0.25


def _fill(database: Database) -> tuple[int, int, list[tuple[int, int, int]]]:
    """The place, its morning and the families with their two children, the same on every database."""
    with database.session() as session:
        ensure_default_lists(session)
        location = make_location(session)
        morning = make_morning(session, location)
        rows = []
        for n in range(FAMILIES):
            family = make_family(
                session,
                name=f"Gezin {n}",
                children=(
                    ChildInput(birth_year=2023, birth_month=1 + n % 12, nickname=f"A{n}"),
                    ChildInput(birth_year=2025, birth_month=1 + n % 9, nickname=f"B{n}"),
                ),
            )
            first, second = (c.id or 0 for c in children_of(session, family.id or 0))
            rows.append((family.id or 0, first, second))
    assert location.id is not None and morning.id is not None
    return location.id, morning.id, rows


def _wait_until(predicate: Callable[[], bool], workers: list[subprocess.Popen[str]]) -> None:
    """Wait until ``predicate`` holds or a worker has ended (its exit status is checked after)."""
    while not predicate() and all(worker.poll() is None for worker in workers):
        time.sleep(0.1)


def _progress(log: Path) -> int:
    try:
        return int(Path(f"{log}.progress").read_text() or 0)
    except (OSError, ValueError):
        return 0


def _entries(log: Path) -> list[journal.Entry]:
    return [
        journal.Entry(
            id=line["id"],
            kind=line["kind"],
            data=line["data"],
            created_at=datetime.fromisoformat(line["at"]),
            offline=True,
        )
        for line in map(json.loads, log.read_text(encoding="utf-8").splitlines())
    ]


def _state(session: Session, morning_id: int) -> tuple[object, ...]:
    visits = sorted(
        (v.family_id, v.arrived_at, v.left_at, v.mothers, v.fathers)
        for v in session.exec(select(Visit).where(Visit.morning_id == morning_id))
    )
    children = sorted(
        (visit.family_id, child)
        for visit, child in session.exec(
            select(Visit, VisitChild.child_id).join(VisitChild, VisitChild.visit_id == Visit.id)  # type: ignore[arg-type]
        )
    )
    drinks = sorted(
        (c.kind, c.payment, c.quantity, c.visit_id is None)
        for c in session.exec(select(Consumption).where(Consumption.morning_id == morning_id))
    )
    families = session.exec(select(func.count()).select_from(Family)).one()
    return visits, children, drinks, families


@pytest.mark.slow
def test_two_desks_keep_working_through_a_server_outage_and_lose_nothing(tmp_path: Path) -> None:
    reason = pg_server.missing_reason()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must test PostgreSQL too: {reason}")
        pytest.skip(reason)
    with pg_server.running_server() as server:
        server.admin("CREATE DATABASE checkin_door")
        url = server.url("checkin_door")
        (tmp_path / "coordinator").mkdir()
        database = Database.open(tmp_path / "coordinator", url=url)
        reference = Database.open(tmp_path / "one-desk")
        try:
            location_id, morning_id, families = _fill(database)
            assert _fill(reference) == (location_id, morning_id, families)
            plans = {
                "desk-a": ("mothers", [f"{f}:{a}" for f, a, _b in families[:PER_DESK]]),
                "desk-b": ("fathers", [f"{f}:{b}" for f, _a, b in families[FAMILIES - PER_DESK :]]),
            }
            logs = {name: tmp_path / f"{name}.jsonl" for name in plans}
            root = Path(__file__).resolve().parents[2]
            workers = []
            for name, (role, pairs) in plans.items():
                (tmp_path / name).mkdir()
                workers.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "tests.helpers.desk_worker",
                            "journal",
                            str(tmp_path / name),
                            url,
                            str(morning_id),
                            str(logs[name]),
                            str(PACE),
                            role,
                            *pairs,
                        ],
                        cwd=root,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                        text=True,
                        env={**os.environ},
                    )
                )
            try:
                _wait_until(lambda: min(_progress(log) for log in logs.values()) >= 40, workers)
                database.engine.dispose()
                server.stop()
                stopped_at = {name: _progress(log) for name, log in logs.items()}
                time.sleep(OUTAGE_SECONDS)
                during = {name: _progress(log) - stopped_at[name] for name, log in logs.items()}
                server.start()
                outputs = [worker.communicate(timeout=300) for worker in workers]
            finally:
                for worker in workers:
                    if worker.poll() is None:
                        worker.kill()
                        worker.wait()
            assert all(worker.returncode == 0 for worker in workers), [err for _out, err in outputs]
            summaries = [json.loads(out.strip().splitlines()[-1]) for out, _err in outputs]
            assert min(during.values()) > 20, during  # the desks went on meanwhile
            for summary in summaries:
                assert set(summary["journal"]) <= {journal.APPLIED}, summary  # nothing left, nothing refused
                assert summary["journal"].get(journal.APPLIED, 0) > 20, summary  # real offline work

            acknowledged = [item for name in plans for item in _entries(logs[name])]
            assert len(acknowledged) == sum(s["acknowledged"] for s in summaries)
            with database.session() as session:
                applied = {
                    row.entry_id: json.loads(row.result) for row in session.exec(select(JournalApplied))
                }
                server_state = _state(session, morning_id)
                server_report = build_report(session, start=WEDNESDAY, end=WEDNESDAY, location_id=location_id)
            # every acknowledged action once on the server, none refused, nothing else
            assert set(applied) == {item.id for item in acknowledged}
            assert not [result for result in applied.values() if "refused" in result]

            with reference.session() as session:
                for item in acknowledged:
                    done = journal.apply(session, item, desk="one-desk")
                    assert done.refused is None, (item, done)
                reference_state = _state(session, morning_id)
                reference_report = build_report(
                    session, start=WEDNESDAY, end=WEDNESDAY, location_id=location_id
                )
            assert server_state == reference_state
            assert server_report == reference_report
            visits, children = server_state[0], server_state[1]
            assert isinstance(visits, list) and isinstance(children, list)
            assert len(visits) == FAMILIES  # one visit per family, the shared ones merged
            per_family: dict[int, int] = {}
            for family_id, _child in children:
                per_family[family_id] = per_family.get(family_id, 0) + 1
            assert any(n == 2 for n in per_family.values())  # merged: a child from each desk
        finally:
            database.dispose()
            reference.dispose()
