"""A crafted merge input: 200,000 figures in one JSON file under the size limit.

Target (issue "Safe by default"): ``checkin merge`` reads, checks and merges such a file in under
5 s, in time linear in its size. The file has many sections (one per day, each with few figures),
which is what made an earlier merge quadratic: 994 s for 15.9 MB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

FIGURES = 200_000
PER_SECTION = 4


def crafted(figures: int = FIGURES) -> dict[str, object]:
    first = date(2000, 1, 1)
    sections = []
    for n in range(figures // PER_SECTION):
        day = (first + timedelta(days=n)).isoformat()
        sections.append(
            {
                "location": f"Plek {n % 2}",
                "period_start": day,
                "period_end": day,
                "figures": [
                    {"measure": "visits", "category": f"c{i}", "status": "exact", "value": 5 + i}
                    for i in range(PER_SECTION)
                ],
            }
        )
    return {
        "format": "checkin-cijfers",
        "version": 1,
        "k": 5,
        "period": {"start": first.isoformat(), "end": (first + timedelta(days=len(sections))).isoformat()},
        "locations": ["Plek 0", "Plek 1"],
        "merged_from": [],
        "notes": [],
        "definitions": {},
        "sections": sections,
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "groot.json"
        source.write_text(json.dumps(crafted()))
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "checkin",
                "merge",
                str(source),
                "--format",
                "csv",
                "--out",
                str(Path(folder) / "uit.csv"),
            ],
            capture_output=True,
            text=True,
            check=False,
            env={"CHECKIN_DATA_DIR": folder, "CHECKIN_NO_KEYRING": "1", "PATH": ""},
        )
        seconds = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
        size = source.stat().st_size / 1e6
        print(
            f"merge of {FIGURES:,} figures ({size:.1f} MB): {seconds:.2f} s ({cpu:.2f} s CPU), exit {result.returncode} (target < 5 s)"
        )
        if result.returncode != 0:
            print(result.stderr.strip())


if __name__ == "__main__":
    main()
