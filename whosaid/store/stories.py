"""Syndication groups: copies of one story (the same post on several sites) share a story id.

The near-duplicate signature is :mod:`whosaid.dedup`'s MinHash (5-word shingles, boilerplate
and headline removed), persisted in ``articles.signature``; its LSH band keys go in
``story_bands`` so candidates are an index lookup away, in any process.  A new article joins
the story of its best-matching candidate (``Signature.same_story``), else starts a story.
If numpy (and so ``whosaid.dedup``) is unavailable, copies with identical normalised body
text are grouped instead.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import sqlite3

from ..records import Document

log = logging.getLogger(__name__)

try:
    from .. import dedup as _dedup
except ImportError:  # pragma: no cover - numpy missing
    _dedup = None


def _new_story(conn: sqlite3.Connection, doc: Document, article_id: int) -> int:
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO stories (title, first_article_id, created) VALUES (?, ?, ?)", (doc.title, article_id, now)
    )
    return int(cur.lastrowid)


def assign_story(conn: sqlite3.Connection, doc: Document, article_id: int) -> tuple[int, bytes]:
    """Find or create the story of ``doc``; returns ``(story_id, signature)``. In a transaction."""
    if _dedup is None:
        return _assign_exact(conn, doc, article_id)
    sig = _dedup.document_signature(doc)
    blob = sig.to_bytes()
    conn.execute("DELETE FROM story_bands WHERE article_id = ?", (article_id,))
    keys = _dedup._band_keys(sig)
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
                other_sig = _dedup.Signature.from_bytes(row[0])
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


def _assign_exact(conn: sqlite3.Connection, doc: Document, article_id: int) -> tuple[int, bytes]:
    text = " ".join(_body(doc).casefold().split())
    signature = b"sha1:" + hashlib.sha1(text.encode("utf-8")).digest()
    row = conn.execute(
        "SELECT story_id FROM articles WHERE signature = ? AND id != ? AND story_id IS NOT NULL LIMIT 1",
        (signature, article_id),
    ).fetchone()
    return (row[0] if row else _new_story(conn, doc, article_id)), signature


def _body(doc: Document) -> str:
    parts, pos = [], 0
    for b in sorted(doc.boilerplate, key=lambda b: b.start):
        if b.start > pos:
            parts.append(doc.text[pos:b.start])
        pos = max(pos, b.end)
    parts.append(doc.text[pos:])
    return " ".join(parts)
