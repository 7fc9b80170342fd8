"""Speaker resolution, third set: descriptors linked to the named organisation or person, posts
and notices, unnamed groups, and names neither cut short nor padded (articles invented here)."""

from __future__ import annotations

import speakers_of
import whosaid


def result(text: str) -> dict:
    return whosaid.extract(text, id="speakers3")


def speaker(text: str, fragment: str) -> dict:
    return speakers_of.speaker_of(text, fragment, "speakers3")


def name_of(text: str, fragment: str) -> str | None:
    return speakers_of.name_of(text, fragment, "speakers3")


# 1. a maker named by a product noun is an organisation: "the company" and "A <maker> spokesman" are it

_RECALL = ("Heaters recalled\n\n"
           "Brannock Appliances is recalling about 90,000 fan heaters because the casing can melt, "
           "the Federal Consumer Safety Agency said on Tuesday.\n\n"
           "The agency said it had received 40 reports of melting.\n\n"
           "In a statement, Brannock said:\n\n"
           "“We are sorry for the worry this has caused our customers.”\n\n"
           "The company said the fault had been traced to a thermostat bought from a supplier.\n\n"
           "Lucia Ferrante, the agency’s director, said the maker had been slow to act.\n\n"
           "A Brannock spokesman said the company had “moved as fast as the evidence allowed.”")


def test_the_company_after_its_statement_is_the_maker_not_the_regulator() -> None:
    assert name_of(_RECALL, "thermostat bought") == "Brannock Appliances"


def test_a_spokesman_named_by_the_makers_name_speaks_for_the_maker() -> None:
    sp = speaker(_RECALL, "moved as fast")
    assert (sp["name"], sp["kind"]) == ("Brannock Appliances", "organization")


def test_the_agencys_director_is_a_person() -> None:
    sp = speaker(_RECALL, "slow to act")
    assert (sp["name"], sp["kind"]) == ("Lucia Ferrante", "person")


def test_the_agency_stays_the_agency() -> None:
    assert name_of(_RECALL, "40 reports") == "Federal Consumer Safety Agency"


def test_the_company_is_never_the_regulator() -> None:
    # the negative: no company is named as one, so "the company" is nobody rather than the agency
    text = ("Heaters recalled\n\n"
            "About 90,000 fan heaters are being recalled because the casing can melt, the Federal Consumer "
            "Safety Agency said on Tuesday.\n\n"
            "The company said the fault had been traced to a thermostat bought from a supplier.")
    assert name_of(text, "thermostat bought") != "Federal Consumer Safety Agency"


# 2. a hospital keeps the place word before a title-like word; a titled person still loses the title

def test_hospital_keeps_its_place_word() -> None:
    text = ("Hospital apologises\n\n"
            "Ann Tolley, 80, waited nine hours at Brackley General Hospital on Friday.\n\n"
            "A spokesperson for Brackley General Hospital said: “We apologise to Mrs Tolley and her family.”\n\n"
            "The hospital said it had added ten beds.")
    assert name_of(text, "We apologise") == "Brackley General Hospital"
    assert name_of(text, "added ten beds") == "Brackley General Hospital"


def test_a_title_inside_a_persons_run_still_drops() -> None:
    text = ("Budget passes\n\n"
            "Vestford Governor Ana Ruiz said the budget would pass. “It is a fair plan,” Ruiz said.")
    assert name_of(text, "fair plan") == "Ana Ruiz"


# 3. unnamed groups and kin

_TROLLEY = ("Family says pensioner waited all night for a bed\n\n"
            "The son of a 74-year-old woman who spent a night on a hospital trolley says she was treated "
            "“like lost luggage”.\n\n"
            "Margaret Quill, a retired librarian, was taken to hospital with a broken hip on Sunday.\n\n"
            "Her son, Aidan Quill, 46, said the nurses had been kind. “They were run ragged,” he said.")


def test_family_in_a_headline_is_nobody_named() -> None:
    sp = speaker(_TROLLEY, "pensioner waited")
    assert sp["name"] is None
    assert "Family" not in {p["name"] for p in result(_TROLLEY)["people"]}


def test_the_son_of_someone_is_the_son_introduced_later() -> None:
    assert name_of(_TROLLEY, "lost luggage") == "Aidan Quill"


