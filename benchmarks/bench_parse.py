"""Speed of the shipped English pipeline: load time and words/s on news text.

Text: PolNeAR dev articles read at run time from the shared folder (WHOSAID_SHARED, default
../shared). Run: ``.venv/bin/python -m benchmarks parse``.
"""

from __future__ import annotations

import json
import os
import pathlib
import time

N_ARTICLES = 40


def _articles() -> list[str]:
    shared = pathlib.Path(os.environ.get("WHOSAID_SHARED", pathlib.Path(__file__).resolve().parents[2] / "shared"))
    path = shared / "data" / "polnear" / "dev.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for _, line in zip(range(N_ARTICLES), fh)]


def _rate(nlp, texts: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    words = sum(sum(1 for t in doc if not t.is_space) for doc in nlp.pipe(texts, batch_size=16))
    return words / (time.perf_counter() - start), words


def main() -> None:
    import spacy

    from whosaid.analyse import load_pipeline

    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    start = time.perf_counter()
    nlp = load_pipeline()
    load_s = time.perf_counter() - start
    texts = _articles()
    nlp(texts[0])  # warm-up
    print(f"machine: {cores} CPU cores available, spaCy {spacy.__version__}, "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}")
    print(f"load_pipeline(): {load_s:.2f} s ({', '.join(nlp.pipe_names)})")
    rate, words = _rate(nlp, texts)
    print(f"full pipeline: {rate:,.0f} words/s ({words:,} words, {len(texts)} PolNeAR dev articles)")
    for disable in (("ner",), ("ner", "parser")):
        light = load_pipeline(disable=disable)
        rate, _ = _rate(light, texts)
        print(f"without {'+'.join(disable)}: {rate:,.0f} words/s")


if __name__ == "__main__":
    main()
