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


_EXIT = ("Islander leaves\n\n"
         "Jessa Moon became the fifth islander to leave the villa, and her exit interview with host Ravi "
         "Castelo was the rawest of the series.\n\n"
         "Sitting opposite Castelo, Moon barely made it through the first question.\n\n"
         "“How are you feeling right now?” the host asked gently.\n\n"
         "“Honestly? Like an idiot,” she said.")


def test_the_answer_to_a_question_is_not_the_askers() -> None:
    q = next(q for q in whosaid.extract(_EXIT, id="goeson")["quotes"] if "Like an idiot" in q["text"])
    assert q["speaker"]["name"] == "Jessa Moon"
