"""A kin noun in apposition votes for the gender of a name behind an abbreviated title ("his son,
the Hon. Lysander Carrow"), so the next "he" is the son the paragraph is about, not his father
(articles invented here)."""

from __future__ import annotations

import whosaid

_ESTATE = ("Castle up for sale\n\n"
           "Lady Imogen Carrow is said to be upset after her father, Giles Carrow, the Earl of Marlow, put "
           "Carrow Castle on the market.\n\n"
           "The Earl, 68, is understood to have made the decision after a costly survey of the roof.\n\n"
           "The Earl and his daughter have not spoken since the spring, one friend claimed.\n\n"
           "The Earl’s younger son, the Hon. Lysander Carrow, 27, is understood to support the sale. "
           "Stopped outside his London flat on Monday, he would only say: “Father knows best.”")


def test_the_pronoun_after_the_son_paragraph_is_the_son() -> None:
    q = next(q for q in whosaid.extract(_ESTATE, id="titled")["quotes"] if "Father knows best" in q["text"])
    assert q["speaker"]["name"] == "Lysander Carrow"


def test_the_son_is_male() -> None:
    person = next(p for p in whosaid.extract(_ESTATE, id="titled")["people"] if p["name"] == "Lysander Carrow")
    assert person["gender"] == "male"
