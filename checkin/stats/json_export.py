"""The JSON export, and reading it back for a merged overview (``checkin merge``).

The file is versioned: ``{"format": "checkin-cijfers", "version": 1, ...}`` and holds k, the
period, the locations, the notes and definitions per measure (rule 5, in Dutch or the export's
language), and the sections
with their figures ``{measure, category, status, value}``, ``value`` null when suppressed.
``figures.schema.json`` beside this module describes it; the reader checks every file against
that schema, then checks what a schema cannot say (k, real dates, known measures), so a merge
only ever adds up figures that this app could have published.

The file is a merge format: only the notes and the definitions' ``label`` and ``definition`` follow
the language. Keys, measure names, categories (``moeder``, ``overig``, a village) and locations
(``Alle locaties``) are the same in every language, so files made in different languages merge.

Files come from other laptops, by e-mail or a USB stick: anything wrong is a ``Rejected`` with a
Dutch message that names the file, never a traceback.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, cast

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from checkin.errors import Rejected
from checkin.i18n import N_, SOURCE_LANGUAGE, translate
from checkin.rules import check_k
from checkin.stats import registry
from checkin.stats.model import (
    ALL_LOCATIONS,
    Figure,
    Report,
    Section,
    Status,
    Value,
)
from checkin.stats.notes import explanation

FORMAT = "checkin-cijfers"
VERSION = 1
SCHEMA_FILE = "figures.schema.json"
MAX_BYTES = 20 * 1024 * 1024
"""Far above any real export (a year by month for four locations is some 200 kB)."""


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of the format, read from the package data.

    Its ``$defs.measure.enum`` lists the registry's measures for readers of the file (a test keeps
    it in step with ``checkin.stats.registry``).
    """
    text = resources.files("checkin.stats").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _checking_schema() -> dict[str, Any]:
    """The schema the reader checks against: measures by their pattern only, so that
    ``from_data`` can name an unknown measure in its message (and knows measures registered later)."""
    checking = copy.deepcopy(schema())
    checking["$defs"]["measure"].pop("enum", None)
    return checking


def to_data(report: Report, language: str = SOURCE_LANGUAGE) -> dict[str, Any]:
    """The report as the JSON document of the format (plain dicts and lists); ``language``: the
    notes and definitions."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "k": report.k,
        "period": {"start": report.period_start.isoformat(), "end": report.period_end.isoformat()},
        "locations": list(report.locations),
        "merged_from": list(report.merged_from),
        "notes": explanation(report, language),
        "definitions": {
            measure.key: {
                "label": translate(measure.title, language),
                "definition": translate(measure.definition, language),
            }
            for measure in registry.measures()
        },
        "sections": [
            {
                "location": section.location,
                "period_start": section.period_start.isoformat(),
                "period_end": section.period_end.isoformat(),
                "figures": [
                    {
                        "measure": figure.measure,
                        "category": figure.category,
                        "status": figure.value.status,
                        "value": figure.value.n,
                    }
                    for figure in section.figures
                ],
            }
            for section in report.sections
        ],
    }


def render(report: Report, language: str = SOURCE_LANGUAGE) -> bytes:
    return (json.dumps(to_data(report, language), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading ---------------------------------------------------------------------------------------


def _where(path: Any) -> str:
    """A JSON path as ``sections[2].figures[0].status`` for a message."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or N_("het hoofdniveau")


def _parse(data: bytes, name: str) -> Any:
    if len(data) > MAX_BYTES:
        raise Rejected(N_("{name} is te groot voor een export van cijfers."), name=name)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise Rejected(
            N_("{name} is geen JSON-bestand; kies een export van checkin in JSON-formaat."), name=name
        ) from None


