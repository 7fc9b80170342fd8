"""WARC / WARC.gz archives through warcio: only HTML ``response`` records with status 200 become
articles (robots.txt, images, redirects, requests and metadata records are skipped)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from ..records import Document
from .html import read_html
from .options import IngestOptions

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, source: str, options: IngestOptions, size: int | None = None) -> Iterator[Document | InputError]:
    """Articles from every HTML response in the archive, in order.

    warcio stops quietly at a truncated record, so truncation is detected here: a record whose
    payload is shorter than its Content-Length, or bytes left after the last complete record.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    problem = _not_a_warc(stream)
    if problem:
        yield InputError(source, problem)
        return
    end = 0
    records = 0
    iterator = ArchiveIterator(stream)
    try:
        for record in iterator:
            records += 1
            # (get_record_offset() reads the record to its end, so it is asked only afterwards)
            item = _article(record, source, options)
            iterator.read_to_end(record)
            offset = iterator.get_record_offset()
            if record.raw_stream.limit > 0:  # checked first: a cut page is not an article
                yield InputError(source, f"truncated WARC record at byte {offset}")
                return
            if isinstance(item, Document):
                item.provenance["warc_offset"] = offset
            if item is not None:
                yield item
            end = offset + iterator.get_record_length()
    except ArchiveLoadFailed as exc:
        yield InputError(source, f"not a readable WARC at byte {end}: {str(exc).strip()[:200]}")
        return
    except (OSError, EOFError, ValueError) as exc:  # zlib/gzip errors on a cut or corrupt member
        yield InputError(source, f"truncated or corrupt WARC after byte {end}: {exc}")
        return
    if size is not None and size - end > 4:  # a plain WARC ends with "\r\n\r\n" outside the length
        yield InputError(source, f"truncated WARC record at byte {end} ({size - end} bytes unread)")
    elif records == 0:
        yield InputError(source, "no WARC records found")


def _article(record, source: str, options: IngestOptions) -> Document | InputError | None:  # noqa: ANN001
    if record.rec_type != "response" or record.http_headers is None:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    status = record.http_headers.get_statuscode()
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if status != "200" or not ctype.startswith(_HTML_TYPES) or url.endswith("/robots.txt"):
        return None
    payload = _read_capped(record.content_stream(), options.max_bytes + 1)
    where = f"{source} record {record.rec_headers.get_header('WARC-Record-ID')}"
    if len(payload) > options.max_bytes:
        return InputError(where, f"HTML payload over the size cap of {options.max_bytes} bytes")
    if not payload.strip():
        return None
    try:
        return read_html(
            payload,
            where,
            url=url or None,
            content_type=ctype,
            provenance={
                "file": source,
                "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
                "warc_date": record.rec_headers.get_header("WARC-Date"),
            },
        )
    except InputError as exc:
        # A crawl holds many pages with no article (indexes, tag pages): skipped, not failed.
        log.info("skipped %s", exc)
        return None


def _not_a_warc(stream: BinaryIO) -> str | None:
    """Why the stream is not a WARC (checked on its first bytes), or None. Rewinds the stream."""
    import zlib

    head = stream.read(4096)
    stream.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error as exc:
            return f"corrupt gzip data at the start of the WARC: {exc}"
    if not head.lstrip(b"\r\n").startswith(b"WARC/"):
        return "not a WARC file (it does not start with a WARC/1.x record)"
    return None


def _read_capped(stream, cap: int) -> bytes:  # noqa: ANN001
    # warcio's readers return short (even empty) reads for large sizes: read in chunks.
    chunks, total = [], 0
    while total < cap:
        chunk = stream.read(min(65536, cap - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
