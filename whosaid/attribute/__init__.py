"""Attribute: find quotations (direct and indirect), their cues and speaker mentions.

    from whosaid.attribute import attribute
    analysis = attribute(doc)          # fills doc.quotes, returns an Analysis
"""

from __future__ import annotations

from typing import Any

from ..records import Document
from .analysis import Analysis, Mention
from .core import attribute_document


def attribute(doc: Document, nlp: Any = None) -> Analysis:
    """Fill ``doc.quotes`` (skipping ``doc.boilerplate``); return the :class:`Analysis`."""
    return attribute_document(doc, nlp)


__all__ = ["Analysis", "Mention", "attribute"]
