"""A group the article types by a noun keeps its whole name, even when it starts like another
organisation's ("supporters' group Ashvale Together" is not Ashvale Rovers; invented articles)."""

from __future__ import annotations

import whosaid

_FANS = ("Ashvale Rovers sack manager\n\n"
         "Ashvale Rovers have sacked manager Ivo Marek after a run of nine defeats.\n\n"
         "In a statement, Ashvale said the board had acted in the club’s long-term interest.\n\n"
         "Supporters' group Ashvale Together said fans had given up on Marek’s “timid, backwards "
         "football” long ago.")


def _speaker(fragment: str) -> dict:
    q = next(q for q in whosaid.extract(_FANS, id="groups")["quotes"] if fragment in q["text"])
    return q["speaker"]


def test_the_supporters_group_speaks_under_its_own_name() -> None:
    sp = _speaker("timid, backwards")
    assert sp["name"] == "Ashvale Together" and sp["kind"] == "organization"


def test_the_club_keeps_its_own_statement() -> None:
    assert _speaker("long-term interest")["name"] == "Ashvale Rovers"


_RECALL = ("Kettle recall\n\n"
           "Kitchenware maker Brenmoor has recalled 90,000 kettles. Supporters' group Brenmoor Together said "
           "the firm had been slow. The company said in a statement that owners should stop using them.")


def test_a_lengthened_group_name_does_not_swallow_the_company_it_starts_with() -> None:
    r = whosaid.extract(_RECALL, id="groups")
    names = {p["name"] for p in r["people"]}
    assert {"Brenmoor", "Brenmoor Together"} <= names
    q = next(q for q in r["quotes"] if "stop using them" in q["text"])
    assert q["speaker"]["name"] == "Brenmoor"


def test_a_phrase_cut_at_a_function_word_names_nobody() -> None:
    r = whosaid.extract("Brenmoor has recalled kettles sold in the UK after reports that lids could spring "
                        "open.\n\nFrontman Rory Ashby said: “We bought one too.”", id="groups")
    q = next(q for q in r["quotes"] if "spring open" in q["text"])
    assert q["speaker"]["name"] != "Rory Ashby"


def test_a_scene_noun_before_a_speaking_surname_does_not_make_an_organisation() -> None:
    r = whosaid.extract("Gala night\n\nAfter the party Okafor said he was tired but happy.", id="groups")
    sp = r["quotes"][0]["speaker"]
    assert sp["name"] == "Okafor" and sp["kind"] == "person"
