"""A relative clause after a spokesperson's organisation is not an apposition naming the speaker
(articles invented here)."""

from __future__ import annotations

import whosaid


_SOAP = ("Soap star quits\n\n"
         "Tamsin Okoye, who has played the landlady on Harbour Row for nine years, is leaving the show.\n\n"
         "Harbour Row has lost three regulars this year. A spokesman for Crestmoor Studios, which makes "
         "Harbour Row, said the character would be written out in the spring.")

_APPOSED = ("Council budget\n\n"
            "A spokeswoman for the council, Nadia Perrow, said the figures were final.")


def _speaker(text: str, fragment: str) -> dict:
    q = next(q for q in whosaid.extract(text, id="relative")["quotes"] if fragment in q["text"])
    return q["speaker"]


def test_the_organisation_speaks_not_the_relative_clauses_object() -> None:
    assert _speaker(_SOAP, "written out")["name"] == "Crestmoor Studios"


def test_a_named_spokesperson_in_apposition_still_speaks() -> None:
    assert _speaker(_APPOSED, "figures were final")["name"] == "Nadia Perrow"


_EXPERT = ("Streetlights and bees\n\n"
           "Researchers in Gdansk found that bumblebees visited fewer flowers under LED lamps.\n\n"
           "Prof. Ludek Varga, a pollination biologist at the Nordmark Institute of Ecology who was not "
           "involved in the research, said the study had been carried out in a single region.")


def test_who_after_an_institute_in_an_apposition_is_the_named_expert() -> None:
    assert _speaker(_EXPERT, "single region")["name"] == "Ludek Varga"


_LONG = ("Migraine trial\n\n"
         "A new drug halved attacks in a small trial, researchers said.\n\n"
         "Dr Anselm Kovacs, a headache specialist at the University of Marlport who was not involved in the "
         "research, called the results “genuinely encouraging” but said they should be treated with care.")


def test_who_closing_a_long_apposition_is_the_named_person() -> None:
    assert _speaker(_LONG, "treated with care")["name"] == "Anselm Kovacs"
