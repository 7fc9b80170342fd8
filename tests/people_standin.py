"""A small stand-in for attribution's Analysis, built from real spaCy objects.

Relation, attribute and provenance rules are tested on their own: the people of a test
article are given (as the clustering would give them), sentences come from spaCy's
sentencizer, ``person_at`` answers from the given mentions.  The seed test
(tests/test_people_seed.py) runs the real pipeline instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import spacy

from whosaid.records import Document, Person, Quote, Span, Speaker

_NLP = spacy.blank("en")
_NLP.add_pipe("sentencizer")


@dataclass
class StandIn:
    text: str
    people: list[Person]
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def person_at(self, start: int, end: int) -> Person | None:
        for p in self.people:
            for m in p.mentions:
                if m.start <= start and end <= m.end or start <= m.start and m.end <= end:
                    return p
        return None

    def parse(self, start: int, end: int):
        return _NLP(self.text[start:end])


def make(text: str, people: dict[str, tuple[str | None, list[str]]], *, published: str | None = None,
         quotes: list[tuple[str, str | None, str | None]] = ()) -> tuple[Document, StandIn]:
    """``people``: canonical name -> (gender, surface forms found word-bounded in the text).

    ``quotes``: (quoted words, speaker name or None, cue words or None); each quoted stretch is
    located in the text (first occurrence) with its cue (last occurrence before the quote, or the
    first after it when none precedes).
    """
    doc = Document(id="t", text=text, published=published)
    for i, (name, (gender, forms)) in enumerate(people.items(), 1):
        mentions = []
        for form in forms:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if not any(s.start < m.end() and m.start() < s.end for s in mentions):
                    mentions.append(Span.of(text, m.start(), m.end()))
        mentions.sort(key=lambda s: s.start)
        doc.people.append(Person(id=f"p{i}", name=name, aliases=[f for f in forms if f != name],
                                 gender=gender, mentions=mentions))
    by_name = {p.name: p for p in doc.people}
    for words, speaker, cue in quotes:
        start = text.index(words)
        q = Quote(start=start, end=start + len(words), text=words, kind="direct")
        if speaker:
            p = by_name[speaker]
            q.speaker = Speaker(name=p.name, kind="person", person_id=p.id, confidence=0.9)
        if cue:
            at = text.rfind(cue, 0, start)
            at = at if at >= 0 else text.index(cue, q.end)
            q.cue = Span.of(text, at, at + len(cue))
        doc.quotes.append(q)
    for i, q in enumerate(doc.quotes):
        for j, outer in enumerate(doc.quotes):
            if i != j and outer.start <= q.start and q.end <= outer.end and (outer.end - outer.start) > (q.end - q.start):
                q.nested_in = j
    sp = _NLP(text)
    analysis = StandIn(text=text, people=doc.people,
                       sentences=[(s.start_char, s.end_char) for s in sp.sents])
    return doc, analysis
