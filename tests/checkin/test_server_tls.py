"""TLS tried on a real (throwaway) server: the app's default for a server that is not on this
computer, ``sslmode=verify-full``, connects with the server's CA certificate and refuses without
it, with another CA, or under a name the certificate is not for (one Dutch line, exit status 2).

The server (tests/helpers/pg_server.py with ``make_tls``) has a certificate for ``db.test`` made
by openssl with a CA of its own, and its pg_hba.conf allows TCP over TLS only. The app reaches it
by that name with ``hostaddr=127.0.0.1`` (libpq verifies the name, connects to the address), so
no /etc/hosts entry is needed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from checkin import engines
from checkin.cli import main
from checkin.db import Database
from tests.helpers import pg_server


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pg_server.Server]:
    reason = pg_server.missing_reason()
    if reason is not None:
        pytest.skip(reason)
    tls = pg_server.make_tls(tmp_path_factory.mktemp("tls"))
    with pg_server.running_server(tls=tls) as server:
        yield server


@pytest.fixture(autouse=True)
def no_certificates_at_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """libpq's default CA file is ~/.postgresql/root.crt: an empty home, so only the URL counts."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PGSSLROOTCERT", raising=False)
    monkeypatch.delenv("PGSSLMODE", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(code: int, out: str, err: str, phrase: str) -> None:
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1, err
    assert phrase in err and "Traceback" not in err, err


def test_the_default_verify_full_connects_with_the_servers_ca(
    capsys: pytest.CaptureFixture[str], tls_server: pg_server.Server, tmp_path: Path
) -> None:
    assert tls_server.tls is not None
    url = tls_server.tls_url(sslrootcert=str(tls_server.tls.ca_cert))
    target = engines.target(tmp_path / "desk", url)
    assert target.url is not None and target.url.query["sslmode"] == "verify-full"  # not asked for
    code, _out, err = run(
        capsys, "--data-dir", tmp_path / "desk", "--database", url, "demo", "--families", "5", "--weeks", "1"
    )
    assert (code, err) == (0, ""), err
    code, _out, err = run(capsys, "--data-dir", tmp_path / "desk", "--database", url, "check")
    assert (code, err) == (0, ""), err
    database = Database.open(tmp_path / "desk", url=url)
    try:
        with database.engine.connect() as connection:
            ssl = connection.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
            assert ssl[0] is True and ssl[1].startswith("TLS"), ssl
            assert connection.execute(text("SELECT count(*) FROM family")).scalar_one() == 5
    finally:
        database.dispose()


def test_without_the_ca_certificate_the_desk_refuses_in_one_dutch_line(
    capsys: pytest.CaptureFixture[str], tls_server: pg_server.Server, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", tmp_path / "desk", "--database", tls_server.tls_url(), "check")
    refused(code, out, err, "Het certificaat van de databaseserver van")
    assert "root.crt" in err


def test_a_certificate_of_another_ca_or_for_another_name_is_refused(
    capsys: pytest.CaptureFixture[str], tls_server: pg_server.Server, tmp_path: Path
) -> None:
    assert tls_server.tls is not None
    other_ca, _key = pg_server.make_ca(tmp_path / "other", "other-ca")
    url = tls_server.tls_url(sslrootcert=str(other_ca))
    code, out, err = run(capsys, "--data-dir", tmp_path / "desk", "--database", url, "check")
    refused(code, out, err, "Het certificaat van de databaseserver van")
    # the right CA, but the server reached under a name its certificate is not for
    url = tls_server.tls_url(host="elders.test", sslrootcert=str(tls_server.tls.ca_cert))
    code, out, err = run(capsys, "--data-dir", tmp_path / "desk", "--database", url, "check")
    refused(code, out, err, "Het certificaat van de databaseserver van")
    assert not (tmp_path / "desk" / "checkin.sqlite").exists()


def test_the_server_refuses_a_connection_without_tls(
    capsys: pytest.CaptureFixture[str], tls_server: pg_server.Server, tmp_path: Path
) -> None:
    url = tls_server.tls_url(sslmode="disable")  # asked for in the URL: the server's hostnossl reject
    code, out, err = run(capsys, "--data-dir", tmp_path / "desk", "--database", url, "check")
    refused(code, out, err, "niet bereikbaar of weigert de verbinding")
    assert "no encryption" in err or "pg_hba.conf" in err
