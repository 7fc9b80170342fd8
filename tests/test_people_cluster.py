"""Mentions clustered into people within one article (articles written for these tests)."""

from __future__ import annotations

import whosaid

STORY = """Rising Star Says Her Tour Is ‘Sold Out’

Marisol Vance is thinking about her band a lot. The 29-year-old singer’s tour starts in May.

Her former manager Dexter Lyle claimed the shows were rushed. He said the crew was “exhausted.”

The pop star shared a message with fans, writing:

“I love every one of you.”

Vance, whose fans call her M-Vance, thanked the crew. Lyle did not reply. Jennifer Lopez-Ruiz, \
known as J-Lopez to friends, was seen at the show. Ruiz said she “loved every minute.”
"""


def people(result: dict) -> dict[str, dict]:
    return {p["name"]: p for p in result["people"]}


def test_partial_names_join_the_full_name() -> None:
    result = whosaid.extract(STORY, id="star")
    ppl = people(result)
    assert "Vance" in ppl["Marisol Vance"]["aliases"]
    assert "Lyle" in ppl["Dexter Lyle"]["aliases"]
    assert "Vance" not in ppl and "Lyle" not in ppl


def test_gender_from_pronoun_agreement_and_names() -> None:
    ppl = people(whosaid.extract(STORY, id="star"))
    assert ppl["Marisol Vance"]["gender"] == "female"
    assert ppl["Dexter Lyle"]["gender"] == "male"


def test_pronoun_speaker_resolves_by_gender() -> None:
    result = whosaid.extract(STORY, id="star")
    q = next(q for q in result["quotes"] if "exhausted" in q["text"])
    assert q["speaker"]["mention"]["text"] == "He"
    assert q["speaker"]["name"] == "Dexter Lyle"


def test_descriptor_speaker_resolves_to_the_salient_person() -> None:
    result = whosaid.extract(STORY, id="star")
    q = next(q for q in result["quotes"] if "I love every one" in q["text"])
    assert q["speaker"]["mention"]["text"] == "The pop star"
    assert q["speaker"]["name"] == "Marisol Vance"
    assert "The pop star" in people(result)["Marisol Vance"]["aliases"]


def test_headline_descriptor_and_canonical_fullest_name() -> None:
    result = whosaid.extract(STORY, id="star")
    q = next(q for q in result["quotes"] if q["text"] == "Sold Out")
    assert q["speaker"]["name"] == "Marisol Vance"


def test_initial_hyphen_nickname_joins_its_person() -> None:
    text = "Kendra Wilde won again. K-Wil, as fans call her, said she was “thrilled.”"
    ppl = people(whosaid.extract(text, id="nick"))
    assert "K-Wil" in ppl["Kendra Wilde"]["aliases"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = ("Ana Ortiz and her father Luis Ortiz opened the shop. “It was his dream,” Ana Ortiz said. "
            "“I only wanted to help,” Luis Ortiz said.")
    result = whosaid.extract(text, id="fam")
    assert {"Ana Ortiz", "Luis Ortiz"} <= set(people(result))
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Ana Ortiz", "Luis Ortiz"]


def test_mentions_carry_offsets_into_the_text() -> None:
    result = whosaid.extract(STORY, id="star")
    for p in result["people"]:
        for m in p["mentions"]:
            assert STORY[m["start"]:m["end"]] == m["text"]
