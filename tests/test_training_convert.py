"""CoreNLP's silver UD v1 parses become EWT-style UD v2 training trees.

Every sentence here is invented for the test and written in CoreNLP's record layout.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter

import pytest
import spacy

from whosaid.training.convert import SilverTreeError, polnear_parse_docs, ud1_to_ud2

# "Ann Lee said no officials were hired by the city and paid in cash."
PASSIVE = [
    ("Ann", "NNP", "PERSON"), ("Lee", "NNP", "PERSON"), ("said", "VBD", "O"), ("no", "DT", "O"),
    ("officials", "NNS", "O"), ("were", "VBD", "O"), ("hired", "VBN", "O"), ("by", "IN", "O"),
    ("the", "DT", "O"), ("city", "NN", "O"), ("and", "CC", "O"), ("paid", "VBN", "O"),
    ("in", "IN", "O"), ("cash", "NN", "O"), (".", ".", "O")]
PASSIVE_ARCS = [
    [0, 3, "root"], [2, 1, "compound"], [3, 2, "nsubj"], [5, 4, "neg"], [7, 5, "nsubjpass"],
    [7, 6, "auxpass"], [3, 7, "ccomp"], [10, 8, "case"], [10, 9, "det"], [7, 10, "nmod"],
    [7, 11, "cc"], [7, 12, "conj"], [14, 13, "case"], [12, 14, "nmod"], [3, 15, "punct"]]

# "She did not read the report on taxes Monday because of rain."
ACTIVE = [
    ("She", "PRP"), ("did", "VBD"), ("not", "RB"), ("read", "VB"), ("the", "DT"),
    ("report", "NN"), ("on", "IN"), ("taxes", "NNS"), ("Monday", "NNP"), ("because", "IN"),
    ("of", "IN"), ("rain", "NN"), (".", ".")]
ACTIVE_ARCS = [
    [4, 1, "nsubj"], [4, 2, "aux"], [4, 3, "neg"], [0, 4, "root"], [6, 5, "det"],
    [4, 6, "dobj"], [8, 7, "case"], [6, 8, "nmod"], [4, 9, "nmod:tmod"], [12, 10, "case"],
    [10, 11, "mwe"], [4, 12, "nmod"], [4, 13, "punct"]]


def _convert(rows, arcs, allowed=None):
    words = [r[0] for r in rows]
    tags = [r[1] for r in rows]
    ner = [r[2] if len(r) > 2 else "O" for r in rows]
    return ud1_to_ud2(words, tags, ner, arcs, allowed)


def test_passive_clause_names_and_coordination_follow_ewt():
    heads, labels = _convert(PASSIVE, PASSIVE_ARCS)
    got = {w: (labels[i], heads[i]) for i, (w, *_) in enumerate(PASSIVE)}
    # The name is headed on its first word; the surname hangs off it as flat.
    assert got["Ann"] == ("nsubj", 2)
    assert got["Lee"] == ("flat", 0)
    assert got["said"] == ("root", -1)
    assert got["no"] == ("det", 4)
    assert got["officials"] == ("nsubj:pass", 6)
    assert got["were"] == ("aux:pass", 6)
    assert got["city"] == ("obl:agent", 6)          # the passive's by-phrase
    assert got["and"] == ("cc", 11)                  # on the conjunct that follows it
    assert got["paid"] == ("conj", 6)
    assert got["cash"] == ("obl", 11)                # nmod under a verb is obl in v2


def test_renamed_relations_and_modifiers_under_nouns():
    heads, labels = _convert(ACTIVE, ACTIVE_ARCS)
    got = {w: (labels[i], heads[i]) for i, (w, _) in enumerate(ACTIVE)}
    assert got["not"] == ("advmod", 3)
    assert got["report"] == ("obj", 3)
    assert got["taxes"] == ("nmod", 5)               # stays nmod under a noun
    assert got["Monday"] == ("obl:unmarked", 3)      # EWT's name for a bare temporal
    assert got["of"] == ("fixed", 9)
    assert got["rain"] == ("obl", 3)


def test_unusable_trees_are_refused_with_a_reason():
    rows = [("Tom", "NNP"), ("ran", "VBD"), ("home", "NN"), ("fast", "RB")]
    crossing = [[0, 2, "root"], [3, 1, "nsubj"], [2, 3, "dobj"], [2, 4, "advmod"]]
    with pytest.raises(SilverTreeError, match="non-projective"):
        _convert(rows, crossing)
    twice = [[0, 2, "root"], [2, 1, "nsubj"], [2, 1, "dobj"], [2, 4, "advmod"]]
    with pytest.raises(SilverTreeError, match="broken"):
        _convert(rows, twice)
    catch_all = [[0, 2, "root"], [2, 1, "nsubj"], [2, 3, "dep"], [2, 4, "advmod"]]
    with pytest.raises(SilverTreeError, match="dep"):
        _convert(rows, catch_all, {"root", "nsubj", "obj", "advmod"})


def _record(sentences):
    """A CoreNLP-style record for the sentences, with offsets into the joined text."""
    text, out = "", []
    for rows, arcs in sentences:
        toks = []
        for row in rows:
            word = row[0]
            if text:
                text += " "
            start = len(text)
            text += word
            toks.append({"text": word, "start": start, "end": len(text), "pos": row[1],
                         "ner": row[2] if len(row) > 2 else "O"})
        out.append({"tokens": toks, "basic_dependencies": arcs})
    return text, {"id": "a1", "sentences": out}


def test_article_becomes_parser_docs_on_corenlp_tokens(tmp_path):
    bad = [("Go", "VB"), ("now", "RB")]
    text, rec = _record([(PASSIVE, PASSIVE_ARCS), (bad, [[0, 1, "root"], [1, 2, "dep"]]),
                               (ACTIVE, ACTIVE_ARCS)])
    corenlp = tmp_path / "corenlp.jsonl.gz"
    with gzip.open(corenlp, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a1", "text": text}) + "\n", encoding="utf-8")
    allowed = {"root", "nsubj", "flat", "det", "nsubj:pass", "aux:pass", "ccomp", "case",
               "obl:agent", "cc", "conj", "obl", "punct", "aux", "advmod", "obj", "nmod",
               "obl:unmarked", "fixed"}
    dropped: Counter = Counter()
    docs = list(polnear_parse_docs(corenlp, articles, spacy.blank("en").vocab, allowed,
                                   with_ents=True, dropped=dropped))
    assert dropped == Counter({"label outside EWT: dep": 1})
    assert len(docs) == 1
    doc = docs[0]
    sents = list(doc.sents)
    assert [len(s) for s in sents] == [len(PASSIVE), len(ACTIVE)]
    assert doc[0].text == "Ann" and doc[1].head.i == 0 and doc[1].dep_ == "flat"
    second = sents[1]
    assert second[3].head.i == second[3].i and second[3].dep_ == "root"
    assert second[5].dep_ == "obj" and second[5].head.i == second.start + 3
    assert [(e.text, e.label_) for e in doc.ents] == [("Ann Lee", "PERSON")]
    without = next(polnear_parse_docs(corenlp, articles, spacy.blank("en").vocab, allowed))
    assert not without.has_annotation("ENT_IOB")
