"""Relations between people, each with its evidence, on articles written for these tests."""

from __future__ import annotations

from people_standin import make

from whosaid.people.relations import extract_relations


def triples(doc, rels):
    name = {p.id: p.name for p in doc.people}
    return {(name[r.head], r.relation, name[r.tail]) for r in rels}


def test_possessive_with_coordination_gives_parents_and_siblings():
    text = "Marta Okafor spoke warmly about her three daughters Ada, Bea and Cleo Okafor on Sunday."
    doc, an = make(text, {"Marta Okafor": ("female", ["Marta Okafor"]), "Ada Okafor": (None, ["Ada"]),
                          "Bea Okafor": (None, ["Bea"]), "Cleo Okafor": (None, ["Cleo Okafor"])})
    rels = extract_relations(doc, an)
    got = triples(doc, rels)
    for child in ("Ada Okafor", "Bea Okafor", "Cleo Okafor"):
        assert ("Marta Okafor", "parent_of", child) in got
    assert ("Ada Okafor", "sibling", "Bea Okafor") in got
    assert ("Bea Okafor", "sibling", "Cleo Okafor") in got
    assert all(r.evidence.text == "her three daughters Ada, Bea and Cleo Okafor" for r in rels)
    assert all(text[r.evidence.start:r.evidence.end] == r.evidence.text for r in rels)


def test_ex_husband_apposition_and_name_possessive():
    text = ("The chef Lena Varga opened a bistro. Her ex-husband Tomas Berg was not invited. "
            "Lena Varga's manager, Rui Costa, declined to comment.")
    doc, an = make(text, {"Lena Varga": ("female", ["Lena Varga", "The chef Lena Varga"]),
                          "Tomas Berg": ("male", ["Tomas Berg"]), "Rui Costa": ("male", ["Rui Costa"])})
    rels = extract_relations(doc, an)
    got = triples(doc, rels)
    assert ("Tomas Berg", "ex_spouse", "Lena Varga") in got
    assert ("Rui Costa", "manager_of", "Lena Varga") in got
    ev = {r.relation: r.evidence.text for r in rels}
    assert ev["ex_spouse"] == "Her ex-husband Tomas Berg"


def test_name_then_apposition_and_the_kin_of():
    text = ("Omar Haddad, his younger brother, took the stage after Karim Haddad spoke. "
            "Nadia Stone, the longtime publicist of Iris Bell, said nothing.")
    doc, an = make(text, {"Karim Haddad": ("male", ["Karim Haddad"]), "Omar Haddad": ("male", ["Omar Haddad"]),
                          "Nadia Stone": ("female", ["Nadia Stone"]), "Iris Bell": ("female", ["Iris Bell"])})
    # "his" has no earlier antecedent here, so the first apposition must not invent one...
    got = triples(doc, extract_relations(doc, an))
    assert ("Nadia Stone", "spokesperson_of", "Iris Bell") in got
    assert not any(rel == "sibling" for _, rel, _ in got)


def test_title_kin_takes_the_sentence_subject_and_keeps_estranged():
    text = "Dana Reyes Meets Estranged Dad Victor For First Time In A Decade\n\nVictor Reyes lives in Lyon."
    doc, an = make(text, {"Dana Reyes": ("female", ["Dana Reyes"]), "Victor Reyes": ("male", ["Victor", "Victor Reyes"])})
    rels = extract_relations(doc, an)
    assert triples(doc, rels) == {("Victor Reyes", "parent_of", "Dana Reyes")}
    assert rels[0].qualifiers == ["estranged"]
    assert rels[0].evidence.text == "Estranged Dad Victor"


def test_headline_words_are_not_relatives():
    # in a Title Case line, a name must be known from the running text
    text = "Ron Lake's Daughter Makes Strong Statement About Tax Plan\n\nRon Lake spoke on Monday."
    doc, an = make(text, {"Ron Lake": ("male", ["Ron Lake"])})
    assert extract_relations(doc, an) == []
    assert [p.name for p in doc.people] == ["Ron Lake"]


def test_religious_title_is_not_a_parent():
    text = "Dana Reyes thanked Father Michael Byrne after the service."
    doc, an = make(text, {"Dana Reyes": ("female", ["Dana Reyes"]), "Michael Byrne": ("male", ["Michael Byrne"])})
    assert extract_relations(doc, an) == []


def test_events_wedding_marriage_divorce():
    text = ("Paul Ames skipped his sister's party. Guests remembered her wedding to Rory Quinn, "
            "held in Lisbon. Years later, Paul Ames married June Park, and Jo Bell and Max Lee divorced.")
    doc, an = make(text, {"Paul Ames": ("male", ["Paul Ames"]), "Ella Ames": ("female", ["Ella Ames"]),
                          "Rory Quinn": ("male", ["Rory Quinn"]), "June Park": ("female", ["June Park"]),
                          "Jo Bell": ("female", ["Jo Bell"]), "Max Lee": ("male", ["Max Lee"])})
    got = triples(doc, extract_relations(doc, an))
    assert ("Paul Ames", "spouse", "June Park") in got
    assert ("Jo Bell", "ex_spouse", "Max Lee") in got
    # "her" has no female antecedent named before it: no wedding relation is guessed
    assert not any("Rory Quinn" in (h, t) for h, _, t in got)


