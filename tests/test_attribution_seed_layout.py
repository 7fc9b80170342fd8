"""An article written in the seed's layout (our own text): headline quote, syndication footer,
colon-introduced block quotes, pronoun and descriptor speakers, a nested quote, indirect speech."""

from __future__ import annotations

import whosaid

ARTICLE = """Drake Holloway Says He Regrets His ‘Reckless’ Twenties!

Drake Holloway is looking back on his wild years. As fans know, the 38-year-old rapper’s relationship \
with his daughters has been strained. Last month, his ex-wife Mira Solis claimed the girls had stopped \
visiting him — and even skipped his birthday party.

Related: Holloway Opens Up About Sobriety!

Part of the problem? She claimed the Skyline rapper’s late-night posts embarrassed them:

“They see everything. ‘Dad, why would you post that?’ That’s what they ask me. It hurts.”

Meanwhile, his daughter Ava called out her father's absences in a podcast interview, saying:

“I think Dad tries, but he doesn’t show up. I miss him.”

The hitmaker responded on X Thursday, writing:

“I hear you, baby girl. I am doing the work.”

He continued:

“Nobody is perfect !!! I will be better.”

[Image via Drake Holloway/Instagram]

The post Drake Holloway Says He Regrets His 'Reckless' Twenties! appeared first on Celeb Daily.
"""

EXPECTED = [
    ("direct", "Reckless", "Drake Holloway"),
    ("indirect", "the girls had stopped visiting him", "Mira Solis"),
    ("indirect", "the Skyline rapper’s late-night posts embarrassed them", "Mira Solis"),
    ("direct", "They see everything.", "Mira Solis"),
    ("direct", "I think Dad tries", "Ava"),
    ("direct", "I hear you, baby girl.", "Drake Holloway"),
    ("direct", "Nobody is perfect", "Drake Holloway"),
]


def test_every_quote_found_once_with_its_speaker() -> None:
    result = whosaid.extract(ARTICLE, id="holloway")
    got = [(q["kind"], q["text"], q["speaker"]["name"]) for q in result["quotes"]]
    assert len(got) == len(EXPECTED), got
    for (kind, text, name), (gkind, gtext, gname) in zip(EXPECTED, got):
        assert (gkind, gname) == (kind, name) and gtext.startswith(text), (gkind, gtext, gname)


def test_nested_quote_stays_inside_and_footer_is_skipped() -> None:
    result = whosaid.extract(ARTICLE, id="holloway")
    texts = [q["text"] for q in result["quotes"]]
    assert not any(t.startswith("Dad, why") for t in texts)
    assert texts.count("Reckless") == 1


def test_descriptors_join_the_person() -> None:
    result = whosaid.extract(ARTICLE, id="holloway")
    drake = next(p for p in result["people"] if p["name"] == "Drake Holloway")
    assert drake["gender"] == "male"
    assert {"The hitmaker", "the Skyline rapper"} <= set(drake["aliases"])
    mira = next(p for p in result["people"] if p["name"] == "Mira Solis")
    assert mira["gender"] == "female"
