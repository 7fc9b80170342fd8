"""Syndication groups: copies of one story (the same post on several sites) share a story id.

The near-duplicate signature is :mod:`whosaid.dedup`'s MinHash (5-word shingles, boilerplate
and headline removed), persisted in ``articles.signature``; its LSH band keys go in
``story_bands`` so candidates are an index lookup away, in any process.  A new article joins
the story of its best-matching candidate (``Signature.same_story``), else starts a story.
"""

from __future__ import annotations

import datetime as _dt
import logging
import sqlite3

from .. import dedup
from ..records import Document

log = logging.getLogger(__name__)


def _new_story(conn: sqlite3.Connection, doc: Document, article_id: int) -> int:
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO stories (title, first_article_id, created) VALUES (?, ?, ?)", (doc.title, article_id, now)
    )
    return int(cur.lastrowid)


def assign_story(conn: sqlite3.Connection, doc: Document, article_id: int) -> tuple[int, bytes]:
    """Find or create the story of ``doc``; returns ``(story_id, signature)``. In a transaction."""
    sig = dedup.document_signature(doc)
    blob = sig.to_bytes()
    conn.execute("DELETE FROM story_bands WHERE article_id = ?", (article_id,))
    keys = dedup.band_keys(sig)
    best: tuple[float, int] | None = None
    if keys:
        seen: set[int] = set()
        for band, key in keys:
            for (other,) in conn.execute(
                    "SELECT article_id FROM story_bands WHERE band = ? AND key = ? LIMIT 50", (band, key)):
                seen.add(other)
        for other in sorted(seen):
            row = conn.execute("SELECT signature, story_id FROM articles WHERE id = ?", (other,)).fetchone()
            if not row or row[0] is None or row[1] is None:
                continue
            try:
                other_sig = dedup.Signature.from_bytes(row[0])
            except ValueError:
                continue
            if sig.same_story(other_sig):
                score = sig.jaccard(other_sig)
                if best is None or score > best[0]:
                    best = (score, int(row[1]))
        conn.executemany("INSERT INTO story_bands (article_id, band, key) VALUES (?, ?, ?)",
                         [(article_id, band, key) for band, key in keys])
    story_id = best[1] if best else _new_story(conn, doc, article_id)
    return story_id, blob
