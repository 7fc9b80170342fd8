"""Turn the shared corpora into spaCy ``DocBin`` files, leaving unknown layers *missing*.

Two sources, each with what it knows and nothing else:

* UD English EWT (CoNLL-U): PTB tags (XPOS), UD heads and labels, sentence starts. Its
  ``Doc.ents`` stay unset, which spaCy reads as "NER missing" (not "no entities").
* PolNeAR CoreNLP (silver): PTB tags, 4-class NER and sentence starts, aligned onto the
  spaCy English tokenizer's tokens of the raw article text (so training sees the same
  tokens as run time). Heads stay unset, so the parser ignores these docs except for
  sentence boundaries. A token whose offsets do not match a CoreNLP token gets no tag.

Nothing from PolNeAR test or the seed is read here.
"""

from __future__ import annotations

import gzip
import json
import logging
import pathlib
from collections.abc import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

log = logging.getLogger(__name__)

# CoreNLP's 4-class labels -> ours. CoreNLP cannot tell a country from a mountain, so LOC
# (not GPE); its numeric/temporal classes (DATE, NUMBER, ...) are not learned: outside.
NER_MAP = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "LOC", "MISC": "MISC"}
# Long EWT documents are cut into chunks of this many sentences: the parser still learns
# sentence boundaries inside a chunk, and batches stay balanced.
EWT_CHUNK_SENTS = 20


