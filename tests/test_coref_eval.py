"""The MUC / B³ scorer of whosaid.people.coref_eval on hand-made clusters, and its CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from whosaid.people.coref_eval import score_document, summarise

A, B, C, D = (0, 3), (10, 13), (20, 23), (30, 33)


def scores(response, gold):
    counts = score_document(response, gold, [list(c) for c in gold])  # heads = the mentions themselves
    return summarise(counts, 1, 0, 0)


def test_split_cluster():
    r = scores([[A, B], [C]], [[A, B, C]])
    assert r["muc"] == {"p": 1.0, "r": 0.5, "f1": pytest.approx(0.6667, abs=1e-4)}
    assert r["b3"]["p"] == 1.0 and r["b3"]["r"] == pytest.approx(5 / 9, abs=1e-4)


def test_perfect_and_twinless():
    assert scores([[A, B, C]], [[A, B, C]])["avg_f1"] == 1.0
    r = scores([[A, B, D]], [[A, B, C]])  # D is not a gold mention; C is missed
    assert r["muc"]["p"] == 0.5 and r["muc"]["r"] == 0.5


def test_response_mention_aligns_by_gold_head():
    # response "her ex-husband Ken Ode" (0-22) holds the gold head "Ode" (18-21) of gold mention "Ken Ode"
    gold, heads = [[(15, 22), (40, 42)]], [[(18, 21), (40, 42)]]
    counts = score_document([[(0, 22), (40, 42)]], gold, heads)
    assert summarise(counts, 1, 0, 0)["avg_f1"] == 1.0


def test_cli_reports_muc_and_b3(shared_dir):
    out = subprocess.run([sys.executable, "-m", "whosaid.people.coref_eval", "--shared", str(shared_dir),
                          "--limit", "3"], capture_output=True, text=True, check=True).stdout
    assert "MUC" in out and "B3" in out and "docs=3" in out


def test_cli_names_a_missing_folder(tmp_path):
    r = subprocess.run([sys.executable, "-m", "whosaid.people.coref_eval", "--shared", str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and str(tmp_path) in r.stderr and "WHOSAID_SHARED" in r.stderr
