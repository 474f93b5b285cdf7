"""The CSV export: tidy rows read back with the csv module, rule 5 in rows, no formulas, no secrets."""

from __future__ import annotations

import csv
import io

from checkin.stats.cells import FORMULA_STARTS, safe_cell
from checkin.stats.csv_export import HEADER, META_MEASURES, render
from checkin.stats.model import Report
from checkin.stats.registry import measures
from tests.helpers.figures import DANGEROUS, SECRETS


def read(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_one_row_per_figure_after_the_rows_about_the_export(seeded_report: Report) -> None:
    data = render(seeded_report)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.splitlines()[0] == b",".join(h.encode() for h in HEADER)
    rows = read(data)
    figures = [row for row in rows if row["location"]]
    expected = [
        {
            "location": section.location,
            "period_start": section.period_start.isoformat(),
            "period_end": section.period_end.isoformat(),
            "measure": figure.measure,
            "category": safe_cell(figure.category),
            "value": figure.value.text(seeded_report.k),
        }
        for section in seeded_report
        for figure in section.figures
    ]
    assert figures == expected
    assert {row["location"] for row in figures} == {"De Kleine Knuistjes", "Kletskoppen", "Alle locaties"}
    # Kletskoppen has two families: below k = 3, so published as '<3'; over both places, where a
    # family counts once, all that follows from the published values is the larger place's 6.
    visits = {(r["location"], r["period_start"]): r["value"] for r in figures if r["measure"] == "families"}
    assert visits[("Kletskoppen", "2026-03-01")] == "<3"
    assert visits[("Alle locaties", "2026-03-01")] == ">=6"
    assert visits[("De Kleine Knuistjes", "2026-04-01")] == "0"


def test_rule_5_k_period_locations_and_definitions_are_rows(seeded_report: Report) -> None:
    rows = read(render(seeded_report))
    meta = [row for row in rows if not row["location"]]
    assert rows[: len(meta)] == meta  # first, before the figures
    assert {row["measure"] for row in meta} <= set(META_MEASURES)
    assert {(row["period_start"], row["period_end"]) for row in meta} == {("2026-03-01", "2026-04-30")}
    assert [row["value"] for row in meta if row["measure"] == "k"] == ["3"]
    assert [row["value"] for row in meta if row["measure"] == "locatie"] == [
        "De Kleine Knuistjes",
        "Kletskoppen",
    ]
    definitions = {row["category"]: row["value"] for row in meta if row["measure"] == "definitie"}
    assert definitions == {measure.key: measure.definition for measure in measures()}
    assert "Aantal keer dat een gezin is ingecheckt" in definitions["visits"]
    notes = [row["value"] for row in meta if row["measure"] == "toelichting"]
    assert any(
        "Minimale telling k = 3" in note and "1 maart 2026 tot en met 30 april 2026" in note for note in notes
    )
    assert not any(row["measure"] in META_MEASURES for row in rows if row["location"])


def test_values_and_merged_origin_of_a_report_made_by_hand(hand_report: Report) -> None:
    rows = read(render(hand_report))
    values = [
        (row["location"], row["measure"], row["category"], row["value"]) for row in rows if row["location"]
    ]
    assert ("'=Plek", "visits", "", "40") in values
    assert ("'=Plek", "families", "", "<5") in values
    assert ("Alle locaties", "visits", "", ">=41") in values
    assert [row["value"] for row in rows if row["measure"] == "bron"] == ["'=plek.json", "één.json"]
    assert any("Samengevoegd uit" in row["value"] for row in rows if row["measure"] == "toelichting")


def test_no_cell_starts_like_a_formula(hand_report: Report, seeded_report: Report) -> None:
    for report in (hand_report, seeded_report):
        data = render(report)
        cells = [cell for row in csv.reader(io.StringIO(data.decode("utf-8"), newline="")) for cell in row]
        assert cells
        assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    categories = {row["category"] for row in read(render(hand_report))}
    assert {"'=1+1", "'+31", "'-x", "'@x", "'\tx", "'\rx", "'\nx"} <= categories
    # The coordinator's own list entries reached the seeded export, made inert.
    seeded = read(render(seeded_report))
    for value in DANGEROUS.values():
        assert "'" + value in {row["category"] for row in seeded}, value


def test_no_name_code_note_birth_month_or_arrival_time(seeded_report: Report) -> None:
    text = render(seeded_report).decode("utf-8")
    for secret in SECRETS:
        assert secret not in text
