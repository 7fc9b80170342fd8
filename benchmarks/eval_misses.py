"""List every miss of an extraction run against a seed-style gold file.

Uses the shared scorer's own matching (import of score_quotes.py), so what is listed is exactly
what the figures count: gold quotes not found, found quotes with the wrong speaker, predictions
that hit no gold quote (false positives), and accepted speakers that are aliases rather than the
canonical name.

Usage: python -m benchmarks.eval_misses GOLD PRED [--subset all|direct|indirect]
  (PRED from `whosaid eval GOLD --pred-out PRED` or `whosaid extract --format jsonl`)
"""

from __future__ import annotations

import argparse
import json
import sys

from whosaid.evaluate import load_scorer


def _ctx(text: str, s: int, e: int, width: int = 60) -> str:
    left = text[max(0, s - width):s].replace("\n", " ")
    mid = text[s:e].replace("\n", " ")
    if len(mid) > 110:
        mid = mid[:50] + " … " + mid[-50:]
    return f"…{left}[[{mid}]]{text[e:e + width]}…".replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--subset", choices=["all", "direct", "indirect"], default="all")
    args = ap.parse_args(argv)
    sc = load_scorer(None)
    preds = {str(d["id"]): d for d in sc.load(args.pred)}
    counts = dict(missed=0, wrong_speaker=0, false_pos=0, alias_only=0)
    for gd in sc.load(args.gold):
        text = gd["text"]
        g = sc.gold_units(gd)
        raw_gold = gd.get("quotes", [])
        pd_doc = preds.get(str(gd["id"]), {"quotes": []})
        p = sc.pred_units(pd_doc, text)
        raw_pred = pd_doc.get("quotes", [])
        gi = [i for i, u in enumerate(g) if args.subset == "all" or u["kind"] == args.subset]
        pi = [i for i, u in enumerate(p) if args.subset == "all" or u["kind"] == args.subset]
        hits: dict[int, list[tuple[int, bool]]] = {i: [] for i in gi}
        lines: list[str] = []
        for j in pi:
            pu = p[j]
            plen = max(1, pu["end"] - pu["start"])
            best = max(gi, key=lambda i: sc.overlap(g[i], pu), default=None)
            if best is None or sc.overlap(g[best], pu) < 0.5 * plen:
                counts["false_pos"] += 1
                sp = raw_pred[j].get("speaker") or {}
                m = (sp.get("mention") or {}).get("text")
                lines.append(f"  FALSE POS  {pu['kind']:8} speaker={sp.get('name')!r} mention={m!r}\n"
                             f"             {_ctx(text, pu['start'], pu['end'])}")
                continue
            ok = sc.speaker_ok(g[best], pu)
            hits[best].append((j, ok))
        for i in gi:
            gu = g[i]
            rq = raw_gold[i]
            need = 0.3 * max(1, gu["end"] - gu["start"])
            found = sc.covered(gu, [p[j] for j, _ in hits[i]]) > need
            right = sc.covered(gu, [p[j] for j, ok in hits[i] if ok]) > need
            gold_sp = f"{rq.get('speaker')!r} ({rq.get('speaker_kind')}, mention {rq.get('mention')!r}, cue {rq.get('cue')!r})"
            if not found:
                counts["missed"] += 1
                partial = ""
                if hits[i]:
                    partial = " (hit but covered <30%)"
                near = [j for j in pi if sc.overlap(gu, p[j]) > 0]
                near_s = "; ".join(f"pred {p[j]['kind']} {text[p[j]['start']:p[j]['end']][:70]!r}" for j in near)
                lines.append(f"  MISSED{partial}  {gu['kind']:8} gold={gold_sp}\n"
                             f"             {_ctx(text, gu['start'], gu['end'])}"
                             + (f"\n             overlapping: {near_s}" if near_s else ""))
            elif not right:
                counts["wrong_speaker"] += 1
                got = []
                for j, _ in hits[i]:
                    sp = raw_pred[j].get("speaker") or {}
                    got.append(f"{sp.get('name')!r} via {(sp.get('mention') or {}).get('text')!r}")
                lines.append(f"  WRONG SPKR {gu['kind']:8} gold={gold_sp} pred={'; '.join(got)}\n"
                             f"             {_ctx(text, gu['start'], gu['end'])}")
            else:
                names = {(raw_pred[j].get("speaker") or {}).get("name") for j, ok in hits[i] if ok}
                if rq.get("speaker") and any(n and n != rq["speaker"] for n in names):
                    counts["alias_only"] += 1
                    lines.append(f"  ALIAS OK   {gu['kind']:8} gold={rq['speaker']!r} pred={sorted(n for n in names if n)}\n"
                                 f"             {_ctx(text, gu['start'], gu['end'], 30)}")
        if lines:
            print(f"== {gd['id']}")
            print("\n".join(lines))
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
