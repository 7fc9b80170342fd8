"""Speaker resolution, second set: stated ages, organisations' fullest names, unnamed workers,
role nouns, topic names and pronouns (short articles invented for these tests)."""

from __future__ import annotations

import whosaid


def speaker(text: str, fragment: str) -> dict:
    result = whosaid.extract(text, id="speakers2")
    q = next(q for q in result["quotes"] if fragment in q["text"])
    return q["speaker"]


def name_of(text: str, fragment: str) -> str | None:
    return speaker(text, fragment)["name"]


# 1. an age descriptor goes to the one person given that age

_OBITUARY = ("Lighthouse keeper dies\n\n"
             "Osric Penhallow, a retired lighthouse keeper, died on Sunday at his home near the harbour. He was 83.\n\n"
             "He is survived by his son, Jory, 52, and his sister Wenna, 79, who lives in the next village.\n\n"
             "“He showed me how to trim a wick before I could tie my shoes,” the 52-year-old said.\n\n"
             "“My brother never once forgot a birthday,” the 79-year-old said.")


def test_age_descriptor_goes_to_the_son_given_that_age() -> None:
    assert name_of(_OBITUARY, "trim a wick") == "Jory"


def test_age_descriptor_goes_to_the_sister_given_that_age() -> None:
    assert name_of(_OBITUARY, "forgot a birthday") == "Wenna"


def test_age_descriptor_of_the_deceased_uses_he_was() -> None:
    text = ("Potter dies\n\n"
            "Tamsin Rowe's uncle, the potter Elwyn Rowe, died on Friday. He was 88.\n\n"
            "Rowe, 44, spoke of his kilns. “He fired his last pot in March,” she said. Elwyn had spoken to "
            "a local paper in May. “I have clay under my nails still,” the 88-year-old told it.")
    assert name_of(text, "clay under my nails") == "Elwyn Rowe"


# 2. an organisation's canonical name is the fullest the article gives; short forms join it

def test_first_word_of_a_record_label_joins_its_full_name() -> None:
    text = ("Label signs duo\n\n"
            "Bluefin Records has signed the folk duo Marrow Lane.\n\n"
            "“We have wanted to work with them for years,” Bluefin said in a statement.")
    assert name_of(text, "wanted to work") == "Bluefin Records"


def test_abbreviated_company_suffix_keeps_its_stop() -> None:
    text = ("Smelter to close\n\n"
            "Copperline Mining Corp. said on Monday it would close its smelter.\n\n"
            "“The plant is no longer viable at current prices,” Copperline said in a filing.")
    assert name_of(text, "no longer viable") == "Copperline Mining Corp."


def test_short_form_prefers_a_person_of_that_name() -> None:
    # the negative: a person called by the same word is that person, not the company
    text = ("Studio chief speaks\n\n"
            "Harlan Pictures has a new chief, Dana Harlan. “We will make fewer, better films,” Harlan said.")
    assert name_of(text, "fewer, better") == "Dana Harlan"


def test_the_label_is_the_label_not_the_band() -> None:
    text = ("Label signs duo\n\n"
            "Bluefin Records has signed the folk duo Marrow Lane, the label announced on Tuesday.")
    assert name_of(text, "signed the folk duo") == "Bluefin Records"


def test_company_figures_are_the_articles_company() -> None:
    text = ("Smelter to close\n\n"
            "Copperline Mining Corp. said on Monday it would close its smelter in the north. "
            "“The plant is no longer viable,” Copperline said.\n\n"
            "Output fell by a fifth in the second quarter, according to company figures.")
    assert name_of(text, "Output fell") == "Copperline Mining Corp."


def test_its_report_is_the_organisation_it_stands_for() -> None:
    text = ("Fund doubles\n\n"
            "Vandermeer Holdings published its annual report in March. Its report said revenue had doubled.")
    assert name_of(text, "revenue had doubled") == "Vandermeer Holdings"
