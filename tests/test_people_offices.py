""""The mayor said" stands for the person the article names as mayor, or for no one named
(an unnamed official), never for whoever spoke last; a spokeswoman who "added" still speaks for
her organisation; "the club" and "according to figures from X" are organisations (articles invented here)."""

from __future__ import annotations

import whosaid

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


def test_the_club_far_from_its_name_is_the_article_s_club() -> None:
    text = ("Captain retires\n\n"
            "Harwick Rovers captain Tom Ekko announced his retirement on Tuesday. He made his debut at 19 and "
            "won two league titles. Team-mates paid tribute on social media. His coach, Ian Dale, said "
            "the dressing room would miss him.\n\n"
            "The club said in a statement that his No. 8 shirt would not be issued next season.")
    assert name_of(text, "shirt would not be issued") == "Harwick Rovers"


def test_according_to_a_document_is_the_organisation_named_in_it() -> None:
    text = ("Strike figures\n\n"
            "More than 7,400 operations were postponed, according to figures from the Department of Health. "
            "Some 54% of voters back the doctors, according to a Pinnacle Research poll for the Herald. "
            "The walkout cost millions, according to court filings.")
    assert name_of(text, "operations were postponed") == "Department of Health"
    assert name_of(text, "voters back the doctors") == "Pinnacle Research"
    assert name_of(text, "cost millions") is None


def test_a_chairman_may_be_a_woman_who_goes_on() -> None:
    text = ("Homes approved\n\n"
            "Parish council chairman Rosalyn Quaid said the parish would appeal.\n\n"
            "‘We have lost a vote, not the argument,’ she added.")
    assert name_of(text, "lost a vote") == "Rosalyn Quaid"


def test_the_spokesperson_again_speaks_for_the_same_organisation() -> None:
    text = ("Reunion\n\nA spokesperson for Lantern TV said the reunion was filmed without a script. "
            "The spokesperson added that the cast learned of the confession only minutes before filming.")
    assert name_of(text, "cast learned") == "Lantern TV"


def test_it_read_after_a_descriptor_with_an_aside_is_the_posters() -> None:
    text = ("Captain retires\n\nHarwick Rovers captain Marcus Ekko announced his retirement on Tuesday.\n\n"
            "The 34-year-old midfielder, known to fans as “The Metronome” for his passing, made the "
            "announcement in a long Instagram post. It read, in part:\n\n"
            "“When I arrived here as a 22-year-old, I did not know a single person in the city.”")
    assert name_of(text, "When I arrived") == "Marcus Ekko"


def test_a_judge_in_the_lead_is_the_judge_the_next_sentence_names() -> None:
    text = ("Judge strikes down ban\n\n"
            "PORT ALDEN — A county judge on Tuesday struck down the ban on short-term rentals, ruling that "
            "the city council had adopted it without a public hearing.\n\n"
            "In a 34-page opinion, Superior Court Judge Miriam Castell wrote that the vote was defective.")
    assert name_of(text, "adopted it without") == "Miriam Castell"
    later = text + "\n\nA judge in a neighbouring county said the ruling would be appealed."
    assert name_of(later, "would be appealed") is None  # later, "a judge" is someone new


def test_the_union_far_from_its_full_name_is_that_union() -> None:
    text = ("Strike\n\nNurses walked out on Monday in a dispute led by the Allied Nursing Union. Health "
            "Minister Priya Raghavan called the walkout regrettable. Patients described chaos on the wards. "
            "Surgeons cancelled dozens of operations. The union said a second strike would begin on "
            "December 9.")
    assert name_of(text, "second strike") == "Allied Nursing Union"


def test_a_named_body_opening_according_to_is_an_organisation() -> None:
    text = ("Vote\n\nAccording to the Parliamentary Research Service, it was the largest rebellion in more "
            "than a decade.")
    speaker = whosaid.extract(text)["quotes"][0]["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Parliamentary Research Service", "organization")


def test_an_apposition_naming_a_kind_of_company_makes_the_name_an_organisation() -> None:
    text = ("Breach\n\nPaywick, the payments app, said on Wednesday that hackers had accessed data of "
            "2 million customers.\n\nThe company told customers in an email that no card numbers had been taken.")
    assert name_of(text, "no card numbers") == "Paywick"


def test_according_to_the_federation_s_decision_is_the_federation() -> None:
    text = ("Ban\n\nThe Pan-Atlantic Athletics Federation banned the sprinter for four years on Monday. "
            "The athlete tested positive in June, according to the federation's decision.")
    assert name_of(text, "tested positive") == "Pan-Atlantic Athletics Federation"
