"""Which organisation a document, a bare common noun or a returning spokesperson speaks for.

* **Documents**: "according to figures from the Department of Health", "a Pinnacle Research
  poll", "a notice Halvorsen filed", "the federation's decision": the one organisation named in
  (or, for "the <noun>'s <document>", by) the phrase.
* **A common noun far from the name**: "the union said", "according to the trust": the one
  organisation named earlier whose name ends in that noun ("Allied Nursing Union").
* **A spokesperson again**: "The spokesperson added" after "A spokesperson for Lantern TV said".
* **A named body opening its sentence** ("According to the Parliamentary Research Service,")
  speaks as an organisation, whatever its name looked like to the place and event tests.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from .voices import spokes_phrase

# What an organisation publishes: "according to <document> from X" is X's.
DOCUMENTS = {"figures", "poll", "polls", "survey", "report", "data", "notice", "filing", "filings", "study",
             "analysis", "estimates", "records", "documents", "census", "audit", "release", "statistics",
             "decision", "ruling", "statement", "findings", "verdict"}
# A spokesperson named again without the organisation.
_BARE_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "representative", "rep"}
_BODY_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&.-]*)+")
# What may stand before a named body that opens its sentence as the source ("According to the ...").
_SOURCE_OPENINGS = {"", "the", "according to", "according to the"}


def named_by_head(cl: Any, m: Mention) -> Any:
    """"the union said", "according to the trust", "the federation's decision": the one organisation
    (or event) named earlier whose name ends in that noun ("Allied Nursing Union")."""
    words = re.findall(r"[\w-]+", re.sub(r"['’]s\b.*", "", m.text.lower()))
    if len(words) != 2 or words[0] != "the":
        return None
    found = [c for c in cl.clusters if c.kind in ("organization", "other") and len(c.words) >= 2
             and c.words[-1].lower() == words[1] and any(x.start < m.start for x in c.mentions)]
    if len(found) != 1:
        return None
    found[0].kind = "organization"  # ("the Greywater Festival" speaks: an organiser, not an event)
    return found[0]


def document_org(cl: Any, m: Mention) -> Any:
    """"figures from the Department of Health", "a Pinnacle Research poll", "a notice Halvorsen
    filed": the one organisation named inside a document speaker is its author."""
    words = set(re.findall(r"[a-z]+", m.text.lower()))
    if m.kind != "descriptor" or not words & DOCUMENTS:
        return None
    if re.match(r"(?i)the\s+[a-z-]+['’]s\s", m.text):
        return named_by_head(cl, m)  # "according to the federation's decision"
    inside = {id(c): c for (s, e), c in cl.mention_cluster.items() if m.start <= s and e <= m.end}
    found = [c for c in inside.values() if c.kind in ("organization", "other")
             or c.kind == "person" and c.gender() is None]
    if len(found) != 1:
        return None
    if found[0].kind == "other":
        found[0].kind = "organization"  # ("Pinnacle Research" taken for a place until it publishes)
    return found[0]


def bare_spokes(text: str) -> bool:
    """"The spokesperson", "the spokesman": a spokesperson named again without the organisation."""
    words = text.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in _BARE_SPOKES


def last_spokes_org(cl: Any, m: Mention, speaker_mentions: list[Mention]) -> Any:
    """The organisation the latest spokesperson before ``m`` (within six sentences) spoke for."""
    for x in sorted(speaker_mentions, key=lambda x: -x.start):
        if x.start < m.start and m.sentence - 6 <= x.sentence and x.person and spokes_phrase(x.text):
            c = cl._by_id(x.person)
            return c if c is not None and c.kind == "organization" else None
    return None


def source_body(cl: Any, m: Mention) -> bool:
    """Is ``m`` a named body opening its sentence as the source ("According to the Parliamentary
    Research Service,")? If so its cluster (of two words or more) becomes an organisation."""
    if not _BODY_NAME.fullmatch(m.text) or \
            cl.an.text[cl.an.sentences[m.sentence][0]:m.start].strip().lower() not in _SOURCE_OPENINGS:
        return False
    c = cl._overlapping(m)
    if c is None or len(c.words) < 2:
        return False
    c.kind = m.speaker_kind = "organization"
    return True
