"""Mentions into people, within one article: names, partial names, nicknames, descriptors, pronouns.

* **Names** are runs of capitalised words (``names.py``; titles such as "Mr." or "Sen." kept in
  the mention, dropped for matching).  Multi-word names sharing a first word and whose words are a prefix
  or subset of each other merge ("Ana Maria" into "Ana Maria Ruiz"); a one-word name
  joins the most recent person whose name contains it (first or last name preferred);
  a hyphenated nickname made of the first name's initial and the start of the last name
  ("T-Lind" for Tove Lindqvist) joins that person.
* **Gender** comes from pronoun agreement in the article (a he/she/his/her whose sentence, up
  to it, names exactly one person), gendered titles and nouns ("Mrs.", "actress"), and else the
  first-name table learned from PolNeAR train coreference.
* **Pronouns** (he/she/his/her/him) resolve to the person in the nearest sentence back whose
  gender agrees, leftmost first (subjects come first in English); a known agreeing gender beats an
  unknown one.
* **Descriptors** ("the 41-year-old singer", "the pop sensation") resolve to the most
  mentioned person so far whose gender agrees with the descriptor's noun.
* The canonical name is the fullest name the document gives, without leading job titles
  (``titles.py``).
* Places, events and datelines are not people; anonymous sources, role nouns, the previous
  subject and organisation descriptors are resolved by ``evidence.py`` and ``orgs.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..attribute import mentions as M
from ..attribute.analysis import Analysis, Mention
from ..attribute.lexicon import FEMALE_TITLES, MALE_TITLES, ORG_NAME_WORDS, PERSON_NOUNS, PRONOUN_GENDER, TITLES, name_genders
from ..attribute.marks import scan_quotes
from ..attribute.text import is_headline
from ..records import Document, Person, Span
from .anaphora import (agent_of_someone, apposition_head, asker, clause_gender, fronted_topic, speaker_goes_on,
                       unnamed_antecedent)
from .companies import ensemble, link_acronyms, place_acronyms, type_organisations
from .descriptors import (age_clash, age_holder, body_role_holder, definite_anonymous, descriptor_age, group_after,
                          group_tail, introduced_person, kin_of, named_next, noun_gender, office_clash, office_holders,
                          plural_head as _plural_head, young_clash, young_person)
from .evidence import (_PREPS_BEFORE, _possessive_at, anonymous_descriptor, apply_evidence, apposition_gender,
                       descriptor_can_be_named, it_antecedent, oblique, previous_subject, role_holder)
from .given_names import given_name_gender
from .name_gender import guessed_gender, is_common_word
from .names import (NOT_PERSON_HEADS as _NOT_PERSON_HEADS, SUFFIXES as _SUFFIXES, is_org as _is_org,
                    name_mentions as _name_mentions, name_words as _name_words, nickname_of as _nickname_of)
from .orgs import (MAIN_ORG_HEADS, display_name, extend_of_names, fuller_org_name, main_org, org_noun_descriptor,
                   recent_fitting_org, resolve_org_descriptor, short_form_of, voice_org)
from .subject_descriptor import subject_descriptor
from .sources import bare_spokes, document_org, last_spokes_org, named_by_head, source_body
from .speakers import document_author, headline_lead, lead_descriptor, redirect_speakers, topic_only
from .titles import move_to_title_holder
from .voices import spokes_org, spokes_phrase


_OBJECT_FOLLOWERS = {"as", "to", "that", "and", "or", "but", "in", "on", "at", "for", "with", "from", "by", "about",
                     "into", "off", "out", "up", "down", "back", "again", "too", "if", "when", "while", "because",
                     "than", "so", "after", "before", "during", "over", "through", "a", "an", "the", "this"}


def _descriptor_key(text: str) -> str:
    return " ".join(w for w in text.lower().split() if w != "the")


# "Marisol Dwyer, a nurse who said ...": the words between a name and "who" form its apposition.
_APPOSITION_BEFORE_WHO = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}|\d{1,3},\s+)")  # (or an age)


# Partners and kin a possessive pronoun names: "his wife", "her husband" point away from the name.
_PARTNER_NOUNS = {"husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "partner",
                  "ex-husband", "ex-wife", "ex", "spouse", "widow", "widower"}


# Verbs taking on someone else's words or deeds: the possessive after them is the other person's.
_CONTESTING = {"disputed", "disputes", "rejected", "rejects", "questioned", "questions", "challenged", "challenges",
               "criticised", "criticized", "dismissed", "dismisses", "mocked", "slammed", "contested", "doubted",
               "ridiculed", "attacked", "denied", "refuted", "contradicted"}
_PLAYING = {"plays", "played", "playing", "portrays", "portrayed", "portraying"}
# Words that open a clause fronted before the sentence's subject.
_FRONT_OPENERS = {"asked", "pressed", "questioned", "speaking", "responding", "reacting", "when", "after", "although",
                  "though", "if", "because", "while", "before", "since", "despite", "unlike", "once", "until"}
# "-man" posts that British and US news give women too ("Committee chairman Janet Hollis").
_UNGENDERED_ROLES = {"chairman", "spokesman"}


@dataclass
class _Cluster:
    id: str
    words: list[str]  # matching words of the fullest name
    name: str
    mentions: list[Mention] = field(default_factory=list)
    votes: list[int] = field(default_factory=lambda: [0, 0])  # male, female
    kind: str = "person"

    def gender(self) -> str | None:
        m, f = self.votes
        if m > f:
            return "male"
        if f > m:
            return "female"
        return None


class Clusterer:
    def __init__(self, doc: Document, an: Analysis):
        self.doc = doc
        self.an = an
        self.clusters: list[_Cluster] = []
        self.mention_cluster: dict[tuple[int, int], _Cluster] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        # per-document memos: descriptor text -> whom it named; sentence -> its lead / subject descriptor
        self._described: dict[str, _Cluster] = {}
        self._leads: dict[int, _Cluster | None] = {}
        self._subject_descs: dict[int, tuple | None] = {}
        self._qr: list[tuple[int, int]] | None = None  # quotation spans, scanned on first use
        self._stated_ages: dict[str, set[int]] | None = None  # (descriptors.stated_ages, once names are clustered)
        # organisation cluster id -> the noun that typed it ("appliance maker Brenmoor": "maker")
        self.org_types: dict[str, str] = {}
        paras = an.paragraphs
        self._headline = paras[0] if paras and is_headline(an.text, *paras[0]) else (0, 0)

    def _name_words(self, text: str) -> list[str]:
        """``_name_words`` once per distinct mention text: clustering asks about each mention
        several times (some 350 calls for 50 texts in an article)."""
        words = self._words.get(text)
        if words is None:
            words = self._words[text] = tuple(_name_words(text))
        return list(words)  # a fresh list: a cluster may keep it as its words

    def _new(self, words: list[str], m: Mention, kind: str = "person") -> _Cluster:
        c = _Cluster(f"p{len(self.clusters) + 1}", words, " ".join(words), kind=kind)
        self.clusters.append(c)
        return c

    def _attach(self, c: _Cluster, m: Mention) -> None:
        if not any(x.start == m.start and x.end == m.end for x in c.mentions):
            c.mentions.append(m)
        m.person = c.id
        self.mention_cluster[(m.start, m.end)] = c

    def add_name(self, m: Mention, speaker: bool = False) -> _Cluster | None:
        words = self._name_words(m.text)
        if not words:
            return None
        if (m.start, m.end) in self.mention_cluster:
            return self.mention_cluster[(m.start, m.end)]
        if self._in_headline(m):
            # "Tallulah Vance Cancels Fall Tour": a title-case run holds the body's name somewhere
            for c in sorted(self.clusters, key=lambda x: -len(x.words)):
                n = len(c.words)
                if n >= 2 and any(words[i:i + n] == c.words for i in range(len(words) - n + 1)):
                    self._attach(c, m)
                    return c
            lead = headline_lead(self, words) if speaker else None
            if lead is not None:
                self._attach(lead, m)  # "Mirae Breaks Down On Stream": the body's "Mirae"
                return lead
            if len(words) > 2:
                return None
        org = _is_org(words)
        if len(words) >= 2:
            for c in self.clusters:
                cw = c.words  # ("Andina Copper" is the start of the organisation "Andina Copper Corp.")
                if c.kind != ("organization" if org else "person") and not (c.kind == "organization" and words == cw[:len(words)]):
                    continue
                if len(cw) >= 2 and len(words) > len(cw) and words[-len(cw):] == cw:
                    self._attach(c, m)  # "Chef Rosa Delgado" is Rosa Delgado; the canonical name stays
                    return c
                if words[0] == cw[0] and (words == cw[:len(words)] or cw == words[:len(cw)] or set(words) <= set(cw)
                                          or set(cw) <= set(words)):
                    if len(words) > len(cw):
                        c.words, c.name = words, " ".join(words)
                    self._attach(c, m)
                    return c
            c = self._new(words, m, "organization" if org else "person")
            self._attach(c, m)
            return c
        w = words[0]
        best = None
        best_key = None
        for c in self.clusters:
            if c.kind == "organization" and not org and not short_form_of(w, c):
                continue  # ("Halcyon" of "Halcyon Records" joins it, after any person of that name)
            if w in c.words or _nickname_of(w, c) or ("-" in c.name and any(w in cw.split("-") for cw in c.words)):
                # first or last name ("Kane" of "Robert F. Kane Jr.": a suffix is not the surname)
                last_name = c.words[-2] if len(c.words) > 2 and c.words[-1].lower().rstrip(".") in _SUFFIXES else c.words[-1]
                rank = (0 if w in (c.words[0], last_name) else 1) + (2 if c.kind == "organization" and not org else 0)
                last = max((x.start for x in c.mentions if x.start <= m.start), default=-1)
                # "Quinn" after both Tara and Jessie Quinn: whoever was already called "Quinn"
                used = any(x.text == m.text and x.start < m.start for x in c.mentions)
                # else whoever the article introduced first: news calls the principal by the bare
                # surname and a relative who shares it by a fuller name ("his wife, Claire Brooks")
                first = min((x.start for x in c.mentions if x.kind == "name"), default=last)
                key = (rank, not used, first)
                if best_key is None or key < best_key:
                    best, best_key = c, key
        if best is not None:
            self._attach(best, m)
            return best
        if org and not self._in_headline(m) or speaker or w in name_genders() or self._person_context(m) \
                or introduced_person(self.an.text, m.start, m.end):  # "his son, Tomas, 49,"
            c = self._new(words, m, "organization" if org else "person")
            self._attach(c, m)
            return c
        return None

    def _in_headline(self, m: Mention) -> bool:
        return self._headline[0] <= m.start < self._headline[1]

    def _person_context(self, m: Mention) -> bool:
        """A one-word name with a person's context: a title before it, "who" or a cue after it."""
        if self._in_headline(m):
            return False
        if m.text.split()[0].lower().rstrip(".") in TITLES:
            return True
        before = self.an.text[max(0, m.start - 2):m.start]
        if m.start == self.an.sentences[m.sentence][0] or any(ch in before for ch in "\"“‘'"):
            return False  # "Keep telling yourself ...": a capitalised first word, not a name
        nxt = re.match(r"[\s,]*([\w’']+)", self.an.text[m.end:m.end + 30])
        return bool(nxt) and (nxt.group(1).lower() in ("who", "whose") or M.is_cue(M.Token(0, 0, nxt.group(1))))

    def run(self, speaker_mentions: list[Mention]) -> None:
        for m in speaker_mentions:
            words = self._name_words(m.text)
            if m.kind == "name" and words and (all(w.lower() in PERSON_NOUNS for w in words) or (
                    self._in_headline(m) and words[-1].lower() in PERSON_NOUNS
                    and not any(w in name_genders() for w in words))):
                m.kind = "descriptor"  # "Singer Says ..." / "Rising Star Says ..." in a headline: not a name
            elif m.kind == "name" and len(words) == 1 and m.text == words[0] and m.start == 0 \
                    and is_common_word(words[0]) and re.match(r"(?: [a-z][\w-]*)+ (?:says|say|tells|claims)\b",
                                                              self.an.text[m.end:m.end + 60]):
                m.kind, m.speaker_kind = "descriptor", "person"  # "Housing bill rebel says ...": no name
            elif m.kind == "name" and len(words) == 1 and m.text == words[0] and words[0].endswith("s") \
                    and is_common_word(words[0]) and not self.an.text[self.an.sentences[m.sentence][0]:m.start].strip() \
                    and not re.search(r"[A-Z][\w'’-]+ " + re.escape(words[0]) + r"\b", self.an.text):
                # "Survivors said ...": a group, not a name (but "Banks said" after "Tyra Banks")
                m.kind, m.speaker_kind = "descriptor", "person"
        names = _name_mentions(self.an, self.doc, self._name_words, self._quote_ranges())
        descriptor_spans = {(m.start, m.end) for m in speaker_mentions if m.kind == "descriptor"}
        names = [m for m in names if (m.start, m.end) not in descriptor_spans]
        # multi-word names first, so one-word names find their full form wherever it appears
        # title-case headlines run words together ("Gold Star Mom Corners Obama"): their names
        # only join people the body names
        head = [m for m in names if self._in_headline(m)]
        names = [m for m in names if not self._in_headline(m)]
        for m in sorted(names, key=lambda x: (-len(self._name_words(x.text)), x.start)):
            if len(self._name_words(m.text)) >= 2:
                self.add_name(m)
        speaker_spans = {(m.start, m.end) for m in speaker_mentions if m.kind == "name"}
        for m in names:
            if len(self._name_words(m.text)) < 2:
                self.add_name(m, speaker=(m.start, m.end) in speaker_spans)
        for m in head:
            words = self._name_words(m.text)
            for c in self.clusters:
                if words and (words == c.words or len(words) == 1 and words[0] in c.words):
                    self._attach(c, m)
                    break
        for m in speaker_mentions:
            if m.kind in ("name", "descriptor") and (group_tail(m.text) or m.kind == "name" and group_after(self.an.text, m.end)):
                m.kind, m.speaker_kind = "descriptor", "person"  # "Transit advocates": people, not the Transit Authority
        for m in speaker_mentions:
            if m.kind == "name":
                move_to_title_holder(self, m)  # "Dean" of "Dean of Students Ada Voss"
            if m.kind == "name" and (m.start, m.end) not in self.mention_cluster:
                hit = self._overlapping(m)
                if hit is not None:
                    self._attach(hit, m)
                    fuller_org_name(hit, m.text)
                else:
                    self.add_name(m, speaker=True)
        extend_of_names(self)  # "Tarnford Board" of "the Tarnford Board of Elections"
        type_organisations(self, speaker_mentions)  # "appliance maker Brenmoor", "Ember Lane are back"
        link_acronyms(self)  # "the TSWU" of "the Transport and Signal Workers’ Union"
        apply_evidence(self, speaker_mentions)  # places, events, datelines are not people
        place_acronyms(self, speaker_mentions)  # "sold in the UK": not "the company"
        apposition_gender(self)
        self.an.mentions = sorted([m for c in self.clusters for m in c.mentions], key=lambda x: x.start)
        self._genders()
        redirect_speakers(self, speaker_mentions)  # employers, platforms, "the MP", "When he answers, it ..."
        self._resolve(speaker_mentions)

    def _overlapping(self, m: Mention) -> _Cluster | None:
        for (s, e), c in self.mention_cluster.items():
            if s < m.end and m.start < e:
                return c
        return None

    def _genders(self) -> None:
        table = name_genders()
        for c in self.clusters:
            if c.kind != "person":
                continue
            g = table.get(c.words[0]) or (given_name_gender(c.words[0]) if len(c.words) >= 2 else None)
            if g:
                c.votes[0 if g == "male" else 1] += 2
            elif len(c.words) >= 2 and (g := guessed_gender(c.words[0])):
                c.votes[0 if g == "male" else 1] += 1  # "Tessa Quarry": a confident guess from the name's ending
            for m in c.mentions:
                first = m.text.split()[0].lower().rstrip(".")
                if first in FEMALE_TITLES:
                    c.votes[1] += 2
                elif first in MALE_TITLES and first not in _UNGENDERED_ROLES:
                    c.votes[0] += 2
                # a gendered noun just before the name: "his ex-wife Mira Solis", "actress Jo Lee"
                # (right before it: not "... her brother. Finch said")
                before = re.search(r"([\w-]+)\s+$", self.an.text[max(0, m.start - 30):m.start].lower())
                ng = noun_gender(before.group(1)) if before and before.group(1) not in _UNGENDERED_ROLES else None
                if ng:
                    c.votes[0 if ng == "male" else 1] += 3
        # pronoun agreement: a pronoun whose sentence, up to it, names exactly one person
        by_sentence: dict[int, list[Mention]] = {}
        for m in self.an.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        quotes = self._quote_ranges()
        for si in range(len(self.an.sentences)):
            ms = [m for m in by_sentence.get(si, []) if m.person and not self._in_quote(m.start, quotes)]  # "I love Felix,” she said
            if not ms:
                continue
            toks = self.an.tokens(si)
            asked: set[str] = set()  # genders of people asked in the sentence: "X asked him whether he ..."
            for k, t in enumerate(toks):
                g = PRONOUN_GENDER.get(t.lower)
                if g and k and toks[k - 1].lower in ("asked", "asks", "told", "tells", "pressed") \
                        and t.lower in ("him", "her"):
                    asked.add(g)
                if not g or self._in_quote(t.start, quotes) or t.lower in ("him", "himself", "herself") or g in asked:
                    continue
                if t.lower == "her":
                    nxt = toks[k + 1] if k + 1 < len(toks) else None
                    # object "her" ("videos of her arguing", "paint her as") cannot be the subject
                    if nxt is None or not nxt.text[0].isalnum() or nxt.lower in _OBJECT_FOLLOWERS or \
                            (nxt.lower.endswith("ing") and nxt.lower not in ("wedding", "morning", "evening", "building")):
                        continue
                if t.lower in ("his", "her") and any(x.lower in _PARTNER_NOUNS for x in toks[k + 1:k + 3]):
                    continue  # "Kerr, who plays her estranged husband": the husband is not "her"
                if t.lower in ("his", "her") and k and toks[k - 1].lower in _CONTESTING | _PLAYING:
                    continue  # "Bhattacharya disputed her timeline", "who plays her brother": someone else's
                # (not a name only in a prepositional object: "walked alongside Desmond Kerr, with whom she")
                before = {m.person for m in ms if m.end <= t.start and not oblique(self.an, m)
                          and not _PREPS_BEFORE.search(self.an.text[max(self.an.sentences[si][0], m.start - 14):m.start])
                          # (a person, not an outlet: "told Backbeat Report that she")
                          and (o := self._by_id(m.person)) is not None and o.kind == "person"}
                if len(before) == 1:
                    c = self._by_id(before.pop())
                    if c is not None and c.kind == "person":
                        c.votes[0 if g == "male" else 1] += 1

    def _quote_ranges(self) -> list[tuple[int, int]]:
        if self._qr is None:
            self._qr = [(q.start, q.end) for q in scan_quotes(self.an.text)]
        return self._qr

    @staticmethod
    def _in_quote(pos: int, ranges: list[tuple[int, int]]) -> bool:
        return any(s <= pos < e for s, e in ranges)

    def _by_id(self, pid: str) -> _Cluster | None:
        for c in self.clusters:
            if c.id == pid:
                return c
        return None

    def _candidates_in(self, si: int, before: int | None = None, nearest_first: bool = False) -> list[_Cluster]:
        quotes = self._quote_ranges()
        out = []
        # (resolved speakers are appended out of text order: "He told Lee ..." puts "He" last)
        for m in sorted(self.an.mentions, key=lambda x: x.start):
            if m.sentence == si and m.person and (before is None or m.end <= before) and not self._in_quote(m.start, quotes):
                c = self._by_id(m.person)
                # (within the sentence: "... in five.” Prof. Ann Lee" is no place after "in")
                prev = re.findall(r"[\w’']+", self.an.text[max(self.an.sentences[si][0], m.start - 12):m.start].lower())
                if prev and set(prev[-2:]) & {"in", "at", "from", "near", "to", "of", "into", "across", "on"} and c is not None \
                        and c.gender() is None:
                    continue  # "a restaurant in Los Angeles": a place, not someone a pronoun points to
                if c and c.kind == "person" and c not in out and not topic_only(self, c, si, before):
                    out.append(c)
        # "Okoro's husband, Al Okoro, ... He": a possessor is rarely the antecedent; nor is a name only
        # in a prepositional object or a whose-clause ("sat down with host Lee", "whose son Al")
        def demoted(c: _Cluster) -> tuple[bool, bool]:
            here = [x for x in c.mentions if x.sentence == si and (before is None or x.end <= before)
                    and not self._in_quote(x.start, quotes)]
            poss = all(_possessive_at(self.an.text, x.end) for x in here)
            if nearest_first:  # in the pronoun's own sentence a possessor comes first: "Lee's talk, in which he"
                return (not poss, all(oblique(self.an, x) for x in here), -max(x.start for x in here))
            # ("Asked whether Ekko might stay, Lindqvist smiled": the fronted clause's names come after)
            return (poss, all(oblique(self.an, x) or self._fronted(x) for x in here), min(x.start for x in here))
        return sorted(out, key=demoted)

    def _fronted(self, x: Mention) -> bool:
        """Is the mention inside a clause fronted before its sentence's subject ("Asked whether Ekko
        might stay, ...", "When Ekko arrived, ...")?"""
        start = self.an.sentences[x.sentence][0]
        lead = self.an.text[start:x.start]
        first = re.match(r"\W*([A-Za-z]+)", lead)
        return bool(first) and first.group(1).lower() in _FRONT_OPENERS and "," not in lead \
            and "," in self.an.text[x.end:self.an.sentences[x.sentence][1]]

    def resolve_pronoun(self, m: Mention, exclude: _Cluster | None = None) -> _Cluster | None:
        g = PRONOUN_GENDER.get(m.text.lower())
        if m.text.lower() in ("who", "which"):
            prev = [x for x in self.an.mentions if x.sentence == m.sentence and x.end <= m.start and x.person
                    and m.start - x.end <= 60]
            if prev and m.start - prev[-1].end > 3 and not _APPOSITION_BEFORE_WHO.fullmatch(
                    self.an.text, prev[-1].end, m.start):
                # only "Lee, a nurse who said": the apposition's person (however long the apposition)
                return apposition_head(self, m) if m.text.lower() == "who" else None
            c = self._by_id(prev[-1].person) if prev else None
            if m.text.lower() == "who" and c is not None and c.kind != "person":
                # "Prof. Ann Lee, a biologist at the Kell Institute of Ecology who ...": not the institute
                return apposition_head(self, m) or c
            return c
        if m.text.lower() == "it":
            return self._recent_org(m) or it_antecedent(self, m)
        if m.text.lower() in ("i", "we", "they", "you"):
            return None
        window = []
        sentences: list[int] = []  # the sentence of each window entry
        quotes = self._quote_ranges()
        dist = 0
        for si in range(m.sentence, max(-1, m.sentence - 12), -1):
            s, e = self.an.sentences[si]
            if si != m.sentence and self.doc.in_boilerplate(s, e):
                continue
            # a sentence wholly inside a quotation ("... in their cars. Which one ... to you?”") names
            # no antecedent and does not push the speaker before it further away
            if si != m.sentence and any(qs - 1 <= s and e <= qe + 2 for qs, qe in quotes):
                continue
            # "Smith said he ...": the nearest one in the same sentence; before it, the leftmost
            cands = self._candidates_in(si, m.start if si == m.sentence else None, nearest_first=si == m.sentence)
            window.append((dist, cands))
            sentences.append(si)
            dist += 1
            if dist > 5:
                break
        # "The stand-up comedian, 38, sat down with host Gus Lee, where he revealed": a sentence opened
        # by a descriptor, whose other names before the pronoun are all prepositional objects
        if window and window[0][0] == 0 and all(
                all(oblique(self.an, x) for x in c.mentions if x.sentence == m.sentence and x.end <= m.start)
                for c in window[0][1]):
            lead = self._lead_descriptor(m.sentence)
            if lead is not None and lead.kind == "person" and lead.gender() in (g, None):
                return lead
        subject = self._subject_descriptor_antecedent(m, g, window, sentences, exclude)
        if subject is not None:
            return subject
        # an agreeing known gender in this or the previous sentence, then an unknown gender there,
        # then either further back
        for max_dist, want_known in ((1, True), (1, False), (6, True), (6, False)):
            for dist, cands in window:
                if dist > max_dist:
                    break
                for c in cands:
                    if c is not exclude and ((c.gender() == g or g is None) if want_known else c.gender() is None):
                        return c
        # last, the one person of these two sentences whose other gender rests on a single stray
        # pronoun ("Bhattacharya disputed her timeline, ... He said")
        weak = [c for dist, cands in window if dist <= 1 for c in cands
                if c is not exclude and g and sum(c.votes) == 1 and c.gender() not in (g, None)]
        return weak[0] if len(weak) == 1 else None

    def _subject_descriptor_antecedent(self, m: Mention, g: str | None, window: list, sentences: list[int],
                                       exclude: _Cluster | None) -> _Cluster | None:
        """"Asked about Okoro, the Dunmore boss was blunt. “...,” he said.": a definite descriptor
        subject of the pronoun's sentence (before it, with every name there before it in a fronted
        clause or a prepositional object) or, when the pronoun's sentence has no agreeing candidate,
        of the sentence before, beats names that are not subjects there."""
        if g is None or m.text.lower() not in ("he", "she") or not window:
            return None
        own = subject_descriptor(self, m.sentence, g)
        if own is not None and own[0] < m.start and own[1] is not exclude and all(
                x.end <= own[0] or oblique(self.an, x)
                for c in window[0][1] for x in c.mentions if x.sentence == m.sentence and x.end <= m.start):
            return own[1]
        if len(window) < 2 or any(c is not exclude and c.gender() in (g, None) for c in window[0][1]):
            return None
        # (a name before the descriptor in that sentence is in its fronted clause, not its subject)
        prev = subject_descriptor(self, sentences[1], g)
        return prev[1] if prev is not None and prev[1] is not exclude else None

    def _lead_descriptor(self, si: int) -> _Cluster | None:
        """Whom the definite descriptor opening sentence ``si`` stands for (computed once a sentence)."""
        memo = self._leads
        if si not in memo:
            memo[si] = None  # (a guard while it is being computed)
            s, e = self.an.sentences[si]
            memo[si] = lead_descriptor(self, si, s, e)
        return memo[si]

    def _recent_org(self, m: Mention, window: int = 2) -> _Cluster | None:
        """"it said": the organisation named last in this or the two sentences before."""
        best, best_at = None, -1
        for x in self.an.mentions:  # (resolved speakers are appended out of text order)
            if x.person and x.end <= m.start and m.sentence - window <= x.sentence <= m.sentence and x.start > best_at:
                c = self._by_id(x.person)
                if c is not None and c.kind == "organization":
                    best, best_at = c, x.start
        return best

    def resolve_descriptor(self, m: Mention, strict: bool = False) -> _Cluster | None:
        """Whom a person descriptor stands for; ``strict``: only through evidence that singles one
        person out (a role, age, kinship, title or earlier use), not the previous subject or the
        most-named person."""
        _, holder = body_role_holder(self, m)
        if holder is not None:
            return holder  # "The Fenwick boss" after "Fenwick manager Gary Holt"
        if not descriptor_can_be_named(m.text):
            return named_next(self, m)  # "one shipping agent", "the Drammen plant"; but "A county judge ... Judge X"
        is_kin, kin = kin_of(self, m)
        if is_kin:
            return kin  # "The son of a 74-year-old woman" is the one introduced as a son
        is_org, org = org_noun_descriptor(self, m)
        if is_org:
            return org  # "the airline said" is an organisation, not the last person
        low = [w.lower() for w in re.findall(r"[\w'’-]+", m.text)]
        if low and (low[-1] in _NOT_PERSON_HEADS or low[-1] in ORG_NAME_WORDS):
            return None  # "a fan account", "the panel": not a person the article names
        head = low[-1] if low else ""
        titled = [c for c in self.clusters if c.kind == "person"
                  and any(head and x.kind == "name" and head in x.text.lower().split()[:-1] for x in c.mentions)]
        if len(titled) == 1:
            return titled[0]  # "the judge" after "Judge Helena Marsh"
        g = noun_gender(m.text) or clause_gender(self, m)
        has_age, aged = age_holder(self, m)
        if aged is not None:
            return aged  # "the 41-year-old" after "Nadia Osei, 41,"
        young = young_person(self, m)
        if young is not None:
            return young  # "the teen" after "her son Jesse"

        def fits(c: _Cluster | None) -> bool:
            return c is not None and (g is None or c.gender() in (g, None)) and not age_clash(self, m, c) \
                and not young_clash(self, m, c) and not office_clash(self, m, c)
        holder = role_holder(self, m)
        if fits(holder):
            return holder  # "the guard said" after "guard Tariq Bell"
        same = self._described.get(_descriptor_key(m.text))
        if fits(same):
            return same  # "The Grammy winner" again: whom the article called that before
        offices = office_holders(self, m)
        if offices and len(offices) == 1 and fits(offices[0]):
            return offices[0]  # "the mayor said" after "Tom Reilly, the city's mayor,"
        if strict:
            return None
        prev = previous_subject(self, m, g)
        if prev is None and m.sentence >= 1 and descriptor_age(m.text) is not None:
            # "... when newcomer Priya Lansing revealed ... “...,” the 31-year-old nurse said": the age
            # describes the person the sentence before introduced
            introduced = [c for c in self.clusters if c.kind == "person" and c.gender() and fits(c)
                          and (first := min((x for x in c.mentions if x.kind == "name"), key=lambda x: x.start,
                                            default=None)) is not None
                          and first.sentence == m.sentence - 1 and not oblique(self.an, first)
                          and not _possessive_at(self.an.text, first.end)]
            if len(introduced) == 1:
                return introduced[0]
        if fits(prev):
            if g and prev.gender() is None:
                # "the actor said": a man named in these sentences before a subject of unknown gender
                ids = {x.person for x in self.an.mentions if x.person and x.start < m.start
                       and m.sentence - 2 <= x.sentence <= m.sentence}
                near = [c for c in map(self._by_id, sorted(ids)) if c is not None and c.kind == "person"
                        and c.gender() == g and fits(c)]
                if len(near) == 1:
                    return near[0]
            return prev  # "Bell finished with 24 points. ... the sophomore said"
        best, best_key = None, (False, False, 0, 0, 0)
        for c in self.clusters:
            if c.kind != "person" or not fits(c):
                continue
            # most named so far (then in the whole article, then first introduced); a headline
            # descriptor looks at the whole article
            named = [x for x in c.mentions if x.kind == "name"]
            if not named:
                continue
            # named already, then a known agreeing gender ("the actress": a woman before someone of unknown
            # gender), then most named
            before = sum(1 for x in named if x.start < m.start)
            key = (before > 0, bool(g) and c.gender() == g, before, len(named), -min(x.start for x in named))
            if key > best_key:
                best, best_key = c, key
        return best

    def _resolve(self, speaker_mentions: list[Mention]) -> None:
        for m in sorted(speaker_mentions, key=lambda x: x.start):
            if m.person:
                continue
            c = ensemble(self, m) if m.kind == "descriptor" else None
            if c is not None:
                m.speaker_kind = "organization"  # "the Sheffield-born indie trio": the band
            elif (c := document_org(self, m)) is not None:
                m.speaker_kind = c.kind  # "according to figures from the Department of Health"
            elif m.kind in ("descriptor", "pronoun") and (c := document_author(self, m)) is not None:
                m.speaker_kind = c.kind  # "the statement said": who issued it
            elif m.kind == "pronoun":
                # "She added:": the last speaker of her gender goes on; "As for Ines, she ..."
                c = speaker_goes_on(self, m, speaker_mentions) or fronted_topic(self, m) or self.resolve_pronoun(m)
                if c is not None and c is asker(self, m, speaker_mentions):
                    c = self.resolve_pronoun(m, exclude=c)  # "“How are you?” the host asked. “Fine,” she said"
                if unnamed_antecedent(self, m, c, speaker_mentions):
                    c, m.speaker_kind = None, "anonymous"  # "a porter who asked not to be named ... he said"
                elif c is not None and c.kind == "organization":
                    m.speaker_kind = "organization"  # "A Brenmoor spokeswoman said ... She added"
                g = PRONOUN_GENDER.get(m.text.lower())
                if c is not None and g and c.gender() is None:
                    c.votes[0 if g == "male" else 1] += 1  # agreement learned from the resolution
            elif m.kind == "descriptor" and bare_spokes(m.text) and (
                    c := last_spokes_org(self, m, speaker_mentions)) is not None:
                m.speaker_kind = "organization"  # "The spokesperson added" after "A spokesperson for Lantern TV"
            elif m.kind == "descriptor" and spokes_phrase(m.text):
                c = self._overlapping(m)  # "a spokesperson for the Transit Authority", "a college spokesman"
                if c is None or c.kind != "organization":
                    c = spokes_org(self, m)
                # (a spokesperson for a person is that person's unnamed rep)
                m.speaker_kind = "organization" if c is not None else "anonymous"
            elif m.kind == "descriptor" and (anonymous_descriptor(m.text) or definite_anonymous(m.text)
                                             and role_holder(self, m) is None):
                # "a White House official": not the White House; "the onlooker": nobody named
                m.speaker_kind = "anonymous"
            elif m.kind == "descriptor" and m.speaker_kind == "organization":
                c = self._overlapping(m)  # "a spokesperson for the Transit Authority"
                if c is not None and c.kind != "organization":
                    c = None
                if c is None and m.text.split()[0].lower() == "the":
                    c = recent_fitting_org(self, m)  # "the company said"; "the league" is not the last-named club
                if c is None and m.text.split()[0].lower() == "the" and m.text.split()[-1].lower() in MAIN_ORG_HEADS:
                    c = main_org(self, m)  # "the company said" far from its name: the article's company
                if c is None:
                    c = role_holder(self, m)  # "the guard" after "guard Tariq Bell"
                if c is None:
                    c = resolve_org_descriptor(self, m) or voice_org(self, m)  # "the interior ministry", "the company's report"
                if c is None:
                    c = named_by_head(self, m)  # "the union" far from "the Allied Nursing Union"
            elif m.kind == "descriptor" and m.speaker_kind == "person" and not re.search(r"['’]s\b", m.text) \
                    and not _plural_head(m.text) and not agent_of_someone(m.text):
                # ("Delaney's lawyer", "his lawyer" is someone else: left unresolved)
                c = self.resolve_descriptor(m)
                if c is not None and m.text.split()[0].lower() == "the":
                    self._described[_descriptor_key(m.text)] = c
                ng = noun_gender(m.text)
                if c is not None and c.gender() is None and ng:
                    c.votes[1 if ng == "female" else 0] += 1  # "the actress said": she is female
            elif m.kind == "name":
                c = self._overlapping(m)
            elif m.kind == "other" and source_body(self, m):
                c = self._overlapping(m)  # "According to the Parliamentary Research Service": an organisation
            if c is not None:
                self._attach(c, m)
                if m not in self.an.mentions:
                    self.an.mentions.append(m)
        self.an.mentions.sort(key=lambda x: x.start)

    def people(self) -> list[Person]:
        out = []
        for c in self.clusters:
            if c.kind == "other":
                continue  # a place, event or dateline
            seen = []
            for m in sorted(c.mentions, key=lambda x: x.start):
                if m.kind != "pronoun" and m.text != c.name and m.text not in seen:
                    seen.append(m.text)
            out.append(Person(c.id, display_name(self.an.text, c), aliases=seen, gender=c.gender() if c.kind == "person" else None,
                              mentions=[Span(m.start, m.end, m.text) for m in sorted(c.mentions, key=lambda x: x.start)],
                              kind=c.kind))
        return out
