"""Descriptor speakers resolve to the person the article described that way (articles invented here)."""

from __future__ import annotations

from speakers_of import name_of


def _name(text: str, fragment: str) -> str | None:
    return name_of(text, fragment, "described")


_PODCAST = ("Theo Brandt Laughs Off Ring Rumours\n\n"
            "Theo Brandt wants everyone to calm down.\n\n"
            "The Grammy winner spoke about his marriage on the Night Owls podcast on Thursday, telling host "
            "Corey Vance the couple were “doing just fine”.\n\n"
            "Vance pressed on, asking about the missing wedding ring. The Grammy winner laughed: “It is at "
            "the jeweller, I promise.”")

_JUDGES = ("Talent show shake-up\n\n"
           "Singer Lacey Moor has been dropped from the judging panel after four series.\n\n"
           "She said her exit had nothing to do with her feud with fellow judge Reggie Lomax. “We are fine,” "
           "she said.\n\n"
           "Lomax seemed to agree. The veteran producer wrote on X: “The show is poorer without her.”")

_INTRODUCED = ("Awards night\n\n"
               "Grammy winner Theo Brandt arrived with actor Miles Osei, who joked about the dress code. "
               "The Grammy winner laughed: “I was told it was casual.”\n\n"
               "Veteran producer Reggie Lomax also attended with his daughter. The veteran producer wrote on "
               "X: “What a night.”")


def test_a_repeated_descriptor_is_the_person_it_named_first() -> None:
    assert _name(_PODCAST, "at the jeweller") == "Theo Brandt"


def test_a_passing_label_does_not_stop_the_previous_subject() -> None:
    assert _name(_JUDGES, "poorer without her") == "Reggie Lomax"


def test_a_descriptor_introduced_before_a_name_is_that_person() -> None:
    assert _name(_INTRODUCED, "told it was casual") == "Theo Brandt"
    assert _name(_INTRODUCED, "What a night") == "Reggie Lomax"


_COUPLE = ("Reality star hits back\n\n"
           "Without naming anyone, Jolene Marsh said a former castmate had leaked stories about her "
           "relationship with boyfriend Theo Akande. The reality star also revealed she and Akande had moved "
           "in together. The personal trainer showed his support in the comments, writing: “So proud of you.”")

_SPLIT = ("Star files for divorce\n\n"
          "Corisande Vey has filed for divorce from Dex Hallam, court papers show. Hallam posted a cryptic "
          "message about his weekend on Sunday. On Tuesday the Golden Globe winner broke her silence, writing: “It was time.”")


def test_a_descriptor_takes_the_gender_of_its_own_clauses_possessive() -> None:
    assert _name(_COUPLE, "So proud of you") == "Theo Akande"
    assert _name(_SPLIT, "It was time") == "Corisande Vey"
