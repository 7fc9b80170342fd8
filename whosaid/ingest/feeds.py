"""RSS 2.0 / Atom / RDF feeds through feedparser, one Document per entry, from the full
``content:encoded`` / Atom ``content`` (never the summary when content exists)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..records import Document
from .common import doc_id, iso_date, join_paragraphs, struct_time_iso, with_title
from .html import fragment_paragraphs

log = logging.getLogger(__name__)


def looks_like_feed(data: bytes) -> bool:
    """Sniff RSS/Atom/RDF from the first bytes (for URLs and files without a telling suffix)."""
    head = data[:2048].lstrip().lower()
    return (head.startswith(b"<?xml") or head.startswith(b"<")) and any(
        tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")
    )


def read_feed(data: bytes, source: str) -> Iterator[Document | InputError]:
    """Every entry of the feed in ``data``. An ill-formed feed is read as far as feedparser gets,
    with a warning naming the source; a feed with no entries at all is an InputError."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception")
        yield InputError(source, "not an RSS, Atom or RDF feed" + (f" ({reason})" if reason else ""))
        return
    if parsed.get("bozo"):
        reason = parsed.get("bozo_exception")
        if parsed.entries:
            log.warning("%s: ill-formed feed, read as far as it goes (%s entries): %s",
                        source, len(parsed.entries), reason)
        else:
            yield InputError(source, f"not a readable feed: {reason}")
            return
    if not parsed.entries:
        yield InputError(source, "feed has no entries")
        return
    feed = parsed.get("feed", {})
    site = feed.get("title") or None
    feed_url = feed.get("link") or None
    produced = 0
    for index, entry in enumerate(parsed.entries):
        try:
            doc = _entry(entry, index, source, site, feed_url)
        except InputError as exc:
            # Title-only entries (link feeds, the cut-off tail of an ill-formed feed) have nothing
            # to extract: a warning, not a failed input.
            log.warning("%s", exc)
            continue
        produced += 1
        yield doc
    if not produced:
        yield InputError(source, f"none of the feed's {len(parsed.entries)} entries has any text")


def _entry(entry: Any, index: int, source: str, site: str | None, feed_url: str | None) -> Document:
    link = entry.get("link") or None
    guid = entry.get("id") or None
    where = f"{source} entry {index + 1}"
    html = _content_html(entry)
    if not html:
        raise InputError(where, "entry has no content or summary")
    paragraphs = _to_paragraphs(html, link)
    if not paragraphs:
        raise InputError(where, "entry content has no text")
    title = entry.get("title") or None
    published = iso_date(entry.get("published") or entry.get("updated")) or struct_time_iso(
        entry.get("published_parsed") or entry.get("updated_parsed")
    )
    key = link or guid or f"{source}#{index + 1}"
    return Document(
        id=doc_id(key),
        text=with_title(title, join_paragraphs(paragraphs)),
        title=title,
        url=link,
        canonical_url=None,
        author=entry.get("author") or None,
        published=published,
        site=site,
        provenance={"file": source, "feed": feed_url, "feed_entry": guid or link, "entry_index": index},
    )


def _content_html(entry: Any) -> str | None:
    """The fullest body: content:encoded / Atom content (longest HTML part), else the summary."""
    parts = [c for c in entry.get("content", []) if c.get("value")]
    if parts:
        html_parts = [c for c in parts if "html" in (c.get("type") or "")] or parts
        return max(html_parts, key=lambda c: len(c["value"]))["value"]
    return entry.get("summary") or entry.get("description") or None


def _to_paragraphs(html: str, url: str | None) -> list[str]:
    # An entry body is the publisher's article with no page chrome, so every block is kept and
    # the clean stage marks the publisher's own furniture (footer, related links) as spans.
    # trafilatura's main-text heuristics would silently drop exactly those lines.
    return fragment_paragraphs(html)
