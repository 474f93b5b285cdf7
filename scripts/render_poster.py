"""Render the README's example poster to docs/screenshots/poster.png from demo data.

Run from the repository root: python scripts/render_poster.py [--dpi 80]. Needs poppler's pdftoppm.
The same code and data give the same picture (fixed demo seed and date, reportlab's invariant mode).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date, time
from pathlib import Path

from checkin.db import Database
from checkin.demo import fill_demo
from checkin.services import printing
from checkin.services.programme import ActivityInput, add_activity

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)
DAY = date(2026, 11, 25)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "poster.png")
    args = parser.parse_args()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(Path(folder) / "data")
        with database.session() as session:
            fill_demo(session, families=20, weeks=4, today=TODAY)
            location = printing.current_location(session)
            assert location.id is not None
            activity = add_activity(
                session,
                location_id=location.id,
                data=ActivityInput(
                    day=DAY,
                    title="Voorlezen met de bibliotheek",
                    theme="Kinderboekenweek",
                    partner="Bibliotheek Hoeksche Waard",
                    description=(
                        "Een medewerker van de bibliotheek leest voor en laat zien welke boekjes passen bij "
                        "de leeftijd van uw kind. Daarna spelen we samen en is er tijd voor vragen. "
                        "Iedereen is welkom: Çağla, Łucja en İbrahim ook!"
                    ),
                    start=time(9, 30),
                    end=time(11, 30),
                ),
                today=TODAY,
            )
            assert activity.id is not None
            data = printing.poster_pdf(session, activity_id=activity.id, invariant=True)
        database.dispose()
        pdf = Path(folder) / "poster.pdf"
        pdf.write_bytes(data)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        stem = args.out.with_suffix("")
        subprocess.run(
            [pdftoppm, "-r", str(args.dpi), "-png", "-singlefile", str(pdf), str(stem)], check=True
        )
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