def _conllu_sentences(path: pathlib.Path) -> Iterator[tuple[bool, list[list[str]]]]:
    """Yield (starts_new_document, rows) per sentence; multiword-token range lines dropped."""
    new_doc = False
    rows: list[list[str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield new_doc, rows
                new_doc, rows = False, []
            elif line.startswith("#"):
                if line.startswith("# newdoc"):
                    new_doc = True
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:  # multiword range or empty node
                    continue
                rows.append(cols)
    if rows:
        yield new_doc, rows


def ewt_docs(path: pathlib.Path, vocab, chunk: int = EWT_CHUNK_SENTS) -> Iterator[Doc]:
    """EWT documents (cut into chunks of ``chunk`` sentences) with tags, heads, deps."""
    group: list[list[list[str]]] = []
    for new_doc, rows in _conllu_sentences(path):
        if group and (new_doc or len(group) >= chunk):
            yield _ewt_doc(group, vocab)
            group = []
        group.append(rows)
    if group:
        yield _ewt_doc(group, vocab)


def _ewt_doc(sentences: list[list[list[str]]], vocab) -> Doc:
    words, spaces, tags, heads, deps, starts = [], [], [], [], [], []
    for rows in sentences:
        offset = len(words)
        for i, cols in enumerate(rows):
            words.append(cols[1])
            spaces.append("SpaceAfter=No" not in cols[9])
            tags.append(cols[4])
            head = int(cols[6])
            heads.append(offset + head - 1 if head else offset + i)  # root points to itself
            deps.append(cols[7])
            starts.append(i == 0)
        spaces[-1] = True  # sentences are separated by a space in the running text
    spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps,
               sent_starts=starts)


def _corenlp_records(path: pathlib.Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _article_texts(path: pathlib.Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as fh:
        return {rec["id"]: rec["text"] for rec in map(json.loads, fh)}


def polnear_docs(corenlp_path: pathlib.Path, articles_path: pathlib.Path, nlp: Language,
                 limit: int | None = None) -> Iterator[Doc]:
    """PolNeAR articles tokenised by ``nlp``'s tokenizer, with silver tags, NER, sentences."""
    texts = _article_texts(articles_path)
    n = 0
    for rec in _corenlp_records(corenlp_path):
        text = texts.get(rec["id"])
        if text is None:
            log.warning("%s: no article text for CoreNLP record %s", articles_path, rec["id"])
            continue
        yield _polnear_doc(text, rec["sentences"], nlp)
        n += 1
        if limit is not None and n >= limit:
            return


def _entity_spans(sentences: list[dict]) -> list[tuple[int, int, str]]:
    """Character spans of runs of same-label tokens (CoreNLP's NER is IO, not BIO)."""
    spans: list[tuple[int, int, str]] = []
    for sent in sentences:
        cur: list | None = None
        for tok in sent["tokens"]:
            label = NER_MAP.get(tok.get("ner", "O"))
            if label and cur and cur[2] == label:
                cur[1] = tok["end"]
                continue
            if cur:
                spans.append(tuple(cur))
            cur = [tok["start"], tok["end"], label] if label else None
        if cur:
            spans.append(tuple(cur))
    return spans


def _polnear_doc(text: str, sentences: list[dict], nlp: Language) -> Doc:
    doc = nlp.make_doc(text)
    by_offsets = {(t["start"], t["end"]): t["pos"] for s in sentences for t in s["tokens"]}
    sent_starts = {s["tokens"][0]["start"] for s in sentences if s["tokens"]}
    covered = [False] * len(text)  # characters inside some CoreNLP token
    for s in sentences:
        for t in s["tokens"]:
            for c in range(t["start"], t["end"]):
                covered[c] = True
    tags: list[str | None] = []
    starts: list[bool | None] = []
    for tok in doc:
        if tok.is_space:
            tags.append("_SP")
            starts.append(None)
            continue
        key = (tok.idx, tok.idx + len(tok))
        tags.append(by_offsets.get(key))
        if tok.idx in sent_starts:
            starts.append(True)
        elif key in by_offsets or not any(covered[tok.idx:key[1]]):
            starts.append(False)
        else:
            starts.append(None)  # misaligned token: do not claim it does not start a sentence
    for tok, tag, start in zip(doc, tags, starts):
        if tag is not None:
            tok.tag_ = tag
        if start is not None:
            tok.is_sent_start = start
    ents: list = []
    missing_tokens: set[int] = set()
    for start, end, label in _entity_spans(sentences):
        span = doc.char_span(start, end, label=label)
        if span is not None and not any(span.start < e.end and e.start < span.end for e in ents):
            ents.append(span)
            continue
        # Tokenisations disagree: leave those tokens unannotated rather than "O".
        loose = doc.char_span(start, end, alignment_mode="expand")
        if loose is not None:
            missing_tokens.update(range(loose.start, loose.end))
    in_ents = {i for e in ents for i in range(e.start, e.end)}
    missing = [doc[i:i + 1] for i in sorted(missing_tokens - in_ents)]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def build_corpora(data_dir: pathlib.Path, out_dir: pathlib.Path, *, ewt_copies: int = 2,
                  polnear_limit: int | None = None) -> dict[str, pathlib.Path]:
    """Write train.spacy / dev.spacy (mixed) and ewt-test / ewt-dev / polnear-dev for scoring.

    ``ewt_copies`` repeats EWT in train: only EWT teaches the parser, and PolNeAR has over
    three times as many tokens, so without it the parser would see few updates per epoch.
    """
    nlp = spacy.blank("en")
    ewt = data_dir / "ud_english_ewt"
    pol = data_dir / "polnear"
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, pathlib.Path] = {}

    def write(name: str, docs) -> None:
        db = DocBin(store_user_data=False)
        count = 0
        for d in docs:
            db.add(d)
            count += 1
        paths[name] = out_dir / f"{name}.spacy"
        db.to_disk(paths[name])
        log.info("wrote %s: %d docs", paths[name], count)

    ewt_train = list(ewt_docs(ewt / "en_ewt-ud-train.conllu", nlp.vocab))
    pol_train = list(polnear_docs(pol / "corenlp-train.jsonl.gz", pol / "train.jsonl", nlp,
                                  polnear_limit))
    write("train", ewt_train * ewt_copies + pol_train)
    ewt_dev = list(ewt_docs(ewt / "en_ewt-ud-dev.conllu", nlp.vocab))
    pol_dev = list(polnear_docs(pol / "corenlp-dev.jsonl.gz", pol / "dev.jsonl", nlp))
    write("dev", ewt_dev + pol_dev)
    write("ewt-dev", ewt_dev)
    write("polnear-dev", pol_dev)
    write("ewt-test", ewt_docs(ewt / "en_ewt-ud-test.conllu", nlp.vocab))
    # One doc per sentence: the "gold tokens and gold sentences" view used in UD papers.
    write("ewt-test-sents", ewt_docs(ewt / "en_ewt-ud-test.conllu", nlp.vocab, chunk=1))
    return paths
