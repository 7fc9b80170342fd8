"""The pipeline from one ingested article to everything extracted from it.

    clean (boilerplate) -> analyse (spaCy parse of what attribution needs)
      -> attribute (quotes, cues, speaker mentions) -> people (clusters, relations)
      -> provenance (channels, hedges, dates)

Each stage is a plain function ``stage(doc: Document, ...) -> None`` that adds to the
document, so a per-document call pickles cleanly and maps straight onto Dask.
"""

from __future__ import annotations

from typing import Any

from .records import Document


def process(doc: Document, nlp: Any = None) -> Document:
    """Run every stage on ``doc`` (in place) and return it."""
    from .attribute import attribute
    from .clean import mark_boilerplate
    from .people import resolve_people
    from .provenance import annotate_provenance

    mark_boilerplate(doc)
    analysis = attribute(doc, nlp)  # fills doc.quotes; returns the parse it made for later stages
    resolve_people(doc, analysis)  # fills doc.people / doc.relations and each Speaker.name
    annotate_provenance(doc, analysis)  # fills Quote.channel / hedged and doc.dates
    return doc


def extract(text: str, **metadata: Any) -> dict[str, Any]:
    """Extract who said what from one article's text; returns the ``extract`` contract dict.

    >>> result = extract('“We will win,” Ana Lopez said.', id="a1")
    >>> result["quotes"][0]["speaker"]["name"]
    'Ana Lopez'
    """
    doc = Document(id=str(metadata.pop("id", "doc")), text=text, **metadata)
    return process(doc).to_dict()
