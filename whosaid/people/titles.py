"""Titles and roles written before a name ("Chief Executive Ingrid Solvang", "Board Chair Ann Lee").

The attribution lexicon's ``TITLES`` covers one-word honorifics ("Mr.", "Sen.", "Judge"); news
English also puts job titles of one to three capitalised words before a name.  They are not part
of the canonical name; ``split_title`` separates them so the title can be kept as a role.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from ..attribute.lexicon import PERSON_NOUNS, TITLES, name_genders
from .given_names import given_name_gender

# Capitalised words that, at the start of a name run, are a job title ("Captain", "Prosecutor") or
# only begin one ("Board Chair", "Finance Minister").  Words that are also common given names
# (Dean, Major, Earl) or start company names on their own ("Forward", "Guard") are left out.
HEAD_WORDS = TITLES | {
    "executive", "chair", "chairperson", "co-chair", "prosecutor", "captain", "spokesman", "spokeswoman",
    "spokesperson", "inspector", "superintendent", "constable", "sergeant", "corporal", "colonel", "lieutenant",
    "admiral", "commander", "detective", "councillor", "councilman", "councilwoman", "councilmember",
    "alderman", "supervisor", "manager", "founder", "co-founder", "principal", "trustee", "ombudsman",
    "magistrate", "coroner", "assemblyman", "assemblywoman", "congressman", "congresswoman", "delegate",
    "legislator", "lawmaker", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
    "skipper", "archbishop", "reverend", "treasurer", "comptroller", "auditor", "solicitor", "barrister",
    "counsel", "advocate", "harbourmaster", "harbormaster", "registrar", "warden", "provost", "rector", "vicar",
    "editor", "editor-in-chief", "publisher", "producer", "officer", "vice-president", "ceo", "cfo", "coo",
    "cto", "chairman", "chairwoman", "cllr", "mp", "msp", "mep", "mla",
}
MODIFIER_WORDS = {
    "board", "finance", "prime", "foreign", "home", "deputy", "assistant", "acting", "interim", "head", "senior",
    "district", "police", "fire", "defence", "defense", "health", "interior", "treasury", "trade", "economy",
    "economic", "education", "labour", "labor", "environment", "transport", "transportation", "energy",
    "state", "operating", "financial", "technology", "information", "communications", "marketing", "general",
    "managing", "vice", "executive", "chief", "attorney", "press", "team", "club", "county", "city", "former",
    "local",  # "Local MP Fiona Garth"
}
TITLE_WORDS = HEAD_WORDS | MODIFIER_WORDS
# Heads that follow an institution's name in a title ("Majority Leader", "Chief Whip").
_INSTITUTION_HEADS = {"leader", "whip", "spokesman", "spokeswoman", "spokesperson"}


def _low(word: str) -> str:
    return word.lower().rstrip(".")


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """``(title words, name words)``: leading title words split off, at least one name word kept.

    >>> split_title(["Chief", "Executive", "Ingrid", "Solvang"])
    (['Chief', 'Executive'], ['Ingrid', 'Solvang'])
    """
    k = cut = 0
    while k < len(words) - 1 and _low(words[k]) in TITLE_WORDS:
        k += 1
        if _low(words[k - 1]) in HEAD_WORDS:
            cut = k  # a title ends at a head word: "Board" alone is no title
    if not cut:
        # "Senate Leader Pat Okafor", "House Speaker Ann Lee": an institution's name before the head
        # word, then a full name of two or more words
        for j in (1, 2):
            if j <= len(words) - 3 and _low(words[j]) in HEAD_WORDS | _INSTITUTION_HEADS \
                    and _low(words[j + 1]) not in TITLE_WORDS:
                return words[:j + 1], words[j + 1:]
    return words[:cut], words[cut:]


_OPEN = {"“", '"', "‘", "'"}
_CLOSE = {"”", '"', "’", "'"}
NICKNAME = re.compile(r"\s*[“\"‘][^”\"’\n]{1,25}[”\"’]\s*")


def nickname_end(toks: list[Any], b: int) -> int | None:
    """``Marcus “Big Mac” Delaney``: with ``toks[b]`` the first name, the index of the surname
    after a quoted capitalised nickname, else None."""
    if b + 1 >= len(toks) or toks[b + 1].text not in _OPEN:
        return None
    for j in range(b + 2, min(b + 6, len(toks) - 1)):
        if toks[j].text in _CLOSE:
            inner = toks[b + 2:j]
            nxt = toks[j + 1].text
            if inner and all(t.text[:1].isupper() for t in inner) and nxt[:1].isupper() and nxt.isalpha():
                return j + 1
            return None
    return None


# Capitalised roles before a name that are no part of it ("Comedian Rory Finnegan").
ROLE_NOUNS = {"executive", "chief", "spokeswoman", "spokesman", "spokesperson", "chef", "reality", "lineman",
              "screenwriter", "director", "producer", "comedian", "star", "veteran", "legend", "rapper",
              "frontman", "frontwoman", "vocalist", "guitarist", "drummer", "bassist", "keyboardist", "cllr"}

# Person nouns that also open names or nicknames ("Guy Harlow", "Papa Joe", "Junior Reyes", "Star Lin").
_NAME_LIKE_NOUNS = {"guy", "gentleman", "man", "woman", "boy", "girl", "dad", "mum", "mom", "mama", "papa", "pop",
                    "junior", "guard", "forward", "royal", "republican", "democrat", "native", "hopeful", "kid",
                    "child", "son", "star", "beauty", "diva", "legend", "icon", "reality", "sensation", "friend"}


def leading_role(word: str) -> bool:
    """"Singer", "Fellow": a capitalised role noun before a one-word name, never a name itself."""
    low = word.lower()
    return (low in PERSON_NOUNS or low in ROLE_NOUNS or low == "fellow") and low not in TITLES \
        and low not in _NAME_LIKE_NOUNS and word not in name_genders() and given_name_gender(word) is None


# Office titles that take an "of" phrase before the holder's name ("Dean of Students Ada Voss").
_OFFICES = {"dean", "provost", "chancellor", "rector", "registrar", "principal", "chair", "director",
            "secretary", "minister", "commissioner", "head", "chief", "president", "governor", "mayor"}
_TITLE_TAIL = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*?|\s+[a-z][\w-]+)?"
                         r"\s+([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\b(?![ ][A-Z])")


def title_tail(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """The span after a lone title taken for a name that holds the holder's name: "Dean" in "Dean of
    Students Ada Voss", "Fellow" in "Fellow comic Ines Roa"; None when the word stands alone."""
    word = text[start:end].strip()
    low = word.lower()
    if not word[:1].isupper() or " " in word or not (low in _OFFICES or low in TITLES or low in ROLE_NOUNS
                                                      or leading_role(word)):
        return None
    hit = _TITLE_TAIL.match(text, end)
    return (end, hit.start(1), hit.end(1)) if hit else None  # (tail start, holder's name start, end)


def move_to_title_holder(cl: Any, m: Mention) -> None:
    """Attach a lone title taken for a name ("Dean") to the holder named after it, made a person if the
    name was not found; the title's own cluster goes if it held nothing else."""
    tail = title_tail(cl.an.text, m.start, m.end)
    if tail is None:
        return
    name_words = cl.an.text[tail[1]:tail[2]].split()
    hits = [(e, c) for (s, e), c in cl.mention_cluster.items() if tail[0] <= s < tail[2] and e >= tail[2]
            and c.kind == "person"]
    if hits:
        holder = max(hits, key=lambda ec: ec[0])[1]
        if len(holder.words) > len(name_words) and holder.words[-len(name_words):] == name_words:
            holder.words, holder.name = name_words, " ".join(name_words)  # not "Students Ada Voss"
    else:
        holder = cl.add_name(Mention(tail[1], tail[2], cl.an.text[tail[1]:tail[2]], "name", m.sentence), speaker=True)
    if holder is None:
        return
    old = cl.mention_cluster.get((m.start, m.end))
    if old is not None and old is not holder:
        old.mentions = [x for x in old.mentions if (x.start, x.end) != (m.start, m.end)]
        if not old.mentions:
            cl.clusters.remove(old)
    cl._attach(holder, m)
