"""Score person clustering against PolNeAR's CoreNLP coreference chains (silver): MUC and B³.

    python -m whosaid.people.coref_eval [--shared ../shared] [--split dev] [--limit N] [--json]

Gold: the CoreNLP ``dcoref`` chains of each article that are about a person (a mention whose
head token is NER PERSON, or a personal pronoun he/she/him/her/his/hers as head).  CoreNLP is
itself a system, so these figures are silver, useful to compare versions of whosaid, not as
an absolute accuracy.

Response: every mention of every ``Person`` (kind person) that ``whosaid.pipeline.process``
finds.  A response mention is aligned to the gold mention whose head token lies inside it
(the largest such gold mention when several do); mentions left unaligned on either side are
"twinless" and count against recall or precision, as in the CoNLL-2012 scorer.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import pathlib
import sys
from collections.abc import Iterable, Iterator
from typing import Any

log = logging.getLogger(__name__)

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}

Mention = tuple[int, int]  # character span
Cluster = list[Mention]


def gold_chains(record: dict[str, Any]) -> tuple[list[Cluster], list[list[Mention]]]:
    """Person chains of one CoreNLP record as character spans, with each mention's head span."""
    sents = record["sentences"]
    chains: list[Cluster] = []
    heads: list[list[Mention]] = []
    for chain in record.get("coref", []):
        spans, hs, person = [], [], False
        for m in chain:
            toks = sents[m["sentence"] - 1]["tokens"]
            first, last = toks[m["start_token"] - 1], toks[m["end_token"] - 2]
            head = toks[m["head"] - 1]
            spans.append((first["start"], last["end"]))
            hs.append((head["start"], head["end"]))
            if head.get("ner") == "PERSON" or head["text"].lower() in PERSON_PRONOUNS:
                person = True
        if person:
            chains.append(spans)
            heads.append(hs)
    return chains, heads


def score_document(response: list[Cluster], gold: list[Cluster], gold_heads: list[list[Mention]]) -> dict[str, float]:
    """MUC and B³ counts for one document (numerators and denominators, summed later)."""
    pairs = [(span, head) for chain, hs in zip(gold, gold_heads) for span, head in zip(chain, hs)]
    taken: set[Mention] = set()
    aligned: list[Cluster] = []
    for cluster in response:
        new = []
        for s, e in sorted(cluster):
            cands = [span for span, (hs, he) in pairs if s <= hs and he <= e and span not in taken]
            if cands:
                best = max(cands, key=lambda sp: min(e, sp[1]) - max(s, sp[0]))
                taken.add(best)
                new.append(best)
            else:
                new.append((s, e))
        aligned.append(new)
    return {**_muc(gold, aligned), **_b3(gold, aligned)}


def _muc(key: list[Cluster], resp: list[Cluster]) -> dict[str, float]:
    def part(a: list[Cluster], b: list[Cluster]) -> tuple[float, float]:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            if len(c) < 2:
                continue
            parts = {where.get(m, ("solo", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num, den

    rn, rd = part(key, resp)
    pn, pd = part(resp, key)
    return {"muc_rn": rn, "muc_rd": rd, "muc_pn": pn, "muc_pd": pd}


def _b3(key: list[Cluster], resp: list[Cluster]) -> dict[str, float]:
    def side(a: list[Cluster], b: list[Cluster]) -> tuple[float, float]:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = 0.0
        den = 0
        for c in a:
            cs = set(c)
            for m in c:
                den += 1
                if m in where:
                    num += len(cs & set(b[where[m]])) / len(cs)
        return num, den

    rn, rd = side(key, resp)
    pn, pd = side(resp, key)
    return {"b3_rn": rn, "b3_rd": rd, "b3_pn": pn, "b3_pd": pd}


def _f(n: float, d: float) -> float:
    return n / d if d else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summarise(totals: dict[str, float], docs: int, gold_mentions: int, resp_mentions: int) -> dict[str, Any]:
    out: dict[str, Any] = {"docs": docs, "gold_mentions": gold_mentions, "response_mentions": resp_mentions}
    for name in ("muc", "b3"):
        r = _f(totals[f"{name}_rn"], totals[f"{name}_rd"])
        p = _f(totals[f"{name}_pn"], totals[f"{name}_pd"])
        out[name] = {"p": round(p, 4), "r": round(r, 4), "f1": round(_f1(p, r), 4)}
    out["avg_f1"] = round((out["muc"]["f1"] + out["b3"]["f1"]) / 2, 4)
    return out


def _read_jsonl(path: pathlib.Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def evaluate(shared: str | os.PathLike, split: str = "dev", limit: int | None = None,
             nlp: Any = None) -> dict[str, Any]:
    """Run the pipeline on PolNeAR ``split`` and score its people against CoreNLP coref."""
    from ..pipeline import process
    from ..records import Document

    base = pathlib.Path(shared) / "data" / "polnear"
    texts = {d["id"]: d for d in _read_jsonl(base / f"{split}.jsonl")}
    totals: dict[str, float] = {k: 0.0 for k in ("muc_rn", "muc_rd", "muc_pn", "muc_pd", "b3_rn", "b3_rd", "b3_pn", "b3_pd")}
    docs = gold_n = resp_n = 0
    for rec in _read_jsonl(base / f"corenlp-{split}.jsonl.gz"):
        if limit is not None and docs >= limit:
            break
        art = texts.get(rec["id"])
        if art is None:
            log.warning("%s: no article text for this CoreNLP record", rec["id"])
            continue
        chains, gold_heads = gold_chains(rec)
        doc = Document(id=art["id"], text=art["text"], title=art.get("title"), published=art.get("published"))
        try:
            process(doc, nlp)
        except Exception as exc:  # one bad article must not stop the evaluation
            log.error("%s: pipeline failed: %s", art["id"], exc)
            continue
        response = [[(m.start, m.end) for m in p.mentions] for p in doc.people if p.kind == "person"]
        response = [sorted(set(c)) for c in response if c]
        for k, v in score_document(response, chains, gold_heads).items():
            totals[k] += v
        docs += 1
        gold_n += sum(len(c) for c in chains)
        resp_n += sum(len(c) for c in response)
    return summarise(totals, docs, gold_n, resp_n)


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m whosaid.people.coref_eval", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.environ.get("WHOSAID_SHARED", "../shared"),
                    help="the shared folder holding data/polnear (default: $WHOSAID_SHARED or ../shared)")
    ap.add_argument("--split", default="dev", choices=["dev", "train"], help="PolNeAR split (default dev)")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(list(argv) if argv is not None else None)
    base = pathlib.Path(args.shared) / "data" / "polnear"
    if not (base / f"corenlp-{args.split}.jsonl.gz").is_file():
        print(f"{base}: no corenlp-{args.split}.jsonl.gz; pass --shared DIR or set WHOSAID_SHARED", file=sys.stderr)
        return 2
    r = evaluate(args.shared, args.split, args.limit)
    if args.json:
        print(json.dumps(r))
    else:
        print(f"PolNeAR {args.split} person coreference vs CoreNLP dcoref (silver): docs={r['docs']} "
              f"gold_mentions={r['gold_mentions']} response_mentions={r['response_mentions']}")
        for name, label in (("muc", "MUC"), ("b3", "B3")):
            s = r[name]
            print(f"{label:4} P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f}")
        print(f"avg F1={r['avg_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
