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
# the bare objects of verbs of doing ("rejected an offer") as attributions; we follow the seed's
# convention there, which costs ~0.006 quote F1 on dev and gains on the invented sets.
POLNEAR_FLOORS = {
    "direct": {"e2e_f1": 0.76, "quote_f1": 0.82},
    "all": {"e2e_f1": 0.63, "quote_f1": 0.69},
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


# The invented articles in tests/data/eval (seed format, our own text): floors under the measured
# figures (all e2e 0.934, direct e2e 0.961, all quote F1 0.957).
INVENTED = pathlib.Path(__file__).parent / "data/eval/invented.gold.jsonl"


def test_invented_set_floors(scorer: str) -> None:
    figures = evaluate(INVENTED, scorer=scorer)
    assert figures["all"]["e2e_f1"] >= 0.92, figures["all"]
    assert figures["direct"]["e2e_f1"] >= 0.95, figures["direct"]
    assert figures["all"]["quote_f1"] >= 0.95, figures["all"]


# A second invented set, written blind to the rules (tests/data/eval/README.md): first scored at
# all e2e 0.793; general fixes for the failure patterns a reviewer listed (without the articles)
# brought it to all 0.888 / direct 0.910 / indirect 0.835, quote F1 0.979.
HELDOUT = pathlib.Path(__file__).parent / "data/eval/heldout.gold.jsonl"


def test_heldout_set_floors(scorer: str) -> None:
    figures = evaluate(HELDOUT, scorer=scorer)
    assert figures["all"]["e2e_f1"] >= 0.87, figures["all"]
    assert figures["direct"]["e2e_f1"] >= 0.89, figures["direct"]
    assert figures["all"]["quote_f1"] >= 0.965, figures["all"]
