"""Run the benchmarks and print their figures: `python -m benchmarks [name ...]`."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import benchmarks


def main(argv: list[str]) -> int:
    names = argv or sorted(
        m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")
    )
    for name in names:
        module = importlib.import_module(
            f"benchmarks.{name if name.startswith('bench_') else 'bench_' + name}"
        )
        print(f"== {module.__name__}")
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
