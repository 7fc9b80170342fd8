"""General attribution bugs first seen on the bundled demo feed, pinned on short sentences written here."""

from __future__ import annotations

import pytest

import whosaid


def quotes(text: str) -> list[dict]:
    return whosaid.extract(text, id="demo-bugs")["quotes"]


def speaker(q: dict) -> tuple[str | None, str | None]:
    sp = q.get("speaker") or {}
    return sp.get("name"), (sp.get("mention") or {}).get("text")


def test_bare_age_descriptor_introduces_a_block_quote() -> None:
    # the age descriptor, not the "who" of the sentence before, speaks the block quote
    text = ("Rory Vance has answered his critics. The Harbor Nights actor replied on Friday to his former "
            "manager Tom Reyes, who told a radio show that Vance \"never paid anyone on time\". "
            "In a since-deleted post, the 52-year-old wrote:\n\n"
            "\"I have never missed a payment. Not once in all those years, and Tom knows it.\"")
    qs = quotes(text)
    block = [q for q in qs if q["text"].startswith("I have never missed")]
    assert block and speaker(block[0]) == ("Rory Vance", "the 52-year-old"), qs
    # the opener before the colon is not a reported clause
    assert not [q for q in qs if q["text"].startswith("In a since-deleted post")], qs


def test_participial_opener_before_a_colon_is_not_reported_speech() -> None:
    text = ("Coach Mira Olsen lost the final on Sunday. Speaking to reporters outside the stadium, the coach "
            "explained:\n\n\"We were beaten by a better side today, and I will not pretend otherwise.\"")
    qs = quotes(text)
    assert [q["text"] for q in qs] == ["We were beaten by a better side today, and I will not pretend otherwise."]
    assert speaker(qs[0])[0] == "Mira Olsen"


@pytest.mark.parametrize("text, content, mention", [
    ("Nadia Ford won the sprint. “It was harder than it looked,” the 29-year-old told reporters.",
     "It was harder than it looked,", "the 29-year-old"),
    ("Judge Ilse Moor retired in May. The 71-year-old said that she would spend the summer sailing.",
     "she would spend the summer sailing", "The 71-year-old"),
])
def test_age_descriptor_speakers(text: str, content: str, mention: str) -> None:
    q = [q for q in quotes(text) if q["text"] == content]
    assert q, quotes(text)
    assert speaker(q[0])[1] == mention and speaker(q[0])[0] in ("Nadia Ford", "Ilse Moor")


def test_interrupted_quote_keeps_only_the_quoted_words() -> None:
    text = "“We lost,” Kasia Nowak said after the match, “but nobody in that dressing room gave up.”"
    qs = quotes(text)
    assert [q["text"] for q in qs] == ["We lost,", "but nobody in that dressing room gave up."], qs
    assert all(speaker(q)[0] == "Kasia Nowak" for q in qs)


def test_reported_clause_before_a_quotation_still_widens() -> None:
    qs = quotes("Ana Ruiz said on Sunday that the result was “a disgrace to the sport and its fans.”")
    assert qs and qs[0]["text"].startswith("the result was"), qs


@pytest.mark.parametrize("text", [
    "The 38-year-old praised his goalkeeper, Ade Mensah, who saved two penalties.",
    "Mayor Lina Holt thanked the volunteers on Monday.",
    "The twins documented the reunion on their channel on Saturday.",
    "Councillor Rob Imre criticised the night market at a press conference.",
])
def test_plain_object_of_a_judging_verb_is_not_speech(text: str) -> None:
    assert quotes(text) == []


def test_judging_verb_with_a_characterisation_is_still_reported() -> None:
    qs = quotes("Governor Ellis Park attacked the proposal as a giveaway to developers.")
    assert [q["text"] for q in qs] == ["the proposal as a giveaway to developers"]


def test_month_word_as_a_given_name_speaks() -> None:
    text = ("Sisters Ada and April Stone met their father. April later told fans that Dad “cried more than "
            "both of us combined,” and said the family plans to spend Christmas together. "
            "In the video, Ada said she was scared, while April admitted she almost cancelled twice.")
    qs = {q["text"]: speaker(q)[1] for q in quotes(text)}
    assert qs.get("the family plans to spend Christmas together") == "April", qs
    assert qs.get("she almost cancelled twice") == "April", qs
    assert any(t.endswith("cried more than both of us combined,") and m == "April" for t, m in qs.items()), qs


def test_month_in_a_date_is_not_a_speaker() -> None:
    qs = quotes("In April the mayor said the plan was dead. On June 4, the council said the bridge would close.")
    assert all(speaker(q)[1] not in ("April", "June") for q in qs), qs


def test_passive_cue_reports_nothing_of_its_subject() -> None:
    assert quotes("The band’s first single was written the week the singer moved to Oslo.") == []



def test_role_word_before_a_name_is_not_the_speaker() -> None:
    text = ("Team captain Ines Varga said the players were “gutted” but proud, and that the crowd had been "
            "“loud from the first minute to the last.”")
    assert {speaker(q) for q in quotes(text)} == {("Ines Varga", "Ines Varga")}


def test_place_based_modifier_is_not_part_of_the_name() -> None:
    qs = quotes("Her producer, the Oslo-based Mikkel Rand, said the singer had recorded every vocal in one take.")
    assert [speaker(q) for q in qs] == [("Mikkel Rand", "Mikkel Rand")], qs


def test_sentence_initial_role_word_is_not_part_of_the_name() -> None:
    r = whosaid.extract("Few traders agreed. Shopkeeper Lotte Brenner said the new parking rules would cost her "
                        "customers.", id="demo-bugs")
    assert [speaker(q)[0] for q in r["quotes"]] == ["Lotte Brenner"]
    assert "Lotte Brenner" in [p["name"] for p in r["people"]]


def test_given_name_ending_like_a_role_word_stays_a_name() -> None:
    qs = quotes("Christian Ellis Park said the plan was dead.")
    assert speaker(qs[0])[0] == "Christian Ellis Park", qs


def test_street_after_on_is_a_place_not_a_person() -> None:
    r = whosaid.extract("Chef Ola Berg said the cafe on Kestrel Lane would close in May.", id="demo-bugs")
    names = [p["name"] for p in r["people"]]
    assert "Ola Berg" in names and "Kestrel Lane" not in names, names


def test_imperative_before_a_name_is_not_part_of_it() -> None:
    r = whosaid.extract("Kit Maren wrote on Sunday: “I cook for our daughter every night. Ask Sofie. She will "
                        "tell you.”", id="demo-bugs")
    names = [p["name"] for p in r["people"]]
    assert "Ask Sofie" not in names and "Kit Maren" in names, names


def test_and_that_clause_keeps_the_earlier_cue() -> None:
    text = ("Captain Ines Varga said the players were “gutted” but proud, and that the crowd had been "
            "“loud from the first minute to the last.”")
    qs = quotes(text)
    assert [(q["cue"] or {}).get("text") for q in qs] == ["said", "said"], qs


def test_opening_adverb_is_not_a_first_name() -> None:
    r = whosaid.extract("Nadia Ford won the race. Later Ford told reporters that she was tired.", id="demo-bugs")
    assert [speaker(q) for q in r["quotes"]] == [("Nadia Ford", "Ford")], r["quotes"]
    assert "Later Ford" not in [p["name"] for p in r["people"]]
