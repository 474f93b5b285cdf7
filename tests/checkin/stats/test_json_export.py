"""The JSON export: its schema (package data), reading it back, and every refusal of a bad file."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from checkin.errors import Rejected
from checkin.stats.json_export import FORMAT, VERSION, load_export, render, schema
from checkin.stats.model import Report
from checkin.stats.registry import measures
from tests.helpers.figures import SECRETS


def packaged_schema() -> dict[str, Any]:
    """The schema as an installed app (or a script of the workgroup) finds it: package data."""
    text = resources.files("checkin.stats").joinpath("figures.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def test_the_schema_is_a_valid_draft_2020_12_schema_and_the_one_the_reader_uses() -> None:
    jsonschema.Draft202012Validator.check_schema(packaged_schema())
    assert schema() == packaged_schema()


def test_an_export_passes_the_schema_and_reads_back_to_the_same_report(seeded_report: Report) -> None:
    data = render(seeded_report)
    document = json.loads(data.decode("utf-8"))
    jsonschema.validate(document, packaged_schema(), cls=jsonschema.Draft202012Validator)
    assert load_export(data, name="export.json") == seeded_report


def test_rule_5_k_period_locations_definitions(seeded_report: Report) -> None:
    document = json.loads(render(seeded_report))
    assert (document["format"], document["version"], document["k"]) == (FORMAT, VERSION, 3)
    assert document["period"] == {"start": "2026-03-01", "end": "2026-04-30"}
    assert document["locations"] == ["De Kleine Knuistjes", "Kletskoppen"]
    assert document["definitions"] == {
        m.key: {"label": m.title, "definition": m.definition} for m in measures()
    }
    assert any("Minimale telling k = 3" in note for note in document["notes"])


def test_values_by_status(hand_report: Report) -> None:
    document = json.loads(render(hand_report))
    figures = {
        (s["location"], f["measure"], f["category"]): f for s in document["sections"] for f in s["figures"]
    }
    assert figures[("=Plek", "visits", "")] == {
        "measure": "visits",
        "category": "",
        "status": "exact",
        "value": 40,
    }
    assert figures[("=Plek", "families", "")]["status"] == "suppressed"
    assert figures[("=Plek", "families", "")]["value"] is None
    assert figures[("Alle locaties", "visits", "")] == {
        "measure": "visits",
        "category": "",
        "status": "lower",
        "value": 41,
    }
    assert document["merged_from"] == ["=plek.json", "één.json"]
    assert load_export(render(hand_report), name="hand.json") == hand_report


def test_no_name_code_note_birth_month_or_arrival_time(seeded_report: Report) -> None:
    text = render(seeded_report).decode("utf-8")
    for secret in SECRETS:
        assert secret not in text


def _changed(report: Report, change: Any) -> bytes:
    document = json.loads(render(report))
    change(document)
    return json.dumps(document).encode("utf-8")


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def change(document: Any) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


FIGURE = ("sections", 0, "figures", 0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set(("version",), 2), "versie 2 van het exportformaat; deze checkin kent alleen versie 1"),
        (_set(("version",), "1"), 'versie "1" van het exportformaat'),
        (_set(("version",), True), "versie true van het exportformaat"),
        (_set(("format",), "iets-anders"), "geen export van anonieme cijfers van checkin"),
        (_set(("k",), 2), "k mag niet lager zijn dan 3"),
        (_set(("k",), "5"), "klopt niet met het exportformaat: fout bij k"),
        (_set(("period", "start"), "2026-02-30"), "de datum '2026-02-30', die niet bestaat"),
        (_set(("period", "end"), "2026-13-01"), "de datum '2026-13-01', die niet bestaat"),
        (_set(("period", "end"), "2025-12-31"), "ligt het einde van de periode voor het begin"),
        (_set(("period", "start"), "1 maart"), "fout bij period.start"),
        (_set(("sections", 0, "period_end"), "2026-05-31"), "valt buiten de periode van de export"),
        (_set(("sections", 0, "location"), "Elders"), "de locatie 'Elders' bij sections[0]"),
        (_set((*FIGURE, "measure"), "bezoekers"), "een onbekende maat 'bezoekers'"),
        (_set((*FIGURE, "status"), "ongeveer"), "fout bij sections[0].figures[0].status"),
        (_set((*FIGURE, "value"), None), "fout bij sections[0].figures[0].value"),
        (_set((*FIGURE, "value"), -1), "fout bij sections[0].figures[0].value"),
        (_set((*FIGURE, "status"), "suppressed"), "fout bij sections[0].figures[0].value"),
        (_set(("locations",), []), "fout bij locations"),
        (_set(("extra",), 1), "klopt niet met het exportformaat"),
        (lambda d: d["sections"][0].pop("figures"), "klopt niet met het exportformaat: fout bij sections[0]"),
        (lambda d: d["sections"].append(copy.deepcopy(d["sections"][0])), "over dezelfde periode twee keer"),
        (
            lambda d: d["sections"][0]["figures"].append(copy.deepcopy(d["sections"][0]["figures"][0])),
            "'mornings' '' twee keer in sections[0]",
        ),
    ],
)
@pytest.mark.sqlite_only  # about the JSON file: the report is the same on both engines (test_engines.py)
def test_a_wrong_file_is_refused_with_a_dutch_message_naming_it(
    seeded_report: Report, change: Any, message: str
) -> None:
    with pytest.raises(Rejected) as info:
        load_export(_changed(seeded_report, change), name="noord.json")
    assert info.value.message.startswith("noord.json")
    assert message in info.value.message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "noord.json is geen JSON-bestand"),
        (b"checkin,export\n1,2\n", "noord.json is geen JSON-bestand"),
        (b"\xff\xfe{}", "noord.json is geen JSON-bestand"),
        (b"[" * 100_000, "noord.json is geen JSON-bestand"),
        (b"[1, 2]", "noord.json is geen export van anonieme cijfers"),
        (b'{"format": "checkin-cijfers"}', "noord.json heeft versie null van het exportformaat"),
        (b'{"name": "ander programma", "version": 1}', "noord.json is geen export van anonieme cijfers"),
        (b'{"format": "checkin-cijfers", "version": 1}', "noord.json klopt niet met het exportformaat"),
    ],
)
def test_not_json_or_not_this_format(data: bytes, message: str) -> None:
    with pytest.raises(Rejected) as info:
        load_export(data, name="noord.json")
    assert message in info.value.message


def test_a_byte_order_mark_is_fine(seeded_report: Report) -> None:
    """A file saved again by a Windows editor keeps working."""
    assert load_export(b"\xef\xbb\xbf" + render(seeded_report), name="x.json") == seeded_report
