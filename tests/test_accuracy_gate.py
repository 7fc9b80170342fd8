"""Accuracy gate: pinned floors on the seed and PolNeAR dev, scored by the shared scorer.

The scorer and the gold data are read from the shared folder at test time (never copied in).
A drop below a floor fails `make test`; raise a floor when the system improves.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

from whosaid.evaluate import evaluate, find_scorer

# PolNeAR dev floors, pinned a little under the measured figures (README.md, Accuracy). PolNeAR
# counts labels ("what X called “Y”"), the questions put to a speaker ("Asked whether ...") and
# the bare objects of verbs of doing or confirming ("rejected an offer", "confirmed the split") as
# attributions; we follow the seed's convention there, which costs ~0.007 quote F1 on dev and
# gains on all four invented sets.
POLNEAR_FLOORS = {
    "direct": {"e2e_f1": 0.765, "quote_f1": 0.82},
    "all": {"e2e_f1": 0.637, "quote_f1": 0.69},
    "indirect": {"e2e_f1": 0.49, "quote_f1": 0.535},
}


@pytest.fixture(scope="module")
def scorer(shared_dir: pathlib.Path) -> str:
    return str(find_scorer(shared_dir / "tools/score_quotes.py"))


def test_seed_every_quote_found_and_attributed(shared_dir: pathlib.Path, scorer: str) -> None:
    figures = evaluate(shared_dir / "data/seed/britney-misses-sons.gold.json", scorer=scorer)
    for subset in ("all", "direct", "indirect"):
        r = figures[subset]
        assert r["e2e_f1"] == 1.0, (subset, r)
        assert r["gold"] == r["gold_right"] == r["pred_right"]
    assert figures["all"]["gold"] == 12


def test_polnear_dev_floors(shared_dir: pathlib.Path, scorer: str) -> None:
    figures = evaluate(shared_dir / "data/polnear/dev.jsonl", scorer=scorer)
    for subset, floors in POLNEAR_FLOORS.items():
        for key, floor in floors.items():
            assert figures[subset][key] >= floor, (subset, key, figures[subset][key], floor)


def test_eval_cli_prints_the_scorers_figures(shared_dir: pathlib.Path, scorer: str) -> None:
    gold = shared_dir / "data/seed/britney-misses-sons.gold.json"
    out = subprocess.run([sys.executable, "-m", "whosaid", "eval", str(gold), "--subset", "direct",
                          "--scorer", scorer], capture_output=True, text=True, check=True).stdout
    assert "direct: docs=1 gold=9 pred=9 missing_docs=0" in out
    assert "end2end  P=1.000 R=1.000 F1=1.000" in out


def test_eval_cli_names_a_missing_gold_file(tmp_path: pathlib.Path, scorer: str) -> None:
    missing = tmp_path / "nope.jsonl"
    run = subprocess.run([sys.executable, "-m", "whosaid", "eval", str(missing), "--scorer", scorer],
                         capture_output=True, text=True)
    assert run.returncode != 0
    assert str(missing) in run.stderr and "cannot read gold file" in run.stderr


# Our invented sets in tests/data/eval (seed format, our own text; README there). Floors just under
# the figures measured now (all e2e: invented 0.977, heldout 0.979, blind 0.966, final 0.993, fresh
# 0.983, last 0.943, shipped 0.982, eighth 0.983, ninth 0.846, tenth 0.916, eleventh 0.837). Each set
# after the first was written blind to the rules and first scored at 0.793, 0.792, 0.839, 0.667,
# 0.852, 0.869, 0.891, 0.844, 0.849 and 0.837; the rest is general fixes for the failure patterns
# they showed. ninth and eleventh have never been tuned on.
EVAL_SETS = pathlib.Path(__file__).parent / "data/eval"
SET_FLOORS = {
    "invented": {"all": 0.965, "direct": 0.97},
    "heldout": {"all": 0.965, "direct": 0.975},
    "blind": {"all": 0.95, "direct": 0.96},
    "final": {"all": 0.98, "direct": 0.98},
    "fresh": {"all": 0.98, "direct": 0.99},
    "last": {"all": 0.93, "direct": 0.95},
    "shipped": {"all": 0.965, "direct": 0.98},
    "eighth": {"all": 0.97, "direct": 0.985},
    "ninth": {"all": 0.855, "direct": 0.855},  # written blind, scored on the shipped engine, never tuned on
    "tenth": {"all": 0.90, "direct": 0.94},  # written blind in session 3; first look 0.849, then fixed
    "eleventh": {"all": 0.85, "direct": 0.92},  # written blind, scored once on the shipped engine, never tuned on
    "twelfth": {"all": 0.945, "direct": 0.97},  # written blind in session 4; first look 0.777, then fixed
    "thirteenth": {"all": 0.865, "direct": 0.90},  # written blind in session 4, never tuned on
    "fourteenth": {"all": 0.91, "direct": 0.91},  # written blind in session 4; first look 0.814, then fixed
    "fifteenth": {"all": 0.80, "direct": 0.83},  # written blind last in session 4, scored once, never tuned on
}


@pytest.mark.parametrize("name", sorted(SET_FLOORS))
def test_invented_set_floors(name: str, scorer: str) -> None:
    figures = evaluate(EVAL_SETS / f"{name}.gold.jsonl", scorer=scorer)
    for subset, floor in SET_FLOORS[name].items():
        assert figures[subset]["e2e_f1"] >= floor, (name, subset, figures[subset])
    assert figures["all"]["quote_f1"] >= 0.94, (name, figures["all"])
