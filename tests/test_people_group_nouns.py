"""A capitalised plural group noun opening a sentence is an unnamed group, while plural-looking
surnames stay names (articles invented here)."""

from __future__ import annotations

import whosaid

from speakers_of import name_of

_PARK = ("Car park approved\n\n"
         "Councillors approved the car park on Monday.\n\n"
         "Campaigners said they would seek a judicial review. Protesters said the meadow would be lost "
         "for good. Residents said they had not been consulted.")

_SURNAMES = ("Budget row\n\n"
             "Finance chief Orla Summers defended the cuts. Summers said the books had to balance.\n\n"
             "The plan was drawn up with treasurer Gil Peters. “We had no choice,” Peters said.")

_SINGERS = ("Choir row\n\n"
            "Choirmaster Della Singers resigned on Friday. Singers said she had been “pushed out”.")

_MID = ("Harbour dispute\n\n"
        "The harbour board met Sanders on Tuesday. Sanders said the talks had gone well.")


def _speaker(text: str, fragment: str) -> dict:
    q = next(q for q in whosaid.extract(text, id="groups")["quotes"] if fragment in q["text"])
    return q["speaker"]


def test_campaigners_protesters_and_residents_are_unnamed_groups() -> None:
    for fragment in ("judicial review", "meadow would be lost", "not been consulted"):
        sp = _speaker(_PARK, fragment)
        assert sp["name"] is None and sp["kind"] == "anonymous", fragment
    names = {p["name"] for p in whosaid.extract(_PARK, id="groups")["people"]}
    assert not names & {"Campaigners", "Protesters", "Residents"}


def test_plural_looking_surnames_stay_names() -> None:
    assert _speaker(_SURNAMES, "books had to balance")["name"] == "Orla Summers"
    assert _speaker(_SURNAMES, "no choice")["name"] == "Gil Peters"
    assert _speaker(_MID, "talks had gone well")["name"] == "Sanders"


def test_a_group_noun_the_article_uses_as_a_surname_stays_a_name() -> None:
    assert _speaker(_SINGERS, "pushed out")["name"] == "Della Singers"


def test_a_party_standing_alone_still_speaks() -> None:
    sp = _speaker("Budget vote\n\nDemocrats said the bill would fail in the Senate.", "bill would fail")
    assert sp["name"] == "Democrats"


def test_a_sentence_opening_plural_common_noun_is_a_group_not_a_name() -> None:
    text = ("Vote\n\nThe bill passed its second reading by nine votes on Tuesday night.\n\n"
            "Rebels said they would try again to amend it at committee stage.\n\n"
            "Tyra Banks, the bill's sponsor, was relieved. Banks said the vote showed the party was united.")
    assert name_of(text, "try again to amend") is None
    assert name_of(text, "party was united") == "Tyra Banks"


def test_insiders_at_a_show_are_anonymous_and_a_show_is_no_person() -> None:
    text = ("Soap feud\n\nHARBOUR Lane star Kirsty Mallow has hit back at her sister. Harbour Lane bosses "
            "stayed silent.\n\nInsiders at Harbour Lane say the cast has rallied round the star.")
    speaker = whosaid.extract(text)["quotes"][0]["speaker"]
    assert speaker["name"] is None and speaker["mention"]["text"] == "Insiders at Harbour Lane"
    kinds = {p["name"]: p["kind"] for p in whosaid.extract(text)["people"]}
    assert kinds["Harbour Lane"] == "organization" and kinds["Kirsty Mallow"] == "person"
