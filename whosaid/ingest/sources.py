"""Turn what the user names (files, directories, globs, URLs, ``-``) into Documents, choosing the
reader by suffix or, failing that, by sniffing the bytes. Errors come back in-stream."""

from __future__ import annotations

import glob
import io
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import InputError
from ..records import Document
from .decode import decode, looks_binary
from .feeds import looks_like_feed, read_feed
from .fetch import fetch
from .html import read_html
from .options import IngestOptions
from .text import read_jsonl, read_text
from .warc import read_warc

log = logging.getLogger(__name__)

Item = Document | InputError

SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
    ".warc": "warc", ".warc.gz": "warc",
}


def kind_of(path: str) -> str | None:
    """The reader for a file name, from its suffix; None when the name does not tell."""
    name = path.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return SUFFIXES.get(os.path.splitext(name)[1])


def sniff(data: bytes) -> str:
    """The reader for bytes whose name does not tell."""
    head = data[:4096].lstrip()
    low = head.lower()
    if head.startswith(b"WARC/") or data[:2] == b"\x1f\x8b":
        return "warc"
    if looks_like_feed(data):
        return "feed"
    if low.startswith((b"<!doctype html", b"<html")) or b"<body" in low:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def iter_documents(
    sources: Iterable[str],
    *,
    options: IngestOptions | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Every article in ``sources``, in order; an unreadable input yields an :class:`InputError`
    (its message names the input and the problem) and the rest go on.

    >>> for item in iter_documents(["articles/", "feed.xml", "https://example.com/page"]):
    ...     print(item.id if isinstance(item, Document) else f"error: {item}")
    """
    options = options or IngestOptions()
    for source in sources:
        try:
            yield from _one_source(source, options, stdin)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - a reader bug on one input must not end the batch
            log.debug("unexpected failure on %s", source, exc_info=True)
            yield InputError(source, f"could not read ({type(exc).__name__}: {exc})")


def _one_source(source: str, options: IngestOptions, stdin: BinaryIO | None) -> Iterator[Item]:
    if source == "-":
        data = (stdin or sys.stdin.buffer).read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            raise InputError("<stdin>", f"input is over the size cap of {options.max_bytes} bytes (--max-bytes)")
        kind = sniff(data) if data.strip() else "jsonl"
        yield from _read_bytes(data, "<stdin>", kind, options)
        return
    if source.startswith(("http://", "https://")):
        got = fetch(source, options)
        kind = _kind_from_type(got.content_type) or kind_of(got.url) or sniff(got.data)
        yield from _read_bytes(got.data, source, kind, options, url=got.url, content_type=got.content_type)
        return
    if os.path.isdir(source):
        files = sorted(_walk(source, options.recursive))
        if not files:
            raise InputError(source, "directory has no .txt, .jsonl, .html, feed or .warc files")
        for path in files:
            yield from _guarded(path, options)
        return
    if os.path.exists(source):
        yield from _read_file(source, options)
        return
    if glob.has_magic(source):
        matches = sorted(p for p in glob.glob(source, recursive=True) if os.path.isfile(p))
        if not matches:
            raise InputError(source, "no file matches this pattern")
        for path in matches:
            yield from _guarded(path, options)
        return
    raise InputError(source, "no such file or directory")


def _guarded(path: str, options: IngestOptions) -> Iterator[Item]:
    # Inside a directory or glob, one bad file is reported and the others still come through.
    try:
        yield from _read_file(path, options)
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001
        log.debug("unexpected failure on %s", path, exc_info=True)
        yield InputError(path, f"could not read ({type(exc).__name__}: {exc})")


def _walk(root: str, recursive: bool) -> Iterator[str]:
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for name in files:
            if not name.startswith(".") and kind_of(name):
                yield os.path.join(directory, name)


def _read_file(path: str, options: IngestOptions) -> Iterator[Item]:
    kind = kind_of(path)
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    cap = options.warc_max_bytes if kind == "warc" else options.max_bytes
    if size == 0:
        raise InputError(path, "empty file")
    if size > cap:
        raise InputError(path, f"file is {size} bytes, over the size cap of {cap} bytes (--max-bytes)")
    if kind == "warc":
        with open(path, "rb") as stream:
            yield from read_warc(stream, path, options, size=size)
        return
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    yield from _read_bytes(data, path, kind or sniff(data), options)


def _read_bytes(data: bytes, source: str, kind: str, options: IngestOptions, *,
                url: str | None = None, content_type: str | None = None) -> Iterator[Item]:
    if not data.strip():
        raise InputError(source, "empty file")
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source, options, size=len(data))
    elif kind == "feed":
        if looks_binary(data):
            raise InputError(source, "binary data, not a feed (is this the right file?)")
        yield from read_feed(data, source)
    elif kind == "html":
        yield read_html(data, source, url=url, content_type=content_type)
    elif kind == "jsonl":
        yield from read_jsonl(decode(data, source, options.encoding), source)
    else:
        text = decode(data, source, options.encoding)
        doc = read_text(text, source)
        if url:
            doc.url = url
        yield doc


def _kind_from_type(content_type: str) -> str | None:
    base = content_type.split(";", 1)[0].strip().lower()
    if base in ("text/html", "application/xhtml+xml"):
        return "html"
    if base in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if base in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json"):
        return "jsonl"
    if base == "application/warc":
        return "warc"
    return None  # text/xml, text/plain...: decided by the URL's suffix or by sniffing
