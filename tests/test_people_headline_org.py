"""A headline's lone organisation noun ("…, Agency Says: ‘…’") is the organisation the body names
(articles invented here)."""

from __future__ import annotations

import whosaid

from speakers_of import name_of


def test_a_headline_agency_is_the_agency_the_body_names() -> None:
    text = ("Singer To Pause Tour, Agency Says: ‘Her Health Comes First’\n\n"
            "Brightwave Entertainment has confirmed that Mina will rest for a month.")
    quotes = whosaid.extract(text)["quotes"]
    head = next(q for q in quotes if q["text"] == "Her Health Comes First")
    assert head["speaker"]["name"] == "Brightwave Entertainment"
    assert head["speaker"]["kind"] == "organization"


def test_with_no_fitting_organisation_the_headline_noun_names_nobody() -> None:
    text = ("Singer To Pause Tour, Agency Says: ‘Her Health Comes First’\n\n"
            "Mina Park will rest for a month, her mother told fans.")
    head = next(q for q in whosaid.extract(text)["quotes"] if q["text"] == "Her Health Comes First")
    assert head["speaker"]["name"] != "Mina Park"


def test_a_headline_role_noun_after_its_cue_is_the_named_union() -> None:
    text = ("Bus strike ‘will go ahead’ after talks fail, union warns\n\n"
            "The strike will go ahead, the Harbour Drivers’ Union said.")
    head = next(q for q in whosaid.extract(text)["quotes"] if q["text"] == "will go ahead")
    assert head["speaker"]["name"] == "Harbour Drivers’ Union"


def test_a_sentence_case_headline_opening_with_a_common_word_names_no_one() -> None:
    text = ("Housing bill rebel says 'this is not over' after government scrapes through\n\n"
            "The government survived a rebellion on Tuesday. Niamh O'Sullivan, the backbencher who led the "
            "rebellion, said she would fight on. 'This is not over,' she said.")
    assert name_of(text, "this is not over") == "Niamh O'Sullivan"
