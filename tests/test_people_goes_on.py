""""She added:" goes on with the latest speaker of that gender, not a woman named in between as an
object (articles invented here)."""

from __future__ import annotations

import whosaid

_FEUD = ("Reality star breaks silence\n\n"
         "Jessa Moon posted a tearful video on Sunday. “I have kept quiet for too long,” she said in the clip.\n\n"
         "Without naming names, Moon suggested a former castmate had leaked stories about her. Fans were quick "
         "to point the finger at Carla Venn, who clashed with Moon at the reunion.\n\n"
         "She added: “Nobody saw what happened when the cameras were off.”")


def test_she_added_is_the_last_speaker_not_the_woman_named_as_an_object() -> None:
    q = next(q for q in whosaid.extract(_FEUD, id="goeson")["quotes"] if "cameras were off" in q["text"])
    assert q["speaker"]["name"] == "Jessa Moon"
