"""The real entry point in subprocesses: exit codes, Dutch messages, no tracebacks."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import paths
from checkin.db import copy_database
from tests.helpers.dbdump import dump

ENGLISH = ("usage:", "error:", "Traceback", "show this help", "options:", "positional arguments", "required")


def _env(data_dir: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != paths.ENV_DATA_DIR}
    if data_dir is not None:
        env[paths.ENV_DATA_DIR] = str(data_dir)
    env["PYTHONWARNINGS"] = "error"
    return env


def start(*args: str | Path, data_dir: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "checkin", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(data_dir),
    )


def finish(process: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    stdout, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def run(*args: str | Path, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    return finish(start(*args, data_dir=data_dir))


def assert_one_dutch_line(result: subprocess.CompletedProcess[str], *phrases: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in ENGLISH:
        assert word not in result.stderr
    for phrase in phrases:
        assert phrase in lines[0], lines[0]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder filled by `checkin demo` (small, for speed)."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    result = run("demo", "--families", "15", "--weeks", "6", "--seed", "3", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Demogegevens gemaakt: " in result.stdout and ", 15 gezinnen, 6 ochtenden, " in result.stdout
    return folder


def test_demo_check_backup_restore_into_an_empty_folder_and_check_there(
    demo_folder: Path, tmp_path: Path
) -> None:
    checked = run("check", data_dir=demo_folder)
    assert checked.returncode == 0, checked.stderr
    assert "De database is in orde" in checked.stdout

    copy = tmp_path / "kopie.sqlite"
    backup = run("backup", "--out", copy, data_dir=demo_folder)
    assert backup.returncode == 0, backup.stderr
    assert "Backup gemaakt" in backup.stdout
    assert dump(copy) == dump(paths.database_path(demo_folder))

    empty = tmp_path / "leeg"
    restored = run("restore", copy, "--data-dir", empty)
    assert restored.returncode == 0, restored.stderr
    assert "Backup teruggezet" in restored.stdout
    assert "vorige database" not in restored.stdout  # there was none

    there = run("check", "--data-dir", empty)
    assert there.returncode == 0, there.stderr
    assert dump(paths.database_path(empty)) == dump(copy)


def test_restore_over_a_database_keeps_the_old_one(demo_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    assert run("demo", "--families", "3", "--weeks", "2", "--seed", "9", data_dir=target).returncode == 0
    old = dump(paths.database_path(target))
    copy = tmp_path / "kopie.sqlite"
    copy_database(paths.database_path(demo_folder), copy)
    restored = run("restore", copy, data_dir=target)
    assert restored.returncode == 0, restored.stderr
    assert "De vorige database is bewaard als" in restored.stdout
    (kept,) = paths.backup_dir(target).iterdir()
    assert dump(kept) == old
    assert dump(paths.database_path(target)) == dump(copy)


def test_demo_refuses_a_folder_with_data(demo_folder: Path) -> None:
    before = dump(paths.database_path(demo_folder))
    result = run("demo", data_dir=demo_folder)
    assert result.returncode == 2
    assert_one_dutch_line(result, "bevat al gegevens")
    assert result.stdout == ""
    assert dump(paths.database_path(demo_folder)) == before


WRONG_ARGUMENTS = {
    "weeks not a number": (["demo", "--weeks", "x"], "'x' is geen positief geheel getal"),
    "zero families": (["demo", "--families", "0"], "'0' is geen positief geheel getal"),
    "too many locations": (["demo", "--locations", "9"], "Kies 1 tot en met 4 locaties"),
    "unknown subcommand": (["frobnicate"], "ongeldige keuze: 'frobnicate'"),
    "backup without --out": (["backup"], "deze argumenten ontbreken: --out"),
    "restore without a file": (["restore"], "deze argumenten ontbreken"),
    "unknown option": (["check", "--verbose"], "onbekende argumenten: --verbose"),
}


@pytest.fixture(scope="module")
def quick_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[Path, subprocess.CompletedProcess[str]]]:
    """The commands that need no prepared data, started side by side to keep the suite fast."""
    root = tmp_path_factory.mktemp("quick")
    blocker = root / "afile"
    blocker.write_text("x")
    cases: dict[str, tuple[list[str | Path], Path]] = {
        name: (list(args), root / name.replace(" ", "-") / "data")
        for name, (args, _) in WRONG_ARGUMENTS.items()
    }
    cases["check without a database"] = (["check"], root / "nergens")
    cases["data folder below a file"] = (["demo", "--families", "2", "--weeks", "1"], blocker / "data")
    cases["help"] = (["--help"], root / "help")
    cases["demo help"] = (["demo", "--help"], root / "help")
    cases["version"] = (["--version"], root / "help")
    started = {name: (folder, start(*args, data_dir=folder)) for name, (args, folder) in cases.items()}
    return {name: (folder, finish(process)) for name, (folder, process) in started.items()}


@pytest.mark.parametrize("case", WRONG_ARGUMENTS)
def test_wrong_arguments_exit_2_with_one_dutch_line(
    quick_runs: dict[str, tuple[Path, subprocess.CompletedProcess[str]]], case: str
) -> None:
    folder, result = quick_runs[case]
    assert result.returncode == 2
    assert_one_dutch_line(result, WRONG_ARGUMENTS[case][1])
    assert result.stdout == ""
    assert not folder.exists()  # a refused command creates no database


def test_check_without_a_database(
    quick_runs: dict[str, tuple[Path, subprocess.CompletedProcess[str]]],
) -> None:
    folder, result = quick_runs["check without a database"]
    assert result.returncode == 1
    assert_one_dutch_line(result, "Er is geen database op")
    assert not folder.exists()


def _damage(db_path: Path) -> None:
    """Overwrite the middle of the file with noise, as a failing disk would."""
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = bytes((i * 7919) % 251 for i in range(3 * 4096))
    db_path.write_bytes(bytes(data))


def test_check_on_a_damaged_database_says_so(demo_folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.sqlite"
    copy_database(paths.database_path(demo_folder), copy)
    damaged = tmp_path / "beschadigd"
    damaged.mkdir()
    db_path = paths.database_path(damaged)
    db_path.write_bytes(copy.read_bytes())
    _damage(db_path)
    before = db_path.read_bytes()
    result = run("check", data_dir=damaged)
    assert result.returncode == 1
    assert_one_dutch_line(result, "De database is beschadigd")
    assert db_path.read_bytes() == before


def test_check_on_a_foreign_file(tmp_path: Path) -> None:
    folder = tmp_path / "vreemd"
    folder.mkdir()
    with sqlite3.connect(paths.database_path(folder)) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    result = run("check", data_dir=folder)
    assert result.returncode == 1
    assert_one_dutch_line(result, "geen database van deze app")

    (folder / "checkin.sqlite").write_text("Dit is een boodschappenlijstje.\n")
    result = run("check", data_dir=folder)
    assert result.returncode == 1
    assert_one_dutch_line(result, "geen database van deze app")


def test_restore_of_a_non_database_changes_nothing(demo_folder: Path, tmp_path: Path) -> None:
    before = dump(paths.database_path(demo_folder))
    text = tmp_path / "notities.txt"
    text.write_text("geen database\n")
    result = run("restore", text, data_dir=demo_folder)
    assert result.returncode == 2
    assert_one_dutch_line(result, "kan niet worden teruggezet")
    missing = run("restore", tmp_path / "bestaat-niet.sqlite", data_dir=demo_folder)
    assert missing.returncode == 2
    assert_one_dutch_line(missing, "bestaat niet")
    assert dump(paths.database_path(demo_folder)) == before
    assert not paths.backup_dir(demo_folder).exists()


def test_backup_refusals(demo_folder: Path, tmp_path: Path) -> None:
    into_a_folder = run("backup", "--out", tmp_path, data_dir=demo_folder)
    assert into_a_folder.returncode == 2
    assert_one_dutch_line(into_a_folder, "is een map")
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    below_a_file = run("backup", "--out", blocker / "kopie.sqlite", data_dir=demo_folder)
    assert below_a_file.returncode == 2
    assert_one_dutch_line(below_a_file, "Kan niet schrijven naar")
    no_database = run("backup", "--out", tmp_path / "k.sqlite", data_dir=tmp_path / "leeg")
    assert no_database.returncode == 2
    assert_one_dutch_line(no_database, "Er is geen backup gemaakt")


def test_a_data_folder_below_a_file(
    quick_runs: dict[str, tuple[Path, subprocess.CompletedProcess[str]]],
) -> None:
    _folder, result = quick_runs["data folder below a file"]
    assert result.returncode == 2
    assert_one_dutch_line(result, "kan niet worden beschreven")


def test_help_is_dutch(quick_runs: dict[str, tuple[Path, subprocess.CompletedProcess[str]]]) -> None:
    _folder, result = quick_runs["help"]
    assert result.returncode == 0
    assert result.stdout.startswith("gebruik: checkin")
    for word in ("opties:", "toon deze hulp en stop", "demo", "check", "backup", "restore", "--data-dir"):
        assert word in result.stdout
    for word in ENGLISH:
        assert word not in result.stdout
    assert "show program" not in result.stdout
    _folder, sub = quick_runs["demo help"]
    assert sub.returncode == 0
    assert "aantal gezinnen" in sub.stdout and "usage" not in sub.stdout


def test_version(quick_runs: dict[str, tuple[Path, subprocess.CompletedProcess[str]]]) -> None:
    _folder, result = quick_runs["version"]
    assert result.returncode == 0
    assert result.stdout.strip().startswith("checkin ")


def test_the_command_line_does_not_load_qt(demo_folder: Path) -> None:
    code = (
        "import json, sys\n"
        "from checkin.cli import main\n"
        f"status = main(['check', '--data-dir', {str(demo_folder)!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(json.dumps({'status': status, 'loaded': loaded}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"status": 0, "loaded": []}


def test_data_dir_before_or_after_the_subcommand(demo_folder: Path, tmp_path: Path) -> None:
    before = run("--data-dir", demo_folder, "check")
    after = run("check", "--data-dir", demo_folder, data_dir=tmp_path / "env-map")
    for result in (before, after):
        assert result.returncode == 0, result.stderr
        assert str(paths.database_path(demo_folder)) in result.stdout
    assert not (tmp_path / "env-map").exists()  # the flag wins over CHECKIN_DATA_DIR


def test_restore_over_a_damaged_database(demo_folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.sqlite"
    copy_database(paths.database_path(demo_folder), copy)
    broken = tmp_path / "kapot"
    broken.mkdir()
    paths.database_path(broken).write_text("kapot\n")
    restored = run("restore", copy, data_dir=broken)
    assert restored.returncode == 0, restored.stderr
    assert "De vorige database is bewaard als" in restored.stdout
    (kept,) = paths.backup_dir(broken).iterdir()
    assert kept.read_text() == "kapot\n"
    assert run("check", data_dir=broken).returncode == 0


def test_a_named_subcommand_loads_only_its_module_and_the_table_names_every_subcommand() -> None:
    """``checkin export ...`` builds the parser of its own module only (a faster start); the table
    of subcommands and modules holds every subcommand the modules register."""
    from checkin import cli

    full = cli.build_parser()
    commands = next(a for a in full._actions if a.dest == "command")
    assert set(commands.choices) == set(cli.COMMANDS)  # type: ignore[arg-type]
    assert cli.command_named(["--data-dir", "export", "export", "--from", "x"]) == "export"
    assert cli.command_named(["--database=postgresql://x/y", "merge", "a.json"]) == "merge"
    assert cli.command_named(["--help", "export"]) is None
    assert cli.command_named(["onbekend"]) is None
    code = (
        "import sys; from checkin import cli; cli.build_parser('export'); "
        "print(sorted(m for m in sys.modules if m.startswith(('checkin.demo', 'checkin.imports'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
