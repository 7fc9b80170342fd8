"""Provenance: where each quote was said (channel, deleted?), hedges, relative dates."""

from __future__ import annotations

from typing import Any

from ..records import Document


def annotate_provenance(doc: Document, analysis: Any) -> None:
    """Set ``Quote.channel`` and ``Quote.hedged``; fill ``doc.dates``."""
