"""Sentences wholly inside a quotation do not push the quote's speaker further back from the next
pronoun (articles invented here)."""

from __future__ import annotations

import whosaid

_RALLY = ("Campus sit-in\n\n"
          "Dean of Students Margaret Ellery said the camp broke fire rules. “We have listened,” she wrote.\n\n"
          "“Dr Ellery talks about rules,” Tamsin Okafor-Reid told a rally on Wednesday. “We are talking about "
          "students sleeping in cars. Which of those is the emergency? Ask anyone here.”\n\n"
          "She accused the administration of “governing by press release”.")


def test_the_pronoun_after_a_long_quote_is_its_speaker() -> None:
    q = next(q for q in whosaid.extract(_RALLY, id="qdist")["quotes"] if "press release" in q["text"])
    assert q["speaker"]["name"] == "Tamsin Okafor-Reid"


_EXPERT = ("Night lights\n\n"
           "“You will not see it in one season. You will see it in five.”\n\n"
           "Prof. Ludek Varga, an ecologist who was not involved in the work, called the study careful.\n\n"
           "“I would want to see it repeated elsewhere,” he said in an email.")


def test_a_name_opening_a_sentence_is_not_a_place_after_the_last_words_of_the_sentence_before() -> None:
    q = next(q for q in whosaid.extract(_EXPERT, id="qdist")["quotes"] if "repeated elsewhere" in q["text"])
    assert q["speaker"]["name"] == "Ludek Varga"
