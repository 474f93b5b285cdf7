"""The Windows version resource of the executables, made from pyproject.toml's version.

Used by packaging/checkin.spec on Windows (the Explorer's Properties > Details tab shows it).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def project_version() -> str:
    """The version in pyproject.toml, e.g. "0.1.0"."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def numeric(version: str) -> tuple[int, int, int, int]:
    """ "1.2.3" (or "1.2.3rc1") as the four numbers Windows wants: (1, 2, 3, 0)."""
    parts = []
    for piece in version.split(".")[:4]:
        leading = re.match(r"\d+", piece)  # "0rc1" is 0
        parts.append(int(leading.group(0)) if leading else 0)
    while len(parts) < 4:
        parts.append(0)
    return parts[0], parts[1], parts[2], parts[3]


def version_info(exe_name: str, description: str, version: str | None = None) -> Any:
    """The version resource (a VSVersionInfo) of one executable (exe_name without ".exe")."""
    # PyInstaller's module needs pefile, which PyInstaller installs on Windows only.
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    version = version or project_version()
    four = numeric(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=four, prodvers=four, mask=0x3F, flags=0x0, OS=0x40004, fileType=0x1),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        "041304B0",  # Dutch (Netherlands), Unicode
                        [
                            StringStruct("CompanyName", "Ontmoetingsplek Check-in"),
                            StringStruct("FileDescription", description),
                            StringStruct("FileVersion", version),
                            StringStruct("InternalName", exe_name),
                            StringStruct("LegalCopyright", "EUPL-1.2"),
                            StringStruct("OriginalFilename", f"{exe_name}.exe"),
                            StringStruct("ProductName", "Ontmoetingsplek Check-in"),
                            StringStruct("ProductVersion", version),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [0x0413, 1200])]),
        ],
    )
