"""Logs: a rotating file in the log folder, without names, codes or statement parameters."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from sqlalchemy import text

from checkin import logs
from checkin.db import Database


def test_log_goes_to_a_rotating_file_without_codes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "log"))
    path = logs.configure()
    try:
        assert path == tmp_path / "log" / logs.LOG_NAME
        handlers = [h for h in logging.getLogger().handlers if getattr(h, "_checkin", False)]
        assert len(handlers) == 1 and isinstance(handlers[0], logging.handlers.RotatingFileHandler)
        assert handlers[0].maxBytes == logs.MAX_BYTES and handlers[0].backupCount == logs.BACKUP_COUNT
        logging.getLogger("somelib").warning("family K7F3 did something with %s", "TYXX")
        logs.configure()  # again: still one handler
        assert len([h for h in logging.getLogger().handlers if getattr(h, "_checkin", False)]) == 1
    finally:
        logs.shutdown()
    content = path.read_text()
    assert "did something" in content
    assert "K7F3" not in content and "TYXX" not in content


def test_sqlalchemy_errors_carry_no_parameters(tmp_path: Path, data_dir: Path) -> None:
    path = logs.configure(folder=tmp_path / "log", level=logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    database = Database.open(data_dir)
    try:
        with database.engine.connect() as conn:
            conn.execute(text("SELECT :name"), {"name": "Wilhelmientje"})
    finally:
        database.dispose()
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        logs.shutdown()
    content = path.read_text()
    assert "SELECT" in content
    assert "Wilhelmientje" not in content
