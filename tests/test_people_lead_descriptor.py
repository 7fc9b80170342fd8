"""A pronoun in a sentence opened by a definite descriptor is the person the descriptor stands for,
not a name that is only a prepositional object there (articles invented here)."""

from __future__ import annotations

import whosaid

_PODCAST = ("Comic nearly quit\n\n"
            "Milo Ferrante is opening up about the worst year of his career.\n\n"
            "The stand-up comedian, 41, sat down with host Peter Reis on the latest episode of the Late Shift "
            "podcast, where he revealed he had nearly given up on comedy in 2021.")


def test_the_pronoun_is_the_descriptors_person_not_the_host() -> None:
    q = next(q for q in whosaid.extract(_PODCAST, id="lead")["quotes"] if "nearly given up" in q["text"])
    assert q["speaker"]["name"] == "Milo Ferrante"
