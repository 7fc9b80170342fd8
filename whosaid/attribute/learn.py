"""Build the small learned tables shipped in ``whosaid/attribute/data/`` from PolNeAR train.

    python -m whosaid.attribute.learn --data ../shared/data

* ``cues.json``: for every word form, how often it is part of an annotated attribution cue
  and how often it occurs at all in PolNeAR train. Attribution keeps the forms whose cue rate
  passes a threshold (chosen on PolNeAR dev), so the speech/cognition-verb lexicon is measured,
  not guessed.
* ``that_cues.json``: the same counts restricted to word forms directly followed by "that"
  ("The agency expects that ...", "a tacit acknowledgment that ..."): many forms are rarely cues
  on their own but usually are before a that-clause.
* ``names_gender.json``: first names with the pronouns they co-refer with in the CoreNLP
  coreference chains of PolNeAR train (he/him/his vs she/her/hers); used to give a name a
  gender when the article itself has no agreeing pronoun.

Only the train split is read (dev is for selection, the test split is held out); the output is
deterministic (sorted keys).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import pathlib
import re

from .lexicon import PRONOUN_GENDER
from .text import tokenize

DATA_DIR = pathlib.Path(__file__).parent / "data"


def _cue_counts(train_path: pathlib.Path, min_cue: int, before_that: bool) -> dict[str, list[int]]:
    """Word forms (only those directly followed by "that" when ``before_that``):
    [times inside an annotated cue, times seen], for forms inside a cue at least ``min_cue`` times."""
    total: collections.Counter[str] = collections.Counter()
    cue: collections.Counter[str] = collections.Counter()
    with open(train_path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            spans = sorted((c["start"], c["end"]) for a in doc["attributions"] for c in a["cue"])
            toks = tokenize(doc["text"])
            for tok, nxt in zip(toks, toks[1:] + [None]):
                if not tok.text[0].isalpha() or (before_that and (nxt is None or nxt.lower != "that")):
                    continue
                w = tok.lower
                total[w] += 1
                if any(s <= tok.start and tok.end <= e for s, e in spans):
                    cue[w] += 1
    return {w: [cue[w], total[w]] for w in sorted(cue) if cue[w] >= min_cue}


def build_cue_table(train_path: pathlib.Path, min_cue: int = 3) -> dict[str, list[int]]:
    """Every word form: [times inside an annotated cue, times seen]."""
    return _cue_counts(train_path, min_cue, before_that=False)


def build_that_table(train_path: pathlib.Path, min_cue: int = 2) -> dict[str, list[int]]:
    """Word forms followed by "that": [times inside an annotated cue, times seen]."""
    return _cue_counts(train_path, min_cue, before_that=True)


def build_gender_table(corenlp_path: pathlib.Path, min_votes: int = 2) -> dict[str, list[int]]:
    votes: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])  # [male, female]
    with gzip.open(corenlp_path, "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            sents = doc["sentences"]
            for chain in doc["coref"]:
                male = female = 0
                firsts = set()
                for m in chain:
                    toks = sents[m["sentence"] - 1]["tokens"][m["start_token"] - 1:m["end_token"] - 1]
                    words = [t["text"] for t in toks]
                    gender = PRONOUN_GENDER.get(words[0].lower()) if len(words) == 1 else None
                    male += gender == "male"
                    female += gender == "female"
                    persons = [t["text"] for t in toks if t.get("ner") == "PERSON"]
                    if len(persons) >= 2 and re.fullmatch(r"[A-Z][a-z]+", persons[0]):
                        firsts.add(persons[0])
                if male == female:
                    continue
                for name in firsts:
                    votes[name][0 if male > female else 1] += 1
    return {n: v for n, v in sorted(votes.items()) if sum(v) >= min_votes and max(v) >= 2 * min(v) + 1}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data", help="the shared data folder (holds polnear/)")
    ap.add_argument("--out", default=str(DATA_DIR), help="where to write the tables")
    args = ap.parse_args(argv)
    data = pathlib.Path(args.data) / "polnear"
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cues = build_cue_table(data / "train.jsonl")
    (out / "cues.json").write_text(json.dumps(cues, sort_keys=True, separators=(",", ":")) + "\n")
    that_cues = build_that_table(data / "train.jsonl")
    (out / "that_cues.json").write_text(json.dumps(that_cues, sort_keys=True, separators=(",", ":")) + "\n")
    genders = build_gender_table(data / "corenlp-train.jsonl.gz")
    (out / "names_gender.json").write_text(json.dumps(genders, sort_keys=True, separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
