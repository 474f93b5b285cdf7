"""Named operations of the Cijfers screen: its locations, k, the figures of a period, exports, merging.

Each function runs its part of the core in one session and returns plain data: the anonymous
``Report`` (already protected by the anonymity rules), a list of ``LocationChoice``, a number, a
path. The screen runs the slow ones (``compute_report``, ``export``, ``merge_files``) through its
``Runner`` in the background; they touch no widget.

The statistics modules load when this module does (the screen imports it when first opened, not
at start-up); the format writers and the JSON reader load when first used.

Re-exported for the screen: the plain data types of the figures (``Report``, ``Section``,
``Value``, ``Figure``), the measure registry (``Measure``, ``measures``, ``tiles``,
``charted``) and the shared wording (``average_text``, ``LAST_CATEGORIES``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checkin.errors import Rejected
from checkin.stats.exports import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from checkin.stats.exports import FORMATS as FORMATS
from checkin.stats.exports import SUFFIXES as SUFFIXES
from checkin.stats.model import ALL_LOCATIONS as ALL_LOCATIONS
from checkin.stats.model import OTHER as OTHER
from checkin.stats.model import TOTAL as TOTAL
from checkin.stats.model import Figure as Figure
from checkin.stats.model import Report as Report
from checkin.stats.model import Section as Section
from checkin.stats.model import Value as Value
from checkin.stats.registry import HIDDEN as HIDDEN
from checkin.stats.registry import Measure as Measure
from checkin.stats.registry import charted as charted
from checkin.stats.registry import measures as measures
from checkin.stats.registry import reader as reader
from checkin.stats.registry import tiles as tiles
from checkin.stats.wording import AVERAGE_TITLE as AVERAGE_TITLE
from checkin.stats.wording import LAST_CATEGORIES as LAST_CATEGORIES
from checkin.stats.wording import average_text as average_text
from checkin.stats.wording import breakdown as _breakdown
from checkin.stats.wording import visits_per_morning as visits_per_morning
from ui.operations import Operations


@dataclass(frozen=True)
class LocationChoice:
    id: int
    name: str


def in_reading_order(section: Section, key: str) -> list[Figure]:
    """One section's categories of a measure in the order every export shows them (time, fixed
    list, then 'overig' and the like last), without the total."""
    return [Figure(key, category, value) for category, value in _breakdown(section, key)]


def locations(operations: Operations) -> list[LocationChoice]:
    """The meeting places, by name, for the location picker."""
    from checkin.services.locations import list_locations

    return operations.run(
        lambda session: [
            LocationChoice(loc.id, loc.name) for loc in list_locations(session) if loc.id is not None
        ]
    )


def min_count(operations: Operations) -> int:
    """The minimum count k of the settings."""
    from checkin.settings import load_settings

    return operations.run(lambda session: load_settings(session).min_count)


def save_min_count(operations: Operations, k: int) -> int:
    """Store k (one transaction); ``Rejected`` in Dutch when it is not allowed, nothing changed."""
    from checkin.settings import save_settings

    return operations.run(lambda session: save_settings(session, min_count=k).min_count)


def compute_report(operations: Operations, *, start: date, end: date, location_id: int | None) -> Report:
    """The anonymous figures of one location (None: all, with their total) over ``start``..``end``.

    Slow on years of data: the screen runs it in the background.
    """
    from checkin.stats.measures import build_report

    return operations.run(
        lambda session: build_report(session, start=start, end=end, location_id=location_id)
    )


def export(report: Report, path: Path, fmt: str, language: str = DEFAULT_LANGUAGE) -> Path:
    """Write ``report`` to ``path`` in ``fmt`` with its texts in ``language`` (all or nothing);
    the path written."""
    from checkin.files import write_atomic
    from checkin.stats.exports import render

    return write_atomic(path, render(report, fmt, language))


class MergeProblems(Exception):
    """Files that could not be read as an export: (file name, reason) pairs; nothing was merged.

    The reason is None for a file that could not be read at all.
    """

    def __init__(self, problems: list[tuple[str, Rejected | None]]) -> None:
        super().__init__(problems)
        self.problems = problems


def merge_files(paths: Sequence[Path]) -> Report:
    """Read each JSON export and merge them; every bad file is reported, and then nothing is merged."""
    from checkin.stats.json_export import load_export
    from checkin.stats.merge import merge_reports

    loaded: list[tuple[str, Report]] = []
    problems: list[tuple[str, Rejected | None]] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:
            problems.append((path.name, None))
            continue
        try:
            loaded.append((path.name, load_export(data, name=path.name)))
        except Rejected as error:
            problems.append((path.name, error))
    if problems:
        raise MergeProblems(problems)
    merged: Report = merge_reports(loaded)
    return merged
