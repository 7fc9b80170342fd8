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
from collections import Counter
from collections.abc import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

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
                  polnear_limit: int | None = None,
                  polnear_parses: bool = False) -> dict[str, pathlib.Path]:
    """Write train.spacy / dev.spacy (mixed), ewt-train (one copy, for the stage-3 parser) and
    ewt-test / ewt-dev / polnear-dev for scoring.

    ``ewt_copies`` repeats EWT in train: only EWT teaches the parser, and PolNeAR has over
    three times as many tokens, so without it the parser would see few updates per epoch.
    ``polnear_parses`` adds PolNeAR train's CoreNLP parses (converted to UD v2) as silver
    parser data; their NER stays missing, since the raw-text PolNeAR docs already teach it
    once per epoch on run-time tokens. Dev and test stay gold (EWT) / as before.
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
    silver: list[Doc] = []
    if polnear_parses:
        dropped: Counter = Counter()
        silver = list(polnear_parse_docs(pol / "corenlp-train.jsonl.gz", pol / "train.jsonl",
                                         nlp.vocab, ewt_labels(ewt / "en_ewt-ud-train.conllu"),
                                         dropped=dropped))
        kept = sum(1 for d in silver for _ in d.sents)
        log.info("silver parses: kept %d sentences (%d words), dropped %d: %s", kept,
                 sum(len(d) for d in silver), sum(dropped.values()),
                 ", ".join(f"{k} {v}" for k, v in dropped.most_common()))
    write("train", ewt_train * ewt_copies + pol_train + silver)
    write("ewt-train", ewt_train)
    ewt_dev = list(ewt_docs(ewt / "en_ewt-ud-dev.conllu", nlp.vocab))
    pol_dev = list(polnear_docs(pol / "corenlp-dev.jsonl.gz", pol / "dev.jsonl", nlp))
    write("dev", ewt_dev + pol_dev)
    write("ewt-dev", ewt_dev)
    write("polnear-dev", pol_dev)
    write("ewt-test", ewt_docs(ewt / "en_ewt-ud-test.conllu", nlp.vocab))
    # One doc per sentence: the "gold tokens and gold sentences" view used in UD papers.
    write("ewt-test-sents", ewt_docs(ewt / "en_ewt-ud-test.conllu", nlp.vocab, chunk=1))
    return paths


# --- Silver dependency parses from PolNeAR's CoreNLP annotation (opt-in) ---------------------
#
# CoreNLP 3.x wrote its basic dependencies in UD v1; EWT (and so our parser) is UD v2. The
# differences that matter, checked by counting both corpora:
# * renamed relations (below);
# * nominal modifiers of predicates are ``obl`` in v2 (``nmod`` only under nominals), and
#   EWT now calls bare temporal / noun-phrase modifiers ``obl:unmarked`` / ``nmod:unmarked``
#   (it has no ``*:tmod`` or ``*:npmod``); a passive's by-phrase is ``obl:agent``;
# * a coordinating conjunction (and the comma before a conjunct) hangs off the conjunct that
#   follows it in v2, off the first conjunct in v1 (EWT: 6753 of 6756 ``cc`` precede their head);
# * a person's name is headed by its first word with the rest ``flat`` in EWT (1368 flat
#   NNP-NNP arcs, all rightward), where CoreNLP heads it on the surname with ``compound``.
# CoreNLP's catch-all ``dep`` (about 3 in EWT) and anything else outside EWT's labels drop
# the sentence rather than teach the parser a label it never sees in gold data.
UD1_RENAMED = {"dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass",
               "auxpass": "aux:pass", "mwe": "fixed"}
# v1 label -> (v2 label under a predicate, v2 label under a nominal)
UD1_NOMINAL_MODS = {"nmod": ("obl", "nmod"), "nmod:tmod": ("obl:unmarked", "nmod:unmarked"),
                    "nmod:npmod": ("obl:unmarked", "nmod:unmarked")}
_PASSIVE_MARKS = {"auxpass", "nsubjpass", "csubjpass"}


class SilverTreeError(ValueError):
    """A CoreNLP sentence that cannot become a training tree (the reason is the message)."""


def _v1_tree(n: int, arcs: list) -> tuple[list[int], list[str]]:
    """0-based heads (-1 = root) and labels from CoreNLP's 1-based [head, dependent, label]."""
    heads = [-2] * n
    labels = [""] * n
    for head, dep, label in arcs:
        if not (1 <= dep <= n and 0 <= head <= n) or heads[dep - 1] != -2:
            raise SilverTreeError("broken tree")
        heads[dep - 1], labels[dep - 1] = head - 1, label
    if -2 in heads or heads.count(-1) != 1:
        raise SilverTreeError("broken tree")
    for i in range(n):  # every token must reach the root without a cycle
        seen, j = 0, i
        while j != -1:
            j, seen = heads[j], seen + 1
            if seen > n:
                raise SilverTreeError("broken tree")
    return heads, labels


