"""Clean: mark publisher boilerplate as spans (never delete), and turn it into metadata."""

from __future__ import annotations

from ..records import Document


def mark_boilerplate(doc: Document) -> None:
    """Fill ``doc.boilerplate``, ``doc.original_publisher`` and ``doc.image_sources``."""
    # Placeholder until the foundation issue lands its rules (whosaid/clean/boilerplate.py).
