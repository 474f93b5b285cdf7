"""Operations of the Instellingen dialog: the preferences saved together, and the editable lists.

Saving the preferences is one transaction (the place's price and the settings together); each
change of a list (add an entry, switch one off) is its own.
"""

from __future__ import annotations

from checkin.services import lists, preferences
from checkin.services.preferences import Preferences as Preferences
from checkin.settings import load_settings
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
