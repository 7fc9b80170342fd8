"""Attribute: find quotations (direct and indirect), their cues and speaker mentions."""

from __future__ import annotations

from typing import Any

from ..records import Document


def attribute(doc: Document, nlp: Any = None) -> Any:
    """Fill ``doc.quotes``; return the analysis (parse, mentions) later stages reuse."""
    return None
