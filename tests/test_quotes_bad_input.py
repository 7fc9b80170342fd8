"""Bad input never crashes extraction, and the rest of the text still yields its quotes."""

from __future__ import annotations

import whosaid


def speakers(result: dict) -> list[str | None]:
    return [q["speaker"]["name"] for q in result["quotes"]]


def test_unbalanced_quotation_marks_keep_the_other_quotes() -> None:
    text = ("The mayor said “the budget is fine and\n\n"
            "“We will rebuild the bridge,” said Rosa Delgado, the engineer.")
    result = whosaid.extract(text, id="unbalanced")
    assert "Rosa Delgado" in speakers(result)


def test_two_megabyte_single_paragraph() -> None:
    sentence = "The committee met again and nothing was decided about the road. "
    text = sentence * (2_000_000 // len(sentence)) + "“We are done,” said Omar Haddad."
    result = whosaid.extract(text, id="huge")
    assert len(text) > 1_900_000
    assert speakers(result)[-1] == "Omar Haddad"


def test_nothing_but_quotation_marks() -> None:
    for text in ['"' * 1000, "“" * 999, "”’‘«»„" * 150, "' " * 400]:
        result = whosaid.extract(text, id="marks")
        assert isinstance(result["quotes"], list)


def test_mixed_scripts() -> None:
    text = ("東京で会見が開かれた。Пресс-конференция прошла спокойно. "
            "“The talks were useful,” said Aiko Tanaka. «Да», ответил он. مرحبا بالعالم")
    result = whosaid.extract(text, id="scripts")
    assert "Aiko Tanaka" in speakers(result)


def test_empty_and_whitespace_text() -> None:
    for text in ["", "   ", "\n\n\n"]:
        assert whosaid.extract(text, id="empty")["quotes"] == []
