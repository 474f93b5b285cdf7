"""The protected commands need the coordinator PIN on the command line too."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import paths, privacy
from checkin.db import Database, copy_database
from checkin.settings import load_settings, save_settings
from tests.checkin.test_cli import _env, assert_one_dutch_line

PIN = "482913"


@pytest.fixture
def guarded(database: Database) -> Path:
    with database.session() as session:
        privacy.set_pin(session, new_pin=PIN)
    data_dir = database.data_dir
    database.dispose()
    return data_dir


def _run(*args: str | Path, data_dir: Path, pin: str | None) -> subprocess.CompletedProcess[str]:
    env = _env(data_dir)
    env.pop("CHECKIN_PIN", None)
    if pin is not None:
        env["CHECKIN_PIN"] = pin
    return subprocess.run(
        [sys.executable, "-m", "checkin", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=120,
    )


def _forget_wrong_tries(data_dir: Path) -> None:
    database = Database.open(data_dir)
    try:
        with database.session() as session:
            save_settings(session, pin_failures=0, pin_locked_until=0.0)
    finally:
        database.dispose()


def _commands(tmp_path: Path) -> dict[str, list[str | Path]]:
    return {
        "export": [
            "export",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "csv",
            "--out",
            tmp_path / "c.csv",
        ],
        "backup": ["backup", "--out", tmp_path / "b.sqlite"],
        "cards": ["cards", "--out", tmp_path / "k.pdf"],
        "encrypt": ["encrypt", "--recovery-pdf", tmp_path / "sleutel.pdf"],
        "restore": ["restore", tmp_path / "nergens.sqlite"],
    }


def test_every_protected_command_refuses_without_or_with_a_wrong_pin(guarded: Path, tmp_path: Path) -> None:
    for name, args in _commands(tmp_path).items():
        missing = _run(*args, data_dir=guarded, pin=None)
        assert missing.returncode == 2, (name, missing.stderr)
        assert_one_dutch_line(missing, "CHECKIN_PIN")
        wrong = _run(*args, data_dir=guarded, pin="000000")
        assert wrong.returncode == 2, (name, wrong.stderr)
        assert_one_dutch_line(wrong, "De pincode klopt niet")
        _forget_wrong_tries(guarded)
    assert list(tmp_path.glob("*.csv")) == list(tmp_path.glob("*.pdf")) == []
    assert not (tmp_path / "b.sqlite").exists()
    right = _run(*_commands(tmp_path)["backup"], data_dir=guarded, pin=PIN)
    assert right.returncode == 0, right.stderr
    assert (tmp_path / "b.sqlite").exists()


def test_wrong_pins_on_the_command_line_make_the_same_wait(guarded: Path, tmp_path: Path) -> None:
    args = _commands(tmp_path)["cards"]
    for _ in range(privacy.FREE_TRIES):
        assert _run(*args, data_dir=guarded, pin="000000").returncode == 2
    waiting = _run(*args, data_dir=guarded, pin=PIN)
    assert waiting.returncode == 2
    assert_one_dutch_line(waiting, "Te veel verkeerde pincodes")


def test_the_pin_is_asked_on_the_terminal(guarded: Path, tmp_path: Path) -> None:
    main, secondary = pty.openpty()
    out = tmp_path / "kopie.sqlite"
    env = _env(guarded)
    env.pop("CHECKIN_PIN", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "checkin", "backup", "--out", str(out)],
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # no controlling terminal: getpass reads the terminal on stdin
    )
    os.close(secondary)
    assert process.stderr is not None
    prompt = b""
    while b"Pincode" not in prompt:  # the prompt comes once echo is off and input flushed
        chunk = os.read(process.stderr.fileno(), 100)
        assert chunk, prompt
        prompt += chunk
    os.write(main, f"{PIN}\n".encode())  # typed on the terminal; read there by getpass
    try:
        _stdout, rest = process.communicate(timeout=60)
    finally:
        process.kill()
        os.close(main)
    assert process.returncode == 0, rest
    assert PIN.encode() not in prompt + rest
    assert out.exists()


def test_a_restore_keeps_the_current_pin(guarded: Path, tmp_path: Path) -> None:
    old = tmp_path / "oud"
    Database.open(old).dispose()  # a backup from before any PIN
    backup = tmp_path / "oud.sqlite"
    copy_database(paths.database_path(old), backup)
    restored = _run("restore", backup, data_dir=guarded, pin=PIN)
    assert restored.returncode == 0, restored.stderr
    database = Database.open(guarded)
    try:
        with database.session() as session:
            assert load_settings(session).coordinator_pin
            assert privacy.check_pin(session, pin=PIN)
    finally:
        database.dispose()
