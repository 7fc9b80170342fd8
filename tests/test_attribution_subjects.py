"""Speakers that are neither a name nor a pronoun, and inverted cues before a colon.

Sentences written for these tests; each checks the mention a user would see as "who said it".
"""

from __future__ import annotations

import pytest

import whosaid


def only_quote(text: str, words: str) -> dict:
    quotes = [q for q in whosaid.extract(text)["quotes"] if words in q["text"]]
    assert quotes, f"no quote containing {words!r}"
    return quotes[0]


@pytest.mark.parametrize("text, words, mention", [
    ("In March, the Harbourside Tenants Union called for a freeze on rents across the district.",
     "a freeze on rents", "the Harbourside Tenants Union"),
    ("An unsigned 2019 campaign leaflet questioned whether the bypass would ever be built.",
     "whether the bypass would ever be built", "An unsigned 2019 campaign leaflet"),
])
def test_a_plain_noun_phrase_subject_is_the_mention(text: str, words: str, mention: str) -> None:
    q = only_quote(text, words)
    assert q["kind"] == "indirect"
    assert q["speaker"]["mention"]["text"] == mention


def test_a_verb_phrase_before_the_cue_is_not_taken_for_its_subject() -> None:
    # "Reading the report" is an opener; the subject is the pronoun, not the opener's words
    q = only_quote("Reading the report, she argued that the figures had been massaged.", "the figures")
    assert q["speaker"]["mention"]["text"] == "she"


@pytest.mark.parametrize("text, name", [
    ("Said Oriel Banks: “Nobody told us the line would close.”", "Oriel Banks"),
    ("Added Marta Lindqvist: “We will appeal.”", "Marta Lindqvist"),
])
def test_inverted_cue_then_name_and_colon(text: str, name: str) -> None:
    q = only_quote(text, "")
    assert q["kind"] == "direct"
    assert q["speaker"]["name"] == name
