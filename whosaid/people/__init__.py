"""People: cluster mentions into people, resolve each speaker, find relations between them."""

from __future__ import annotations

from typing import Any

from ..records import Document


def resolve_people(doc: Document, analysis: Any) -> None:
    """Fill ``doc.people`` and ``doc.relations``; set ``Speaker.name``/``person_id`` on quotes."""
