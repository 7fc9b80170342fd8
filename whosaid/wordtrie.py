"""Word lists as prefix-factored regex alternations, for speed.

Python's ``re`` tries the branches of ``a|b|c`` one after the other at every position, so a
pattern holding a 150-word alternation ("mother|father|son|...") costs 150 branch attempts at
each word of an article.  ``word_alternation`` builds the same alternation as a trie
("m(?:other|om)|f(?:ather)|..."): at most one branch per letter survives the first character,
and the pattern matches exactly what the flat alternation matches, in the same order of
preference (see ``word_alternation``).

    >>> word_alternation(["sons", "son", "sister"])
    's(?:ons?|ister)'
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_alternation(words: Iterable[str], *, ignorecase: bool = False, space: str | None = None) -> str:
    """A regex (no groups) equivalent to ``"|".join(map(re.escape, words))``.

    Equivalent means the same matches and the same backtracking order: the flat alternation
    tries its words in list order, and among words that match at one place (each a prefix of
    the other) the trie tries the longest first, so the list must put a word before any word
    that is a prefix of it (sorting by length, longest first, does).  Sibling branches of the
    trie start with different characters, so at most one of them can match.

    ``ignorecase``: the result is used inside ``(?i:...)``; words are lower-cased first (ASCII
    letters only), so that "CEO" and "chef" share one "c" branch.  ``space``: the regex for a
    space inside a word (``\\s+`` for "prime minister").
    """
    words = list(dict.fromkeys(_lower(w) if ignorecase else w for w in words))
    for i, a in enumerate(words):
        if not a:
            raise ValueError("word_alternation: an empty word")
        for b in words[i + 1:]:
            if b.startswith(a):
                raise ValueError(f"word_alternation: {a!r} comes before the longer {b!r}, which it would hide")
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _emit(trie, ignorecase, space)


def _lower(word: str) -> str:
    if any(not ch.isascii() and ch != ch.lower() for ch in word):
        raise ValueError(f"word_alternation: {word!r} has a non-ASCII capital")
    return word.lower()


def _emit(node: dict, ignorecase: bool, space: str | None) -> str:
    keys = [ch for ch in node if ch]
    if ignorecase:  # distinct lower-case letters, but "s" and "ſ" would both match "s"
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if re.fullmatch(re.escape(a), b, re.IGNORECASE):
                    raise ValueError(f"word_alternation: {a!r} and {b!r} match each other ignoring case")
    branches = [(space if ch == " " and space is not None else re.escape(ch)) + _emit(node[ch], ignorecase, space)
                for ch in keys]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    # a word ends here and longer ones go on: try the longer ones first (greedy "?")
    return body + "?" if len(body) == 1 else f"(?:{body})?"
