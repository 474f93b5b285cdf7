"""The service tests run on both engines: SQLite and a throwaway PostgreSQL server."""

from __future__ import annotations

import pytest

from checkin.db import Database


@pytest.fixture
def database(any_database: Database) -> Database:
    return any_database
