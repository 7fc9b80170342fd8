"""The subject pronoun of a reported clause tells the gender of the descriptor reporting it: "The
singer said he was heartbroken" is the man of the article, not the woman named last; "His lawyer
said he ..." is about the client, and the lawyer is nobody the article names (articles invented here)."""

from __future__ import annotations

from speakers_of import name_of

_SPLIT = ("Star splits\n\n"
          "Kendra Vallo has filed for divorce from Rennick Shaw, 44. The actress said she was relieved. "
          "The singer said he was heartbroken and wished her well.")


def test_the_reported_clauses_pronoun_picks_the_man() -> None:
    assert name_of(_SPLIT, "she was relieved") == "Kendra Vallo"
    assert name_of(_SPLIT, "heartbroken") == "Rennick Shaw"


def test_without_the_pronoun_the_descriptor_stays_with_the_woman_in_focus() -> None:
    text = _SPLIT.replace("said he was heartbroken and wished her well", "said the split was sad")
    assert name_of(text, "the split was sad") == "Kendra Vallo"


def test_a_lawyers_he_is_the_client_not_a_gender_for_the_lawyer() -> None:
    text = ("Aide refuses to testify\n\n"
            "Marta Quill, the committee chair, summoned Owen Brack on Monday. His lawyer said he would not "
            "answer questions.")
    assert name_of(text, "would not answer") is None  # an unnamed lawyer: neither the client nor the chair
