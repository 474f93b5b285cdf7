"""Automatic backups: made through SQLite's backup API, verified, thinned, described, restored.

Backups live in the data folder's ``backups`` folder, named ``checkin-<stamp>-<reason>.sqlite``.
``Database.backup`` (checkin.db) writes each one through ``copy_database``, which runs an integrity
check on the copy before it takes its name, so a backup that exists is a sound one.

Thinning keeps the newest ``KEEP_RECENT`` backups, then the newest one of each day for
``KEEP_DAYS`` days, of each ISO week for ``KEEP_WEEKS`` weeks and of each month for
``KEEP_MONTHS`` months. The backups made before an upgrade are thinned by the same rule among
themselves (a start that fails again and again would otherwise add one each time). Backups kept
for another reason (before a restore, before encryption, a damaged file set aside) are never
thinned automatically.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from checkin import crypto, paths
from checkin.clean_close import SUSPECT_REASON
from checkin.db import Database, check_file
from checkin.errors import Rejected
from checkin.files import remove_partial_copies
from checkin.i18n import N_
from checkin.models import ERASED_FAMILY

KEEP_RECENT = 10
KEEP_DAYS = 14
KEEP_WEEKS = 8
KEEP_MONTHS = 12

AUTOMATIC_REASONS: frozenset[str] = frozenset({"start", "periodiek", "ochtend", "backup"})
"""Reasons of backups the app makes by itself; these are thinned together."""
UPGRADE_REASON = "voor-upgrade"
"""Backups before an upgrade: thinned by the same rule, among themselves."""

_NAME = re.compile(r"^checkin-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str


def parse_name(path: Path) -> BackupFile | None:
    """The backup that ``path`` names, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return BackupFile(path=path, made_at=made_at, reason=match.group(2))


def list_backups(data_dir: Path) -> list[BackupFile]:
    """The backups of ``data_dir``, newest first."""
    folder = paths.backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [parsed for path in folder.iterdir() if (parsed := parse_name(path)) is not None]
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def backups_to_keep(
    stamps: Iterable[datetime],
    *,
    now: datetime,
    recent: int = KEEP_RECENT,
    days: int = KEEP_DAYS,
    weeks: int = KEEP_WEEKS,
    months: int = KEEP_MONTHS,
) -> set[datetime]:
    """Which of the backups made at ``stamps`` to keep at ``now``: the one rule of thinning.

    The newest ``recent`` always stay; of older ones the newest of each day (within ``days``),
    of each ISO week (within ``weeks``) and of each calendar month (within ``months``).
    """
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:recent])
    seen: set[tuple[str, int, int]] = set()
    this_month = now.year * 12 + now.month
    for stamp in ordered:  # newest first: the newest of each period is kept
        buckets: list[tuple[str, int, int]] = []
        if now - stamp <= timedelta(days=days):
            buckets.append(("day", stamp.toordinal(), 0))
        if now - stamp <= timedelta(weeks=weeks):
            iso = stamp.isocalendar()
            buckets.append(("week", iso.year, iso.week))
        if this_month - (stamp.year * 12 + stamp.month) < months:
            buckets.append(("month", stamp.year, stamp.month))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(stamp)
    return keep


