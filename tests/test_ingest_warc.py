"""WARC and WARC.gz through warcio: HTML 200 responses only; truncation reported, not swallowed."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whosaid.demo import build_warc
from whosaid.errors import InputError
from whosaid.ingest import iter_documents
from whosaid.records import Document

PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body><nav>Home | World</nav>
<article><h1>{title}</h1><p>{body}</p><p>“It was a long night,” the harbour master said on Monday morning.</p>
</article><footer>All rights reserved</footer></body></html>"""


def write_warc(path, gzip: bool) -> None:
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))

        def resp(url, status, ctype, body):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        resp("https://port.example/robots.txt", "200 OK", "text/plain", b"User-agent: *\n")
        resp("https://port.example/storm", "200 OK", "text/html; charset=utf-8",
             PAGE.format(title="Storm closes the port", body="Ships waited outside the breakwater for two days." * 3).encode())
        resp("https://port.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
        resp("https://port.example/old", "301 Moved Permanently", "text/html", b"<html><body>moved</body></html>")
        resp("https://port.example/ferry", "200 OK", "text/html",
             PAGE.format(title="Ferry back on time", body="The first ferry left at six, on schedule." * 3).encode())


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_only_html_responses_become_articles(tmp_path, name, gzip):
    path = tmp_path / name
    write_warc(path, gzip)
    items = list(iter_documents([str(path)]))
    assert all(isinstance(i, Document) for i in items), items
    assert [d.url for d in items] == ["https://port.example/storm", "https://port.example/ferry"]
    storm = items[0]
    assert storm.text.startswith("Storm closes the port\n\nShips waited outside")
    assert "Home | World" not in storm.text and "All rights reserved" not in storm.text
    assert storm.provenance["file"] == str(path)
    assert storm.provenance["warc_record_id"].startswith("<urn:uuid:")


@pytest.mark.parametrize("name, gzip", [("cut.warc", False), ("cut.warc.gz", True)])
def test_truncated_record_is_reported_after_the_good_records(tmp_path, name, gzip):
    whole = tmp_path / ("whole" + name[3:])
    write_warc(whole, gzip)
    data = whole.read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[: len(data) - 150])  # the last record loses its end
    items = list(iter_documents([str(cut)]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.url for d in docs] == ["https://port.example/storm"]
    assert len(errors) == 1 and errors[0].startswith(f"{cut}: truncated")


def test_file_that_is_not_a_warc_is_an_error(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("this is not a web archive\n" * 5)
    [item] = list(iter_documents([str(path)]))
    assert isinstance(item, InputError) and str(item).startswith(f"{path}: ")


def test_demo_warc_holds_the_syndicated_copy_and_one_more_page(tmp_path):
    docs = [d for d in iter_documents([str(build_warc(tmp_path / "demo.warc.gz"))])]
    assert [d.site for d in docs] == ["Morning Brief Network", "The Riverside Courier"]
