"""Syndication groups: copies of one story (the same post on several sites) share a story id.

The near-duplicate signature comes from :mod:`whosaid.dedup` when it is available (MinHash,
persisted in ``articles.signature`` so grouping survives restarts).  Without it, the fallback
groups copies whose body text, boilerplate removed and whitespace/case normalised, is identical.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import sqlite3

from ..records import Document

log = logging.getLogger(__name__)


def body_text(doc: Document) -> str:
    """The article text without its boilerplate spans (footers differ between copies)."""
    parts, pos = [], 0
    for b in sorted(doc.boilerplate, key=lambda b: b.start):
        if b.start > pos:
            parts.append(doc.text[pos:b.start])
        pos = max(pos, b.end)
    parts.append(doc.text[pos:])
    return " ".join(" ".join(parts).casefold().split())


def _exact_signature(doc: Document) -> bytes:
    return b"sha1:" + hashlib.sha1(body_text(doc).encode("utf-8")).digest()


def assign_story(conn: sqlite3.Connection, doc: Document, article_id: int) -> tuple[int, bytes]:
    """Find or create the story of ``doc``; returns ``(story_id, signature)``. In a transaction."""
    signature = _exact_signature(doc)
    row = conn.execute(
        "SELECT story_id FROM articles WHERE signature = ? AND id != ? AND story_id IS NOT NULL LIMIT 1",
        (signature, article_id),
    ).fetchone()
    if row:
        return row[0], signature
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO stories (title, first_article_id, created) VALUES (?, ?, ?)", (doc.title, article_id, now)
    )
    return int(cur.lastrowid), signature
