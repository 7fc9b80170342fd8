"""An invented article with the seed's phenomena, through the real pipeline (whosaid.pipeline.extract).

The rules must carry over to articles they were not written on: other names, the other gender,
other platforms and outlets, a publication date.
"""

from __future__ import annotations

import pytest

from whosaid.pipeline import extract

ARTICLE = """Marco Reyes Says He Wants To Fix Things With His Daughters ‘Soon’!

Marco Reyes is worried about his two daughters Lila Grace and Ruby Ann Reyes.

As fans know, the 52-year-old actor’s bond with his girls has been shaky. Last month, his ex-wife Dana Holt claimed the sisters stopped answering his calls — and even skipped his wedding to Nora Vale.

Related: Marco Meets Estranged Dad Victor For The First Time In A Decade!

Meanwhile, Lila spoke about her father in a BBC Radio interview, saying:

“I think Dad tries, but he doesn’t listen to Ruby.”

Marco Reyes hit back in a now-deleted video on TikTok Friday, saying:

“I love my girls and I always will.”

He continued:

“Nobody gets to tell my story but me.”

If he can reconcile with his estranged dad Victor Reyes, there is hope for the whole family.
"""


@pytest.fixture(scope="module")
def result():
    return extract(ARTICLE, id="variant", published="2025-06-14")


def by_name(result, name):
    return next(p for p in result["people"] if p["name"] == name or name in p["aliases"])


def test_relations(result):
    name = {p["id"]: p["name"] for p in result["people"]}
    got = {(name[r["head"]], r["relation"], name[r["tail"]]) for r in result["relations"]}
    marco, lila, ruby = by_name(result, "Marco Reyes")["name"], by_name(result, "Lila")["name"], by_name(result, "Ruby")["name"]
    assert (marco, "parent_of", lila) in got and (marco, "parent_of", ruby) in got
    assert (lila, "sibling", ruby) in got or (ruby, "sibling", lila) in got
    assert ("Dana Holt", "ex_spouse", marco) in got
    assert (marco, "spouse", "Nora Vale") in got
    assert ("Victor Reyes", "parent_of", marco) in got
    estranged = next(r for r in result["relations"] if name[r["head"]] == "Victor Reyes")
    assert estranged["qualifiers"] == ["estranged"]


def test_attributes_and_kinship_alias(result):
    marco = by_name(result, "Marco Reyes")
    assert marco["attributes"]["age"] == 52 and "actor" in marco["attributes"]["occupation"]
    assert "Dad" in marco["aliases"] and "the 52-year-old actor" in marco["aliases"]
    assert by_name(result, "Dana Holt")["gender"] == "female"


def test_channels_and_carry_over(result):
    chans = {q["text"][:12]: q["channel"] for q in result["quotes"]}
    assert chans["I think Dad "]["type"] == "interview" and chans["I think Dad "]["name"] == "BBC Radio"
    for key in ("I love my gi", "Nobody gets "):
        assert chans[key] == {**chans[key], "type": "tiktok_video", "name": "TikTok", "deleted": True}
    assert chans["Soon"] is None


def test_hedge_and_dates(result):
    claimed = next(q for q in result["quotes"] if q["text"].startswith("the sisters"))
    assert claimed["hedged"]
    assert [(d["text"], d["value"]) for d in result["dates"]] == [("Last month", "2025-05"), ("Friday", "2025-06-13")]
