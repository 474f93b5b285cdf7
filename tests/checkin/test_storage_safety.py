"""Storage edge cases: upgrades from every earlier revision, a full disk, the restore command's lock."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from checkin import backups, instance
from checkin.cli import main
from checkin.db import Database, alembic_config, check_file, copy_database, head_revision, known_revisions
from checkin.demo import fill_demo
from checkin.errors import Rejected

TABLES = ("location", "family", "child", "morning", "visit", "visitchild", "consumption", "activity")


def _counts(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.mark.parametrize("revision", sorted(known_revisions() - {head_revision()}))
def test_upgrade_from_each_earlier_revision_loses_no_row(data_dir: Path, revision: str) -> None:
    database = Database.open(data_dir)
    with database.session() as session:
        fill_demo(session, families=30, weeks=6, locations=1, seed=3, today=date(2026, 11, 25))
    before = _counts(database.path)
    assert before["visit"] > 0
    command.downgrade(alembic_config(database.engine), revision)
    database.dispose()
    upgraded = Database.open(data_dir)
    try:
        assert _counts(upgraded.path) == before
        assert check_file(upgraded.path) == []
        assert [b.reason for b in backups.list_backups(data_dir)] == ["voor-upgrade"]
    finally:
        upgraded.dispose()


def test_full_disk_leaves_no_partial_backup(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "stick" / "backup.sqlite"

    class FullDisk:
        def __init__(self, real: sqlite3.Connection) -> None:
            self.real = real

        def backup(self, *_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        def close(self) -> None:
            self.real.close()

    real_connect = sqlite3.connect
    monkeypatch.setattr(
        "checkin.db.sqlite3.connect",
        lambda *a, **k: FullDisk(real_connect(*a, **k)) if "mode=ro" in str(a[0]) else real_connect(*a, **k),
    )
    with pytest.raises(Rejected, match="disk is full"):
        copy_database(database.path, target)
    assert list(target.parent.iterdir()) == []


def test_restore_command_refuses_while_the_app_runs(database: Database, tmp_path: Path, capsys) -> None:
    made = backups.make_backup(database, reason="start")
    database.dispose()
    with instance.require(database.data_dir):
        code = main(["restore", str(made), "--data-dir", str(database.data_dir)])
    assert code == 2
    assert "al geopend" in capsys.readouterr().err
    assert main(["restore", str(made), "--data-dir", str(database.data_dir)]) == 0
