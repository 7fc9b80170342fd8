"""Speaker attribution on articles written for these tests: one pattern per test, with variants."""

from __future__ import annotations

import pytest

import whosaid

FERRY = """Mayor Delia Fontaine said Tuesday that the ferry would keep running through the winter. \
“We owe it to the families on the island,” she said. “Nobody should be cut off.”

“It is a lifeline,” said Tomas Varga, a deckhand who has worked the route for years. The \
treasurer, Rupert Quill, was less sure: he warned that repairs could cost more than the town can pay.

According to a source close to the council, the vote was closer than it looked. A spokesperson \
for the Harbor Transit Authority told reporters that new engines were on order.

Fontaine later posted on Facebook, writing:

“Thank you to everyone who came out tonight. This ferry belongs to all of us.”

She added:

“See you on the deck.”

Quill, who once sang the folk song “River of Gold” at the town fair, is known locally as “the Captain.”

“I miss the old boat,” Varga said, “every single day.”
"""


def quote(result: dict, words: str) -> dict:
    for q in result["quotes"]:
        if words in q["text"]:
            return q
    raise AssertionError(f"no quote containing {words!r}: {[q['text'] for q in result['quotes']]}")


@pytest.fixture(scope="module")
def ferry() -> dict:
    return whosaid.extract(FERRY, id="ferry")


def test_pronoun_after_quote_resolves_to_the_named_speaker(ferry: dict) -> None:
    q = quote(ferry, "We owe it")
    assert q["kind"] == "direct"
    assert q["speaker"]["mention"]["text"] == "she"
    assert q["speaker"]["name"] == "Delia Fontaine"
    assert q["cue"]["text"] == "said"


def test_following_quote_continues_the_same_speaker(ferry: dict) -> None:
    assert quote(ferry, "Nobody should be cut off")["speaker"]["name"] == "Delia Fontaine"


def test_inverted_said_name(ferry: dict) -> None:
    q = quote(ferry, "It is a lifeline")
    assert q["speaker"]["name"] == "Tomas Varga"
    # the speaker's apposition is not reported speech
    assert not any("deckhand" in x["text"] for x in ferry["quotes"])


def test_indirect_speech_with_that_clause(ferry: dict) -> None:
    q = quote(ferry, "the ferry would keep running")
    assert q["kind"] == "indirect"
    assert q["text"] == "the ferry would keep running through the winter"
    assert q["speaker"]["name"] == "Delia Fontaine"


def test_indirect_speech_without_that(ferry: dict) -> None:
    q = quote(ferry, "repairs could cost more")
    assert q["kind"] == "indirect" and q["speaker"]["name"] == "Rupert Quill" and q["cue"]["text"] == "warned"


def test_anonymous_source_and_organisation_spokesperson(ferry: dict) -> None:
    anon = quote(ferry, "the vote was closer")
    assert anon["speaker"]["kind"] == "anonymous" and anon["speaker"]["name"] is None
    assert anon["cue"]["text"] == "According to"
    org = quote(ferry, "new engines were on order")
    assert org["speaker"]["kind"] == "organization"
    assert "spokesperson" in org["speaker"]["mention"]["text"]


def test_block_quotes_after_a_colon_take_the_intro_speaker(ferry: dict) -> None:
    first = quote(ferry, "This ferry belongs to all of us")
    assert first["speaker"]["name"] == "Delia Fontaine" and first["speaker"]["mention"]["text"] == "Fontaine"
    assert first["cue"]["text"] == "writing"
    added = quote(ferry, "See you on the deck")
    assert added["speaker"]["mention"]["text"] == "She" and added["speaker"]["name"] == "Delia Fontaine"
    assert added["cue"]["text"] == "added"


def test_song_titles_and_nicknames_are_not_quotes(ferry: dict) -> None:
    texts = [q["text"] for q in ferry["quotes"]]
    assert not any("River of Gold" in t or "the Captain" in t for t in texts)


def test_interrupted_quote_gives_two_spans_with_one_speaker(ferry: dict) -> None:
    a, b = quote(ferry, "I miss the old boat"), quote(ferry, "every single day")
    assert a["start"] < b["start"]
    assert a["speaker"]["name"] == b["speaker"]["name"] == "Tomas Varga"


def test_quote_spans_exclude_their_marks(ferry: dict) -> None:
    for q in ferry["quotes"]:
        assert FERRY[q["start"]:q["end"]] == q["text"]
        assert q["text"][0] not in "“”\"" and q["text"][-1] not in "“”\""
        assert 0 < q["speaker"]["confidence"] <= 1


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“The roof leaks,” Nadia Brandt said.", "Nadia Brandt"),
        ("“The roof leaks,” said Nadia Brandt.", "Nadia Brandt"),
        ("Nadia Brandt said: “The roof leaks.”", "Nadia Brandt"),
        ("Nadia Brandt, a tenant, said, “The roof leaks.”", "Nadia Brandt"),
        ("“The roof leaks,” Nadia Brandt, a tenant for ten years, told the paper.", "Nadia Brandt"),
        ("“The roof leaks,” Nadia Brandt (D-Ohio) said.", "Nadia Brandt"),
        ("“The roof leaks.” ― Nadia Brandt", "Nadia Brandt"),
    ],
)
def test_direct_quote_patterns(text: str, speaker: str) -> None:
    result = whosaid.extract(text, id="v")
    assert [q["speaker"]["name"] for q in result["quotes"] if q["kind"] == "direct"] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “green deal” failed.",
        "She starred in the film “Moonlight Harbor” last year.",
        "Fans call him “Big Sal” on the radio.",
    ],
)
def test_scare_quotes_and_titles_without_a_cue_are_dropped(text: str) -> None:
    assert [q for q in whosaid.extract(text, id="s")["quotes"] if q["kind"] == "direct"] == []


