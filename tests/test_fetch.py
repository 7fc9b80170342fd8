"""URL fetching against a real local HTTP server: the safety rules a user relies on."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from whosaid.errors import FetchError, InputError
from whosaid.ingest import IngestOptions, fetch, is_public_address, iter_documents
from whosaid.ingest.options import USER_AGENT
from whosaid.records import Document

PAGE = ("<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        "<p>The old bridge reopened on Monday after a year of repairs, the county engineer said.</p>"
        "<p>“It will outlive all of us,” engineer Petra Lang said at the ribbon cutting.</p></article></body></html>")
FEED = ("<?xml version='1.0'?><rss version='2.0'><channel><title>County News</title><link>http://county.example</link>"
        "<item><title>Bridge reopens</title><link>http://county.example/bridge</link>"
        "<description>&lt;p&gt;The bridge is open again, the engineer said.&lt;/p&gt;</description></item>"
        "</channel></rss>")
SEEN_AGENTS: list[str] = []


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def send(self, status, ctype, body: bytes, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/page":
            self.send(200, "text/html; charset=utf-8", PAGE.encode())
        elif path == "/feed":
            self.send(200, "application/rss+xml", FEED.encode())
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self.send(302, "text/html", b"", [("Location", "/page" if n == 0 else f"/hop/{n - 1}")])
        elif path == "/to-localhost":
            port = self.server.server_address[1]
            self.send(302, "text/html", b"", [("Location", f"http://localhost:{port}/page")])
        elif path == "/to-file":
            self.send(301, "text/html", b"", [("Location", "file:///etc/passwd")])
        elif path == "/big":
            self.send(200, "text/html", b"<p>" + b"x" * 5000 + b"</p>")
        elif path == "/image":
            self.send(200, "image/jpeg", b"\xff\xd8\xff" + b"\x00" * 100)
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, "text/html", PAGE.encode())
        else:
            self.send(404, "text/plain", b"not here")


class QuietServer(http.server.ThreadingHTTPServer):
    # The /slow client gives up first, so the late reply hits a closed socket; that is expected.
    # Joining request threads on close keeps such late output from landing in a later test.
    daemon_threads = False
    block_on_close = True

    def handle_error(self, request, client_address):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


ALLOW = IngestOptions(allow_private=True)


def test_loopback_is_refused_by_default(server):
    with pytest.raises(FetchError) as info:
        fetch(f"{server}/page")
    assert str(info.value) == (
        f"{server}/page: refused: 127.0.0.1 resolves to non-public address 127.0.0.1 "
        "(loopback, private or link-local); pass --allow-private to fetch it"
    )


def test_localhost_name_is_refused_after_dns_resolution(server):
    url = server.replace("127.0.0.1", "localhost") + "/page"
    with pytest.raises(FetchError, match="refused: localhost resolves to non-public address"):
        fetch(url)


def test_allowed_fetch_of_a_page_sends_a_clear_user_agent(server):
    got = fetch(f"{server}/page", ALLOW)
    assert got.data == PAGE.encode() and got.content_type.startswith("text/html")
    assert SEEN_AGENTS[-1] == USER_AGENT and "whosaid" in USER_AGENT


def test_iter_documents_reads_pages_and_feeds_from_urls(server):
    items = list(iter_documents([f"{server}/page", f"{server}/feed"], options=ALLOW))
    assert all(isinstance(i, Document) for i in items), items
    page, entry = items
    assert page.url == f"{server}/page" and page.text.startswith("Bridge reopens\n\nThe old bridge reopened")
    assert entry.url == "http://county.example/bridge" and entry.site == "County News"


def test_redirects_are_followed_up_to_the_limit(server):
    assert fetch(f"{server}/hop/2", ALLOW).url == f"{server}/page"
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(f"{server}/hop/5", IngestOptions(allow_private=True, max_redirects=2))


def test_redirect_target_is_checked_again(server):
    with pytest.raises(FetchError, match="only http and https URLs can be fetched, not file"):
        fetch(f"{server}/to-file", ALLOW)


def test_every_redirect_hop_is_checked_against_private_addresses(server):
    only_this_host = IngestOptions(allow_hosts=frozenset({"127.0.0.1"}))
    assert fetch(f"{server}/page", only_this_host).data == PAGE.encode()
    with pytest.raises(FetchError, match="refused: localhost resolves to non-public address"):
        fetch(f"{server}/to-localhost", only_this_host)


def test_size_cap(server):
    with pytest.raises(FetchError, match="over the size cap of 1000"):
        fetch(f"{server}/big", IngestOptions(allow_private=True, max_bytes=1000))


def test_content_type_check(server):
    with pytest.raises(FetchError, match="unsupported content type 'image/jpeg'"):
        fetch(f"{server}/image", ALLOW)


def test_http_error_status(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", ALLOW)


def test_read_timeout(server):
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{server}/slow", IngestOptions(allow_private=True, read_timeout=0.3))


def test_refused_url_is_an_input_error_and_the_batch_goes_on(server, tmp_path):
    good = tmp_path / "local.txt"
    good.write_text("Local\n\nStill read.", encoding="utf-8")
    items = list(iter_documents([f"{server}/page", str(good)]))
    assert isinstance(items[0], InputError) and "refused" in str(items[0])
    assert isinstance(items[1], Document) and items[1].id == "local"


@pytest.mark.parametrize(
    "address, public",
    [("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.9", False), ("172.16.5.5", False),
     ("169.254.169.254", False), ("::1", False), ("fe80::1", False), ("::ffff:127.0.0.1", False),
     ("0.0.0.0", False), ("93.184.216.34", True), ("2606:4700::1111", True)],
)
def test_public_address_classification(address, public):
    assert is_public_address(address) is public
