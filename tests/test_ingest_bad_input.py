"""Each bad input gives one error naming the input and the problem; the other inputs still come through."""

from __future__ import annotations

import io

from whosaid.errors import InputError
from whosaid.ingest import IngestOptions, iter_documents
from whosaid.records import Document

GOOD = "Good Article\n\n“We are open,” the owner said.\n"


def run(tmp_path, name: str, data: bytes, **options):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    items = list(iter_documents([str(bad), str(good)], options=IngestOptions(**options)))
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs] == ["good"], "the good input must still be read"
    assert len(errors) == 1
    return str(errors[0]), bad


def test_binary_junk(tmp_path):
    message, bad = run(tmp_path, "junk.txt", bytes(range(256)) * 8)
    assert message == f"{bad}: binary data, not text (is this the right file?)"


def test_unknown_declared_encoding(tmp_path):
    page = b"<html><head><meta charset='x-klingon'></head><body><p>\xe9t\xe9 \xe0 la plage</p></body></html>"
    message, bad = run(tmp_path, "page.html", page)
    assert message == f"{bad}: unknown encoding 'x-klingon'"


def test_unknown_forced_encoding(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "x", "text": "y"}\n')
    items = list(iter_documents([str(path)], options=IngestOptions(encoding="no-such-codec")))
    assert [str(i) for i in items] == [f"{path}: unknown encoding 'no-such-codec'"]


def test_text_in_no_recognisable_encoding(tmp_path):
    # Invalid UTF-8 whose bytes fit no encoding with any confidence
    data = b"Title\n\n" + bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0x81, 0x9D, 0x8D]) * 3
    message, bad = run(tmp_path, "mystery.txt", data)
    assert message.startswith(f"{bad}: unknown encoding (not UTF-8")


def test_empty_file(tmp_path):
    message, bad = run(tmp_path, "empty.txt", b"")
    assert message == f"{bad}: empty file"


def test_whitespace_only_file_is_empty(tmp_path):
    message, bad = run(tmp_path, "blank.html", b"  \n\n \t\n")
    assert message == f"{bad}: empty file"


def test_file_over_the_size_cap(tmp_path):
    message, bad = run(tmp_path, "huge.txt", b"word " * 400, max_bytes=1000)
    assert message == f"{bad}: file is 2000 bytes, over the size cap of 1000 bytes (--max-bytes)"


def test_stdin_over_the_size_cap():
    items = list(iter_documents(["-"], options=IngestOptions(max_bytes=10), stdin=io.BytesIO(b'{"id":"a","text":"long text"}')))
    assert [str(i) for i in items] == ["<stdin>: input is over the size cap of 10 bytes (--max-bytes)"]


def test_latin1_text_is_read_as_windows_1252(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le café de la gare\n\nLa propriétaire a déclaré que le café était très fréquenté cet été.".encode("latin-1"))
    [doc] = list(iter_documents([str(path)]))
    assert "propriétaire" in doc.text


def test_binary_junk_named_as_a_feed(tmp_path):
    message, bad = run(tmp_path, "feed.xml", bytes(range(256)) * 4)
    assert message == f"{bad}: binary data, not a feed (is this the right file?)"


def test_binary_junk_named_as_a_warc(tmp_path):
    message, bad = run(tmp_path, "crawl.warc.gz", b"\x1f\x8b" + bytes(range(256)) * 4)
    assert message.startswith(f"{bad}: corrupt gzip data at the start of the WARC")
