"""A headline's "<Company> CEO" or bare "CEO" is the person the body names in that role, not the
company (articles invented here)."""

from __future__ import annotations

from speakers_of import name_of

_LAUNCH = ("Veltra CEO calls new glasses “the end of the phone era”\n\n"
           "OSLO — Veltra on Tuesday unveiled a pair of smart glasses priced at 900 euros.\n\n"
           "“This is the end of the phone era,” chief executive Dana Pryce told the crowd. Finance chief Ola "
           "Berg said sales would start in May.")

_CUTS = ("Lumora to cut 900 jobs as CEO tells staff the firm ‘grew too fast’\n\n"
         "Lumora will lay off 900 staff, according to a memo from Ivo Brandt, the company's chief executive, "
         "sent on Monday.")

_TWO = ("Brook Foods boss says prices ‘have peaked’\n\n"
        "Brook Foods chief executive Anna Lind said on Friday that prices had peaked. Harrow Mills boss "
        "Per Dahl disagreed.")


def _name(text: str, fragment: str) -> str | None:
    return name_of(text, fragment, "ceo")


def test_a_headline_company_ceo_is_the_named_chief_executive() -> None:
    assert _name(_LAUNCH, "end of the phone era") == "Dana Pryce"


def test_a_bare_ceo_in_a_headline_is_the_one_chief_executive() -> None:
    assert _name(_CUTS, "grew too fast") == "Ivo Brandt"


def test_of_two_bosses_the_one_named_with_the_company_speaks() -> None:
    assert _name(_TWO, "have peaked") == "Anna Lind"
