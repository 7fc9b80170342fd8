"""A sentence opening with a descriptor and a name in apposition ("Their son, Ned Harrow, ...") is
about that name, so a following age descriptor is that person (articles invented here)."""

from __future__ import annotations

import whosaid

_OBIT = ("Soap veteran dies at 84\n\n"
         "Alun Harrow, who played grumpy grocer Stan Pike on Brook Street for twenty years, has died.\n\n"
         "Their son, Ned Harrow, posted a photo of the pair on a fishing trip. “Best dad, worst angler,” "
         "the 52-year-old wrote.\n\n"
         "The actor’s younger sister, Gwen Tally, said he never believed he was famous. “He thought they "
         "were talking to someone else,” the 79-year-old said.")


def _name(fragment: str) -> str | None:
    q = next(q for q in whosaid.extract(_OBIT, id="apposed")["quotes"] if fragment in q["text"])
    return q["speaker"]["name"]


def test_the_age_descriptor_is_the_son_in_apposition() -> None:
    assert _name("worst angler") == "Ned Harrow"


def test_the_age_descriptor_is_the_sister_in_apposition() -> None:
    assert _name("someone else") == "Gwen Tally"