def _is_projective(heads: list[int]) -> bool:
    def dominated(k: int, h: int) -> bool:
        while k != -1:
            if k == h:
                return True
            k = heads[k]
        return False

    return all(dominated(k, h) for d, h in enumerate(heads) if h != -1
               for k in range(min(d, h) + 1, max(d, h)))


def ud1_to_ud2(words: list[str], tags: list[str], ner: list[str], arcs: list,
               labels_allowed: set[str] | None = None) -> tuple[list[int], list[str]]:
    """One CoreNLP sentence's UD v1 basic dependencies as UD v2 (EWT style) heads and labels.

    ``arcs`` are CoreNLP's 1-based [head, dependent, label] (head 0 = root); the result has
    0-based heads (-1 for the root) and labels. ``ner`` is CoreNLP's class per token (used
    to restructure person names). Raises SilverTreeError when the tree is broken, is not
    projective, or keeps a label outside ``labels_allowed``.
    """
    n = len(words)
    heads, v1 = _v1_tree(n, arcs)
    kids: list[list[int]] = [[] for _ in range(n)]
    for d, h in enumerate(heads):
        if h >= 0:
            kids[h].append(d)

    def predicate(i: int) -> bool:
        # A copular noun keeps nmod: EWT reads "the capital of X" as nmod even after "is".
        return tags[i][:2] in ("VB", "JJ", "RB")

    def passive(i: int) -> bool:
        return (any(v1[k] in _PASSIVE_MARKS for k in kids[i])
                or (tags[i] == "VBN" and v1[i] == "acl"))

    labels = list(v1)
    for i, label in enumerate(v1):
        if label in UD1_RENAMED:
            labels[i] = UD1_RENAMED[label]
        elif label == "neg":  # "no" determines a noun; "not", "never", "n't" are adverbs
            labels[i] = "det" if tags[i] == "DT" or words[i].lower() == "no" else "advmod"
        elif label in UD1_NOMINAL_MODS:
            on_pred = heads[i] >= 0 and predicate(heads[i])
            labels[i] = UD1_NOMINAL_MODS[label][0 if on_pred else 1]
            if (labels[i] == "obl" and passive(heads[i])
                    and any(v1[k] == "case" and words[k].lower() == "by" for k in kids[i])):
                labels[i] = "obl:agent"
    # Coordination: a cc, and the punctuation before a later conjunct, move onto that conjunct
    # when they lead into it (every word between them already hangs under it); right to left
    # so that ", and" both move. Elsewhere the v1 attachment stays (moving would cross arcs).
    def under(j: int, k: int) -> bool:
        while j != -1 and j != k:
            j = heads[j]
        return j == k

    for i in range(n - 1, -1, -1):
        h = heads[i]
        if labels[i] in ("cc", "punct") and 0 <= h < i:
            later = [k for k in kids[h] if v1[k] == "conj" and k > i]
            if later and all(under(j, min(later)) for j in range(i + 1, min(later))):
                heads[i] = min(later)
    # Person names: CoreNLP "Ann Lee Smith" = compound(Smith, Ann), compound(Smith, Lee);
    # EWT heads the name on "Ann" with flat(Ann, Lee), flat(Ann, Smith).
    i = 0
    while i < n:
        j = i
        while j + 1 < n and ner[j + 1] == "PERSON" and ner[i] == "PERSON":
            j += 1
        if j > i and all(heads[k] == j and labels[k] == "compound" for k in range(i, j)):
            heads[i], labels[i] = heads[j], labels[j]
            for d in range(n):
                if d != i and heads[d] == j and not i < d <= j:
                    heads[d] = i  # the name's other dependents follow its new head
            for k in range(i + 1, j + 1):
                heads[k], labels[k] = i, "flat"
        i = j + 1
    if not _is_projective(heads):
        raise SilverTreeError("non-projective")
    if labels_allowed is not None:
        unknown = sorted(set(labels) - labels_allowed)
        if unknown:
            raise SilverTreeError("label outside EWT: " + unknown[0])
    return heads, labels


