"""Extract every user-visible text into resources/translations/*.ts and build the .qm files.

Dutch is the source language. Run `python scripts/update_translations.py`, translate
resources/translations/checkin_en.ts with Qt Linguist (`pyside6-linguist`), run it again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en",)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for folder in ("checkin", "ui") for p in (ROOT / folder).rglob("*.py")
    )


def update(ts_dir: Path = ROOT / "resources" / "translations") -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        ts = ts_dir / f"checkin_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-tr-function-alias",
                "QT_TR_NOOP+=N_",
                "-source-language",
                "nl",
                "-target-language",
                language,
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
        written.append(ts)
    return written


if __name__ == "__main__":
    for path in update():
        print(f"updated {path.relative_to(ROOT)}")
