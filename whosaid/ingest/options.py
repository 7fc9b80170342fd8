"""One options object for every ingestion path (cf. trafilatura's ``Extractor`` settings)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # one file or response; a WARC is streamed, see warc_max_bytes
USER_AGENT = "whosaid/0.1 (+https://github.com/whosaid/whosaid; news quote extraction)"


@dataclass(slots=True)
class IngestOptions:
    """How to read and fetch inputs.

    ``max_bytes`` caps a single text/JSON-lines/HTML/feed file and any fetched response;
    ``warc_max_bytes`` caps a WARC file (streamed record by record, so it may be much larger).
    ``allow_private`` lets URL fetching reach loopback/private/link-local addresses (off by
    default so a feed cannot make whosaid probe the local network).
    ``encoding`` forces the encoding of text and JSON-lines files (default: UTF-8, then a guess).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    warc_max_bytes: int = 20 * 1024**3
    allow_private: bool = False
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    encoding: str | None = None
    recursive: bool = True  # descend into sub-directories of a directory source
    # Host names exempt from the address check (an intranet feed server), each hop checked by name.
    allow_hosts: frozenset[str] = frozenset()
