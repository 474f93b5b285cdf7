"""The connection test of the window's database choice: connect once and say how it went.

Above ``checkin.db`` (it reads the server's schema revision); the choice itself, the messages and
the password live in ``checkin.server_choice``, below the engine seam.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from checkin import engines
from checkin.db import NEWER_VERSION, SCHEMA_REVISION, current_revision, known_revisions
from checkin.errors import Rejected
from checkin.server_choice import (
    CONNECTED,
    CONNECTED_EMPTY,
    NEEDS_PASSWORD,
    NO_DATABASE,
    NOT_FOUND,
    OTHER_PROBLEM,
    TLS_PROBLEM,
    WRONG_PASSWORD,
    TestResult,
)


def check_connection(url: URL, password: str) -> TestResult:
    """Connect once to the server of ``url`` with ``password`` and say how it went (one Dutch line)."""
    server = url.host or str(url.query.get("host", ""))
    try:
        target = engines.target(
            Path("."), (url.set(password=password or None)).render_as_string(hide_password=False)
        )
    except Rejected as error:
        return TestResult("other", error.template, tuple((k, str(v)) for k, v in error.params.items()))
    try:
        engine = engines.server_engine(target)
    except Rejected as error:
        return _classify(error, server=server, database=url.database or "")
    try:
        revision = current_revision(engine)
    except Exception as error:
        engine.dispose()
        return TestResult("other", OTHER_PROBLEM, (("reason", type(error).__name__),))
    engine.dispose()
    if revision is not None and revision != SCHEMA_REVISION and revision not in known_revisions():
        return TestResult("other", NEWER_VERSION)
    return TestResult("ok", CONNECTED if revision is not None else CONNECTED_EMPTY)


def _classify(error: Rejected, *, server: str, database: str) -> TestResult:
    if "reason" not in error.params:  # not a refused connection: the core's own line
        return TestResult("other", error.template, tuple((k, str(v)) for k, v in error.params.items()))
    reason = str(error.params["reason"])
    lowered = reason.lower()
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return TestResult("password", WRONG_PASSWORD)
    if "no password supplied" in lowered:
        return TestResult("password", NEEDS_PASSWORD)
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return TestResult("tls", TLS_PROBLEM, (("server", server),))
    if "database" in lowered and "does not exist" in lowered:
        return TestResult("database", NO_DATABASE, (("database", database),))
    if any(
        word in lowered
        for word in (
            "could not translate host name",
            "name or service not known",
            "connection refused",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "no such file or directory",
            "could not connect",
        )
    ):
        return TestResult("not_found", NOT_FOUND, (("server", server),))
    return TestResult("other", OTHER_PROBLEM, (("reason", reason),))
