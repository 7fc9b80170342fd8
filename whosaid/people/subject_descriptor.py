"""A definite person descriptor as a sentence's grammatical subject, for pronoun resolution.

"Asked about the jeers aimed at Luis Okoro, the Dunmore boss was blunt. “...,” he said." The
nearest name before "he" is a prepositional object; the sentence is about the Dunmore boss, whom
the article introduced as "Dunmore manager Gavin Trent".  ``subject_descriptor`` finds such a
subject ("the Dunmore boss", "the 41-year-old", "the singer's mother", "the veteran actor") at the
start of a sentence, after an optional fronted clause, and resolves it only through evidence that
singles someone out (a role, age, kinship or body the article gave them); an unresolvable
descriptor returns None so the ordinary pronoun fallback goes on.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from ..attribute.lexicon import PERSON_NOUNS
from .descriptors import KIN, _introduced_as, noun_gender

# Heads that name one person (beyond the lexicon's person nouns): "the boss", "the 41-year-old".
_EXTRA_HEADS = {"boss", "referee", "umpire", "skipper", "gaffer", "chief", "head", "owner", "founder", "chairman",
                "chairwoman", "chair", "pensioner", "grandmother", "grandfather", "widow", "widower", "victim",
                "survivor", "winner", "champion", "newcomer", "veteran", "rookie", "debutant", "retiree"}
_AGE_HEAD = re.compile(r"^\d{1,3}-year-old$")
# A fronted clause before the subject: "Asked about ..., ", "After the match, ", "Later, ".
_FRONTED = re.compile(r"(?:[A-Z][a-z]+(?:ed|ing)|After|Before|When|While|Following|Despite|In|On|At|During|Later|"
                      r"Earlier|Afterwards|Now|Still|Yet|Back|Speaking|Asked|Pressed|Quizzed)\b[^.;:“”\"]{0,140}?,\s+")
_THE = re.compile(r"[Tt]he\s+")
_WORD = re.compile(r"[\w'’-]+")
# What may follow the head and still leave it the subject: an age or a who-clause in commas.
_INSERT = re.compile(r",\s+(?:\d{1,3}|aged\s+\d{1,3}|who\b[^,;“”\"]{0,100}),")
_NOT_VERB = {"of", "and", "or", "who", "whose", "in", "at", "from", "for", "with", "to", "on", "by"}
# Words that end a noun phrase before any head ("The crowd booed the striker"): no subject descriptor.
_STOP = {"the", "a", "an", "was", "is", "were", "are", "has", "had", "did", "does", "his", "her", "their", "its",
         "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "who", "said", "says"}
_ED_ADJECTIVES = {"retired", "celebrated", "beloved", "talented", "acclaimed", "embattled", "injured", "tired",
                  "red-faced", "bearded", "married", "unnamed", "disgraced", "jailed", "bereaved", "heartbroken"}


def _head_word(w: str) -> bool:
    w = w.lower()
    return w in PERSON_NOUNS or w in _EXTRA_HEADS or w in KIN or bool(_AGE_HEAD.match(w)) or noun_gender(w) is not None


def find(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of a definite person descriptor that is the subject of the sentence
    spanning ``s``..``e`` (opening it, or right after a fronted clause), else None."""
    at = s
    lead = re.match(r"\W*", text[s:e])
    at += lead.end() if lead else 0
    the = _THE.match(text, at, e)
    if not the:
        fronted = _FRONTED.match(text, at, e)
        if not fronted:
            return None
        at = fronted.end()
        the = _THE.match(text, at, e)
        if not the:
            return None
    pos = the.end()
    for _ in range(5):  # up to five words after "the"
        w = _WORD.match(text, pos, e)
        if not w:
            return None
        word = w.group(0)
        if word.endswith(("'s", "’s")):
            pos = w.end() + 1  # "the singer's mother": the possessor is a modifier here
            continue
        after = w.end()
        ins = _INSERT.match(text, after, e)
        rest = ins.end() if ins else after
        nxt = re.match(r"\s+([a-z][a-z'’-]*)\b", text[rest:e])
        if _head_word(word) and nxt and nxt.group(1) not in _NOT_VERB and not _head_word(nxt.group(1)):
            return the.start(), after, text[the.start():after]
        low = word.lower()
        if low in _STOP or (word.islower() and low.endswith("ed") and low not in _ED_ADJECTIVES):
            return None
        if not re.match(r"\s+", text[after:e]):
            return None  # punctuation before a head: not a subject descriptor
        pos = after + 1
    return None


def _possessed_kin(cl: Any, desc: str) -> tuple[bool, Any]:
    """"the singer's mother": the one person the article introduced with that kin noun."""
    hit = re.match(r"(?i)the\s+[\w'’-]+(?:\s+[\w'’-]+)?['’]s\s+(?:[a-z-]+\s+)?([a-z-]+)$", desc)
    if not hit or hit.group(1).lower() not in KIN:
        return False, None
    kin = hit.group(1).lower()
    found = [c for c in cl.clusters if c.kind == "person" and kin in _introduced_as(cl, c)]
    return True, found[0] if len(found) == 1 else None


def subject_descriptor(cl: Any, si: int, gender: str | None) -> tuple[int, Any] | None:
    """``(start, person)`` for sentence ``si``'s definite descriptor subject, when it resolves to one
    person whose gender does not clash with ``gender`` (computed once a sentence)."""
    memo = cl._subject_descs
    if si not in memo:
        memo[si] = None  # (a guard while it is being computed)
        s, e = cl.an.sentences[si]
        found = find(cl.an.text, s, e)
        if found is not None and not cl._in_quote(found[0], cl._quote_ranges()):
            start, end, desc = found
            is_kin, c = _possessed_kin(cl, desc)
            if not is_kin and not re.search(r"['’]s\b", desc):
                c = cl.resolve_descriptor(Mention(start, end, desc, "descriptor", si), strict=True)
            if c is not None and c.kind == "person":
                memo[si] = (start, c, noun_gender(desc))
    hit = memo[si]
    if hit is None:
        return None
    start, c, ng = hit
    if gender is not None and (c.gender() not in (gender, None) or ng not in (gender, None)):
        return None
    return start, c
