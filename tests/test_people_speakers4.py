"""Speaker resolution, fourth set: pronouns after someone left unnamed, and descriptors and titles
that are not names (articles invented here)."""

from __future__ import annotations

import speakers_of
import whosaid


def result(text: str) -> dict:
    return whosaid.extract(text, id="speakers4")


def speaker(text: str, fragment: str) -> dict:
    return speakers_of.speaker_of(text, fragment, "speakers4")


def name_of(text: str, fragment: str) -> str | None:
    return speakers_of.name_of(text, fragment, "speakers4")


# 1. a pronoun whose nearest agreeing antecedent is an unnamed person is unnamed too

_MARKET = ("Fish market to move\n\n"
           "Council leader Ottilie Brandvik said the new hall would open in spring.\n\n"
           "“It is a better site for everyone,” Brandvik said.\n\n"
           "A trader at the old hall, who asked not to be named because he still rents a stall there, "
           "said the move had been rushed.\n\n"
           "“Nobody asked us what we needed,” he said.")

_SAME_GENDER = ("Ferry timetable cut\n\n"
                "Harbour master Ansgar Moltke said the winter timetable would drop two sailings.\n\n"
                "“The demand is simply not there,” Moltke said.\n\n"
                "One deckhand, who spoke on condition of anonymity, described crews working double shifts.\n\n"
                "“We are the ones who pay for it,” he said.")

_NAMED_AFTER = ("Library hours\n\n"
                "A volunteer who asked not to be identified said the shelves were half empty.\n\n"
                "Librarian Corwin Asplund disagreed. He said the collection had grown.\n\n"
                "“We bought four hundred books this year,” he said.")


def test_a_pronoun_after_an_unnamed_man_is_not_the_named_woman() -> None:
    assert name_of(_MARKET, "Nobody asked us") is None


def test_a_pronoun_after_an_unnamed_source_is_not_the_last_named_man() -> None:
    assert name_of(_SAME_GENDER, "ones who pay") is None


def test_a_named_person_after_the_unnamed_one_takes_the_pronoun() -> None:
    assert name_of(_NAMED_AFTER, "four hundred books") == "Corwin Asplund"


def test_the_named_speaker_before_the_unnamed_one_keeps_his_quote() -> None:
    assert name_of(_SAME_GENDER, "simply not there") == "Ansgar Moltke"


# 2. a spokesperson speaks for the organisation the phrase names or the noun fits; a rep for a person does not

_CARRIER = ("Freight delays\n\n"
            "Tallowmere Haulage, the region’s largest carrier, said on Monday that deliveries would slip.\n\n"
            "A spokesperson for the carrier said drivers were being recruited “as fast as we can train them.”\n\n"
            "A Brisklow Couriers spokesman said: “Our vans are running on time.”\n\n"
            "Singer Odile Penhallow, whose tour was delayed, was upset.\n\n"
            "A rep for Penhallow said she had “no comment on the delays.”")


def test_a_spokesperson_for_the_noun_speaks_for_the_organisation_introduced_by_it() -> None:
    assert name_of(_CARRIER, "fast as we can") == "Tallowmere Haulage"


def test_a_spokesman_named_by_an_unknown_company_speaks_for_it() -> None:
    sp = speaker(_CARRIER, "running on time")
    assert sp["name"] == "Brisklow Couriers" and sp["kind"] == "organization"


def test_a_rep_for_a_person_stays_anonymous() -> None:
    assert name_of(_CARRIER, "no comment on the delays") is None


# 3. a lone title or role word before the holder's name is not a name of its own

_CAMPUS = ("Campus protest\n\n"
           "Students at Brackwell College have camped on the lawn for a week.\n\n"
           "In a letter to students, Dean of Students Ada Voss wrote that the camp “cannot stay past Friday.”\n\n"
           "“We have been patient,” she wrote.\n\n"
           "Fellow student Imogen Latch said: “We are not leaving.”\n\n"
           "Groundskeeper Tobias Dean said: “The grass will recover.”")


def test_dean_of_a_body_before_a_name_is_the_named_holder() -> None:
    assert name_of(_CAMPUS, "cannot stay past") == "Ada Voss"
    assert name_of(_CAMPUS, "We have been patient") == "Ada Voss"


def test_a_surname_that_is_also_a_title_stays_a_name() -> None:
    assert name_of(_CAMPUS, "grass will recover") == "Tobias Dean"


# 4. "As for X, she ...": the fronted person, not the one named last

_MEMOIR = ("Memoir row\n\n"
           "Singer Ines Calloway has written a memoir about her years on tour.\n\n"
           "Her daughter, Maren Calloway, posted that she had “not been asked” before publication.\n\n"
           "As for Ines, she insists the book is fair to everyone.")


def test_as_for_a_named_person_the_pronoun_is_that_person() -> None:
    assert name_of(_MEMOIR, "fair to everyone") == "Ines Calloway"
