"""The migration kill test: an upgrade killed at any moment leaves the old or the new revision.

For each upgrade path (every earlier revision to the head) a worker forks and SIGKILLs the
upgrade at random moments (tests/helpers/upgrade_kill.py). Every killed folder must hold a sound
database at the old or the new revision, with no half-done batch table, that ``check`` passes,
that opens again (upgrading if needed) and that still has every row.

``CHECKIN_CRASH_TRIALS`` sets the kills per path (20 by default; ``make crash`` runs 200).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from checkin import paths
from checkin.db import SCHEMA_REVISION, Database, alembic_config, check_file, head_revision, known_revisions
from checkin.demo import fill_demo
from tests.helpers.dbdump import counts

TRIALS = int(os.environ.get("CHECKIN_CRASH_TRIALS", "20"))


def _data_counts(db_path: Path) -> dict[str, int]:
    """Rows per table, without the kept figures (0009: derived, made again by the first report)."""
    found = counts(db_path)
    found.pop("morningfigures", None)
    return found


def _state(db_path: Path) -> tuple[str, set[str]]:
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return revision, tables


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks")
@pytest.mark.parametrize("revision", sorted(known_revisions() - {head_revision()}))
def test_a_killed_upgrade_leaves_the_old_or_the_new_revision(tmp_path: Path, revision: str) -> None:
    source = tmp_path / "source"
    database = Database.open(source)
    with database.session() as session:
        fill_demo(session, families=30, weeks=6, locations=1, seed=3, today=date(2026, 11, 25))
    before = _data_counts(database.path)
    command.downgrade(alembic_config(database.engine), revision)
    database.checkpoint()
    database.dispose()
    work = tmp_path / "work"
    work.mkdir()
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, "-m", "tests.helpers.upgrade_kill", str(source), str(work), str(TRIALS), revision],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    seen = set()
    for n in range(TRIALS):
        data_dir = work / f"trial-{n}"
        db_path = paths.database_path(data_dir)
        assert check_file(db_path) == [], f"trial {n}"
        found, tables = _state(db_path)
        assert found in {revision, SCHEMA_REVISION}, f"trial {n}"
        assert not {t for t in tables if t.startswith("_alembic_tmp")}, f"trial {n}"
        seen.add(found)
        reopened = Database.open(data_dir)
        reopened.dispose()
        assert _state(db_path)[0] == SCHEMA_REVISION
        assert _data_counts(db_path) == before, f"trial {n}"
        assert check_file(db_path) == []
    assert revision in seen  # the kills did land during the upgrade


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_recognises_an_upgrade_left_half_done_by_an_older_app(database: Database) -> None:
    """What an upgrade of an older app version could leave: the batch copy of a table."""
    database.checkpoint()
    database.dispose()
    with contextlib.closing(sqlite3.connect(database.path)) as conn:
        conn.execute("CREATE TABLE _alembic_tmp_visit (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _sha256(database.path)
    problems = check_file(database.path)
    assert problems == [
        "Een eerdere upgrade van de database is halverwege afgebroken; zet de backup van voor de upgrade terug."
    ]
    assert _sha256(database.path) == before


def test_backups_before_an_upgrade_are_thinned_among_themselves(database: Database) -> None:
    from datetime import datetime, timedelta

    from checkin import backups

    now = datetime(2026, 11, 25, 12, 0)
    folder = paths.backup_dir(database.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for minute in range(25):  # a start that failed 25 times, 40 days ago
        stamp = (now - timedelta(days=40, minutes=minute)).strftime("%Y%m%d-%H%M%S-%f")
        (folder / f"checkin-{stamp}-voor-upgrade.sqlite").write_bytes(b"x")
    restored = (
        folder / f"checkin-{(now - timedelta(days=400)).strftime('%Y%m%d-%H%M%S-%f')}-voor-terugzetten.sqlite"
    )
    restored.write_bytes(b"x")
    backups.thin(database.data_dir, now=now)
    kept = [b.reason for b in backups.list_backups(database.data_dir)]
    assert kept.count("voor-upgrade") == 10
    assert restored.exists()
