"""Near-duplicate detection: pairwise precision/recall of StoryIndex on the labelled set in
tests/data/dedup_set.py (syndicated copies = positives; other stories and follow-ups that
reuse sentences = negatives), and signature speed.

Run: .venv/bin/python -m benchmarks dedup
"""

from __future__ import annotations

import importlib.util
import itertools
import pathlib
import time

from whosaid.clean import mark_boilerplate
from whosaid.dedup import StoryIndex, document_signature
from whosaid.records import Document

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_set():
    spec = importlib.util.spec_from_file_location("dedup_set", ROOT / "tests/data/dedup_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build


def evaluate(stories: int = 40, seed: int = 7) -> dict:
    """Pairwise precision/recall/F1 of story linking, adding documents in order to one index."""
    items = load_set()(stories=stories, seed=seed)
    index = StoryIndex()
    predicted: dict[str, str] = {}
    started = time.perf_counter()
    for doc_id, _label, text in items:
        doc = Document(id=doc_id, text=text, title=text.split("\n", 1)[0])
        mark_boilerplate(doc)
        predicted[doc_id] = index.add(doc_id, document_signature(doc))
    seconds = time.perf_counter() - started
    truth = {doc_id: label for doc_id, label, _ in items}
    tp = fp = fn = 0
    for a, b in itertools.combinations(truth, 2):
        same, linked = truth[a] == truth[b], predicted[a] == predicted[b]
        tp += same and linked
        fp += linked and not same
        fn += same and not linked
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"docs": len(items), "pairs_same": tp + fn, "precision": precision, "recall": recall, "f1": f1,
            "tp": tp, "fp": fp, "fn": fn, "seconds": seconds}


def main() -> None:
    for seed in (7, 11, 101):  # 101 was not looked at while choosing the thresholds
        r = evaluate(seed=seed)
        print(f"dedup seed={seed}: {r['docs']} docs, {r['pairs_same']} same-story pairs: "
              f"precision {r['precision']:.3f} recall {r['recall']:.3f} F1 {r['f1']:.3f} "
              f"(tp {r['tp']} fp {r['fp']} fn {r['fn']}); {1000 * r['seconds'] / r['docs']:.2f} ms/doc")


if __name__ == "__main__":
    main()