def test_the_son_of_someone_is_not_the_parent() -> None:
    # the negative: no son is introduced, so the kin descriptor is nobody, not the mother
    text = ("Pensioner waits all night for a bed\n\n"
            "The son of a 74-year-old woman who spent a night on a hospital trolley says she was treated "
            "“like lost luggage”.\n\n"
            "Margaret Quill, a retired librarian, was taken to hospital with a broken hip on Sunday.")
    assert name_of(text, "lost luggage") != "Margaret Quill"


# 4. "the <Club> boss" is the person introduced with the club's name before theirs

_TRANSFER = ("Striker leaves\n\n"
             "Leo Brandt has left Fenwick Rovers for Dunmore City after three seasons.\n\n"
             "Fenwick manager Gary Holt said the club could not match the offer. “Leo wanted to go,” Holt said.\n\n"
             "The Fenwick boss said the fee would be spent on a new defender.")


def test_the_club_boss_is_the_clubs_manager() -> None:
    assert name_of(_TRANSFER, "new defender") == "Gary Holt"


def test_the_club_boss_is_nobody_when_two_people_share_the_club() -> None:
    # the negative: a manager and a chairman both introduced with the club's name
    text = _TRANSFER.replace("The Fenwick boss said", "Fenwick chairman Ray Oduya said the books were "
                             "balanced. The Fenwick boss said")
    assert name_of(text, "new defender") not in ("Gary Holt", "Leo Brandt")


# 5. notices and posts: the words are their author's

_HIATUS = ("Singer takes break\n\n"
           "Singer Mirae has said she is exhausted. “I need to sleep,” Mirae said.\n\n"
           "Lantern Entertainment confirmed the break later in a notice posted to the group’s fan page:\n\n"
           "“Mirae will rest until the end of the month. We ask fans for their patience.”\n\n"
           "The agency added that refunds would be offered to ticket holders.")


def test_a_notice_is_the_companys() -> None:
    assert name_of(_HIATUS, "rest until the end") == "Lantern Entertainment"


def test_a_performers_agency_is_the_entertainment_company() -> None:
    assert name_of(_HIATUS, "refunds would be offered") == "Lantern Entertainment"


def test_a_platform_clip_is_not_the_speaker() -> None:
    text = ("Podcast row\n\n"
            "Dorian Petrov, her co-star, weighed in with a comment under the podcast’s Instagram clip, "
            "writing: “We are just good friends.”")
    sp = speaker(text, "good friends")
    assert (sp["name"], sp["kind"]) == ("Dorian Petrov", "person")


def test_a_platform_that_speaks_is_still_the_platform() -> None:
    # the negative: the platform itself as the subject of a cue
    text = ("Account removed\n\n"
            "Instagram said the account of the singer Dorian Petrov had been removed for breaking its rules.")
    assert name_of(text, "removed for breaking") == "Instagram"


# 6. a title-case headline run is the body's person, not "Name Verb Particle"

def test_headline_run_opening_with_a_known_name_is_that_person() -> None:
    text = ("Mirae Breaks Down On Stream: “I Need To Sleep”\n\n"
            "The singer Mirae cried during a livestream on Sunday. “I need to sleep,” Mirae said.")
    assert name_of(text, "I Need To Sleep") == "Mirae"


# 7. names neither padded with a role nor cut at "of"

_IDOL = ("Idol cries\n\n"
         "NOVA member Haneul cried on a livestream on Sunday. “I read every comment,” she said.\n\n"
         "Fellow member Yuri, who walked in with snacks, teased: “She practised this all week!”\n\n"
         "Singer Mirae said she was proud of her.")


def test_a_one_word_name_after_a_role_noun_is_a_person() -> None:
    assert name_of(_IDOL, "every comment") == "Haneul"


def test_fellow_is_not_a_name() -> None:
    assert name_of(_IDOL, "practised this") == "Yuri"


def test_a_capitalised_role_before_a_one_word_name_is_dropped() -> None:
    assert name_of(_IDOL, "proud of her") == "Mirae"


def test_a_given_name_before_a_surname_stays() -> None:
    # the negative: "Guy" is a given name, not the role noun "guy"
    text = "Director leaves\n\nGuy Harlow said he would leave the studio. “It is time,” Harlow said."
    assert name_of(text, "It is time") == "Guy Harlow"


def test_board_of_elections_keeps_its_whole_name() -> None:
    text = ("Race called\n\n"
            "With most precincts reporting, Ana Ruiz led by 5 points, according to the Tarnford Board of Elections.\n\n"
            "Ruiz thanked her volunteers.")
    assert name_of(text, "most precincts") == "Tarnford Board of Elections"
