"""The quotation-mark scanner: styles, apostrophes, nesting, multi-paragraph, unbalanced marks."""

from __future__ import annotations

import pytest

from whosaid.attribute.marks import scan_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in scan_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said “we will win” today.", ["we will win"]),
        ('He said "we will win" today.', ["we will win"]),
        ("Elle a dit « nous gagnerons » hier.", [" nous gagnerons "]),
        ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
        ("She called it ‘a disaster’ twice.", ["a disaster"]),
        ("She called it 'a disaster' twice.", ["a disaster"]),
        ("''We will win,'' Mr. Ortiz said.", ["We will win,"]),
    ],
)
def test_every_quotation_style_is_found(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "That’s the singer’s dog, and the ‘90s were the actress’ best years."
    assert quoted(text) == []


def test_possessive_s_apostrophe_does_not_close_an_open_quote_early() -> None:
    text = "He wrote ‘the boys’ mother is here’ on Monday."
    assert quoted(text) == ["the boys’ mother is here"]


def test_nested_quote_stays_inside_its_outer_quote() -> None:
    text = "“I told him, ‘Look, that’s enough,’ and left,” she said."
    assert quoted(text) == ["I told him, ‘Look, that’s enough,’ and left,"]


def test_same_style_nesting_is_kept_whole() -> None:
    text = "“I’d rather live in what he calls “hell” than here,” she wrote."
    assert quoted(text) == ["I’d rather live in what he calls “hell” than here,"]


def test_multi_paragraph_quote_runs_until_its_closing_mark() -> None:
    text = "He said:\n\n“The first part.\n\n“The second part.”\n\nThen he left."
    spans = scan_quotes(text)
    assert len(spans) == 1
    assert text[spans[0].start:spans[0].end] == "The first part.\n\n“The second part."
    assert spans[0].paragraphs == 2


def test_single_quoted_multi_paragraph_quote_british_style() -> None:
    text = ("The coach said: ‘We were second best for an hour. Nobody can hide from that.\n\n"
            "‘But the lads never stopped running.’\n\nThe club is fourth.")
    (q,) = scan_quotes(text)
    assert q.single and q.paragraphs == 2
    assert text[q.start:q.end].startswith("We were second best")
    assert text[q.start:q.end].endswith("never stopped running.")


def test_unclosed_single_mark_without_a_reopening_paragraph_is_no_quote() -> None:
    # an elision-like ‘ with nothing to close it, and a next paragraph that does not re-open
    assert quoted("Back in the ‘nineties it was different.\n\nThe band split in 1999.") == []


def test_unbalanced_quote_ends_at_its_paragraph() -> None:
    text = "She said “this never closes\n\nA new paragraph “with a real quote” here."
    assert quoted(text) == ["this never closes", "with a real quote"]


def test_text_of_nothing_but_quotation_marks() -> None:
    for text in ['"' * 500, "“”" * 300, "‘’'" * 200, "«»„“" * 100]:
        assert all(q.end > q.start for q in scan_quotes(text))


def test_straight_single_quoted_block_runs_over_paragraphs() -> None:
    text = ("The club said: 'We thank him for his work. He gave us everything.\n\n"
            "'The search for a successor starts today.'\n\nHe was not available.")
    q = scan_quotes(text)
    assert len(q) == 1 and q[0].paragraphs == 2
    assert text[q[0].start:q[0].end].endswith("starts today.")


def test_straight_single_mark_inside_a_sentence_does_not_run_on() -> None:
    # an apostrophe-like mark mid-sentence, left open, stays no quotation even if a paragraph opens with '
    text = "Fans chanted 'Olé all night long.\n\n'Tis the season, one wrote."
    assert [text[x.start:x.end] for x in scan_quotes(text)] == []
