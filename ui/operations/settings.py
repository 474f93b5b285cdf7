"""Operations of the Instellingen dialog: the preferences saved together, and the editable lists.

Saving the preferences is one transaction (the place's price and the settings together); each
change of a list (add an entry, switch one off) is its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from sqlmodel import Session

from checkin.services import lists, locations, preferences
from checkin.services.locations import Slot as Slot
from checkin.services.preferences import Preferences as Preferences
from checkin.settings import load_settings
from checkin.text import WEEKDAYS as WEEKDAYS
from ui.operations import Operations


def load_preferences(operations: Operations) -> Preferences:
    """Price of the current place, retention, k and language."""
    return operations.run(preferences.load_preferences)


def save_preferences(
    operations: Operations, *, price_cents: int, retention_months: int, min_count: int, language: str
) -> Preferences:
    """Store all four at once; a ``Rejected`` changes nothing. Returns what is stored now."""
    return operations.run(
        lambda session: preferences.save_preferences(
            session,
            price_cents=price_cents,
            retention_months=retention_months,
            min_count=min_count,
            language=language,
        )
    )


def list_values(operations: Operations, kind: str) -> list[str]:
    """The entries of a list (``checkin.rules.LIST_KINDS``) one can still choose, in their order."""
    return operations.run(lambda session: lists.list_values(session, kind))


def add_list_value(operations: Operations, *, kind: str, value: str) -> str:
    """Add an entry at the end of a list (or bring back one switched off); returns it as stored."""
    return operations.run(lambda session: lists.add_list_value(session, kind=kind, value=value).value)


def switch_off_list_value(operations: Operations, *, kind: str, value: str) -> str:
    """Take an entry out of the choices (the figures keep counting it); returns the entry."""
    return operations.run(lambda session: lists.switch_off_list_value(session, kind=kind, value=value).value)


def saved_language(operations: Operations) -> str:
    """The language chosen in Instellingen (a language code such as "nl" or "en")."""
    return operations.run(lambda session: load_settings(session).language)


@dataclass(frozen=True)
class PlaceSettings:
    """The place's name and weekly openings, as the first-start form set them."""

    location_id: int
    name: str
    slots: tuple[Slot, ...]


def load_place(operations: Operations) -> PlaceSettings | None:
    """The current place's name and openings; None before the first start."""

    def read(session: Session) -> PlaceSettings | None:
        location = locations.current_location(session)
        if location is None or location.id is None:
            return None
        return PlaceSettings(
            location_id=location.id,
            name=location.name,
            slots=tuple(locations.schedule(session, location.id)),
        )

    return operations.run(read)


def save_place(
    operations: Operations, *, location_id: int, name: str, weekday: int, start: time, end: time
) -> PlaceSettings:
    """Rename the place and set its main weekly opening (other openings stay); one transaction."""

    def save(session: Session) -> PlaceSettings:
        others = [slot for slot in locations.schedule(session, location_id)[1:] if slot.weekday != weekday]
        slots = [Slot(weekday=weekday, start=start, end=end), *others]
        location = locations.update_place(session, location_id=location_id, name=name, slots=slots)
        return PlaceSettings(location_id=location_id, name=location.name, slots=tuple(slots))

    return operations.run(save)
