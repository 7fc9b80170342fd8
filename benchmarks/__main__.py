"""Run every ``benchmarks/bench_*.py`` module's ``main()`` in its own process, in name order.

Each benchmark runs in a fresh interpreter so that one's peak RSS does not leak into another's.
Usage: ``python -m benchmarks [NAME...]`` (e.g. ``python -m benchmarks extract``).
"""

from __future__ import annotations

import pathlib
import subprocess
import sys


def main(argv: list[str]) -> int:
    here = pathlib.Path(__file__).parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    failed = 0
    for name in names:
        print(f"\n== {name} ==", flush=True)
        rc = subprocess.call([sys.executable, "-m", f"benchmarks.{name}"])
        failed += rc != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
