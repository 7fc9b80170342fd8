"""Hedged attributions: a hedging cue or word in the cue's clause flags the quote."""

from __future__ import annotations

from people_standin import make

from whosaid.provenance import annotate_provenance

PEOPLE = {"Ivo Brandt": ("male", ["Ivo Brandt", "He"]), "Lea Sorel": ("female", ["Lea Sorel", "She"])}


def hedges(text, quotes):
    doc, an = make(text, PEOPLE, quotes=quotes)
    annotate_provenance(doc, an)
    return [(q.hedged, q.hedge.text if q.hedge else None) for q in doc.quotes]


def test_claimed_cue_is_a_hedge():
    text = "Ivo Brandt claimed the contract was never signed."
    assert hedges(text, [("the contract was never signed", "Ivo Brandt", "claimed")]) == [(True, "claimed")]


def test_hedging_adverbs_next_to_the_cue():
    text = ("Lea Sorel reportedly told friends: “I am leaving the band.” "
            "Ivo Brandt allegedly said the money was gone. "
            "She seemingly admitted that the tour was over.")
    got = hedges(text, [("I am leaving the band.", "Lea Sorel", "told"),
                        ("the money was gone", "Ivo Brandt", "said"),
                        ("the tour was over", "Lea Sorel", "admitted")])
    assert got == [(True, "reportedly"), (True, "allegedly"), (True, "seemingly")]


def test_plain_attribution_is_not_hedged():
    text = "Lea Sorel said: “We start recording in spring.” Ivo Brandt confirmed the dates."
    assert hedges(text, [("We start recording in spring.", "Lea Sorel", "said")]) == [(False, None)]


def test_hedge_inside_the_quote_or_another_clause_does_not_count():
    text = ("Ivo Brandt said: “People allegedly saw us fighting, which is false.” "
            "The label reportedly lost money; Lea Sorel said the album was done.")
    got = hedges(text, [("People allegedly saw us fighting, which is false.", "Ivo Brandt", "said"),
                        ("the album was done", "Lea Sorel", "said")])
    assert got == [(False, None), (False, None)]
