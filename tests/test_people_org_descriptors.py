"""Organisation descriptors resolve to the organisation the article names: "the company", "the
statement", "the club", "the band" (articles invented here)."""

from __future__ import annotations

import whosaid
from speakers_of import name_of


_RECALL = ("Brenmoor recalls 90,000 kettles over scald risk\n\n"
           "Kitchenware maker Brenmoor has recalled 90,000 kettles sold in the UK and across the EU after "
           "reports that lids could spring open.\n\n"
           "The company said in a statement that owners should “stop using the kettle straight away”.\n\n"
           "The recall covers two models sold since January through Brenmoor’s own shops.\n\n"
           "“We are sorry for the worry this has caused,” the statement said.\n\n"
           "According to the company, a faulty hinge spring is to blame.")

_DATELINE = ("BERGEN (Vestposten) - Tollak Appliances has withdrawn a range of heaters after three fires.\n\n"
             "The company said it had traced the fault to a thermostat. “No one was hurt,” the company said.")

_CLUB = ("Dunvale City part company with manager\n\n"
         "Dunvale City sacked manager Piet Aalders on Sunday after eight games without a win.\n\n"
         "The club said a replacement would be named before the cup tie. “We thank Piet for his "
         "efforts,” the club said.")

_BAND = ("Reunion confirmed\n\n"
         "The band Copper Vale will play their first show in a decade this summer, their label said.\n\n"
         "The Hull-born indie quartet announced on Monday that they had “unfinished business” with "
         "their home city.")

_PLURAL = ("Copper Vale are back. The Hull-born indie quartet announced on Monday that they would play "
           "one last show.")


def test_the_company_is_the_maker_typed_by_a_noun_not_a_place_acronym() -> None:
    assert name_of(_RECALL, "stop using the kettle") == "Brenmoor"
    assert name_of(_RECALL, "faulty hinge spring") == "Brenmoor"


def test_the_statement_is_whoever_issued_it() -> None:
    assert name_of(_RECALL, "sorry for the worry") == "Brenmoor"


def test_an_outlet_in_a_datelines_brackets_is_not_the_company() -> None:
    assert name_of(_DATELINE, "traced the fault") == "Tollak Appliances"
    assert name_of(_DATELINE, "No one was hurt") == "Tollak Appliances"


def test_the_club_is_the_club_the_article_names() -> None:
    assert name_of(_CLUB, "replacement would be named") == "Dunvale City"
    assert name_of(_CLUB, "We thank Piet") == "Dunvale City"


def test_an_ensemble_descriptor_is_the_named_band() -> None:
    assert name_of(_BAND, "unfinished business") == "Copper Vale"


def test_a_name_with_a_plural_verb_is_a_band() -> None:
    assert name_of(_PLURAL, "one last show") == "Copper Vale"


def test_place_acronyms_are_not_people_or_organisations() -> None:
    names = {p["name"] for p in whosaid.extract(_RECALL, id="orgdesc")["people"]}
    assert "UK" not in names and "EU" not in names


_ISLAND = ("Islander quits\n\n"
           "Broadcaster Kestrel said in a statement that the islander had been offered support. “Her "
           "wellbeing is our priority,” Kestrel said.")


def test_a_capitalised_type_noun_opening_a_sentence_is_not_part_of_the_name() -> None:
    q = next(q for q in whosaid.extract(_ISLAND, id="orgdesc")["quotes"] if "offered support" in q["text"])
    assert q["speaker"]["name"] == "Kestrel" and q["speaker"]["kind"] == "organization"


_OUTAGE = ("Wildfire forces power cuts\n\n"
           "Fernhill Valley Power said it had cut electricity to 9,000 homes as a precaution. In a statement, "
           "the utility said it was “aware of reports” that a fallen line may have started the blaze.")

_CLOSURE = ("Chef closes flagship\n\n"
            "Marlow Hospitality, which runs Salt & Ember and two other restaurants, said staff would be paid "
            "until the end of the month. “We got the timing wrong and we are sorry,” the company said.")


def test_the_utility_is_the_power_company() -> None:
    q = next(q for q in whosaid.extract(_OUTAGE, id="orgdesc")["quotes"] if "aware of reports" in q["text"])
    assert q["speaker"]["name"] == "Fernhill Valley Power"


def test_the_company_is_the_one_that_opened_the_sentence_not_the_one_it_runs() -> None:
    q = next(q for q in whosaid.extract(_CLOSURE, id="orgdesc")["quotes"] if "timing wrong" in q["text"])
    assert q["speaker"]["name"] == "Marlow Hospitality"
