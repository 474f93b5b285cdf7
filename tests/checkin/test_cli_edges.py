"""Command-line edges: every failure on bad input is exit 2 and one Dutch line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.checkin.test_cli import assert_one_dutch_line, demo_folder, run  # noqa: F401 - the fixture

LONG = "a" * 300


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (
            [
                "export",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                "--format",
                "csv",
                "--out",
                f"{LONG}.csv",
            ],
            "te lang",
        ),
        (["cards", "--out", f"{LONG}/x.pdf"], "te lang"),
        (["backup", "--out", LONG], "te lang"),
        (["flyer", "--activity", "99999999999999999999999", "--out", "x.pdf"], "geen positief geheel getal"),
        (
            [
                "export",
                "--from",
                "9999-12-31",
                "--to",
                "9999-12-31",
                "--by",
                "year",
                "--format",
                "json",
                "--out",
                "x.json",
            ],
            "ligt niet tussen",
        ),
        (
            [
                "export",
                "--from",
                "0001-01-01",
                "--to",
                "0001-12-31",
                "--by",
                "month",
                "--format",
                "json",
                "--out",
                "x.json",
            ],
            "ligt niet tussen",
        ),
    ],
    ids=["long file name", "long folder name", "long backup name", "huge id", "year 9999", "year 1"],
)
def test_bad_input_is_exit_2_and_one_dutch_line(
    demo_folder: Path,  # noqa: F811
    tmp_path: Path,
    args: list[str],
    phrase: str,
) -> None:
    args = [str(tmp_path / a) if a.startswith(("a" * 10, "x.")) else a for a in args]
    result = run(*args, data_dir=demo_folder)
    assert result.returncode == 2, result.stderr
    assert_one_dutch_line(result, phrase)
