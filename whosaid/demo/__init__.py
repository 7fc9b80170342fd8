"""The bundled demo: an invented WordPress-style feed, one HTML page and a WARC built on demand.

Everything under ``data/`` was written for whosaid; every person, outlet and quote is fictional.
"""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

DATA = Path(str(resources.files(__package__) / "data"))
FEED = DATA / "gossip-ladle-feed.xml"
PAGE = DATA / "riverside-courier-library.html"
WARC_PAGES = {
    # target URI -> bundled page; the first is a syndicated copy of the feed's first article
    "https://morningbrief.example/food/chef-marisol-vane-to-close-copper-spoon": "morning-brief-vane.html",
    "https://riversidecourier.example/news/2024/06/grandmother-first-marathon": "riverside-courier-marathon.html",
}
_PNG = (  # a 1x1 transparent PNG: an image response the WARC reader must skip
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def build_warc(path: str | Path) -> Path:
    """Write a small crawl to ``path`` (gzipped WARC): the two bundled pages as HTML responses,
    plus what a real crawl holds and whosaid skips: warcinfo, requests, robots.txt, an image and
    a redirect."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = Path(path)
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "whosaid demo"}))

        def response(url: str, status: str, ctype: str, body: bytes, extra: list | None = None) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype), *(extra or [])], protocol="HTTP/1.1")
            target = urlsplit(url).path or "/"
            request = StatusAndHeaders(f"GET {target} HTTP/1.1", [("User-Agent", "whosaid-demo")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        response("https://riversidecourier.example/robots.txt", "200 OK", "text/plain", b"User-agent: *\nAllow: /\n")
        response("https://riversidecourier.example/logo.png", "200 OK", "image/png", _PNG)
        response("https://riversidecourier.example/marathon", "301 Moved Permanently", "text/html",
                 b"<html><body>Moved</body></html>",
                 [("Location", "https://riversidecourier.example/news/2024/06/grandmother-first-marathon")])
        for url, name in WARC_PAGES.items():
            response(url, "200 OK", "text/html; charset=utf-8", (DATA / "warc" / name).read_bytes())
    return path


def demo_sources(workdir: str | Path) -> list[str]:
    """The demo's inputs: the feed, the page and a WARC built into ``workdir``."""
    warc = build_warc(Path(workdir) / "demo-crawl.warc.gz")
    return [str(FEED), str(PAGE), str(warc)]
