"""Kinship words that point at a person the article has already named.

Inside a quote, "Mom" or "my dad" is the speaker's parent; in narrative, "his mother" is the
parent of whoever "his" is.  When the relations found in the article name exactly one such
relative (matching the word's gender when known), the words become a mention of that person;
a bare capitalised "Mom"/"Dad" used as a name also becomes an alias.

Nothing is resolved when the relative is unknown, ambiguous, or belongs to someone else
("your mom", "her mom" inside a quote, "a mom", "my friend's mom").
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..records import Document, Relation
from ..wordtrie import word_alternation
from .lookup import People, quote_at

log = logging.getLogger(__name__)

# word -> (relation seen from the anchor person, gender of the relative)
#   "parent": relative is head of parent_of(relative, anchor); "child": the reverse
KIN_WORDS: dict[str, tuple[str, str | None]] = {
    "mom": ("parent", "female"), "mum": ("parent", "female"), "mommy": ("parent", "female"),
    "mama": ("parent", "female"), "momma": ("parent", "female"), "mother": ("parent", "female"),
    "dad": ("parent", "male"), "daddy": ("parent", "male"), "papa": ("parent", "male"),
    "father": ("parent", "male"), "son": ("child", "male"), "daughter": ("child", "female"),
    "husband": ("spouse", "male"), "wife": ("spouse", "female"),
    "ex-husband": ("ex_spouse", "male"), "ex-wife": ("ex_spouse", "female"),
    "brother": ("sibling", "male"), "sister": ("sibling", "female"),
    "boyfriend": ("partner", "male"), "girlfriend": ("partner", "female"),
}
# Words used as a name, with a capital and no determiner: "Mom has struggled".
NAME_LIKE = {"mom", "mum", "mommy", "mama", "momma", "dad", "daddy", "papa"}
_WORD = r"(?P<word>" + word_alternation(sorted(KIN_WORDS, key=len, reverse=True), ignorecase=True) + r")"
# (?=...): the first letters of the possessives and of the kin words, checked before trying them
KIN_RE = re.compile(rf"(?=(?i:[mhyoaetdpfswbg]))(?:\b(?P<poss>my|My|his|His|her|Her|your|Your|our|Our|a|A|an|every|Every|the|The|their|Their)\s+)?(?i:\b{_WORD})(?![\w-])")


def resolve_kinship(doc: Document, analysis: Any = None) -> int:
    """Add kinship mentions (and "Mom"-style aliases) to known relatives; returns how many."""
    if not doc.relations:
        return 0
    people = People(doc, analysis)
    added = 0
    for m in KIN_RE.finditer(doc.text):
        s, e = m.span("word")
        if doc.in_boilerplate(s, e):
            continue
        word = m.group("word")
        poss = (m.group("poss") or "").lower()
        before = doc.text[max(0, m.start() - 3):m.start()]
        if re.search(r"['’]s?\s$", before):  # "my friend's mom": someone else's relative
            continue
        q = quote_at(doc, s, e)
        anchor = None
        alias = False
        if q is not None:
            if poss == "my":
                anchor = q.speaker.person_id
            elif not poss and word[0].isupper() and word.lower() in NAME_LIKE:
                anchor, alias = q.speaker.person_id, True
        elif poss in ("his", "her"):
            ps, pe = m.span("poss")
            p = people.pronoun(ps, pe)
            anchor = p.id if p else None
        if not anchor:
            continue
        relative = _relative(doc.relations, people, anchor, *KIN_WORDS[word.lower()])
        if relative is None:
            continue
        start = m.start() if poss else s
        people.add_mention(relative, start, e, alias=alias)
        added += 1
        log.debug("%r at %d is %s", doc.text[start:e], start, relative.name)
    return added


def _relative(relations: list[Relation], people: People, anchor: str, rel: str, gender: str | None):
    ids: set[str] = set()
    for r in relations:
        if rel == "parent" and r.relation == "parent_of" and r.tail == anchor:
            ids.add(r.head)
        elif rel == "child" and r.relation == "parent_of" and r.head == anchor:
            ids.add(r.tail)
        elif rel in ("spouse", "ex_spouse", "sibling", "partner") and r.relation == rel and anchor in (r.head, r.tail):
            ids.add(r.tail if r.head == anchor else r.head)
    cands = [people.get(i) for i in ids]
    cands = [c for c in cands if c is not None and (gender is None or c.gender in (gender, None))]
    if len(cands) > 1 and gender is not None:
        cands = [c for c in cands if c.gender == gender]
    return cands[0] if len(cands) == 1 else None
