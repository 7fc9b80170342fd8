"""Speaker resolution, second set: stated ages, organisations' fullest names, unnamed workers,
role nouns, topic names and pronouns (short articles invented for these tests)."""

from __future__ import annotations

import speakers_of


def speaker(text: str, fragment: str) -> dict:
    return speakers_of.speaker_of(text, fragment, "speakers2")


def name_of(text: str, fragment: str) -> str | None:
    return speakers_of.name_of(text, fragment, "speakers2")


# 1. an age descriptor goes to the one person given that age

_OBITUARY = ("Lighthouse keeper dies\n\n"
             "Osric Penhallow, a retired lighthouse keeper, died on Sunday at his home near the harbour. He was 83.\n\n"
             "He is survived by his son, Jory, 52, and his sister Wenna, 79, who lives in the next village.\n\n"
             "“He showed me how to trim a wick before I could tie my shoes,” the 52-year-old said.\n\n"
             "“My brother never once forgot a birthday,” the 79-year-old said.")


def test_age_descriptor_goes_to_the_son_given_that_age() -> None:
    assert name_of(_OBITUARY, "trim a wick") == "Jory"


def test_age_descriptor_goes_to_the_sister_given_that_age() -> None:
    assert name_of(_OBITUARY, "forgot a birthday") == "Wenna"


def test_age_descriptor_of_the_deceased_uses_he_was() -> None:
    text = ("Potter dies\n\n"
            "Tamsin Rowe's uncle, the potter Elwyn Rowe, died on Friday. He was 88.\n\n"
            "Rowe, 44, spoke of his kilns. “He fired his last pot in March,” she said. Elwyn had spoken to "
            "a local paper in May. “I have clay under my nails still,” the 88-year-old told it.")
    assert name_of(text, "clay under my nails") == "Elwyn Rowe"


# 2. an organisation's canonical name is the fullest the article gives; short forms join it

def test_first_word_of_a_record_label_joins_its_full_name() -> None:
    text = ("Label signs duo\n\n"
            "Bluefin Records has signed the folk duo Marrow Lane.\n\n"
            "“We have wanted to work with them for years,” Bluefin said in a statement.")
    assert name_of(text, "wanted to work") == "Bluefin Records"


def test_abbreviated_company_suffix_keeps_its_stop() -> None:
    text = ("Smelter to close\n\n"
            "Copperline Mining Corp. said on Monday it would close its smelter.\n\n"
            "“The plant is no longer viable at current prices,” Copperline said in a filing.")
    assert name_of(text, "no longer viable") == "Copperline Mining Corp."


def test_short_form_prefers_a_person_of_that_name() -> None:
    # the negative: a person called by the same word is that person, not the company
    text = ("Studio chief speaks\n\n"
            "Harlan Pictures has a new chief, Dana Harlan. “We will make fewer, better films,” Harlan said.")
    assert name_of(text, "fewer, better") == "Dana Harlan"


def test_the_label_is_the_label_not_the_band() -> None:
    text = ("Label signs duo\n\n"
            "Bluefin Records has signed the folk duo Marrow Lane, the label announced on Tuesday.")
    assert name_of(text, "signed the folk duo") == "Bluefin Records"


def test_company_figures_are_the_articles_company() -> None:
    text = ("Smelter to close\n\n"
            "Copperline Mining Corp. said on Monday it would close its smelter in the north. "
            "“The plant is no longer viable,” Copperline said.\n\n"
            "Output fell by a fifth in the second quarter, according to company figures.")
    assert name_of(text, "Output fell") == "Copperline Mining Corp."


def test_its_report_is_the_organisation_it_stands_for() -> None:
    text = ("Fund doubles\n\n"
            "Vandermeer Holdings published its annual report in March. Its report said revenue had doubled.")
    assert name_of(text, "revenue had doubled") == "Vandermeer Holdings"


# 3. an employer, a journal or a platform in the speaker's slot is not the speaker

def test_an_unnamed_bookkeeper_for_a_company_is_anonymous() -> None:
    text = ("Fraud claims\n\n"
            "A former bookkeeper for Vandermeer Holdings said the accounts had been altered for years. "
            "“I saw it happen every quarter,” the bookkeeper said.")
    assert name_of(text, "accounts had been altered") is None
    assert name_of(text, "every quarter") is None


def test_a_spokeswoman_for_a_company_is_the_company() -> None:
    # the negative: a spokesperson speaks for the organisation
    text = ("Fraud claims\n\n"
            "A spokeswoman for Vandermeer Holdings said the claims were false.")
    assert name_of(text, "claims were false") == "Vandermeer Holdings"


def test_a_named_bookkeeper_is_not_anonymous() -> None:
    # the negative: the bookkeeper is named, so "the bookkeeper" is her
    text = ("Fraud claims\n\n"
            "Greta Solberg, a former bookkeeper, said the accounts had been altered. "
            "“I saw it happen every quarter,” the bookkeeper said.")
    assert name_of(text, "every quarter") == "Greta Solberg"


def test_a_post_on_a_platform_is_its_author() -> None:
    text = ("Singer engaged\n\n"
            "The singer Mila Varga announced her engagement on Sunday.\n\n"
            "Varga's post on Instagram read: “Forever starts now.”")
    assert name_of(text, "Forever starts now") == "Mila Varga"


# 4. capitalised roles and nationalities are the person they describe

def test_the_mp_is_the_named_mp() -> None:
    text = ("Inquiry call\n\n"
            "Fiona Gallacher, the Labour MP for Dundee West, has called for an inquiry.\n\n"
            "“Families have been left in the dark,” the MP said.")
    assert name_of(text, "left in the dark") == "Fiona Gallacher"


def test_a_party_and_role_before_a_name_are_not_part_of_it() -> None:
    text = ("Inquiry call\n\n"
            "Labour MP Fiona Gallacher has called for an inquiry. Gallacher, a proud Scot, grew up near the port. "
            "“This cannot go on,” the Scot added.")
    assert name_of(text, "cannot go on") == "Fiona Gallacher"


# 5. pronouns: a topic name is not the pronoun; "When he answers, it ..." is his answer

def test_a_topic_name_after_on_is_not_the_speaker() -> None:
    text = ("Derby preview\n\n"
            "Coach Tavi Oruno was asked about winger Sefa Ndaba. “He works harder than anyone,” Oruno said.\n\n"
            "On Ndaba, he added: “Nobody runs like him.”")
    assert name_of(text, "Nobody runs like") == "Tavi Oruno"


def test_a_name_as_subject_before_he_stays_the_speaker() -> None:
    # the negative: "Ndaba, he said" with no topic word: he may well be Ndaba
    text = ("Derby preview\n\n"
            "Coach Tavi Oruno spoke first. Later the winger Sefa Ndaba arrived and he said: “Nobody runs like me.”")
    assert name_of(text, "Nobody runs like") == "Sefa Ndaba"


def test_when_he_answers_it_is_his_answer() -> None:
    text = ("Coach speaks\n\n"
            "Tavi Oruno was asked about the defeat. When he answers, it comes out slowly: “We were not good enough.”")
    assert name_of(text, "not good enough") == "Tavi Oruno"


def test_an_unnamed_onlooker_near_a_named_actress_stays_anonymous() -> None:
    text = ("Festival opens\n\n"
            "The actress Lena Moravec opened the festival on Friday night.\n\n"
            "A man sitting in the front row said the speech “went on too long.”")
    assert name_of(text, "went on too long") is None
