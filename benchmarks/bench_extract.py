"""Speed and memory of `whosaid extract` against a plain full parse by the same spaCy pipeline.

Texts: PolNeAR dev (from the shared folder), repeated to about 300 articles. Prints
articles/s and words/s of extraction (the whole pipeline: boilerplate, quotes, speakers,
people, relations, provenance) and of ``nlp.pipe`` over the same texts, their ratio, and the
process's peak RSS. The full-parse pipeline is ``whosaid.analyse.load_pipeline()``; when no
trained pipeline is installed it falls back to ``spacy.blank("en")`` with a sentencizer and
says so.

    .venv/bin/python -m benchmarks extract
"""

from __future__ import annotations

import json
import os
import pathlib
import resource
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET_ARTICLES = 300


def _texts() -> list[str]:
    shared = pathlib.Path(os.environ.get("WHOSAID_SHARED", ROOT.parent / "shared"))
    path = shared / "data/polnear/dev.jsonl"
    with open(path, encoding="utf-8") as f:
        base = [json.loads(line)["text"] for line in f if line.strip()]
    out = []
    while len(out) < TARGET_ARTICLES:
        out.extend(base)
    return out[:TARGET_ARTICLES]


def _pipeline():
    try:
        from whosaid.analyse import load_pipeline

        return load_pipeline(), "whosaid.analyse.load_pipeline()"
    except Exception:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp, "spacy.blank('en') + sentencizer (no trained pipeline installed)"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> int:
    from whosaid.pipeline import process
    from whosaid.records import Document

    texts = _texts()
    words = sum(len(t.split()) for t in texts)
    process(Document(id="warm", text=texts[0]))  # load tables once
    # CPU time of this process: the per-core rate, steady on a shared machine
    t0, c0 = time.perf_counter(), time.process_time()
    for i, t in enumerate(texts):
        process(Document(id=str(i), text=t))
    w_extract, t_extract = time.perf_counter() - t0, time.process_time() - c0
    rss_extract = _peak_rss_mb()

    nlp, what = _pipeline()
    list(nlp.pipe(texts[:2]))
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    w_parse, t_parse = time.perf_counter() - t0, time.process_time() - c0

    a_ex, a_pa = len(texts) / t_extract, len(texts) / t_parse
    print(f"texts: {len(texts)} articles, {words} words (PolNeAR dev repeated)")
    print(f"full-parse pipeline: {what}")
    print("per core (CPU seconds of this process):")
    print(f"extract     {a_ex:8.1f} articles/s {words / t_extract:10.0f} words/s  ({t_extract:.2f} s CPU, {w_extract:.2f} s wall)")
    print(f"full parse  {a_pa:8.1f} articles/s {words / t_parse:10.0f} words/s  ({t_parse:.2f} s CPU, {w_parse:.2f} s wall)")
    print(f"ratio extract/full-parse throughput: {a_ex / a_pa:.2f}x")
    print(f"peak RSS after extract: {rss_extract:.0f} MB; after both: {_peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
