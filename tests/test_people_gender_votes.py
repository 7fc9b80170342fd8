"""A pronoun votes for the gender of the one person its sentence names before it, but not for a
name that is only a prepositional object there (articles invented here)."""

from __future__ import annotations

import whosaid

_PREMIERE = ("Ysolde Quell returns to the screen\n\n"
             "Ysolde Quell is back. The Oscar winner, 52, walked the carpet alongside Tobiah Venn, with whom "
             "she last worked in 2009.\n\n"
             "Venn laughed when asked about the long night shoots. “It is a process,” the Scottish actor "
             "said.")


def _result() -> dict:
    return whosaid.extract(_PREMIERE, id="votes")


def test_a_prepositional_object_takes_no_gender_vote() -> None:
    genders = {p["name"]: p["gender"] for p in _result()["people"]}
    assert genders.get("Tobiah Venn") != "female"


def test_the_gendered_descriptor_is_the_man() -> None:
    q = next(q for q in _result()["quotes"] if "is a process" in q["text"])
    assert q["speaker"]["name"] == "Tobiah Venn"


_SPOUSE = ("Reunion on set\n\n"
           "Ysolde Quell is back on screen this winter.\n\n"
           "Tobiah Venn, who plays her estranged husband in the drama, laughed when asked about the night "
           "shoots. “It is a process,” the Scottish actor said.")


def test_her_husband_is_no_female_vote_for_the_man_playing_him() -> None:
    result = whosaid.extract(_SPOUSE, id="votes")
    assert {p["name"]: p["gender"] for p in result["people"]}.get("Tobiah Venn") != "female"
    q = next(q for q in result["quotes"] if "is a process" in q["text"])
    assert q["speaker"]["name"] == "Tobiah Venn"


_RADIO = ("Rail strike\n\n"
          "Transport Secretary Ilsa Varden said the offer was fair.\n\n"
          "Speaking on Radio Kestrelmoor’s breakfast programme on Friday, she said: “I want them back at the "
          "table.”")


def test_a_programme_after_on_is_neither_the_pronoun_nor_female() -> None:
    result = whosaid.extract(_RADIO, id="votes")
    q = next(q for q in result["quotes"] if "back at the" in q["text"])
    assert q["speaker"]["name"] == "Ilsa Varden"
    assert {p["name"]: p["gender"] for p in result["people"]}.get("Radio Kestrelmoor") is None


_DEFENCE = ("Comic defended\n\n"
            "Fellow comic Siobhan Achterberg came to his defence on X, arguing that audiences should decide "
            "what is funny. “The joke was bad. Cancelling shows over it is worse,” she wrote.")


def test_a_common_irish_given_name_is_female_despite_a_stray_his() -> None:
    q = next(q for q in whosaid.extract(_DEFENCE, id="votes")["quotes"] if "Cancelling shows" in q["text"])
    assert q["speaker"]["name"] == "Siobhan Achterberg"
