"""Ingest: files, directories, globs, URLs and stdin to :class:`~whosaid.records.Document` s.

    iter_documents(sources, options=IngestOptions()) -> Iterator[Document | InputError]

Readers, each through a real library: plain text and JSON lines (text unchanged), HTML pages
(trafilatura), RSS/Atom/RDF feeds (feedparser, full ``content:encoded``), WARC archives (warcio).
"""

from __future__ import annotations

from .fetch import Fetched, fetch, is_public_address
from .options import IngestOptions
from .sources import iter_documents, kind_of, sniff

__all__ = ["Fetched", "IngestOptions", "fetch", "is_public_address", "iter_documents", "kind_of", "sniff"]
