"""Relations between the people of one article, each with the words that state it.

Patterns (X is the named relative, P the person it belongs to):

* possessive + kin word + names:   "her two sons A and B"   -> parent_of(P, A), parent_of(P, B), sibling(A, B)
                                   "her ex-husband X"       -> ex_spouse(X, P)
* apposition after a name:         "X, her manager, said"   -> manager_of(X, P)
* "the <kin> of":                  "X, the sister of Y"     -> sibling(X, Y)
* kin title before a name:         "Estranged Dad X"        -> parent_of(X, the person the clause is about), estranged
* events:                          "her wedding to X", "X married Y", "his divorce from X", "X is dating Y"

``head relation tail`` reads "head is <relation> of tail": ``parent_of(head=parent, tail=child)``.
``child_of`` is never emitted; it is the inverse of ``parent_of``.  Symmetric relations
(sibling, spouse, partner, friend...) are kept once per pair.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..records import Document, Relation, Span
from ..wordtrie import word_alternation
from .lookup import NAME, NAME_START, NAME_TOKEN, NOT_NAME, People, quote_at, sentence_at, sentences_of, trim_name

log = logging.getLogger(__name__)

# kin word -> (relation, who is head): "x" = the named relative X, "p" = the possessor P.
_KIN: dict[str, tuple[str, str]] = {}


def _add(words: str, relation: str, head: str) -> None:
    for w in words.split():
        _KIN[w.replace("_", " ")] = (relation, head)


_add("mother mom mum mommy mama momma mamma father dad daddy papa parent", "parent_of", "x")
_add("stepmother stepmom stepfather stepdad step-mother step-mom step-father step-dad", "step_parent_of", "x")
_add("son daughter child kid", "parent_of", "p")
_add("stepson stepdaughter stepchild step-son step-daughter", "step_parent_of", "p")
_add("brother sister sibling twin half-brother half-sister stepbrother stepsister sis bro", "sibling", "x")
_add("husband wife spouse", "spouse", "x")
_add("ex-husband ex-wife ex-spouse", "ex_spouse", "x")
_add("boyfriend girlfriend partner fiance fiancé fiancee fiancée lover", "partner", "x")
_add("ex-boyfriend ex-girlfriend ex-partner ex-fiance ex-fiancé ex-fiancee ex-fiancée ex", "ex_partner", "x")
_add("grandmother grandfather grandma grandpa granny grandparent", "grandparent_of", "x")
_add("grandson granddaughter grandchild grandkid", "grandparent_of", "p")
_add("aunt uncle", "aunt_or_uncle_of", "x")
_add("niece nephew", "aunt_or_uncle_of", "p")
_add("cousin", "cousin", "x")
_add("mother-in-law father-in-law son-in-law daughter-in-law brother-in-law sister-in-law", "in_law", "x")
_add("manager", "manager_of", "x")
_add("lawyer attorney", "lawyer_of", "x")
_add("agent", "agent_of", "x")
_add("publicist spokesperson spokesman spokeswoman rep representative", "spokesperson_of", "x")
_add("assistant aide bodyguard", "assistant_of", "x")
_add("coach trainer", "coach_of", "x")
_add("boss employer", "employer_of", "x")
_add("employee staffer", "employer_of", "p")
_add("colleague co-worker coworker co-star costar bandmate teammate", "colleague", "x")
_add("friend pal bestie bff confidant", "friend", "x")

_MALE = set("""father dad daddy papa pa stepfather stepdad step-father step-dad son stepson step-son brother
half-brother stepbrother bro husband ex-husband boyfriend ex-boyfriend fiance ex-fiance grandfather grandpa
grandson uncle nephew father-in-law son-in-law brother-in-law spokesman""".split())
_FEMALE = set("""mother mom mum mommy mama momma mamma stepmother stepmom step-mother step-mom daughter
stepdaughter step-daughter sister half-sister stepsister sis wife ex-wife girlfriend ex-girlfriend fiancee
fiancée ex-fiancee ex-fiancée grandmother grandma granny granddaughter aunt niece mother-in-law
daughter-in-law sister-in-law spokeswoman""".split())
_FAMILY = {"parent_of", "step_parent_of", "sibling", "spouse", "ex_spouse", "partner", "ex_partner",
           "grandparent_of", "aunt_or_uncle_of", "cousin", "in_law"}
SYMMETRIC = {"sibling", "spouse", "ex_spouse", "partner", "ex_partner", "cousin", "in_law", "colleague", "friend"}
_PLURAL = {"children": "child", "kids": "kid", "grandchildren": "grandchild",
           "grandkids": "grandkid", "parents": "parent", "siblings": "sibling", "twins": "twin",
           "stepchildren": "stepchild", "sisters": "sister", "brothers": "brother", "sons": "son",
           "daughters": "daughter", "friends": "friend", "colleagues": "colleague",
           "co-stars": "co-star", "costars": "costar", "bandmates": "bandmate", "teammates": "teammate",
           "cousins": "cousin", "lawyers": "lawyer", "attorneys": "attorney", "stepsons": "stepson",
           "stepdaughters": "stepdaughter", "grandsons": "grandson", "granddaughters": "granddaughter",
           "nieces": "niece", "nephews": "nephew", "aunts": "aunt", "uncles": "uncle"}
# Qualifiers that may stand between the possessive and the kin word ("her two estranged sons").
_QUAL_WORDS = (
    "estranged late former ex new longtime long-time beloved older younger elder eldest oldest "
    "youngest little big baby teenage teen adult only twin then current biological adoptive "
    "adopted future first second third fellow best close good dear real-life rumored alleged "
    "secret two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10"
).split()
# Qualifiers worth keeping on the relation.
_KEEP_QUAL = {"estranged": "estranged", "late": "deceased", "former": "former", "then": "former",
              "biological": "biological", "adoptive": "adoptive", "adopted": "adoptive",
              "rumored": "rumored", "alleged": "alleged", "secret": "secret", "future": "future"}

_KIN_WORDS = sorted(list(_KIN) + list(_PLURAL), key=len, reverse=True)
# As tries: a flat 150-word alternation tried at every word made these patterns the slowest stage.
KIN_RE = r"(?i:(?P<kin>" + word_alternation(_KIN_WORDS, ignorecase=True) + r"))(?![\w-])"
QUALS_RE = r"(?P<quals>(?:(?i:" + word_alternation(_QUAL_WORDS, ignorecase=True) + r")[\s-]+){0,3})"
POSS_RE = (
    r"(?:\b(?P<pron>his|her|their|my|His|Her|Their|My)"
    rf"|(?P<pname>{NAME})['’]s?"
    r"|\b(?P<pdesc>[Tt]he(?:\s+[a-z][\w-]*){1,3}?)['’]s?)"
)
_AGE = r"(?:\s*,\s*\d{1,3}(?=\s*,|\s+and\b|\s*[.;)]))?"  # "Sean, 17, and Jay, 15"
NAMES_RE = rf"(?P<names>{NAME}{_AGE}(?:\s*,\s*{NAME}{_AGE})*(?:\s*,?\s+(?:and|&)\s+{NAME}{_AGE})?)"

# Patterns that do not start with a plain character class first check the one they must start
# with ("(?=[...])"): that spares the whole attempt at most positions of the text.
_POSS_START = rf"(?=[hmt{NAME_START}])"  # his/her/their/my, a name, "the ..."

# "her two sons A and B", "Ana's ex-husband, Tomas"
POSSESSIVE_KIN = re.compile(rf"{_POSS_START}{POSS_RE}\s+{QUALS_RE}{KIN_RE}\s*,?\s+(?:\d{{1,3}}-year-old\s+)?{NAMES_RE}")
# "X, her manager," "X is Y's brother"
APPOSITION_KIN = re.compile(
    rf"(?=[{NAME_START}])(?<!\bin\s)(?<!\bat\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bof\s)"  # "in Cairo, her friend said": a place
    rf"(?P<x>{NAME})(?:\s*,\s*|\s+(?:is|was|,)\s+){POSS_RE}\s+{QUALS_RE}{KIN_RE}"
    rf"(?=\s*(?:[.;:)—–]|,(?!\s*{NAME_TOKEN}))|\s+(?:and|who|said|says|told)\b)"
)
# "X, the sister of Y", "X is the manager of Y"
OF_KIN = re.compile(
    rf"(?P<x>{NAME})(?:\s*,\s*|\s+(?:is|was)\s+)(?:the|a|an)\s+{QUALS_RE}{KIN_RE}\s+of\s+(?P<y>{NAME})"
)
# "Estranged Dad Victor": a kin word used as a title, no possessive.
TITLE_KIN = re.compile(rf"(?<![\w’'])(?P<title>{QUALS_RE}{KIN_RE})\s+{NAMES_RE}")
# "her wedding to X", "his divorce from X", "her engagement to X"
EVENT_POSS = re.compile(
    rf"{_POSS_START}{POSS_RE}\s+(?:(?:recent|upcoming|secret|\d{{4}}|first|second|third|short-lived|whirlwind|messy|bitter|high-profile)\s+)?"
    r"(?P<event>wedding|marriage|nuptials|divorce|split|breakup|break-up|engagement|romance)"
    rf"\s+(?:to|with|from)\s+(?P<names>{NAME})"
)
_EVENT_REL = {"wedding": "spouse", "marriage": "spouse", "nuptials": "spouse", "divorce": "ex_spouse",
              "split": "ex_partner", "breakup": "ex_partner", "break-up": "ex_partner",
              "engagement": "partner", "romance": "partner"}
# "X married Y", "she is dating Y", "he divorced Y", "X is engaged to Y"
SUBJ_RE = rf"(?P<subj>{NAME}|\b(?:she|he|She|He))(?:,?\s+who)?"
EVENT_VERB = re.compile(
    rf"(?=[sh{NAME_START}]){SUBJ_RE}\s+(?:(?:has|had|have|is|was|recently|secretly|quietly|reportedly|also|then|later|finally)\s+)*"
    r"(?P<verb>married|wed|divorced|dating|engaged\s+to|married\s+to|split\s+from|broke\s+up\s+with)"
    rf"\s+(?P<names>{NAME})"
)
_VERB_REL = {"married": "spouse", "wed": "spouse", "divorced": "ex_spouse", "dating": "partner",
             "engaged to": "partner", "married to": "spouse",
             "split from": "ex_partner", "broke up with": "ex_partner"}
# "X and Y married", "X and Y tied the knot", "X and Y divorced"
PAIR_EVENT = re.compile(
    rf"(?P<a>{NAME})\s+(?:and|&)\s+(?P<b>{NAME})\s+(?:(?:have|had|has|were|are|reportedly|secretly|quietly|later|finally|also)\s+)*"
    r"(?P<verb>married|wed|got\s+married|tied\s+the\s+knot|divorced|split|broke\s+up|got\s+engaged|are\s+dating)\b"
)
_PAIR_REL = {"married": "spouse", "wed": "spouse", "got married": "spouse", "tied the knot": "spouse",
             "divorced": "ex_spouse", "split": "ex_partner", "broke up": "ex_partner",
             "got engaged": "partner", "are dating": "partner"}
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def extract_relations(doc: Document, analysis: Any = None) -> list[Relation]:
    """Find family and professional ties between ``doc.people``; returns them (the caller stores them).

    People named only in a relation pattern ("her husband Sam Smith") are added to
    ``doc.people`` so that every relation joins two person ids.
    """
    finder = _Finder(doc, analysis)
    finder.run()
    return finder.relations


def _surname(people) -> str | None:
    """The shared last name of the named relatives, when they have one ("Ana Cruz" -> "cruz")."""
    lasts = {p.name.split()[-1].lower() for p in people if p is not None and len(p.name.split()) > 1}
    return lasts.pop() if len(lasts) == 1 else None


class _Finder:
    def __init__(self, doc: Document, analysis: Any):
        self.doc = doc
        self.text = doc.text
        self.people = People(doc, analysis)
        self.sents = sentences_of(doc.text, analysis)
        self.relations: list[Relation] = []
        self._seen: set[tuple[str, str, str]] = set()
        self._found: list[Relation] = []
        self._deferred: list[tuple[re.Match, list[tuple[int, int]], list, str]] = []
        self._claimed: list[tuple[int, int]] = []  # kin words already used by a stronger pattern

    # -- the patterns, strongest first -------------------------------------------------------
    def run(self) -> None:
        for m in POSSESSIVE_KIN.finditer(self.text):
            names = self._names(m.start("names"), m.group("names"), one=not self._plural(m))
            rel, head = self._kin(m)
            if rel is None or not names:
                continue
            people = [p for p in (self.people.ensure(s, e) for s, e in names) if p is not None]
            owner = self._possessor(m, family=_surname(people))
            if owner is None and people and head == "p" and self._couple_word(m):
                self._deferred.append((m, names, people, rel))  # "their son X": after the couples are known
                continue
            if owner is None or not people:
                continue
            self._claim(m.span("kin"))
            used = [span for span, p in zip(names, (self.people.name(*sp) for sp in names)) if p is not None]
            ev = (m.start(), (used or names)[-1][1])
            quals = self._quals(m.group("quals"))
            for x in people:
                self._gender(x, m.group("kin"))
                self._relate(rel, head, x.id, owner, ev, quals)
            if rel in ("parent_of", "sibling", "step_parent_of") and len(people) > 1 and (rel == "sibling" or head == "p"):
                self._siblings(people, ev)
        for m in APPOSITION_KIN.finditer(self.text):
            if self._is_claimed(m.span("kin")):
                continue
            s, e = trim_name(self.text, m.start("x"), m.end("x"))
            rel, head = self._kin(m)
            if rel is None or e <= s:
                continue
            x = self.people.ensure(s, e)
            owner = self._possessor(m, family=_surname([x]) if x else None)
            if owner is None or x is None:
                continue
            self._claim(m.span("kin"))
            self._gender(x, m.group("kin"))
            self._relate(rel, head, x.id, owner, (s, m.end("kin")), self._quals(m.group("quals")))
        for m in OF_KIN.finditer(self.text):
            if self._is_claimed(m.span("kin")):
                continue
            rel, head = self._kin(m)
            xs, xe = trim_name(self.text, m.start("x"), m.end("x"))
            ys, ye = trim_name(self.text, m.start("y"), m.end("y"))
            if rel is None or xe <= xs or ye <= ys:
                continue
            x, y = self.people.ensure(xs, xe), self.people.name(ys, ye)
            if x is None or y is None:  # "the father of Obamacare": Y must be a known person
                continue
            self._claim(m.span("kin"))
            self._gender(x, m.group("kin"))
            self._relate(rel, head, x.id, y.id, (xs, ye), self._quals(m.group("quals")))
        for m in TITLE_KIN.finditer(self.text):
            sibling_pair = m.group("kin").lower() in ("brothers", "sisters", "siblings", "twins")
            before = self.text[max(0, m.start() - 5):m.start()]
            if sibling_pair and re.search(r"\b[Tt]he\s+$", before):
                pass  # "the brothers A and B": a pair, not anyone's relatives
            elif self._after_possessive(m.start()):
                continue
            if self._is_claimed(m.span("kin")) or (not m.group("quals") and self._in_compound(m.start())):
                continue
            rel, head = self._kin(m)
            if rel is None or not self._title_like(m):
                continue
            plural = self._plural(m)
            names = self._names(m.start("names"), m.group("names"), one=not plural)
            if not names:
                continue
            ev = (m.start(), names[-1][1])
            if plural and rel == "sibling":  # "the brothers A and B": siblings of each other
                people = [p for p in (self.people.ensure(s, e) for s, e in names) if p is not None]
                if len(people) > 1:
                    self._claim(m.span("kin"))
                    self._siblings(people, ev)
                continue
            if plural:
                continue  # "favorite sons A and B": a title is about one relative
            subject = self._subject_before(m.start(), {p.id for p in self._resolved(names)})
            if subject is None:
                continue
            people = [p for p in (self.people.ensure(s, e) for s, e in names) if p is not None]
            if not people:
                continue
            self._claim(m.span("kin"))
            for x in people:
                self._gender(x, m.group("kin"))
                self._relate(rel, head, x.id, subject, ev, self._quals(m.group("quals")))
            if plural and head == "p" and len(people) > 1:
                self._siblings(people, ev)
        for m in EVENT_POSS.finditer(self.text):
            names = self._names(m.start("names"), m.group("names"))
            x = self.people.ensure(*names[0]) if names else None
            owner = self._possessor(m) if x is not None else None
            if owner is None or x is None:
                continue
            event = m.group("event").lower()
            quals = ["engaged"] if event == "engagement" else []
            self._emit(owner, _EVENT_REL[event], x.id, (m.start(), names[0][1]), quals)
        for m in EVENT_VERB.finditer(self.text):
            subj = self._subject(m.start("subj"), m.end("subj"))
            names = self._names(m.start("names"), m.group("names"))
            if subj is None or not names:
                continue
            verb = re.sub(r"\s+", " ", m.group("verb").lower())
            x = self.people.ensure(*names[0])
            if x is None:
                continue
            quals = ["engaged"] if verb == "engaged to" else []
            self._emit(subj, _VERB_REL[verb], x.id, (m.start("subj"), names[0][1]), quals)
        for m in PAIR_EVENT.finditer(self.text):
            a = self._names(m.start("a"), m.group("a"))
            b = self._names(m.start("b"), m.group("b"))
            if not a or not b:
                continue
            pa, pb = self.people.ensure(*a[0]), self.people.ensure(*b[0])
            if pa is None or pb is None:
                continue
            verb = re.sub(r"\s+", " ", m.group("verb").lower())
            self._emit(pa.id, _PAIR_REL[verb], pb.id, (m.start(), m.end()), ["engaged"] if "engaged" in verb else [])
        self._couples()
        # The first statement of a tie in reading order is its evidence.
        self._found.sort(key=lambda r: (r.evidence.start, r.evidence.end))
        for r in self._found:
            key = (r.head, r.relation, r.tail)
            if key in self._seen or (r.relation in SYMMETRIC and (r.tail, r.relation, r.head) in self._seen):
                continue
            self._seen.add(key)
            self.relations.append(r)

    # -- helpers ---------------------------------------------------------------------------
    def _kin(self, m: re.Match) -> tuple[str | None, str]:
        raw = m.group("kin").lower()
        if raw == "parent":  # "Carrier's parent, United Technologies": companies, not people
            return None, "x"
        word = _PLURAL.get(raw, raw)
        quals = (m.group("quals") or "").lower().split()
        rel, head = _KIN.get(word, (None, "x"))
        if rel in ("spouse", "partner") and any(q in ("former", "ex", "ex-", "then", "then-") for q in quals):
            rel = "ex_" + rel
        return rel, head

    @staticmethod
    def _gender(person, kin: str) -> None:
        """A kin word says the relative's gender ("her sons" are male, "his ex-wife X" is female);
        it is stronger evidence than pronoun agreement, which nearby people can confuse."""
        word = kin.lower()
        word = _PLURAL.get(word, word)
        said = "male" if word in _MALE else "female" if word in _FEMALE else None
        if said is not None and person.gender != said:
            if person.gender is not None:
                log.debug("%s: gender %s -> %s from %r", person.name, person.gender, said, kin)
            person.gender = said

    @staticmethod
    def _quals(quals: str | None) -> list[str]:
        out = []
        for q in re.split(r"[\s-]+", (quals or "").lower()):
            if q in _KEEP_QUAL and _KEEP_QUAL[q] not in out:
                out.append(_KEEP_QUAL[q])
        return out

    def _relate(self, rel: str, head: str, x: str, owner: str, ev: tuple[int, int], quals: list[str]) -> None:
        if head == "x":
            self._emit(x, rel, owner, ev, quals)
        else:
            self._emit(owner, rel, x, ev, quals)

    def _emit(self, head: str, rel: str, tail: str, ev: tuple[int, int], quals: list[str]) -> None:
        if head == tail:
            return
        self._found.append(Relation(head, rel, tail, Span.of(self.text, *ev), list(quals)))

    def _claim(self, span: tuple[int, int]) -> None:
        self._claimed.append(span)

    def _is_claimed(self, span: tuple[int, int]) -> bool:
        return any(s < span[1] and span[0] < e for s, e in self._claimed)

    def _names(self, start: int, chunk: str, *, one: bool = False) -> list[tuple[int, int]]:
        """Split "A, B and C" into trimmed name spans (``one``: only the first, for "his wife, A")."""
        out, pos = [], 0
        if one:
            first = re.match(NAME, chunk)
            chunk = first.group() if first else chunk
        for part in _NAME_SPLIT.split(chunk):
            idx = chunk.find(part, pos)
            if not part or idx < 0 or part.strip().isdigit():
                continue
            pos = idx + len(part)
            s, e = trim_name(self.text, start + idx, start + idx + len(part))
            if e > s and self.text[s:e].lower() not in ("i", "he", "she", "they"):
                out.append((s, e))
            if e < start + idx + len(part):  # the run was cut: what follows is not a name list
                break
        if self.people._title_case_line(start):
            # in a Title Case headline every word is capitalised: trust only people named elsewhere
            out = [(s, e) for s, e in out
                   if (p := self.people.name(s, e)) is not None and self.people.known_outside_headlines(p)]
        return out

    def _resolved(self, names: list[tuple[int, int]]):
        return [p for p in (self.people.name(s, e) for s, e in names) if p is not None]

    def _couple_word(self, m: re.Match) -> bool:
        pron = (m.group("pron") or "").lower()
        desc = (m.group("pdesc") or "").lower()
        return pron == "their" or desc in ("the couple", "the pair", "the former couple")

    def _couples(self) -> None:
        """"their son X" / "the couple's daughter X": children of the couple last named before."""
        pairs = ("spouse", "ex_spouse", "partner", "ex_partner")
        for m, names, people, rel in self._deferred:
            before = [r for r in self._found if r.relation in pairs and r.evidence.end <= m.start()
                      and m.start() - r.evidence.end < 1500]
            if not before:
                continue
            couple = max(before, key=lambda r: r.evidence.end)
            ev = (m.start(), names[-1][1])
            for parent in (couple.head, couple.tail):
                for x in people:
                    self._emit(parent, rel, x.id, ev, [])
            if len(people) > 1:
                self._siblings(people, ev)
            for x in people:
                self._gender(x, m.group("kin"))

    @staticmethod
    def _plural(m: re.Match) -> bool:
        return m.group("kin").lower() in _PLURAL

    def _siblings(self, people, ev: tuple[int, int]) -> None:
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                self._emit(a.id, "sibling", b.id, ev, [])

    def _in_compound(self, pos: int) -> bool:
        """A capitalised word right before the title ("Gold Star Mom X") makes it a compound."""
        m = re.search(r"([A-Z][\w'’-]*)\s+$", self.text[max(0, pos - 30):pos])
        if not m:
            return False
        before = self.text[:pos - len(m.group(0))].rstrip()
        sentence_start = not before or before[-1] in ".!?:\n"
        return not sentence_start and m.group(1).lower() not in NOT_NAME

    def _possessor(self, m: re.Match, family: str | None = None) -> str | None:
        if m.group("pron"):
            word = m.group("pron").lower()
            s, e = m.span("pron")
            if word == "my":
                q = quote_at(self.doc, s, e)
                return q.speaker.person_id if q is not None and q.speaker.person_id else None
            if word == "their":
                return None
            p = self.people.pronoun(s, e, family=family)
            return p.id if p else None
        if m.group("pname"):
            s, e = trim_name(self.text, m.start("pname"), m.end("pname"))
            if e != m.end("pname"):
                return None
            p = self.people.name(s, e)
            return p.id if p else None
        p = self.people.at(*m.span("pdesc"))
        return p.id if p is not None and p.kind == "person" else None

    def _subject(self, s: int, e: int) -> str | None:
        word = self.text[s:e]
        if word.lower() in ("she", "he"):
            p = self.people.pronoun(s, e)
        else:
            ts, te = trim_name(self.text, s, e)
            p = self.people.name(ts, te) if te > ts else None
        return p.id if p else None

    def _after_possessive(self, pos: int) -> bool:
        before = self.text[max(0, pos - 40):pos]
        return bool(re.search(r"(?:['’]s?|\b(?:his|her|their|my|our|your|its|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our))\s*$", before)) or bool(
            re.search(r"\b(?:a|an|the|The|A|An)\s+$", before)
        )

    @staticmethod
    def _title_like(m: re.Match) -> bool:
        """A kin word used as a family title ("Dad Victor"); not a job or a religious title."""
        word = m.group("kin")
        rel = _KIN.get(_PLURAL.get(word.lower(), word.lower()), (None, ""))[0]
        if rel not in _FAMILY or word.lower() in ("partner", "partners"):
            return False  # "partner X" is as often a business partner
        # "Father Michael", "Sister Mary": clergy unless a qualifier says family ("Estranged Father")
        return not (word in ("Father", "Mother", "Sister", "Brother") and not m.group("quals"))

    def _subject_before(self, pos: int, exclude: set[str]) -> str | None:
        """The person nearest before ``pos`` in its sentence: who a kin title belongs to."""
        s, _ = sentence_at(self.sents, pos)
        if s == pos:
            s = max(0, self.text.rfind("\n", 0, pos) + 1)
        s = max(s, pos - 300)  # a title's subject stands close by
        best = None
        for m in re.finditer(NAME, self.text[s:pos]):
            ts, te = trim_name(self.text, s + m.start(), s + m.end())
            if te <= ts:
                continue
            p = self.people.name_prefix(ts, te)
            if p is not None and p.id not in exclude and p.gender is not None:
                best = p.id  # a person the article treats as one (pronouns or kin words agree)
        return best


__all__ = ["extract_relations", "SYMMETRIC", "NAME_TOKEN"]
