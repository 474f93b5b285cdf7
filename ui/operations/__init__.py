"""The window's only way into the core: one named operation per user action.

Modelled on Anki's ``aqt/operations``: the modules of this package hold one function per user
action or named read (``door.check_in``, ``door.present``, ``families.overview``, ...). Each
takes the :class:`Operations` of the open database as its first argument, runs its service of
``checkin/`` in one session (the service commits: one action is one transaction, any error rolls
back everything) and returns plain data (frozen dataclasses, strings, numbers) that the widget
displays. ``Rejected`` passes through unchanged for the widget to show in Dutch.

Widgets never hold a session and never import sqlmodel, sqlalchemy, ``checkin.models``,
``checkin.db`` or ``checkin.services``: the plain data types they need are re-exported by the
operation modules. ``tests/test_architecture.py`` holds that shape.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from checkin.errors import Rejected
from checkin.i18n import N_

if TYPE_CHECKING:
    from sqlmodel import Session

    from checkin.db import Database
    from checkin.journal import Desk

T = TypeVar("T")

NO_CONNECTION = N_("Er is even geen verbinding met de server. Dit kan weer als de verbinding terug is.")


class Unreachable(Rejected):
    """The server of a desk cannot be reached now (``Operations.run`` turns the driver's error into it)."""


class Operations:
    """The open database, for the operation modules of this package."""

    def __init__(self, *, database: Database) -> None:
        self.database = database
        self._morning_closed: list[Callable[[], None]] = []
        self.desk: Desk | None = None
        """On a server: this laptop's desk with its offline journal (``checkin.journal``)."""
        if database.desk is not None:
            from checkin.journal import Desk

            self.desk = Desk(database)

    def run(self, action: Callable[[Session], T]) -> T:
        """Run ``action`` in a fresh session; the service commits, any error rolls back.

        On a server that cannot be reached the driver's error becomes :class:`Unreachable` (the one
        place that catches it); the door's operations then use the desk's journal.
        For the modules of ``ui.operations`` only: widgets call a named operation instead.
        """
        try:
            with self.database.session() as session:
                try:
                    result = action(session)
                except BaseException:
                    session.rollback()
                    raise
        except Exception as error:
            from checkin.journal import unreachable

            if self.desk is None or not unreachable(error):
                raise
            self.desk.online = False
            raise Unreachable(NO_CONNECTION) from error
        if self.desk is not None:
            self.desk.online = True
        return result

    def close(self) -> None:
        """Let go of the desk's journal file (the database is disposed by its owner)."""
        if self.desk is not None:
            self.desk.dispose()

    def on_morning_closed(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` whenever a morning is closed (the app makes a backup)."""
        self._morning_closed.append(listener)

    def morning_closed(self) -> None:
        """Called by the operation that closes a morning, after it succeeded."""
        for listener in list(self._morning_closed):
            listener()
