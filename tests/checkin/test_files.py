"""The one atomic writer: the whole new file or nothing, never a partial file or a leftover."""

from __future__ import annotations

import errno
import os
import signal
from pathlib import Path

import pytest

from checkin.errors import Rejected
from checkin.files import atomic_path, write_atomic


def test_write_atomic_writes_and_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "figures.csv"
    write_atomic(target, b"first")
    write_atomic(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_a_failure_mid_write_leaves_no_file_and_no_partial_file(tmp_path: Path) -> None:
    """A real short write: the process may write only 64 KiB per file (the disk is "full")."""
    resource = pytest.importorskip("resource")
    target = tmp_path / "inzage.pdf"
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (65536, hard))
    try:
        with pytest.raises(OSError) as raised:
            write_atomic(target, b"%PDF-1.4 " + b"x" * 200_000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert raised.value.errno == errno.EFBIG
    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "backup.sqlite"
    target.write_bytes(b"the old copy")

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="Input/output"):
        write_atomic(target, b"the new copy")
    monkeypatch.undo()
    assert target.read_bytes() == b"the old copy"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.sqlite"]


def test_an_exception_in_the_block_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_bytes(b"half a database")
        assert temp.parent == tmp_path and temp.name.startswith(".partial-copy.sqlite.")
        raise RuntimeError("integrity check failed")
    assert list(tmp_path.iterdir()) == []


def test_folders_are_checked_or_made(tmp_path: Path) -> None:
    with pytest.raises(Rejected, match="is een map"):
        write_atomic(tmp_path, b"x")
    with pytest.raises(Rejected, match="bestaat niet"):
        write_atomic(tmp_path / "nope" / "x.pdf", b"x")
    assert write_atomic(tmp_path / "made" / "x.pdf", b"x", create_folder=True).read_bytes() == b"x"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Rejected):
        write_atomic(blocker / "x.pdf", b"x", create_folder=True)


def test_the_file_is_readable_by_others_unless_asked_private(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    assert write_atomic(tmp_path / "a.pdf", b"x").stat().st_mode & 0o777 == 0o644
    with atomic_path(tmp_path / "b.sqlite", mode=0o600) as temp:
        temp.write_bytes(b"x")
    assert (tmp_path / "b.sqlite").stat().st_mode & 0o777 == 0o600
