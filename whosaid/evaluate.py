"""Evaluate extraction against gold annotations with the project's shared scorer.

The metric lives in ``shared/tools/score_quotes.py`` and is never copied: this module finds
that file (an explicit path, ``$WHOSAID_SHARED/tools``, or ``../shared`` next to the
repository), runs whosaid on the gold documents' text, and calls the scorer on the
predictions.

    from whosaid.evaluate import evaluate
    figures = evaluate("../shared/data/polnear/dev.jsonl")      # {"all": {...}, "direct": ..., ...}
"""

from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import tempfile
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from .errors import InputError, WhosaidError
from .pipeline import process
from .records import Document

SUBSETS = ("all", "direct", "indirect")
_REPO = pathlib.Path(__file__).resolve().parent.parent


def find_scorer(path: str | os.PathLike[str] | None = None) -> pathlib.Path:
    """The scorer file: ``path``, else ``$WHOSAID_SHARED/tools/score_quotes.py``, else ``../shared``."""
    candidates = []
    if path:
        candidates.append(pathlib.Path(path))
    if os.environ.get("WHOSAID_SHARED"):
        candidates.append(pathlib.Path(os.environ["WHOSAID_SHARED"]) / "tools/score_quotes.py")
    candidates += [_REPO.parent / "shared/tools/score_quotes.py", pathlib.Path.cwd().parent / "shared/tools/score_quotes.py"]
    for c in candidates:
        if c.is_file():
            return c.resolve()
    raise WhosaidError("score_quotes.py not found: pass --scorer PATH or set WHOSAID_SHARED to the shared folder")


def load_scorer(path: str | os.PathLike[str] | None = None) -> ModuleType:
    file = find_scorer(path)
    spec = importlib.util.spec_from_file_location("score_quotes", file)
    if spec is None or spec.loader is None:
        raise WhosaidError(f"{file}: cannot be loaded as a Python module")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(gold_docs: Iterable[dict[str, Any]], nlp: Any = None) -> list[dict[str, Any]]:
    """Run the whole pipeline on each gold document's text; return extract-contract dicts."""
    out = []
    for g in gold_docs:
        doc = Document(id=str(g["id"]), text=g["text"], title=g.get("title"), published=g.get("published"))
        out.append(process(doc, nlp).to_dict())
    return out


def evaluate(gold: str | os.PathLike[str], subsets: Iterable[str] = SUBSETS, scorer: str | None = None,
             predictions: list[dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """Score whosaid on ``gold`` (seed quotes format or PolNeAR JSON lines) for each subset."""
    mod = load_scorer(scorer)
    if not pathlib.Path(gold).is_file():
        raise InputError(str(gold), "no such gold file")
    gold_docs = mod.load(str(gold))
    preds = predictions if predictions is not None else predict(gold_docs)
    return {s: mod.score(gold_docs, preds, s) for s in subsets}


def run_scorer_cli(gold: str, predictions: list[dict[str, Any]], subset: str, scorer: str | None = None,
                   as_json: bool = False) -> int:
    """Print the scorer's own report for ``predictions`` (written to a temporary JSON-lines file)."""
    mod = load_scorer(scorer)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in predictions:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
        name = f.name
    try:
        args = ["score", str(gold), name, "--subset", subset] + (["--json"] if as_json else [])
        return int(mod.main(args) or 0)
    finally:
        os.unlink(name)
