"""Near-duplicate detection: syndicated copies link to one story; other stories stay apart."""

from __future__ import annotations

import importlib.util
import pathlib
import subprocess
import sys

import pytest

from whosaid.clean import mark_boilerplate
from whosaid.dedup import Signature, StoryIndex, body_text, shingle_hashes, signature
from whosaid.demo import demo_sources
from whosaid.ingest import iter_documents
from whosaid.records import Document

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_dedup", ROOT / "benchmarks/bench_dedup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WORDS = [f"word{i}" for i in range(400)]


def test_estimated_jaccard_is_close_to_the_exact_value():
    a = " ".join(WORDS[:300])
    b = " ".join(WORDS[100:400])  # 5-word shingles: 296 each, 196 shared -> J = 196 / 396
    exact = 196 / 396
    assert abs(signature(a).jaccard(signature(b)) - exact) < 0.1
    assert signature(a).jaccard(signature(a)) == 1.0
    assert signature(a).jaccard(signature(" ".join(reversed(WORDS)))) < 0.05


def test_containment_finds_an_excerpt():
    full, excerpt = " ".join(WORDS), " ".join(WORDS[:200])
    assert signature(full).containment(signature(excerpt)) > 0.85
    assert signature(full).same_story(signature(excerpt))


def test_quote_marks_case_and_spacing_do_not_matter():
    a = "“We will rebuild,” the mayor said.  She meant it."
    b = '"we will rebuild," the Mayor said. she meant it.'
    assert shingle_hashes(a).tolist() == shingle_hashes(b).tolist()


def test_signature_round_trips_through_bytes_and_is_stable_across_processes():
    sig = signature("The ferry left at six and the captain waved to the crowd on the quay.")
    data = sig.to_bytes()
    again = Signature.from_bytes(data)
    assert again.size == sig.size and again.jaccard(sig) == 1.0
    code = ("from whosaid.dedup import signature; import sys; "
            "sys.stdout.write(signature('The ferry left at six and the captain waved to the crowd on the quay.').to_bytes().hex())")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert bytes.fromhex(other) == data


def test_body_text_drops_boilerplate_and_headline():
    text = "Big Headline\n\nThe body sentence stays.\n\nThe post Big Headline appeared first on Some Site."
    doc = Document(id="x", text=text, title="Big Headline")
    mark_boilerplate(doc)
    body = body_text(doc)
    assert "The body sentence stays." in body and "appeared first" not in body and "Big Headline" not in body


def test_demo_syndicated_copy_joins_the_feed_story(tmp_path):
    index = StoryIndex()
    stories = {}
    for doc in iter_documents(demo_sources(tmp_path)):
        mark_boilerplate(doc)
        stories[doc.id] = index.add(doc.id, doc)
    copy = next(d for d in stories if d.startswith("chef-marisol-vane-to-close"))
    original = next(d for d in stories if d.startswith("marisol-vane-closes-bistro"))
    assert stories[copy] == original
    assert len(set(stories.values())) == len(stories) - 1  # everything else is its own story


def test_index_query_re_add_and_explicit_story_ids():
    index = StoryIndex()
    text = " ".join(WORDS[:150])
    assert index.add("a", text) == "a"
    assert index.add("b", text + " and one more line at the end", story_id=None) == "a"
    assert [d for d, _ in index.query(text)] == ["a", "b"]
    assert index.add("c", " ".join(reversed(WORDS))) == "c"
    index.add("b", " ".join(WORDS[200:400]))  # b re-ingested with other text: no longer a copy of a
    assert index.story_of("b") == "b" and len(index) == 3
    restored = StoryIndex()
    restored.add("a", Signature.from_bytes(signature(text).to_bytes()), story_id="story-7")
    assert restored.add("z", text) == "story-7"


@pytest.mark.parametrize("seed", [7, 11])
def test_precision_and_recall_on_the_labelled_set(seed):
    result = load_bench().evaluate(seed=seed)
    assert result["pairs_same"] == 400
    assert result["precision"] >= 0.95, result
    assert result["recall"] >= 0.95, result
