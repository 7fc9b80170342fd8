"""Finding the person behind a stretch of text, for relations, attributes and kinship.

The analysis from attribution (``analysis.person_at``) is asked first; when it has no answer,
the people already in ``doc.people`` are searched by their mentions, then by name, and a
possessive pronoun falls back to the nearest earlier person of agreeing gender.  Relation
patterns may also add a person the clustering missed (``ensure``), so that a relation always
joins two ``Person`` ids.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..attribute.lexicon import PRONOUN_GENDER
from ..records import Document, Person, Span

log = logging.getLogger(__name__)

FEMALE_PRONOUNS = {w for w, g in PRONOUN_GENDER.items() if g == "female"}
MALE_PRONOUNS = {w for w, g in PRONOUN_GENDER.items() if g == "male"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"}
PRONOUNS = FEMALE_PRONOUNS | MALE_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON

# A name token: capitalised word, possibly hyphenated or with an apostrophe (O'Neil, J-Lo).
# ``\w*+`` never gives letters back: whatever follows a name token in our patterns (space,
# comma, apostrophe, hyphen, the pattern's end) cannot start inside a word, so backtracking
# into it could not match and only cost time at every capitalised word.
NAME_START = "A-ZÀ-ÖØ-Þ"  # the characters a name token starts with, for a cheap lookahead
NAME_TOKEN = rf"(?:[{NAME_START}]\.|[{NAME_START}]\w*+(?:[-'’](?!s\b)[A-Za-z]\w*+)*)"
NAME = rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}}"
# Words that are capitalised in Title Case headlines but never part of a person's name.
NOT_NAME = {
    "a", "an", "the", "and", "or", "but", "for", "in", "with", "at", "on", "of", "to", "from",
    "by", "after", "before", "amid", "over", "as", "is", "was", "are", "were", "says", "said",
    "about", "into", "during", "since", "while", "who", "that", "this", "first", "time",
    "years", "again", "his", "her", "their",
    "mr", "mrs", "ms", "dr",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "july", "september", "october", "november", "december",
}


# Last words that make a capitalised name an organisation or place, whatever the clustering said.
ORG_WORDS = {
    "convention", "committee", "party", "service", "university", "college", "department", "agency",
    "council", "senate", "house", "court", "congress", "campaign", "foundation", "initiative",
    "institute", "association", "union", "bank", "company", "corporation", "inc", "corp", "group",
    "news", "times", "post", "journal", "network", "tower", "states", "republic", "kingdom",
    "republican", "republicans", "democrat", "democrats", "administration", "office", "ministry",
    "police", "army", "school", "church", "club", "center", "centre", "media", "press", "magazine",
}


def looks_like_org(name: str) -> bool:
    words = re.findall(r"[\w'’-]+", name.lower())
    return bool(words) and words[-1] in ORG_WORDS


def sentences_of(text: str, analysis: Any) -> list[tuple[int, int]]:
    """Sentence bounds from the analysis, or a plain splitter when it has none."""
    sents = getattr(analysis, "sentences", None)
    if sents:
        return [(int(s), int(e)) for s, e in sents]
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?…])[”’\"']?\s+(?=[“‘\"'A-Z])|\n\s*\n", text):
        out.append((start, m.start() if m.group().strip() == "" else m.start() + len(m.group().rstrip())))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def sentence_at(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in sents:
        if s <= pos < e:
            return s, e
    return (pos, pos)


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a capitalised run at the first word that cannot be part of a name."""
    pos = start
    last_end = start
    for m in re.finditer(NAME_TOKEN, text[start:end]):
        word = m.group().rstrip(".").lower()
        if word in NOT_NAME:
            break
        if text[pos:start + m.start()].strip():  # something other than spaces between tokens
            break
        last_end = start + m.end()
        pos = last_end
    return start, last_end


