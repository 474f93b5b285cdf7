"""The first export over years on a server stays within the app's statement timeout.

The kept figures of the mornings that have none are filled first, a batch of mornings per
statement, each committed (``checkin.services.kept_figures.fill``); the export then reads a row
per morning. Here on the throwaway server with a statement timeout of 50 ms, over
data for which one statement computing every morning from its visits is cancelled by it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from benchmarks._data import build_places, copy_to_server
from checkin import engines
from checkin.cli import main
from checkin.db import Database
from checkin.services import kept_figures
from checkin.stats import counting
from checkin.stats.exports import render
from checkin.stats.measures import build_report

START, END = date(2016, 1, 1), date(2019, 12, 31)
SHORT = "50ms"


def _report_csv(data_dir: Path, url: str) -> bytes:
    database = Database.open(data_dir, url=url)
    try:
        with database.session() as session:
            return render(build_report(session, start=START, end=END, by="year", k=3), "csv", "nl")
    finally:
        database.dispose()


def _kept(url: str, data_dir: Path) -> tuple[int, int]:
    database = Database.open(data_dir, url=url)
    try:
        with database.engine.connect() as connection:
            mornings = connection.execute(text("SELECT count(*) FROM morning")).scalar_one()
            kept = connection.execute(
                text("SELECT count(*) FROM morningfigures WHERE kept_version = version")
            ).scalar_one()
    finally:
        database.dispose()
    return mornings, kept


def test_a_first_export_over_years_stays_within_a_short_statement_timeout(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3 places x 4 years of weekly mornings x 150 visits (93,600 visits, a child each), the
    # benchmark's builder, copied onto the server with COPY: no morning has kept figures yet.
    built = build_places(tmp_path / "built", places=3, years=4, per_morning=150)
    copy_to_server(built, pg_url)
    folder = tmp_path / "folder"
    folder.mkdir()
    assert _kept(pg_url, folder) == (624, 0)

    # The figures computed from the visits only: no kept row is read or written, no timeout.
    monkeypatch.setitem(engines.SERVER_SETTINGS, "statement_timeout", "0")
    with monkeypatch.context() as no_writing:
        no_writing.setattr(kept_figures, "may_write_beside", lambda connection: False)
        expected = _report_csv(folder, pg_url)
        assert _kept(pg_url, folder) == (624, 0)

        # With the short timeout, that one statement over every morning's visits is cancelled:
        # the data is large enough for the test to mean something.
        monkeypatch.setitem(engines.SERVER_SETTINGS, "statement_timeout", SHORT)
        with pytest.raises(OperationalError) as cancelled:
            _report_csv(folder, pg_url)
        assert engines.cancelled(cancelled.value)

    # The export through the command line, with the same timeout: the mornings filled five at a
    # time (a statement over 750 visits), then one pass over the kept rows.
    monkeypatch.setattr(kept_figures, "FILL_BATCH", 5)
    out = tmp_path / "cijfers.csv"
    export = ["--data-dir", str(folder), "--database", pg_url, "export"]
    export += ["--from", START.isoformat(), "--to", END.isoformat(), "--by", "year"]
    export += ["--min-count", "3", "--format", "csv", "--out", str(out)]
    assert main(export) == 0
    assert out.read_bytes() == expected
    assert _kept(pg_url, folder) == (624, 624)

    # The next export reads what the first one kept (nothing left to fill), with the same figures.
    out.unlink()
    assert main(export) == 0
    assert out.read_bytes() == expected


def test_a_report_fills_in_batches_and_counts_what_it_filled(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = build_places(tmp_path / "built", places=2, years=1, per_morning=20)
    copy_to_server(built, pg_url)
    monkeypatch.setattr(kept_figures, "FILL_BATCH", 7)
    database = Database.open(tmp_path / "folder", url=pg_url)
    statements: list[str] = []
    try:
        from sqlalchemy import event

        def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
            if "INSERT INTO morningfigures" in statement:
                statements.append(statement)

        event.listen(database.engine, "before_cursor_execute", record)
        with database.engine.connect() as connection:
            where, params = counting.RANGE_WHERE, {"start": "2016-01-01", "end": "2016-12-31"}
            assert kept_figures.fill(connection, where, params) == 104
            assert kept_figures.fill(connection, where, params) == 0  # all kept now
        event.remove(database.engine, "before_cursor_execute", record)
    finally:
        database.dispose()
    assert len(statements) == 15  # 104 mornings, 7 a batch
