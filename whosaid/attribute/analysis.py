"""The Analysis object: what attribution learned about one article, for the later stages.

``attribute(doc, nlp)`` returns an :class:`Analysis`; ``resolve_people`` and the relation /
provenance stages read it.  Stable interface (engineer D codes against it):

* ``analysis.text`` – the document text (offsets everywhere are indices into it).
* ``analysis.paragraphs`` – ``[(start, end)]`` of paragraphs (a quotation running over several
  paragraphs is one block).
* ``analysis.sentences`` – ``[(start, end)]`` of sentences, quotation-aware (a multi-sentence
  quote and its "he said" are one sentence), in text order.
* ``analysis.sentence_at(pos) -> int | None`` – index into ``sentences``.
* ``analysis.tokens(i) -> list[Token]`` – cheap regex tokens of sentence ``i`` (``.start``,
  ``.end``, ``.text`` with document offsets).
* ``analysis.parse(start, end)`` – a spaCy ``Doc`` of ``text[start:end]``, made lazily and
  cached; **document offset of a token = ``token.idx + start``** (also in
  ``doc.user_data["whosaid_offset"]``).  Uses the ``nlp`` given to ``attribute`` or else
  ``whosaid.analyse.load_pipeline()``; None when no pipeline can be loaded.
* ``analysis.mentions`` – every person-like mention found: :class:`Mention` (start, end, text,
  kind ``name|pronoun|descriptor``, sentence index, ``person`` id once resolved).
* ``analysis.entities`` – the ``name`` mentions only (PERSON/ORG-like capitalised names).
* ``analysis.speaker_mentions`` – ``{quote index: Mention}`` for doc.quotes.
* ``analysis.people`` – the :class:`~whosaid.records.Person` list (filled by resolve_people).
* ``analysis.person_at(start, end) -> Person | None`` – the person a mention overlapping
  ``[start, end)`` resolves to.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field
from typing import Any

from ..records import Document, Person
from .text import Token, tokenize

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | pronoun | descriptor
    sentence: int
    person: str | None = None  # Person.id after resolve_people
    speaker_kind: str = "unknown"


@dataclass
class Analysis:
    doc: Document
    nlp: Any = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    speaker_mentions: dict[int, Mention] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    _tokens: dict[int, list[Token]] = field(default_factory=dict)
    _parses: dict[tuple[int, int], Any] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def entities(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "name"]

    def sentence_at(self, pos: int) -> int | None:
        if not self._starts or len(self._starts) != len(self.sentences):
            self._starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < max(self.sentences[i][1], self.sentences[i][0] + 1):
            return i
        return None

    def tokens(self, i: int) -> list[Token]:
        if i not in self._tokens:
            s, e = self.sentences[i]
            self._tokens[i] = tokenize(self.text, s, e)
        return self._tokens[i]

    def parse(self, start: int, end: int) -> Any:
        key = (start, end)
        if key not in self._parses:
            nlp = self.nlp
            if nlp is None:
                try:
                    from ..analyse import load_pipeline  # type: ignore[attr-defined]

                    nlp = self.nlp = load_pipeline()
                except Exception as exc:  # no trained pipeline available: callers fall back to rules
                    log.debug("no spaCy pipeline: %s", exc)
                    self._parses[key] = None
                    return None
            parsed = nlp(self.text[start:end])
            parsed.user_data["whosaid_offset"] = start
            self._parses[key] = parsed
        return self._parses[key]

    def person_at(self, start: int, end: int) -> Person | None:
        by_id = {p.id: p for p in self.people}
        for m in self.mentions:
            if m.person and m.start < end and start < m.end:
                return by_id.get(m.person)
        for p in self.people:
            for sp in p.mentions:
                if sp.start < end and start < sp.end:
                    return p
        return None
