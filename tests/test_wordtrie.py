"""word_alternation: a faster regex for a word list that must match exactly what the flat list matches."""

import re

import pytest

from whosaid.wordtrie import word_alternation

WORDS = sorted(["son", "sons", "sister", "stepson", "ex", "ex-wife", "ex-husband", "fiancé", "fiancée",
                "mother", "mom", "mother-in-law", "twin", "two", "2", "10"], key=len, reverse=True)
TEXT = ("Her Ex-Wife and her ex, her sons and her SON, Mom and her mother-in-law; the twins, "
        "two stepsons, 10 fiancées and a fiancé; sonnet, exam, mothers, momentum, 2nd, 102.")


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("template", [r"\b(?:{})\b", r"(?:{})", r"(?:{})(?![\w-])\s+\w+"])
def test_same_matches_as_the_flat_alternation(flags, template):
    flat = re.compile(template.format("|".join(map(re.escape, WORDS))), flags)
    trie = re.compile(template.format(word_alternation(WORDS, ignorecase=bool(flags))), flags)
    assert [m.span() for m in trie.finditer(TEXT)] == [m.span() for m in flat.finditer(TEXT)]
    assert trie.findall(TEXT)  # the text does hold matches


def test_a_word_listed_before_a_longer_one_it_starts_is_refused():
    with pytest.raises(ValueError, match="'son' comes before the longer 'sons'"):
        word_alternation(["son", "sons"])


def test_letters_that_match_each_other_ignoring_case_are_refused():
    with pytest.raises(ValueError, match="ignoring case"):
        word_alternation(["sit", "\u017fit"], ignorecase=True)  # long s


def test_ignorecase_and_spaces():
    words = ["prime minister", "president", "CEO", "chef"]
    flat = re.compile(r"(?i:\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r"))")
    trie = re.compile(r"(?i:\b(?:" + word_alternation(words, ignorecase=True, space=r"\s+") + r"))")
    text = "The Prime  Minister, the ceo, a CHEF and President Ana; prime\nminister; presidents."
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert len(trie.findall(text)) == 6
