"""No output over the data: every --out and every file the window saves is refused on the
database, its WAL/SHM or the backups; copies a killed backup left behind are removed."""

from __future__ import annotations

import hashlib
import os
import signal
from pathlib import Path

import pytest

from checkin import paths
from checkin.db import Database, copy_database
from checkin.errors import Rejected
from checkin.files import DATABASE_TEMP_PREFIX, write_atomic
from tests.checkin.test_cli import assert_one_dutch_line, demo_folder, run  # noqa: F401 - the fixture

REFUSED = "is een bestand van de gegevens zelf"


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "checkin.lock"
    }


def _targets(folder: Path) -> list[Path]:
    db = paths.database_path(folder)
    return [
        db,
        Path(f"{db}-wal"),
        Path(f"{db}-shm"),
        paths.backup_dir(folder) / "kopie.sqlite",
        folder / "." / "backups" / ".." / "checkin.sqlite",
    ]


COMMANDS = {
    "export": ["export", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv"],
    "backup": ["backup"],
    "flyer": ["flyer", "--month", "2026-03"],
    "cards": ["cards"],
    "merge": ["merge", "some.json", "--format", "csv"],
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_every_out_onto_the_data_is_refused(demo_folder: Path, command: list[str]) -> None:  # noqa: F811
    before = _hashes(demo_folder)
    for target in _targets(demo_folder):
        result = run(*command, "--out", target, data_dir=demo_folder)
        assert result.returncode == 2, (target, result.stderr)
        assert_one_dutch_line(result, REFUSED)
    assert _hashes(demo_folder) == before


def test_a_link_to_the_database_is_refused_too(demo_folder: Path, tmp_path: Path) -> None:  # noqa: F811
    link = tmp_path / "gewoon-een-bestand.csv"
    os.link(paths.database_path(demo_folder), link)
    before = _hashes(demo_folder)
    result = run(*COMMANDS["export"], "--out", link, data_dir=demo_folder)
    assert result.returncode == 2
    assert_one_dutch_line(result, REFUSED)
    assert _hashes(demo_folder) == before


def test_the_window_cannot_save_over_the_data(database: Database, tmp_path: Path) -> None:
    from ui.operations import Operations, storage

    operations = Operations(database=database)
    database.checkpoint()
    before = _hashes(database.data_dir)
    for target in _targets(database.data_dir):
        with pytest.raises(Rejected) as refused:
            storage.save_file(target, b"%PDF-1.7 flyer")
        assert REFUSED in refused.value.message
        with pytest.raises(Rejected):
            write_atomic(target, b"a;b\n1;2\n")  # the figures window saves through it
        with pytest.raises(Rejected):
            storage.export_backup(operations, target=target)
    assert _hashes(database.data_dir) == before
    storage.save_file(tmp_path / "flyer.pdf", b"%PDF-1.7 flyer")  # anywhere else: fine
    assert (tmp_path / "flyer.pdf").read_bytes() == b"%PDF-1.7 flyer"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the killed copy is a forked child")
def test_a_killed_backup_leaves_a_named_partial_that_the_next_backup_removes(
    database: Database, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child: killed in the middle of the copy
        import sqlite3

        real_backup = sqlite3.Connection.backup

        class Killing(sqlite3.Connection):
            def backup(self, target, **kwargs):  # type: ignore[no-untyped-def, override]
                real_backup(self, target, pages=1)
                os.kill(os.getpid(), signal.SIGKILL)

        import checkin.crypto

        real_connect = sqlite3.connect
        checkin.crypto.sqlite3.connect = lambda *a, **k: real_connect(*a, factory=Killing, **k)  # type: ignore[assignment]
        try:
            copy_database(database.path, stick / "backup.sqlite")
        finally:
            os._exit(3)
    _pid, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)
    leftovers = list(stick.iterdir())
    assert len(leftovers) == 1 and leftovers[0].name.startswith(DATABASE_TEMP_PREFIX)
    database.backup(target=stick / "backup.sqlite")
    assert [p.name for p in stick.iterdir()] == ["backup.sqlite"]
