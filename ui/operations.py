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
        self._morning_closed: list[Callable[[], None]] = []

    def run(self, action: Callable[[Session], T]) -> T:
        """Run ``action`` in a fresh session; the service commits, any error rolls back."""
        with self.database.session() as session:
            try:
                return action(session)
            except BaseException:
                session.rollback()
                raise

    def on_morning_closed(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` whenever a screen reports a closed morning (the app makes a backup)."""
        self._morning_closed.append(listener)

    def morning_closed(self) -> None:
        """The Vandaag screen calls this after ``close_morning`` succeeded."""
        for listener in list(self._morning_closed):
            listener()
