"""People: cluster mentions into people, resolve each speaker, find relations between them.

``resolve_people(doc, analysis)`` clusters the article's mentions (``cluster.py``), fills
``doc.people``, sets each quote's ``Speaker.name`` / ``person_id``, then calls the relation and
attribute stages (``relations.extract_relations``, ``attributes.annotate_attributes``).
"""

from __future__ import annotations

import logging
from typing import Any

from ..records import Document

log = logging.getLogger(__name__)


def resolve_people(doc: Document, analysis: Any) -> None:
    """Fill ``doc.people`` and ``doc.relations``; set ``Speaker.name``/``person_id`` on quotes."""
    if analysis is None:
        return
    from .cluster import Clusterer

    speakers = analysis.speaker_mentions
    cl = Clusterer(doc, analysis)
    cl.run(list(speakers.values()))
    people = cl.people()
    by_id = {p.id: p for p in people}
    for i, q in enumerate(doc.quotes):
        m = speakers.get(i)
        if m is None:
            continue
        p = by_id.get(m.person) if m.person else None
        if p is not None:
            q.speaker.name = p.name
            q.speaker.person_id = p.id
            if p.kind == "organization":
                q.speaker.kind = "organization"
            elif q.speaker.kind == "organization":
                q.speaker.kind = "person"  # "Board Chair Ann Lee": a titled person, not the board
        elif m.kind == "name":
            q.speaker.name = m.text
        elif m.speaker_kind == "anonymous":
            q.speaker.kind = "anonymous"  # "a White House official", "an aide to X" (set by the clusterer)
        elif m.kind == "descriptor" and m.speaker_kind == "person" and q.speaker.kind == "organization":
            q.speaker.kind = "person"  # "Transit advocates": people, like "Critics" (set by the clusterer)
        if q.speaker.name and q.speaker.kind == "unknown":
            q.speaker.kind = "person"
        if q.speaker.kind == "anonymous":
            q.speaker.name = None
    doc.people = people
    analysis.people = people
    _call_optional(doc, analysis)


def _call_optional(doc: Document, analysis: Any) -> None:
    """Relations, then attributes (which read the relations); a failure there is logged and
    leaves the article's quotes and people intact."""
    from .attributes import annotate_attributes
    from .relations import extract_relations

    try:
        doc.relations = list(extract_relations(doc, analysis))
    except Exception:
        log.exception("relations failed for %s", doc.id)
    try:
        annotate_attributes(doc, analysis)
    except Exception:
        log.exception("attributes failed for %s", doc.id)