def check_document(document: Any, *, name: str) -> None:
    """Format, version and schema of a parsed JSON document; ``Rejected`` naming ``name`` if not."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise Rejected(
            N_("{name} is geen export van anonieme cijfers van checkin (formaat '{format}' ontbreekt)."),
            name=name,
            format=FORMAT,
        )
    version = document.get("version")
    if version != VERSION or isinstance(version, bool):
        raise Rejected(
            N_(
                "{name} heeft versie {version} van het exportformaat; deze checkin kent alleen versie {known}."
            ),
            name=name,
            version=json.dumps(version, ensure_ascii=False)[:20],
            known=VERSION,
        )
    # jsonschema takes about a millisecond per figure: the sections, which may be many, are
    # checked against the same schema by hand below (linear, some microseconds per figure).
    outline = {**document, "sections": []} if isinstance(document.get("sections"), list) else document
    error = best_match(Draft202012Validator(_checking_schema()).iter_errors(outline))
    if error is not None:
        raise Rejected(
            N_("{name} klopt niet met het exportformaat: fout bij {where}."),
            name=name,
            where=_where(error.absolute_path),
        )
    for index, section in enumerate(document["sections"]):
        where = _section_problem(section)
        if where is not None:
            raise Rejected(
                N_("{name} klopt niet met het exportformaat: fout bij {where}."),
                name=name,
                where=_where(["sections", index, *where]),
            )


_SECTION_KEYS = frozenset({"location", "period_start", "period_end", "figures"})
_FIGURE_KEYS = frozenset({"measure", "category", "status", "value"})
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MEASURE = re.compile(r"[a-z][a-z_]*")
_STATUSES = frozenset({"exact", "suppressed", "lower"})


def _is_integer(value: Any) -> bool:
    """An integer as JSON Schema has it (5 and 5.0, not true)."""
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, float) and value.is_integer()
    )


def _section_problem(section: Any) -> list[str | int] | None:
    """Where ``section`` breaks ``$defs/section`` of the schema (a JSON path), None when it does not."""
    if not isinstance(section, dict) or section.keys() != _SECTION_KEYS:
        return []
    location = section["location"]
    if not isinstance(location, str) or not 1 <= len(location) <= 200:
        return ["location"]
    for key in ("period_start", "period_end"):
        if not isinstance(section[key], str) or _DATE.fullmatch(section[key]) is None:
            return [key]
    figures = section["figures"]
    if not isinstance(figures, list):
        return ["figures"]
    for number, figure in enumerate(figures):
        if not isinstance(figure, dict) or figure.keys() != _FIGURE_KEYS:
            return ["figures", number]
        measure, category, status, value = (figure[key] for key in ("measure", "category", "status", "value"))
        if not isinstance(measure, str) or _MEASURE.fullmatch(measure) is None:
            return ["figures", number, "measure"]
        if not isinstance(category, str) or len(category) > 200:
            return ["figures", number, "category"]
        if not isinstance(status, str) or status not in _STATUSES:
            return ["figures", number, "status"]
        if (status == "suppressed" and value is not None) or (
            status != "suppressed" and not (_is_integer(value) and value >= 0)
        ):
            return ["figures", number, "value"]
    return None


MAX_COUNT = 10**9
"""No published count of one location, or of a merged overview, comes near this."""


def _count_problem(status: str, value: Any, *, k: int, counts_people: bool) -> str | None:
    """Why a figure's count cannot be one this app published with ``k`` (None: it can): rule 1
    holds for counts of people and visits; mornings, drinks and money are never suppressed."""
    if value is None:
        return None
    if not 0 <= value < MAX_COUNT:
        return N_("een aantal van {value}, meer dan een export kan bevatten").format(value=value)
    if counts_people and status == "exact" and 1 <= value < k:
        return N_("het exacte aantal {value}, kleiner dan k = {k}").format(value=value, k=k)
    return None


def _date(text: str, *, name: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Rejected(
            N_("{name} bevat bij {where} de datum '{text}', die niet bestaat."),
            name=name,
            where=where,
            text=text,
        ) from None


def _period(start_text: str, end_text: str, *, name: str, where: str) -> tuple[date, date]:
    start = _date(start_text, name=name, where=where)
    end = _date(end_text, name=name, where=where)
    if end < start:
        raise Rejected(
            N_("{name}: bij {where} ligt het einde van de periode voor het begin."), name=name, where=where
        )
    return start, end


def from_data(document: dict[str, Any], *, name: str) -> Report:
    """The report of a document that passed ``check_document``, after the checks a schema cannot do."""
    try:
        k = check_k(int(document["k"]))  # the schema allows 5.0 as an integer
    except Rejected as rejected:
        raise Rejected(N_("{name}: {problem}"), name=name, problem=rejected.message) from None
    period_start, period_end = _period(
        document["period"]["start"], document["period"]["end"], name=name, where="period"
    )
    sections: list[Section] = []
    seen_sections: set[tuple[str, date, date]] = set()
    known_locations = set(document["locations"])
    for index, item in enumerate(document["sections"]):
        where = f"sections[{index}]"
        start, end = _period(item["period_start"], item["period_end"], name=name, where=where)
        if start < period_start or end > period_end:
            raise Rejected(
                N_("{name}: de periode bij {where} valt buiten de periode van de export."),
                name=name,
                where=where,
            )
        section = Section(location=item["location"], period_start=start, period_end=end)
        if section.location not in known_locations and section.location != ALL_LOCATIONS:
            raise Rejected(
                N_("{name}: de locatie '{location}' bij {where} staat niet in de lijst van locaties."),
                name=name,
                location=section.location,
                where=where,
            )
        if section.key in seen_sections:
            raise Rejected(
                N_("{name} bevat {location} over dezelfde periode twee keer ({where})."),
                name=name,
                location=section.location,
                where=where,
            )
        seen_sections.add(section.key)
        seen_figures: set[tuple[str, str]] = set()
        for number, figure in enumerate(item["figures"]):
            measure, category = figure["measure"], figure["category"]
            if not registry.known(measure):
                raise Rejected(
                    N_("{name} bevat een onbekende maat '{measure}' ({where})."),
                    name=name,
                    measure=measure,
                    where=f"{where}.figures[{number}]",
                )
            if (measure, category) in seen_figures:
                raise Rejected(
                    N_("{name} bevat '{measure}' '{category}' twee keer in {where}."),
                    name=name,
                    measure=measure,
                    category=category,
                    where=where,
                )
            seen_figures.add((measure, category))
            value = figure["value"]
            problem = _count_problem(
                figure["status"], value, k=k, counts_people=registry.get(measure).counts_people
            )
            if problem is not None:
                raise Rejected(
                    N_("{name} bevat bij {where} {problem}: zo'n bestand maakt checkin niet."),
                    name=name,
                    where=f"{where}.figures[{number}]",
                    problem=problem,
                )
            section.figures.append(
                Figure(
                    measure,
                    category,
                    Value(cast(Status, figure["status"]), None if value is None else int(value)),
                )
            )
        sections.append(section)
    return Report(
        k=k,
        period_start=period_start,
        period_end=period_end,
        locations=list(document["locations"]),
        sections=sections,
        merged_from=list(document["merged_from"]),
    )


def load_export(data: bytes, *, name: str) -> Report:
    """The report in a JSON export's bytes; ``Rejected`` (naming the file ``name``) for anything else."""
    document = _parse(data, name)
    check_document(document, name=name)
    return from_data(document, name=name)
