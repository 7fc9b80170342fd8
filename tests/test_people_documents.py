"""Words that appeared in a document belong to whoever issued it ("It read:", "the statement
said"), and a role in apposition to a name is that name (articles invented here)."""

from __future__ import annotations

from speakers_of import name_of

_RETIRES = ("Tova Brannick retires\n\n"
            "Tova Brannick is hanging up her boots.\n\n"
            "The three-time All-Star announced her retirement on Instagram on Monday in a long caption "
            "beside a photo of her first pair of boots. It read, in part: “Twelve seasons. Two titles. "
            "One very tired pair of knees.”")

_MP = ("Sewage row\n\n"
       "Campaign group chair Rhian Tate said the spills were the worst she had seen.\n\n"
       "The local MP, Anwen Pryce-Morgan, said residents had been “ignored for years”.")


def _name(text: str, fragment: str) -> str | None:
    return name_of(text, fragment, "docs")


def test_it_read_is_whoever_posted_the_caption_not_the_platform() -> None:
    assert _name(_RETIRES, "Twelve seasons") == "Tova Brannick"


def test_a_role_in_apposition_to_a_name_is_that_name() -> None:
    assert _name(_MP, "ignored for years") == "Anwen Pryce-Morgan"


_CANCELS = ("Singer cancels residency\n\n"
            "Kaylee Orme has cancelled the rest of her residency.\n\n"
            "The 29-year-old singer broke the news in a short statement posted to X late on Thursday: "
            "“I am so sorry, and I promise I will make this right.”")


def test_a_statement_in_a_sentence_opened_by_a_descriptor_is_that_persons() -> None:
    assert _name(_CANCELS, "make this right") == "Kaylee Orme"
