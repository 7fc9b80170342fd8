""""The mayor said" stands for the person the article names as mayor, or for no one named
(an unnamed official), never for whoever spoke last; a spokeswoman who "added" still speaks for
her organisation (articles invented here)."""

from __future__ import annotations

from speakers_of import name_of

_HEAD = "Council backs budget\n\n"


def test_an_office_no_one_holds_is_an_unnamed_official_not_the_last_speaker() -> None:
    text = _HEAD + ("Jane Ortiz, a local teacher, said the plan was unfair. "
                    "The mayor said the budget would be balanced by June.")
    assert name_of(text, "the plan was unfair") == "Jane Ortiz"
    assert name_of(text, "balanced by June") is None


def test_the_office_holder_named_in_apposition_speaks_as_the_mayor() -> None:
    text = _HEAD + ("Tom Reilly, the city's mayor, opened the meeting. Jane Ortiz, a local teacher, "
                    "said the plan was unfair. The mayor said the budget would be balanced by June.")
    assert name_of(text, "balanced by June") == "Tom Reilly"


def test_an_abbreviated_title_gives_the_office() -> None:
    text = _HEAD + ("Sen. Maria Delgado opened the hearing. Ben Arno, a farmer, said the rules were "
                    "confusing. The senator said the committee would publish new guidance.")
    assert name_of(text, "publish new guidance") == "Maria Delgado"


def test_a_lead_naming_only_the_office_is_the_person_named_next() -> None:
    text = ("Minister defends target\n\n"
            "The housing minister has insisted the target of 200,000 homes is still within reach.\n\n"
            "Ravi Stellan told MPs on Monday that the slowdown was temporary.")
    assert name_of(text, "still within reach") == "Ravi Stellan"


def test_a_spokeswoman_going_on_still_speaks_for_her_organisation() -> None:
    text = ("Layoffs at Brenmoor\n\n"
            "Union leader Pat Doyle called the move a betrayal. “Our members are devastated,” Doyle said. "
            "A spokeswoman for Brenmoor said the cuts were unavoidable. She added that staff would get "
            "redundancy pay.")
    assert name_of(text, "redundancy pay") == "Brenmoor"
    # a spokesman's "She added" is someone else: not the organisation he speaks for
    other = text.replace("A spokeswoman", "A spokesman")
    assert name_of(other, "redundancy pay") != "Brenmoor"
