"""A power cut for SQLite: a VFS (through apsw) that knows which writes reached the disk for sure.

SQLite promises durability only for what it has fsynced. A killed process loses nothing that was
written (the kernel still has it), so a kill test cannot tell ``synchronous=FULL`` from ``OFF``.
A power cut can lose every write since the last fsync of that file, or any part of them.

``PowerCutVFS`` passes every read and write to the real files, so SQLite works as usual, but keeps
for each file its *durable image*: its content as of its last ``xSync``. Writes since then are
pending. ``cut()`` ends the session as a power cut would: from then on every write and sync fails,
and ``survivors(folder)`` writes what the disk holds after the cut into ``folder``: each file's
durable image plus a random subset of its pending writes (``keep`` is the chance that one pending
write made it anyway; 0 drops them all, the worst case for the WAL, which has no fsync to lean
on). A file that was never synced is absent, and so is the shared-memory index (``-shm``), which
SQLite rebuilds from the WAL.

The model is a disk that honours fsync and writes a write either whole or not at all (no torn
sectors, which SQLite's WAL checksums would catch anyway).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import apsw


@dataclass
class _FileState:
    durable: bytearray | None
    """The content as of the last sync; None for a file that was never synced (and is not there)."""
    pending: list[tuple[str, int, bytes]] = field(default_factory=list)
    """("write", offset, data) or ("truncate", size, b"") since the last sync, in order."""


def _apply(image: bytearray, op: tuple[str, int, bytes]) -> None:
    kind, where, data = op
    if kind == "truncate":
        del image[where:]
        return
    if len(image) < where:
        image.extend(b"\0" * (where - len(image)))
    image[where : where + len(data)] = data


class PowerCut(apsw.IOError):
    """Raised into SQLite for every write or sync after the cut (SQLite sees SQLITE_IOERR)."""


class PowerCutVFS(apsw.VFS):
    def __init__(self, name: str = "powercut") -> None:
        self.name = name
        self.files: dict[str, _FileState] = {}
        self.is_cut = False
        self.operations = 0
        """Writes and syncs seen so far: a test can cut after any number of them."""
        self.cut_after: int | None = None
        super().__init__(name, "")

    def add_existing(self, path: Path) -> None:
        """A file that was on the disk, fsynced, before this session (the database made by the app)."""
        self.files[str(path)] = _FileState(durable=bytearray(path.read_bytes()))

    def xOpen(self, name: str | apsw.URIFilename | None, flags: list[int]) -> PowerCutFile:
        filename = name.filename() if isinstance(name, apsw.URIFilename) else name
        assert filename is not None, "temporary files are not used"
        self.files.setdefault(filename, _FileState(durable=None))
        return PowerCutFile(self, filename, name, flags)

    def tick(self) -> bool:
        """Count one write or sync: True to do it, False once the power is off.

        The write or sync at which the power goes raises, so that SQLite's statement fails;
        what SQLite tries after that (a rollback, closing) goes nowhere, as in a dark room. The
        caller must not acknowledge anything once ``is_cut`` is set.
        """
        if self.is_cut:
            return False
        self.operations += 1
        if self.cut_after is not None and self.operations > self.cut_after:
            self.cut()
            raise PowerCut("de stroom is uitgevallen")
        return True

    def cut(self) -> None:
        self.is_cut = True

    def survivors(self, folder: Path, *, rng: random.Random, keep: float = 0.0) -> list[Path]:
        """Write what the disk holds after the cut into ``folder``, under the files' own names."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for filename, state in self.files.items():
            if filename.endswith("-shm"):
                continue
            if state.durable is None and (not state.pending or rng.random() >= keep):
                continue  # never synced: the file, or its directory entry, may well be gone
            image = bytearray(state.durable or b"")
            for op in state.pending:
                if rng.random() < keep:
                    _apply(image, op)
            target = folder / Path(filename).name
            target.write_bytes(bytes(image))
            written.append(target)
        return written


class PowerCutFile(apsw.VFSFile):
    def __init__(
        self, vfs: PowerCutVFS, filename: str, name: str | apsw.URIFilename | None, flags: list[int]
    ) -> None:
        self.vfs = vfs
        self.state = vfs.files[filename]
        super().__init__("", name, flags)  # type: ignore[arg-type]

    def xWrite(self, data: bytes, offset: int) -> None:
        if not self.vfs.tick():
            return
        super().xWrite(data, offset)
        self.state.pending.append(("write", offset, bytes(data)))

    def xTruncate(self, newsize: int) -> None:
        if not self.vfs.tick():
            return
        super().xTruncate(newsize)
        self.state.pending.append(("truncate", newsize, b""))

    def xSync(self, flags: int) -> None:
        """Everything written so far is now on the disk for sure (no real fsync: the model decides)."""
        if not self.vfs.tick():
            return
        image = self.state.durable if self.state.durable is not None else bytearray()
        for op in self.state.pending:
            _apply(image, op)
        self.state.durable = image
        self.state.pending.clear()
