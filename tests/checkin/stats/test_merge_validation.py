"""The merge reader checks every count: an integer, 0 <= n < 10^9, no exact value below k."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from checkin.errors import Rejected
from checkin.stats.json_export import load_export
from tests.checkin.test_cli import assert_one_dutch_line, run


def _document(value: Any, *, status: str = "exact", k: int = 5) -> dict[str, Any]:
    return {
        "format": "checkin-cijfers",
        "version": 1,
        "k": k,
        "period": {"start": "2026-01-01", "end": "2026-12-31"},
        "locations": ["De Plek"],
        "merged_from": [],
        "notes": [],
        "definitions": {},
        "sections": [
            {
                "location": "De Plek",
                "period_start": "2026-01-01",
                "period_end": "2026-12-31",
                "figures": [{"measure": "visits", "category": "", "status": status, "value": value}],
            }
        ],
    }


def _load(document: dict[str, Any]) -> Any:
    return load_export(json.dumps(document).encode(), name="plek.json")


@pytest.mark.parametrize(
    ("value", "status", "phrase"),
    [
        (2, "exact", "het exacte aantal 2, kleiner dan k = 5"),
        (4, "exact", "het exacte aantal 4"),
        (10**40, "exact", "meer dan een export kan bevatten"),
        (10**9, "lower", "meer dan een export kan bevatten"),
        (1.5, "exact", "fout bij sections[0].figures[0].value"),
        (True, "exact", "fout bij sections[0].figures[0].value"),
        (-1, "exact", "fout bij sections[0].figures[0].value"),
        ("7", "exact", "fout bij sections[0].figures[0].value"),
        (3, "suppressed", "fout bij sections[0].figures[0].value"),
    ],
)
def test_a_count_this_app_cannot_have_published_is_refused(value: Any, status: str, phrase: str) -> None:
    with pytest.raises(Rejected) as refused:
        _load(_document(value, status=status))
    assert phrase in refused.value.message
    assert "plek.json" in refused.value.message


@pytest.mark.parametrize(
    ("value", "status"),
    [(0, "exact"), (5, "exact"), (5.0, "exact"), (2, "lower"), (None, "suppressed"), (10**9 - 1, "exact")],
)
def test_counts_this_app_publishes_are_read(value: Any, status: str) -> None:
    figure = _load(_document(value, status=status)).sections[0].figures[0]
    assert figure.value.n == (None if value is None else int(value))


def test_merge_on_the_command_line_refuses_an_exact_count_below_k(tmp_path: Path) -> None:
    source = tmp_path / "plek.json"
    source.write_text(json.dumps(_document(2)))
    result = run(
        "merge", source, "--format", "csv", "--out", tmp_path / "uit.csv", data_dir=tmp_path / "data"
    )
    assert result.returncode == 2
    assert_one_dutch_line(result, "kleiner dan k = 5")
    assert not (tmp_path / "uit.csv").exists()
