"""Extract every user-visible text into resources/translations/*.ts and build the .qm files.

Dutch is the source language. The one command, after changing texts or translating:

    python scripts/update_translations.py

- ``checkin_<language>.ts`` for every such file in resources/translations (English today): every
  message of the app, for a translator. ``checkin_nl.ts`` holds only the plurals (Qt's ``%n``
  forms), since the Dutch source texts need no other translation.
- ``qt_extra_<language>.ts``: texts of Qt's own dialogs that Qt's translation lacks, by hand.
- Every ``.ts`` is compiled to the ``.qm`` next to it; the ``.qm`` files are committed (the wheel
  and the PyInstaller build take resources/ as it is) and tests/test_translations.py fails when
  one is older than its ``.ts``.

Adding a language (see docs/translations.md): copy checkin_en.ts to checkin_<code>.ts, run this
script (it empties the copied English translations), translate in Qt Linguist
(``pyside6-linguist resources/translations/checkin_<code>.ts``), run this script again.
``--check`` only reports whether every .ts and .qm is current (exit status 1 when not).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "nl"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for folder in ("checkin", "ui") for p in (ROOT / folder).rglob("*.py")
    )


def languages(ts_dir: Path = FOLDER) -> list[str]:
    """English, Dutch (plurals only), and every language whose checkin_<code>.ts is in ``ts_dir``."""
    found = {p.stem.removeprefix("checkin_") for p in ts_dir.glob("checkin_*.ts")}
    return sorted(found | {"en", SOURCE_LANGUAGE})


def _forget_copied_translations(ts: Path, language: str) -> None:
    """A .ts copied from another language (its language attribute says so) starts empty."""
    if not ts.exists():
        return
    tree = ET.parse(ts)
    root = tree.getroot()
    if root.get("language", language) == language:
        return
    root.set("language", language)
    for translation in root.iter("translation"):
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = None
        if not forms:
            translation.text = None
        translation.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lupdate(ts: Path, language: str) -> None:
    plurals_only = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-tr-function-alias",
            "QT_TR_NOOP+=N_,QT_TR_NOOP+=_tr,tr+=N_n",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            *plurals_only,
            *sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def update(ts_dir: Path = FOLDER) -> list[Path]:
    """Bring every checkin_*.ts up to date with the sources and build every .qm.

    Returns the .ts files to translate (every language but Dutch, whose file holds only plurals).
    """
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages(ts_dir):
        ts = ts_dir / f"checkin_{language}.ts"
        _forget_copied_translations(ts, language)
        lupdate(ts, language)
        if language != SOURCE_LANGUAGE:
            written.append(ts)
    for ts in sorted(ts_dir.glob("*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))
    return written


def stale(ts_dir: Path = FOLDER) -> list[str]:
    """What is not current: a .ts lupdate would change, or a .qm that differs from its .ts built now."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for ts in ts_dir.glob("*.ts"):
            shutil.copy(ts, copy / ts.name)
        update(copy)
        for built in sorted(copy.iterdir()):
            kept = ts_dir / built.name
            if not kept.exists() or kept.read_bytes() != built.read_bytes():
                problems.append(f"{kept.relative_to(ROOT)} is not current")
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        found = stale()
        print("\n".join(found) or "all translations are current")
        sys.exit(1 if found else 0)
    for path in update():
        print(f"updated {path.relative_to(ROOT)}")
