"""Small helpers shared by the services."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlmodel import Session, SQLModel

from checkin.errors import Rejected

T = TypeVar("T", bound=SQLModel)


def now_local() -> datetime:
    """The wall-clock time of the place, to the second."""
    return datetime.now().replace(microsecond=0)


def get_or_reject(session: Session, model: type[T], key: int | None, message: str) -> T:
    row = session.get(model, key) if key is not None else None
    if row is None:
        raise Rejected(message)
    return row
