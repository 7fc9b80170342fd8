"""The records every pipeline stage reads and writes.

One article flows through the stages as a :class:`Document`; each stage adds to it:

    ingest  -> Document(id, text, metadata, provenance)
    clean   -> Document.boilerplate, original_publisher, image_sources
    attribute -> Document.quotes (with speakers and cues)
    people  -> Document.people, Document.relations
    provenance -> Quote.channel, Quote.hedged, Document.dates

Offsets are always Python string indices into ``Document.text``.  ``to_dict()`` gives the
JSON object of the ``whosaid extract --format jsonl`` contract (see PRODUCT.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

BoilerplateKind = Literal["related_link", "image_credit", "syndication_footer", "reader_prompt", "other"]
SpeakerKind = Literal["person", "organization", "anonymous", "unknown"]
QuoteKind = Literal["direct", "indirect"]


@dataclass(slots=True)
class Span:
    """A stretch of ``Document.text``: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Boilerplate:
    """Publisher furniture inside the body: marked, never deleted, kept out of extraction."""

    kind: BoilerplateKind
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Speaker:
    name: str | None = None  # canonical name of the resolved person (fullest name given)
    kind: SpeakerKind = "unknown"
    mention: Span | None = None  # the words that attribute the quote where it stands
    confidence: float = 0.0
    person_id: str | None = None  # Person.id within the document

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "mention": self.mention.to_dict() if self.mention else None,
            "confidence": round(float(self.confidence), 4),
            "person_id": self.person_id,
        }


@dataclass(slots=True)
class Channel:
    """Where a quote was said: an Instagram post, an ITV interview, a statement..."""

    type: str  # instagram_post, x_post, tiktok_video, interview, statement, press_conference, podcast...
    name: str | None = None  # outlet or platform ("ITV", "Instagram", "People")
    deleted: bool = False
    evidence: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "name": self.name,
            "deleted": self.deleted,
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }


@dataclass(slots=True)
class Quote:
    start: int  # excludes the quotation marks
    end: int
    text: str
    kind: QuoteKind
    speaker: Speaker = field(default_factory=Speaker)
    cue: Span | None = None
    channel: Channel | None = None
    hedged: bool = False
    hedge: Span | None = None  # the hedging words ("reportedly", "claimed")
    nested_in: int | None = None  # index of the enclosing quote, for a quote inside a quote

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "channel": self.channel.to_dict() if self.channel else None,
            "hedged": self.hedged,
            "hedge": self.hedge.to_dict() if self.hedge else None,
        }


@dataclass(slots=True)
class Person:
    id: str  # stable within the document, e.g. "p1"
    name: str  # canonical: the fullest name the document gives
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None  # "female" | "male" | None, from pronoun agreement
    mentions: list[Span] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)  # {"age": 41, "occupation": ["singer"]}
    kind: str = "person"  # person | organization

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "gender": self.gender,
            "kind": self.kind,
            "attributes": dict(self.attributes),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Relation:
    head: str  # Person.id
    relation: str  # parent_of, child_of, sibling, spouse, ex_spouse, partner, ex_partner, ...
    tail: str  # Person.id
    evidence: Span
    qualifiers: list[str] = field(default_factory=list)  # e.g. ["estranged"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "head": self.head,
            "relation": self.relation,
            "tail": self.tail,
            "evidence": self.evidence.to_dict(),
            "qualifiers": list(self.qualifiers),
        }


@dataclass(slots=True)
class DateMention:
    """A relative date in the text ("Wednesday", "last year") resolved against ``published``."""

    span: Span
    value: str | None  # ISO 8601 date, month ("2023-07") or year ("2022"); None when unresolvable

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.span.text, "start": self.span.start, "end": self.span.end, "value": self.value}


@dataclass(slots=True)
class Document:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601
    site: str | None = None
    original_publisher: str | None = None
    image_sources: list[str] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)  # file, feed, feed_entry, warc_record_id
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "author": self.author,
            "published": self.published,
            "site": self.site,
            "original_publisher": self.original_publisher,
            "image_sources": list(self.image_sources),
            "provenance": dict(self.provenance),
            "text": self.text,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "quotes": [q.to_dict() for q in self.quotes],
            "people": [p.to_dict() for p in self.people],
            "relations": [r.to_dict() for r in self.relations],
            "dates": [d.to_dict() for d in self.dates],
        }

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a boilerplate span."""
        return any(b.start < end and start < b.end for b in self.boilerplate)


__all__ = [
    "Boilerplate",
    "Channel",
    "DateMention",
    "Document",
    "Person",
    "Quote",
    "Relation",
    "Span",
    "Speaker",
]