def test_headline_quote_in_single_marks() -> None:
    text = "Chef Rosa Delgado Says Her New Menu Is ‘Fearless’\n\nRosa Delgado opened her third restaurant on Friday."
    q = quote(whosaid.extract(text, id="h"), "Fearless")
    assert q["speaker"]["name"] == "Rosa Delgado" and q["cue"]["text"] == "Says"


def test_boilerplate_lines_are_skipped() -> None:
    text = ("“We won,” said Ines Moreau.\n\n"
            "The post Moreau Says ‘We Won’ appeared first on Example Daily.")
    result = whosaid.extract(text, id="b")
    assert [q["text"] for q in result["quotes"]] == ["We won,"]


def test_noun_uses_of_cue_words_are_not_speech() -> None:
    text = "There has to be hope that the bridge reopens. The claims that it was unsafe were old."
    assert whosaid.extract(text, id="n")["quotes"] == []


def test_plain_object_of_a_weak_verb_is_not_speech() -> None:
    text = "Leo Marsh called out his brother's lack of manners in an interview, saying nothing more."
    assert [q for q in whosaid.extract(text, id="o")["quotes"] if "lack of manners" in q["text"]] == []


CUSTODY = """Tara Quinn Slams Ex Over Custody Battle

Tara Quinn isn't holding back. The former child star, 33, answered her ex-husband Mark Delaney, \
who claimed she had missed several visits with their daughter.

"That is simply not true," Quinn wrote in her Stories. "I have never missed a single day with my girl."

Delaney's lawyer, Priya Shah, told Us Weekly that her client "stands by every word." She added that \
the court would decide.

Quinn's sister, Jessie Quinn, also weighed in. "Tara is the best mom I know," Jessie said.

An insider tells Us that the former couple "can't be in the same room." Quinn captioned a photo: "My whole world."
"""


@pytest.fixture(scope="module")
def custody() -> dict:
    return whosaid.extract(CUSTODY, id="custody")


def test_headline_verb_is_not_reported_speech(custody: dict) -> None:
    assert not any("Custody Battle" in q["text"] for q in custody["quotes"])
    assert "Tara Quinn" in {p["name"] for p in custody["people"]}
    assert not any(p["name"].endswith("Slams") for p in custody["people"])


def test_name_in_apposition_is_the_speaker(custody: dict) -> None:
    q = quote(custody, "stands by every word")
    assert q["speaker"]["name"] == "Priya Shah"
    assert quote(custody, "the court would decide")["speaker"]["name"] == "Priya Shah"


def test_shared_surname_goes_to_whoever_had_it(custody: dict) -> None:
    assert quote(custody, "My whole world")["speaker"]["name"] == "Tara Quinn"
    assert quote(custody, "best mom I know")["speaker"]["name"] == "Jessie Quinn"


def test_relative_who_resolves_to_its_antecedent(custody: dict) -> None:
    q = quote(custody, "missed several visits")
    assert q["kind"] == "indirect" and q["speaker"]["name"] == "Mark Delaney"


def test_insider_is_anonymous(custody: dict) -> None:
    q = quote(custody, "same room")
    assert q["speaker"]["kind"] == "anonymous" and q["speaker"]["name"] is None


def test_refusals_and_plain_objects_are_not_speech() -> None:
    text = ("Kevin Marsh claimed the twins refused to see their aunt for months and declined to attend "
            "her wedding. Leo called out his brother's lack of manners.")
    kinds = [(q["kind"], q["text"]) for q in whosaid.extract(text, id="r")["quotes"]]
    assert kinds == [("indirect", "the twins refused to see their aunt for months and declined to attend her wedding")]


@pytest.mark.parametrize(
    "text",
    [
        "In an interview on WXYZ's “Morning Edition Live,” Mayor Ada Brandt said the budget was fine.",
        "Dana Ruiz loved the festival's “Night of Lanterns Parade” and said it would return.",
    ],
)
def test_title_case_names_of_shows_and_events_are_not_quotes(text: str) -> None:
    quotes = whosaid.extract(text, id="t")["quotes"]
    assert all("Lanterns" not in q["text"] and "Morning Edition" not in q["text"] for q in quotes)


def test_outlet_sources_and_representatives() -> None:
    text = ("A rep for Nina Vale confirmed to Page Six that the star has hired a lawyer. "
            "Per TMZ, the network is \"staying out of it.\"")
    result = whosaid.extract(text, id="rep")
    rep = quote(result, "hired a lawyer")
    # a person's rep is an unnamed source speaking for her, not an organisation
    assert rep["speaker"]["kind"] == "anonymous" and rep["speaker"]["mention"]["text"] == "A rep for Nina Vale"
    tmz = quote(result, "staying out of it")
    assert tmz["speaker"]["name"] == "TMZ" and tmz["cue"]["text"] == "Per"