class People:
    """Resolves spans of one document to its ``Person`` records."""

    def __init__(self, doc: Document, analysis: Any = None):
        self.doc = doc
        self.analysis = analysis
        self._by_id = {p.id: p for p in doc.people}
        self._cache: dict[str, Person | None] = {}
        self._cache_stamp: tuple[int, int] = (-1, -1)
        self._title_lines: dict[int, bool] = {}

    def get(self, pid: str | None) -> Person | None:
        return self._by_id.get(pid) if pid else None

    def at(self, start: int, end: int) -> Person | None:
        """The person a span refers to: the analysis first, then mention overlap."""
        finder = getattr(self.analysis, "person_at", None)
        if finder is not None:
            try:
                found = finder(start, end)
            except Exception:  # a stand-in analysis may not know every region
                log.debug("person_at(%d, %d) failed", start, end, exc_info=True)
                found = None
            if found is not None and not looks_like_org(found.name):
                return self._by_id.get(found.id, found)
            if found is not None:
                return None
        best, best_overlap = None, 0
        for p in self.doc.people:
            if looks_like_org(p.name):
                continue
            for m in p.mentions:
                ov = min(end, m.end) - max(start, m.start)
                if ov > best_overlap:
                    best, best_overlap = p, ov
        return best

    def by_name(self, name: str) -> Person | None:
        """A person whose name or alias is ``name``, or whose name has it as first or last word."""
        key = _norm(name)
        if not key:
            return None
        stamp = (len(self.doc.people), sum(len(p.aliases) for p in self.doc.people))
        if self._cache_stamp != stamp:
            self._cache, self._cache_stamp = {}, stamp
        if key not in self._cache:
            self._cache[key] = self._by_name(key)
        return self._cache[key]

    def _by_name(self, key: str) -> Person | None:
        exact = [p for p in self.doc.people
                 if p.kind == "person" and not looks_like_org(p.name) and (key == _norm(p.name) or key in {_norm(a) for a in p.aliases})]
        if len(exact) == 1:
            return exact[0]
        words = key.split()
        part = [
            p for p in self.doc.people
            if p.kind == "person" and (
                (len(words) == 1 and words[0] in _norm(p.name).split())
                or (len(words) > 1 and _norm(p.name).startswith(key + " "))
                or (len(words) > 1 and key.startswith(_norm(p.name) + " "))
            )
        ]
        return part[0] if len(part) == 1 else None

    def name(self, start: int, end: int) -> Person | None:
        """A person for a name span: the span itself, or a name match."""
        p = self.at(start, end)
        if p is not None and p.kind == "person":
            return p
        return self.by_name(self.doc.text[start:end])

    def name_prefix(self, start: int, end: int) -> Person | None:
        """A person for the longest leading words of a capitalised run ("Ana Reunites" -> Ana)."""
        ends = [start + m.end() for m in re.finditer(NAME_TOKEN, self.doc.text[start:end])]
        for e in reversed(ends):
            p = self.name(start, e)
            if p is not None:
                return p
        return None

    def pronoun(self, start: int, end: int, *, exclude: set[str] = frozenset(),
                family: str | None = None) -> Person | None:
        """The person a third-person pronoun refers to (``her``, ``his``).

        The analysis is trusted unless its person's gender contradicts the pronoun.  Otherwise
        the nearest earlier person of that gender; one of unknown gender only from the same
        sentence; ``family`` (a surname) prefers a relative: "his wife, Ana Cruz" -> a Cruz.
        """
        word = self.doc.text[start:end].lower()
        want = PRONOUN_GENDER.get(word)
        p = self.at(start, end)
        if p is not None and p.kind == "person" and p.id not in exclude and (want is None or p.gender == want):
            if not family or _last(p.name) == family:
                return p
        if want is None:
            return None
        sent_start = max(self.doc.text.rfind(c, 0, start) for c in ".!?\n") + 1
        best: tuple[int, int, int, Person] | None = None  # (surname, agreement, distance, person)
        for person in self.doc.people:
            if person.kind != "person" or person.id in exclude or looks_like_org(person.name):
                continue
            if person.gender not in (want, None):
                continue
            rank = 0 if person.gender == want else 1
            kin = 0 if family and _last(person.name) == family else 1
            for m in person.mentions:
                if rank == 1 and m.start < sent_start:
                    continue
                if m.end <= start and start - m.end < 1500 and m.text.lower() not in PRONOUNS:
                    cand = (kin, rank, start - m.end, person)
                    if best is None or cand[:3] < best[:3]:
                        best = cand
        if best is None:
            return p if p is not None and p.kind == "person" and p.id not in exclude else None
        return best[3]

    def ensure(self, start: int, end: int) -> Person | None:
        """The person named at ``start:end``, added to ``doc.people`` when nobody has it yet.

        A new person needs a name that reads as one: two or more words, or one word that ends
        its phrase ("his wife, Laura."), not the first word of a longer noun phrase
        ("his wife, Democratic nominee ...").
        """
        found = self.name(start, end)
        if found is not None:
            span = Span.of(self.doc.text, start, end)
            if not any(m.start == start and m.end == end for m in found.mentions):
                found.mentions.append(span)
                found.mentions.sort(key=lambda m: m.start)
            return found
        words = self.doc.text[start:end].split()
        after = self.doc.text[end:end + 12]
        if looks_like_org(self.doc.text[start:end]):
            return None
        if len(words) < 2 and not re.match(r"\s*(?:$|[,.;:!?)—–]|\s(?:and|who|said|says|told|was|is|has)\b)", after):
            return None
        if any(w.lower() in NOT_NAME for w in words):
            return None
        key = _norm(self.doc.text[start:end])
        if any(key == _norm(p.name) or key in {_norm(a) for a in p.aliases} for p in self.doc.people):
            return None  # an organisation or place the clustering already knows
        if self._title_case_line(start):
            return None  # "Reagan's Daughter Makes Strong Statement": headline words, not a name
        used = {p.id for p in self.doc.people}
        n = len(self.doc.people) + 1
        while f"p{n}" in used:
            n += 1
        person = Person(id=f"p{n}", name=self.doc.text[start:end], mentions=[Span.of(self.doc.text, start, end)])
        self.doc.people.append(person)
        self._by_id[person.id] = person
        log.debug("added %s (%s) found by a relation pattern", person.name, person.id)
        return person

    def known_outside_headlines(self, person: Person) -> bool:
        """The person has a mention in running text, not only in Title Case lines."""
        return any(not self._title_case_line(m.start) for m in person.mentions)

    def _title_case_line(self, pos: int) -> bool:
        s = self.doc.text.rfind("\n", 0, pos) + 1
        if s not in self._title_lines:
            e = self.doc.text.find("\n", pos)
            words = re.findall(r"[A-Za-z][\w'’-]*", self.doc.text[s:len(self.doc.text) if e < 0 else e])
            caps = sum(1 for w in words if w[0].isupper())
            self._title_lines[s] = len(words) >= 5 and caps / len(words) >= 0.7
        return self._title_lines[s]

    def add_mention(self, person: Person, start: int, end: int, *, alias: bool = False) -> None:
        if not any(m.start == start and m.end == end for m in person.mentions):
            person.mentions.append(Span.of(self.doc.text, start, end))
            person.mentions.sort(key=lambda m: m.start)
        text = self.doc.text[start:end]
        if alias and text != person.name and text not in person.aliases:
            person.aliases.append(text)


def _last(name: str) -> str:
    words = _norm(name).split()
    return words[-1] if words else ""


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'")).strip().lower()


def quote_at(doc: Document, start: int, end: int):
    """The innermost quote whose span holds ``start:end``, or None."""
    best = None
    for q in doc.quotes:
        if q.start <= start and end <= q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best
