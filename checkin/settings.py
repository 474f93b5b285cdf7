"""The app's settings, declared once and typed, stored per key in the database with a version."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from checkin import rules
from checkin.errors import Rejected
from checkin.i18n import N_, available_languages
from checkin.models import Setting

SETTINGS_VERSION = 1
"""Raise when a setting changes meaning, and add an upgrade step to ``_UPGRADES``."""


@dataclass(frozen=True)
class Settings:
    location_id: int | None = None
    """The location this laptop serves at the door."""
    min_count: int = rules.DEFAULT_MIN_COUNT
    """k of docs/statistics.md: the smallest count of people an export may publish."""
    retention_months: int = rules.RETENTION_MONTHS_DEFAULT
    language: str = "nl"
    coordinator_pin: str = ""
    """The coordinator PIN as ``scrypt$salt$hash`` (checkin.privacy); empty when none is set."""
    pin_failures: int = 0
    """Wrong coordinator PINs in a row (checkin.privacy.check_pin)."""
    pin_locked_until: float = 0.0
    """Until when (seconds since the epoch) no PIN is accepted after too many wrong ones."""
    backups_to_erase: tuple[tuple[int, str], ...] = ()
    """Families (id, code) the retention rule anonymised here but not yet in the backups: kept in
    the transaction of each batch, emptied once the backups are done (a stop midway finishes them
    at the next start)."""


_UPGRADES: dict[int, Any] = {}
"""version -> function(dict) -> dict that brings stored settings of that version one step up."""


def _validate(values: Settings) -> None:
    rules.check_k(values.min_count)
    if not 1 <= values.retention_months <= 120:
        raise Rejected(N_("De bewaartermijn moet tussen 1 en 120 maanden liggen."))
    if values.language not in available_languages():
        raise Rejected(N_("Onbekende taal: {language}."), language=values.language)


def load_settings(session: Session) -> Settings:
    stored = {row.key: json.loads(row.value) for row in session.exec(select(Setting))}
    version = stored.pop("_version", SETTINGS_VERSION)
    while version < SETTINGS_VERSION:
        stored = _UPGRADES[version](stored)
        version += 1
    if "backups_to_erase" in stored:  # JSON keeps lists: the setting holds tuples
        stored["backups_to_erase"] = tuple((int(i), str(code)) for i, code in stored["backups_to_erase"])
    known = {field.name for field in dataclasses.fields(Settings)}
    return Settings(**{key: value for key, value in stored.items() if key in known})


def save_settings(session: Session, **changes: Any) -> Settings:
    """Validate and store changed settings in one transaction; returns the new settings."""
    updated = stage_settings(session, **changes)
    session.commit()
    return updated


def stage_settings(session: Session, **changes: Any) -> Settings:
    """Validate changed settings and add them to the session without committing (the caller commits)."""
    current = load_settings(session)
    try:
        updated = dataclasses.replace(current, **changes)
    except TypeError as error:
        raise Rejected(N_("Onbekende instelling.")) from error
    _validate(updated)
    for key, value in {**dataclasses.asdict(updated), "_version": SETTINGS_VERSION}.items():
        session.merge(Setting(key=key, value=json.dumps(value)))
    return updated
