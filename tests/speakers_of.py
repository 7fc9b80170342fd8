"""Test helper: the speaker whosaid gives the first quote containing a fragment of an article."""

from __future__ import annotations

import whosaid


def speaker_of(text: str, fragment: str, doc_id: str = "speakers") -> dict:
    """The ``speaker`` of the first extracted quote whose text contains ``fragment``."""
    q = next(q for q in whosaid.extract(text, id=doc_id)["quotes"] if fragment in q["text"])
    return q["speaker"]


def name_of(text: str, fragment: str, doc_id: str = "speakers") -> str | None:
    """That speaker's resolved name."""
    return speaker_of(text, fragment, doc_id)["name"]
