"""The thin layer between widgets and the core: each method is one user action.

A widget asks an operation; the operation runs a service of checkin/ in its own session (one
transaction) and returns plain data. ``Rejected`` passes through unchanged for the widget to show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlmodel import Session

from checkin.db import Database

T = TypeVar("T")


class Operations:
    """Runs core services against the open database."""

    def __init__(self, *, database: Database) -> None:
        self.database = database

    def run(self, action: Callable[[Session], T]) -> T:
        """Run ``action`` in a fresh session; the service commits, any error rolls back."""
        with self.database.session() as session:
            try:
                return action(session)
            except BaseException:
                session.rollback()
                raise
