"""Organisation names with "and", "of", "for" or "&" stay whole (articles invented here)."""

from __future__ import annotations

import speakers_of
import whosaid


def speaker_of(text: str, fragment: str) -> dict:
    return speakers_of.speaker_of(text, fragment, "joined")


_FIRE = ("Warehouse blaze\n\n"
         "A spokeswoman for Northfield Fire and Rescue Service said crews were called shortly after 2am "
         "and the roof had collapsed.")
_CHAMBER = ("Parking charges\n\n"
            "The Ashby Chamber of Commerce said the new charges would drive shoppers out of town.")
_DEPT = ("Road plans\n\n"
         "The Department for Coastal Roads said it would publish the survey in spring.")
_AGENTS = ("Manor for sale\n\n"
           "The property’s agents, Morrow & Tate, described the house as “a rare chance to own a piece of "
           "county history”.")
_TWO_PARTIES = ("Singer leaves label\n\n"
                "Marisa Quell and Brightwater Records have parted ways. In a statement, Quell said she was "
                "“grateful for ten good years”.")
_SENATOR = ("Senator Dale Pruitt of Idaho said the bill would pass.")


def test_fire_and_rescue_service_stays_whole() -> None:
    sp = speaker_of(_FIRE, "crews were called")
    assert sp["name"] == "Northfield Fire and Rescue Service" and sp["kind"] == "organization"


def test_chamber_of_commerce_stays_whole() -> None:
    assert speaker_of(_CHAMBER, "drive shoppers")["name"] == "Ashby Chamber of Commerce"


def test_department_for_stays_whole() -> None:
    assert speaker_of(_DEPT, "publish the survey")["name"] == "Department for Coastal Roads"


def test_a_firm_with_an_ampersand_named_in_apposition_speaks() -> None:
    sp = speaker_of(_AGENTS, "rare chance")
    assert sp["name"] == "Morrow & Tate" and sp["kind"] == "organization"


def test_a_person_and_a_company_stay_two_names() -> None:
    names = {p["name"] for p in whosaid.extract(_TWO_PARTIES, id="joined")["people"]}
    assert "Marisa Quell" in names and "Brightwater Records" in names


def test_a_senator_of_a_state_is_not_joined_to_it() -> None:
    assert speaker_of(_SENATOR, "bill would pass")["name"] == "Dale Pruitt"


_UNION = ("Bus strike called off\n\n"
          "Talks between the Ferry and Tram Drivers’ Union and the operators ended in a deal on Friday.\n\n"
          "The FTDU said in a statement that members would vote on the offer next week.")


def test_a_plural_possessive_before_union_stays_in_the_name() -> None:
    names = {p["name"] for p in whosaid.extract(_UNION, id="joined")["people"]}
    assert "Ferry and Tram Drivers’ Union" in names


def test_an_acronym_is_the_organisation_whose_initials_it_spells() -> None:
    sp = speaker_of(_UNION, "vote on the offer")
    assert sp["name"] == "Ferry and Tram Drivers’ Union" and sp["kind"] == "organization"


def test_and_after_an_of_name_continues_it() -> None:
    sp = speaker_of("Budget gap\n\nThe Marlport Office of Budget and Management said the gap had doubled.",
                    "gap had doubled")
    assert sp["name"] == "Marlport Office of Budget and Management"