def ewt_labels(path: pathlib.Path, min_count: int = 10) -> set[str]:
    """The dependency labels EWT's CoNLL-U file uses at least ``min_count`` times.

    The floor keeps out labels EWT all but never uses, above all the catch-all ``dep``
    (3 arcs in EWT train, about 9000 in CoreNLP's parses of PolNeAR train).
    """
    counts = Counter(cols[7] for _, rows in _conllu_sentences(path) for cols in rows)
    return {label for label, n in counts.items() if n >= min_count}


def polnear_parse_docs(corenlp_path: pathlib.Path, articles_path: pathlib.Path, vocab,
                       labels_allowed: set[str] | None = None, *, chunk: int = EWT_CHUNK_SENTS,
                       with_ents: bool = False,
                       dropped: Counter | None = None) -> Iterator[Doc]:
    """Parser training docs from CoreNLP's silver parses, on CoreNLP's own tokens.

    Each article is cut into docs of up to ``chunk`` kept sentences with PTB tags, UD v2
    heads and labels (``ud1_to_ud2``) and sentence starts. Words are the article's text at
    CoreNLP's offsets (CoreNLP's own token text is normalised: ``\\`\\``` for a quote mark).
    ``with_ents`` adds CoreNLP's NER (else NER stays missing). Sentences that cannot be
    used are skipped and counted by reason in ``dropped``.
    """
    texts = _article_texts(articles_path)
    dropped = Counter() if dropped is None else dropped
    for rec in _corenlp_records(corenlp_path):
        text = texts.get(rec["id"])
        if text is None:
            log.warning("%s: no article text for CoreNLP record %s", articles_path, rec["id"])
            continue
        kept: list[tuple[dict, list[int], list[str]]] = []
        for sent in rec["sentences"]:
            toks = sent["tokens"]
            words = [text[t["start"]:t["end"]] for t in toks]
            try:
                if not toks or any(not w or any(c.isspace() for c in w) for w in words):
                    raise SilverTreeError("token with whitespace")
                heads, labels = ud1_to_ud2(words, [t["pos"] for t in toks],
                                           [t.get("ner", "O") for t in toks],
                                           sent["basic_dependencies"], labels_allowed)
            except SilverTreeError as exc:
                dropped[str(exc)] += 1
                continue
            kept.append((sent, heads, labels))
            if len(kept) >= chunk:
                yield _silver_doc(text, kept, vocab, with_ents)
                kept = []
        if kept:
            yield _silver_doc(text, kept, vocab, with_ents)


def _silver_doc(text: str, sents: list[tuple[dict, list[int], list[str]]], vocab,
                with_ents: bool) -> Doc:
    words, spaces, tags, heads, deps, starts = [], [], [], [], [], []
    ends: list[int] = []
    for sent, sent_heads, sent_labels in sents:
        offset = len(words)
        for i, tok in enumerate(sent["tokens"]):
            if ends:
                spaces.append(tok["start"] > ends[-1])
            words.append(text[tok["start"]:tok["end"]])
            ends.append(tok["end"])
            tags.append(tok["pos"])
            heads.append(offset + (sent_heads[i] if sent_heads[i] >= 0 else i))
            deps.append(sent_labels[i])
            starts.append(i == 0)
    spaces.append(False)
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps,
              sent_starts=starts)
    if with_ents:
        ents, base = [], 0
        for sent, _, _ in sents:
            toks = sent["tokens"]
            first = {t["start"]: base + i for i, t in enumerate(toks)}
            last = {t["end"]: base + i for i, t in enumerate(toks)}
            ents += [Span(doc, first[s], last[e] + 1, label=lab) for s, e, lab in _entity_spans([sent])]
            base += len(toks)
        doc.set_ents(ents, default="outside")
    return doc
