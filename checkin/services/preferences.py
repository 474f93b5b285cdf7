"""The coordinator's settings page: price, retention, the export threshold k and the language.

One save is one transaction: the location's price and the settings change together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from checkin.services.locations import check_price, get_location
from checkin.settings import load_settings, stage_settings


@dataclass(frozen=True)
class Preferences:
    location_id: int | None
    """The place whose price is shown (the current location), or None before there is one."""
    price_cents: int
    retention_months: int
    min_count: int
    language: str


def load_preferences(session: Session) -> Preferences:
    settings = load_settings(session)
    price = get_location(session, settings.location_id).price_cents if settings.location_id else 0
    return Preferences(
        location_id=settings.location_id,
        price_cents=price,
        retention_months=settings.retention_months,
        min_count=settings.min_count,
        language=settings.language,
    )


def save_preferences(
    session: Session,
    *,
    price_cents: int,
    retention_months: int,
    min_count: int,
    language: str,
) -> Preferences:
    """Validate everything first, then store it in one commit; a rejection changes nothing."""
    settings = load_settings(session)
    location = get_location(session, settings.location_id) if settings.location_id else None
    if location is not None:
        check_price(price_cents)
    try:
        stage_settings(session, retention_months=retention_months, min_count=min_count, language=language)
        if location is not None:
            location.price_cents = price_cents
        session.commit()
    except Exception:
        session.rollback()
        raise
    return load_preferences(session)
