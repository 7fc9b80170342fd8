"""A capitalised role before a name is no part of the person's name (articles invented here)."""

from __future__ import annotations

import whosaid

_TEXT = ("Venue closure\n\n"
         "Frontman Rory Ashby said the band would miss the old hall. Local MP Fiona Garth said she would "
         "raise the closure in Parliament. Cllr Owen Prys said: “We will find them a new home.”\n\n"
         "“It was our second living room,” Ashby said.")


def _result() -> dict:
    return whosaid.extract(_TEXT, id="roles")


def _name(fragment: str) -> str | None:
    return next(q for q in _result()["quotes"] if fragment in q["text"])["speaker"]["name"]


def test_roles_before_names_are_dropped_from_the_name() -> None:
    assert _name("miss the old hall") == "Rory Ashby"
    assert _name("raise the closure") == "Fiona Garth"
    assert _name("new home") == "Owen Prys"


def test_the_surname_alone_joins_the_person_and_the_role_stays_an_alias() -> None:
    assert _name("second living room") == "Rory Ashby"
    person = next(p for p in _result()["people"] if p["name"] == "Fiona Garth")
    assert any("MP" in a for a in person["aliases"])


_DEBATE = ("Debate night\n\n"
           "Moderator Luc Varenne opened the debate. Councilor Bea Tallis said the budget was a mess. "
           "Co-host Dev Ramnath said: “Let us keep it civil.”")


def test_more_capitalised_roles_are_dropped_from_names() -> None:
    r = whosaid.extract(_DEBATE, id="roles")
    names = {p["name"] for p in r["people"]}
    assert {"Bea Tallis", "Dev Ramnath"} <= names
    assert next(q for q in r["quotes"] if "keep it civil" in q["text"])["speaker"]["name"] == "Dev Ramnath"


_NICK = ("Credit row\n\n"
         "Producer Marcel “Kilo” Brennan claimed on Saturday that he co-wrote the hook. Brennan said: “I was "
         "in that room.”")


def test_a_nickname_after_a_role_and_given_name_stays_inside_the_name() -> None:
    r = whosaid.extract(_NICK, id="roles")
    assert next(q for q in r["quotes"] if "in that room" in q["text"])["speaker"]["name"] == "Marcel Brennan"


def test_a_common_word_opening_a_name_and_a_police_rank_are_no_part_of_it() -> None:
    text = ("Murder charge\n\nDetective Chief Inspector Ruth Kane said the attack was brutal.\n\n"
            "Resident Tom Hale heard the shouting. “I grabbed the dog and ran,” he said.\n\n"
            "DCI Kane added that two men had been arrested.")
    names = {q["speaker"]["name"] for q in whosaid.extract(text, id="ranks")["quotes"]}
    assert names == {"Ruth Kane", "Tom Hale"}
    research = whosaid.extract("Vote\n\nAccording to the Parliamentary Research Service, it was the largest "
                               "rebellion in a decade.")["quotes"][0]
    assert research["speaker"]["name"] == "Parliamentary Research Service"  # an organisation keeps its words