def test_wedding_possessive_resolves_to_the_nearest_woman():
    text = "Ella Ames smiled. Her wedding to Rory Quinn last spring was small."
    doc, an = make(text, {"Ella Ames": ("female", ["Ella Ames"]), "Rory Quinn": ("male", ["Rory Quinn"])})
    rels = extract_relations(doc, an)
    assert triples(doc, rels) == {("Ella Ames", "spouse", "Rory Quinn")}
    assert rels[0].evidence.text == "Her wedding to Rory Quinn"


def test_relatives_without_names_and_relationships_are_not_relations():
    text = ("Ines Moreau says her relationship with her boys has been hard. "
            "She hopes to mend her relationship with Leo and Hugo soon.")
    doc, an = make(text, {"Ines Moreau": ("female", ["Ines Moreau", "She"]), "Leo": (None, ["Leo"]),
                          "Hugo": (None, ["Hugo"])})
    assert extract_relations(doc, an) == []


def test_my_inside_a_quote_is_the_speaker():
    text = "“My husband Felix Arden cooked every night,” Clara Arden said."
    doc, an = make(text, {"Clara Arden": ("female", ["Clara Arden"]), "Felix Arden": ("male", ["Felix Arden"])},
                   quotes=[("My husband Felix Arden cooked every night,", "Clara Arden", "said")])
    assert triples(doc, extract_relations(doc, an)) == {("Felix Arden", "spouse", "Clara Arden")}


def test_a_relative_nobody_clustered_is_added_as_a_person():
    text = "Noor Saleh arrived with her husband Idris Saleh."
    doc, an = make(text, {"Noor Saleh": ("female", ["Noor Saleh"])})
    rels = extract_relations(doc, an)
    assert triples(doc, rels) == {("Idris Saleh", "spouse", "Noor Saleh")}
    assert any(p.name == "Idris Saleh" for p in doc.people)


def test_engagement_and_couples_and_brothers():
    text = ("Tess Lowe is engaged to Arlo Finch. Pia Nord and Oli Stam tied the knot in June, "
            "backed by the brothers Carl Voss and Emil Voss.")
    doc, an = make(text, {"Tess Lowe": ("female", ["Tess Lowe"]), "Arlo Finch": ("male", ["Arlo Finch"]),
                          "Pia Nord": ("female", ["Pia Nord"]), "Oli Stam": ("male", ["Oli Stam"]),
                          "Carl Voss": ("male", ["Carl Voss"]), "Emil Voss": ("male", ["Emil Voss"])})
    rels = extract_relations(doc, an)
    got = triples(doc, rels)
    assert got == {("Tess Lowe", "partner", "Arlo Finch"), ("Pia Nord", "spouse", "Oli Stam"),
                   ("Carl Voss", "sibling", "Emil Voss")}
    assert next(r for r in rels if r.relation == "partner").qualifiers == ["engaged"]


def test_compound_title_is_not_a_family_title():
    # "Gold Star Mom" is a title of its own, and the words after it are a headline verb phrase
    text = "Tess Lowe Meets Gold Star Mom Nia Ford"
    doc, an = make(text, {"Tess Lowe": ("female", ["Tess Lowe"]), "Nia Ford": ("female", ["Nia Ford"])})
    assert extract_relations(doc, an) == []


def test_a_capitalised_word_that_starts_a_noun_phrase_is_not_a_new_person():
    text = "Ken Ode arrived with his wife, Democratic nominee Tess Lowe."
    doc, an = make(text, {"Ken Ode": ("male", ["Ken Ode"])})
    assert extract_relations(doc, an) == []
    assert [p.name for p in doc.people] == ["Ken Ode"]


def test_names_with_ages_and_relative_clause_marriage():
    text = ("Rhea Moss brought her sons, Finn Moss, 12, and Ari Moss, 9, to the show. "
            "Tom Weir, who was married to Rhea Moss for a decade, stayed home.")
    doc, an = make(text, {"Rhea Moss": ("female", ["Rhea Moss"]), "Finn Moss": (None, ["Finn Moss"]),
                          "Ari Moss": (None, ["Ari Moss"]), "Tom Weir": ("male", ["Tom Weir"])})
    got = triples(doc, extract_relations(doc, an))
    assert got == {("Rhea Moss", "parent_of", "Finn Moss"), ("Rhea Moss", "parent_of", "Ari Moss"),
                   ("Finn Moss", "sibling", "Ari Moss"), ("Tom Weir", "spouse", "Rhea Moss")}


def test_their_son_is_the_child_of_the_couple():
    text = "Lia Moro married Teo Sala in 2010. Their son Rafa Sala was born a year later."
    doc, an = make(text, {"Lia Moro": ("female", ["Lia Moro"]), "Teo Sala": ("male", ["Teo Sala"]),
                          "Rafa Sala": (None, ["Rafa Sala"])})
    got = triples(doc, extract_relations(doc, an))
    assert got == {("Lia Moro", "spouse", "Teo Sala"), ("Lia Moro", "parent_of", "Rafa Sala"),
                   ("Teo Sala", "parent_of", "Rafa Sala")}


def test_their_without_a_couple_gives_nothing():
    text = "Lia Moro and Teo Sala met fans. Their son Rafa Sala waved."
    doc, an = make(text, {"Lia Moro": ("female", ["Lia Moro"]), "Teo Sala": ("male", ["Teo Sala"]),
                          "Rafa Sala": (None, ["Rafa Sala"])})
    assert extract_relations(doc, an) == []
