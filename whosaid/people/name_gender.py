"""A guess at the gender of a given name no list knows, learned from the names the lists do know.

Invented and foreign names ("Tessa", "Priya", "Rosalind") are common in news and outside both the
PolNeAR-learned table and the hand-written lists; without a gender, "she said" may go to the
wrong person. Given names carry their gender mostly in their endings ("-a", "-ette", "-son"), so a
naive Bayes model over a name's endings and opening, trained on the known names, guesses the rest.
It only speaks when it is confident, and the clusterer weighs it below a known name and below one
agreeing pronoun in the article.

    python -m whosaid.people.name_gender --data ../shared/data    # retrain, print cross-validated accuracy

Training data: ``given_names`` (hand-written) and ``attribute/data/names_gender.json`` (PolNeAR
train coreference). Words that UD EWT train and PolNeAR train mostly write in lower case ("radio",
"survivors") are stored beside the weights: they are never guessed (a capitalised common noun
opening an organisation's name is no given name), and the clusterer reads a sentence-opening
plural among them as a group ("Survivors said"). The output, ``data/name_gender.json``, is
deterministic.
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import math
import pathlib
import random
import re

DATA_PATH = pathlib.Path(__file__).parent / "data" / "name_gender.json"
# A guess is used only when the model gives its gender at least this probability (5-fold on the
# known names: 0.99 accuracy on the 21% guessed at 0.99; 0.93 on 39% at 0.95, too many wrong
# guesses for the clusterer, which measured worse with them on our evaluation sets).
MIN_PROBABILITY = 0.99
_GENDERS = ("female", "male")


def features(name: str) -> list[str]:
    """Endings of one to four letters and the first two letters of a lower-cased name."""
    low = name.lower()
    return [f"${low[-n:]}" for n in range(1, 5) if len(low) >= n] + [f"^{low[:2]}"]


def known_names() -> dict[str, str]:
    """Every given name with a gender in the hand-written lists or the PolNeAR-learned table."""
    from ..attribute.lexicon import name_genders
    from .given_names import FEMALE, MALE, MORE_FEMALE, MORE_MALE

    names = dict(name_genders())
    names.update({n: "female" for n in FEMALE | MORE_FEMALE})
    names.update({n: "male" for n in MALE | MORE_MALE})
    return names


def common_words(data_dir: str | pathlib.Path, min_count: int = 2) -> list[str]:
    """Words UD EWT train and PolNeAR train write in lower case at least ``min_count`` times and more
    than twice as often as capitalised inside a sentence ("survivors", not "democrats")."""
    data = pathlib.Path(data_dir)
    lower: collections.Counter[str] = collections.Counter()
    capital: collections.Counter[str] = collections.Counter()
    with open(data / "ud_english_ewt" / "en_ewt-ud-train.conllu", encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            if len(cols) > 1 and cols[0].isdigit() and re.fullmatch(r"[A-Za-z]+", cols[1]):
                if cols[1].islower():
                    lower[cols[1]] += 1
                elif cols[0] != "1" and cols[1][0].isupper() and cols[1][1:].islower():
                    capital[cols[1].lower()] += 1
    with open(data / "polnear" / "train.jsonl", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            lower.update(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text))
            capital.update(w.lower() for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]+(?![\w'’-])", text))
    return sorted(w for w, n in lower.items() if n >= min_count and n > 2 * capital[w])


def train(names: dict[str, str], words: list[str] | None = None) -> dict:
    """Naive Bayes weights: log priors and per-feature log likelihoods (add-one smoothing)."""
    counts = {g: {} for g in _GENDERS}
    totals = {g: 0 for g in _GENDERS}
    for name, g in names.items():
        totals[g] += 1
        for f in features(name):
            counts[g][f] = counts[g].get(f, 0) + 1
    vocab = sorted(set(counts["female"]) | set(counts["male"]))
    model = {"prior": {g: math.log(totals[g] / len(names)) for g in _GENDERS}, "features": {},
             "common_words": sorted(set(words or ()) - {n.lower() for n in names})}
    for f in vocab:
        model["features"][f] = [math.log((counts[g].get(f, 0) + 1) / (totals[g] + 2)) for g in _GENDERS]
    return model


def probabilities(model: dict, name: str) -> dict[str, float]:
    """P(gender | name) under ``model``; unseen features are skipped."""
    scores = dict(model["prior"])
    for f in features(name):
        weights = model["features"].get(f)
        if weights:
            for g, w in zip(_GENDERS, weights):
                scores[g] += w
    top = max(scores.values())
    exp = {g: math.exp(s - top) for g, s in scores.items()}
    total = sum(exp.values())
    return {g: v / total for g, v in exp.items()}


@functools.lru_cache(maxsize=1)
def _shipped() -> dict | None:
    try:
        return json.loads(DATA_PATH.read_text(encoding="utf-8"))
    except OSError:
        return None


@functools.lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    model = _shipped()
    return frozenset(model.get("common_words", ())) if model else frozenset()


def is_common_word(word: str) -> bool:
    """Is ``word`` (any case) a word the training corpora write in lower case ("survivors", "housing")?"""
    return word.lower() in _common()


def guessed_gender(name: str) -> str | None:
    """"female" / "male" when the shipped model is confident about a capitalised given name, else None."""
    model = _shipped()
    if model is None or not name[:1].isupper() or not name.isalpha() or len(name) < 3 \
            or name.lower() in _common():
        return None
    probs = probabilities(model, name)
    g = max(probs, key=probs.get)
    return g if probs[g] >= MIN_PROBABILITY else None


def cross_validate(names: dict[str, str], folds: int = 5, seed: int = 1) -> tuple[float, float]:
    """(accuracy of confident guesses, share of held-out names guessed) over ``folds`` folds."""
    items = sorted(names.items())
    random.Random(seed).shuffle(items)
    right = guessed = 0
    for k in range(folds):
        held = items[k::folds]
        model = train(dict(x for i, x in enumerate(items) if i % folds != k))
        for name, g in held:
            probs = probabilities(model, name)
            best = max(probs, key=probs.get)
            if probs[best] >= MIN_PROBABILITY:
                guessed += 1
                right += best == g
    return right / max(1, guessed), guessed / len(items)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Train the name-ending gender model.")
    ap.add_argument("--data", default="../shared/data", help="shared data folder (ud_english_ewt/, polnear/)")
    args = ap.parse_args(argv)
    names = known_names()
    accuracy, coverage = cross_validate(names)
    DATA_PATH.parent.mkdir(parents=True, exist_ok=True)
    model = train(names, common_words(args.data))
    DATA_PATH.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(names)} names; 5-fold: {accuracy:.3f} accuracy on the {coverage:.0%} guessed "
          f"(p >= {MIN_PROBABILITY}); wrote {DATA_PATH}")


if __name__ == "__main__":
    main()
