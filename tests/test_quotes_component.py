"""The spaCy factory ``whosaid_quotes`` in a real spaCy pipeline."""

from __future__ import annotations

import spacy


def test_factory_adds_quotes_people_and_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("whosaid_quotes")  # resolved through the package's spacy_factories entry point
    text = "“The bridge opens in June,” said Ana Lopez. She added that the road would follow."
    doc = nlp(text)
    assert doc._.quotes[0]["speaker"]["name"] == "Ana Lopez"
    assert doc._.quotes[1]["kind"] == "indirect"
    assert doc._.quotes[1]["speaker"]["name"] == "Ana Lopez"
    assert [s.label_ for s in doc.spans["quotes"]] == ["direct", "indirect"]
    assert doc.spans["quotes"][0].text == "The bridge opens in June,"
    assert doc.spans["speakers"][0].text == "Ana Lopez"
    assert any(p["name"] == "Ana Lopez" for p in doc._.people)


def test_component_survives_a_pipeline_round_trip(tmp_path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("whosaid_quotes", config={"with_people": False})
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    doc = again("“No comment,” the spokesman said.")
    assert doc._.quotes[0]["speaker"]["kind"] == "organization"
