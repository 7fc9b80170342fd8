"""Retorts, adverbs before a cue and objects that only point back (articles invented here)."""

from __future__ import annotations

import whosaid

from speakers_of import name_of

_REUNION = ("Reunion\n\n"
            "Mara Cole has always denied it, telling host Ian Webb:\n\n"
            "“I never talked to a blogger.”\n\n"
            "Tia Lune, 42, wasn't buying it. “You protected me? I have the texts,” she shot back.")


def test_a_quote_closed_by_shot_back_is_the_retorting_speakers() -> None:
    assert name_of(_REUNION, "I never talked") == "Mara Cole"
    assert name_of(_REUNION, "You protected me") == "Tia Lune"
    quote = next(q for q in whosaid.extract(_REUNION)["quotes"] if "You protected me" in q["text"])
    assert quote["cue"]["text"] == "shot back"


def test_hit_back_closes_a_quote_but_hitting_back_at_claims_reports_nothing() -> None:
    text = "Row\n\n“Never,” Cole hit back. The union hit back at the claims."
    quotes = whosaid.extract(text)["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in quotes] == [("Never,", "Cole")]


def test_always_and_long_before_the_cue_are_not_the_subject() -> None:
    text = ("Verdict\n\nCole has always said she was innocent. The union has long argued the plan "
            "would cost jobs.")
    assert name_of(text, "she was innocent") == "Cole"
    assert whosaid.extract(text)["quotes"][1]["speaker"]["mention"]["text"] == "The union"


def test_denying_it_reports_nothing() -> None:
    quotes = whosaid.extract("Reunion\n\nMara Cole has always denied it, and she did so again on the "
                             "couch. He confirmed this to reporters.")["quotes"]
    assert quotes == []


def test_a_parenthetical_cue_followed_by_with_ends_the_report() -> None:
    text = ("Study\n\nThe team now plans a randomised trial, Dr Ann Solberg revealed, with results expected "
            "in 2029.")
    assert [q["text"] for q in whosaid.extract(text)["quotes"]] == ["The team now plans a randomised trial"]


def test_an_irregular_past_tense_makes_the_object_a_clause() -> None:
    text = ("Study\n\nLead author Dr Ann Solberg said the effect held even after the team accounted for age "
            "and smoking.")
    quote = whosaid.extract(text)["quotes"][0]
    assert quote["text"].startswith("the effect held even after the team accounted for age")


def test_ruling_that_reports_what_the_court_decided_but_a_dateline_is_no_speaker() -> None:
    text = ("Ban struck down\n\nPORT ALDEN — A county judge on Tuesday struck down the ban, ruling that the "
            "council had adopted it without a public hearing.")
    quote = whosaid.extract(text)["quotes"][0]
    assert quote["text"] == "the council had adopted it without a public hearing"
    assert quote["speaker"]["mention"]["text"] == "A county judge"


def test_coordinated_role_words_before_a_name_after_a_quote() -> None:
    text = ("Row\n\nDevorah Klein defended the host. “An apology written by a publicist is still a "
            "publicist's work,” comedian and podcaster Obi Nwachukwu said on his show.")
    assert name_of(text, "An apology written") == "Obi Nwachukwu"


def test_an_inverted_cue_with_a_group_or_a_firm_s_analysts() -> None:
    text = ("Bank holds\n\nAnalysts had expected the hold. “Rates will stay high for a year,” said analysts at "
            "Brenmoor Bank. “We are worried about the rent,” said residents. “The bank is in no hurry,” wrote "
            "economists at Corran Capital in a note.")
    speakers = [(q["speaker"]["name"], q["speaker"]["mention"]["text"]) for q in whosaid.extract(text)["quotes"]]
    assert speakers == [("Brenmoor Bank", "Brenmoor Bank"), (None, "residents"), ("Corran Capital", "Corran Capital")]


def test_what_follows_a_closing_cue_is_no_report_but_a_nickname_is_no_closing() -> None:
    text = ("Ruling\n\n\"These families were told the water was fine,\" Donnelly said outside the courthouse. "
            "\"They were told lies.\"\n\nProducer Marcus \"Kilo\" Bennett claimed on Saturday that he co-wrote "
            "the hook and was never credited.")
    quotes = [(q["kind"], q["text"]) for q in whosaid.extract(text)["quotes"]]
    assert ("indirect", "outside the courthouse") not in quotes
    assert ("indirect", "he co-wrote the hook and was never credited") in quotes


def test_a_passive_cue_in_a_relative_clause_reports_nothing() -> None:
    text = "Crash\n\nThe driver, who has not been named, remains on sick leave after the crash on Monday."
    assert whosaid.extract(text)["quotes"] == []
