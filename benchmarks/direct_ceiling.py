"""How far PolNeAR's direct subset can go for a system that follows the seed's quote convention.

    python -m benchmarks.direct_ceiling [--shared ../shared]

The scorer calls a PolNeAR gold unit direct when its content holds a double quotation mark, and a
gold unit is found only when predictions cover more than 30% of it. PolNeAR's content for a
partial quotation is the whole reported clause ("said the plan was “a disaster” for farmers");
the seed's gold, which whosaid follows, is the quoted words only ("Says She Misses Her Sons
‘Desperately’" -> "Desperately"). Emitting the words inside the marks, a system can find a
direct unit only when those words are more than 30% of it; this prints the share of dev's direct
units where that holds, and the F1 it caps at with perfect precision and speakers.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import sys

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.environ.get("WHOSAID_SHARED")
                    or str(pathlib.Path(__file__).resolve().parents[2] / "shared"),
                    help="the shared folder (default: $WHOSAID_SHARED or ../shared)")
    args = ap.parse_args(argv)
    shared = pathlib.Path(args.shared)
    sys.path.insert(0, str(shared / "tools"))
    import score_quotes  # the metric itself: its gold units and kind rule

    total = reachable = 0
    for doc in score_quotes.load(str(shared / "data" / "polnear" / "dev.jsonl")):
        text = doc["text"]
        spans = [m.span() for m in _QUOTED.finditer(text)]
        for unit in score_quotes.gold_units(doc):
            if unit["kind"] != "direct":
                continue
            total += 1
            inside = sum(max(0, min(e, unit["end"]) - max(s, unit["start"])) for s, e in spans)
            reachable += inside > 0.3 * max(1, unit["end"] - unit["start"])
    recall = reachable / total
    print(f"PolNeAR dev direct gold units: {total}")
    print(f"findable from the quoted words alone (> 30% of the unit inside quotation marks): "
          f"{reachable} ({recall:.1%})")
    print(f"direct end-to-end F1 ceiling at precision 1.0 and every speaker right: "
          f"{2 * recall / (1 + recall):.3f}")


if __name__ == "__main__":
    main()
