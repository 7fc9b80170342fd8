"""Score a pipeline on EWT test (gold tokens) and PolNeAR dev (silver CoreNLP NER/tags/sentences)."""

from __future__ import annotations

import logging
import os
import pathlib
import tempfile
from typing import Any

from ..errors import InputError

log = logging.getLogger(__name__)


def _examples(nlp, path: pathlib.Path, *, gold_tokens: bool) -> list:
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    examples = []
    for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
        if gold_tokens:  # the reference's own words: scores parse/tags, not tokenisation
            pred = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
        else:
            pred = nlp.make_doc(ref.text)
        examples.append(Example(pred, ref))
    return examples


def _boundary_prf(nlp, examples: list) -> dict[str, float]:
    """Sentence-start P/R/F by character offset. spaCy's sents_f compares whole sentence spans,
    which fails whenever a blank-line token sits at the other side of a boundary; the silver
    PolNeAR sentences leave those tokens unassigned, so compare where sentences *start*."""
    tp = fp = fn = 0
    for eg, doc in zip(examples, nlp.pipe((eg.predicted for eg in examples), batch_size=32)):
        gold = {t.idx for t in eg.reference if t.is_sent_start and t.i > 0 and not t.is_space}
        pred = set()
        for sent in doc.sents:
            first = next((t for t in sent if not t.is_space), None)
            if first is not None and first.i > 0:
                pred.add(first.idx)
        # The doc's first word is always a start; it says nothing about the model.
        first_word = next((t.idx for t in doc if not t.is_space), None)
        pred.discard(first_word)
        gold.discard(first_word)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def _pick(scores: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: round(scores[k], 4) for k in keys if scores.get(k) is not None}


def evaluate(model: str | os.PathLike | None, data_dir: str | os.PathLike,
             corpus_dir: str | os.PathLike | None = None) -> dict[str, Any]:
    """Return scores of ``model`` (path; None = the shipped pipeline) on the held-out splits.

    * ``ewt_test``: UD EWT test, gold tokenisation, sentences found by the parser (documents
      of up to 20 sentences): UAS, LAS, PTB tag accuracy, sentence-boundary P/R/F.
    * ``ewt_test_gold_sents``: the same with one gold sentence per doc (gold tokens and
      sentences, as UD papers usually report): UAS, LAS.
    * ``polnear_dev``: PolNeAR dev tokenised by our tokenizer, against CoreNLP's silver
      annotation: NER P/R/F overall and per label, tag accuracy, sentence-start P/R/F.
    ``corpus_dir`` holds the converted DocBins (built from ``data_dir`` when missing).
    """
    import spacy

    from ..training.convert import build_corpora
    from .pipeline import load_pipeline

    data = pathlib.Path(data_dir)
    if not (data / "ud_english_ewt").is_dir():
        raise InputError(str(data), "no ud_english_ewt/ folder: pass the shared data folder")
    nlp = load_pipeline() if model is None else spacy.load(model)
    tmp = None
    if corpus_dir is None or not (pathlib.Path(corpus_dir) / "ewt-test.spacy").is_file():
        tmp = tempfile.TemporaryDirectory(prefix="whosaid-eval-")
        corpus_dir = tmp.name
        build_corpora(data, pathlib.Path(corpus_dir), ewt_copies=1, polnear_limit=1)
    corpus = pathlib.Path(corpus_dir)
    try:
        out: dict[str, Any] = {}
        s = nlp.evaluate(_examples(nlp, corpus / "ewt-test.spacy", gold_tokens=True))
        out["ewt_test"] = _pick(s, ("dep_uas", "dep_las", "tag_acc", "sents_p", "sents_r", "sents_f"))
        s = nlp.evaluate(_examples(nlp, corpus / "ewt-test-sents.spacy", gold_tokens=True))
        out["ewt_test_gold_sents"] = _pick(s, ("dep_uas", "dep_las"))
        examples = _examples(nlp, corpus / "polnear-dev.spacy", gold_tokens=False)
        s = nlp.evaluate(examples)
        out["polnear_dev"] = _pick(s, ("ents_p", "ents_r", "ents_f", "tag_acc"))
        out["polnear_dev"]["sentence_starts"] = _boundary_prf(nlp, examples)
        out["polnear_dev"]["ents_per_type"] = {
            label: {k: round(v, 4) for k, v in prf.items()}
            for label, prf in sorted((s.get("ents_per_type") or {}).items())}
        return out
    finally:
        if tmp is not None:
            tmp.cleanup()
