"""Clean: mark publisher boilerplate as spans (never delete), and turn it into metadata."""

from __future__ import annotations

from ..records import Document
from .boilerplate import Findings, find_boilerplate, split_sources


def mark_boilerplate(doc: Document) -> None:
    """Fill ``doc.boilerplate``, ``doc.original_publisher`` and ``doc.image_sources``.

    Idempotent: spans found again replace themselves; spans another stage added and that do
    not overlap a new one are kept.
    """
    found = find_boilerplate(doc.text)
    kept = [b for b in doc.boilerplate if not any(b.start < n.end and n.start < b.end for n in found.spans)]
    doc.boilerplate = sorted(kept + found.spans, key=lambda b: b.start)
    if found.original_publisher and not doc.original_publisher:
        doc.original_publisher = found.original_publisher
    for source in found.image_sources:
        if source not in doc.image_sources:
            doc.image_sources.append(source)


__all__ = ["Findings", "find_boilerplate", "mark_boilerplate", "split_sources"]