def thin(data_dir: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups that thinning does not keep; returns the deleted paths."""
    moment = now or datetime.now()
    found = list_backups(data_dir)
    deleted = []
    for group in (
        [backup for backup in found if backup.reason in AUTOMATIC_REASONS],
        [backup for backup in found if backup.reason == UPGRADE_REASON],
    ):
        keep = backups_to_keep((backup.made_at for backup in group), now=moment)
        for backup in group:
            if backup.made_at not in keep:
                backup.path.unlink(missing_ok=True)
                deleted.append(backup.path)
    return deleted


def make_backup(database: Database, *, reason: str = "backup", now: datetime | None = None) -> Path:
    """A verified backup into the backups folder, then thinning. Raises ``Rejected`` on failure."""
    target = database.backup(reason=reason)
    problems = check_file(target)
    if problems:
        target.unlink(missing_ok=True)
        raise Rejected(
            N_("De backup is niet in orde en is weggegooid. {problems}"), problems=" ".join(problems)
        )
    thin(database.data_dir, now=now)
    return target


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, shown before it replaces anything."""

    path: Path
    made_at: datetime
    families: int
    mornings: int
    last_morning: date | None
    problems: tuple[str, ...] = ()

    @property
    def sound(self) -> bool:
        return not self.problems


def describe(path: Path, *, key: str | None = None) -> BackupInfo:
    """Date, number of families and mornings of the backup at ``path`` (read-only).

    ``key``: the recovery key of a backup made on another laptop (default: this laptop's key).
    """
    parsed = parse_name(path)
    made_at = parsed.made_at if parsed else datetime.fromtimestamp(path.stat().st_mtime)
    problems = tuple(check_file(path, key=key))
    if problems:
        return BackupInfo(
            path=path, made_at=made_at, families=0, mornings=0, last_morning=None, problems=problems
        )
    with contextlib.closing(crypto.connect_existing(path, readonly=True, key=key)) as conn:
        families = conn.execute("SELECT count(*) FROM family WHERE erased_at IS NULL").fetchone()[0]
        mornings, last = conn.execute("SELECT count(*), max(day) FROM morning").fetchone()
    return BackupInfo(
        path=path,
        made_at=made_at,
        families=families,
        mornings=mornings,
        last_morning=date.fromisoformat(last) if last else None,
    )


def newest_sound_backup(data_dir: Path, *, prefer: str | None = None) -> BackupInfo | None:
    """The newest backup of ``data_dir`` that passes the integrity check, if any; with ``prefer``
    the newest sound one made for that reason comes first."""
    found = [backup for backup in list_backups(data_dir) if backup.reason != "beschadigd"]
    if prefer is not None:
        found.sort(key=lambda backup: backup.reason != prefer)  # stable: newest first within each
    for backup in found:
        info = describe(backup.path)
        if info.sound:
            return info
    return None


def remove_leftovers(data_dir: Path) -> list[Path]:
    """Delete what could still hold an erased family beyond reach of an update: the damaged files
    the app set aside (``beschadigd``, with their WAL/SHM), the suspect WALs it set aside
    (``verdacht``, with their SHM) and the partial copies a killed backup left in the data folder
    or its backups folder. Returns the deleted paths."""
    removed: list[Path] = []
    for backup in list_backups(data_dir):
        if backup.reason == "beschadigd":
            for path in (
                backup.path,
                *(Path(f"{backup.path}{side}") for side in ("-wal", "-shm", "-journal")),
            ):
                if path.exists():
                    path.unlink()
                    removed.append(path)
    folder = paths.backup_dir(data_dir)
    with contextlib.suppress(OSError):  # suspect WALs set aside at an open (checkin.clean_close)
        for path in sorted(folder.glob(f"checkin-*-{SUSPECT_REASON}.sqlite-*")):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    removed += remove_partial_copies(data_dir)
    removed += remove_partial_copies(folder)
    return removed


def erase_in_backups(data_dir: Path, *, families: Sequence[tuple[int, str]], now: datetime) -> int:
    """Erase the families given as (id, code) from every backup in the data folder, too.

    First the damaged files set aside and partial copies are deleted (``remove_leftovers``).

    A family is only touched in a backup where both its id and its code match, so a backup of
    another database is never changed wrongly. The backup is rewritten with secure_delete and
    vacuumed so the erased text leaves the file. Returns the number of backups changed.
    """
    if not families:
        return 0
    remove_leftovers(data_dir)
    assignments = ", ".join(f"{column} = ?" for column in ERASED_FAMILY)
    changed = 0
    for backup in list_backups(data_dir):
        if check_file(backup.path):
            continue  # damaged, yet not set aside by the app: not ours to delete
        with contextlib.closing(crypto.connect_existing(backup.path)) as conn:
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("PRAGMA foreign_keys=ON")
            touched = 0
            with conn:
                for family_id, code in families:
                    rows = conn.execute(
                        "SELECT id FROM family WHERE id = ? AND code = ?", (family_id, code)
                    ).fetchall()
                    if not rows:
                        continue
                    conn.execute("DELETE FROM child WHERE family_id = ?", (family_id,))
                    conn.execute(
                        f"UPDATE family SET {assignments}, erased_at = ? WHERE id = ?",  # noqa: S608 (our column names)
                        (*ERASED_FAMILY.values(), now.strftime("%Y-%m-%d %H:%M:%S.%f"), family_id),
                    )
                    touched += 1
            if touched:
                conn.execute("VACUUM")
                changed += 1
    return changed
