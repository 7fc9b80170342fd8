"""Ingest benchmark: articles per second from a WARC, a feed and .txt files, and the overhead
of whosaid's readers over the bare libraries they wrap (a baseline in the same run).

    .venv/bin/python -m benchmarks ingest          # WHOSAID_BENCH_PAGES=100 for a quick run

The WARC holds N HTML responses (the bundled demo pages under distinct URLs) plus the skipped
records a crawl has; the baseline reads the same WARC with warcio + trafilatura.extract() and
nothing else. The feed is the bundled demo feed repeated to N entries; its baseline is
feedparser.parse() alone. Clean (boilerplate marking) and MinHash signatures are timed per
article on the same texts.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path


def _build_warc(path: Path, pages: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from whosaid.demo import DATA

    bodies = [(DATA / "riverside-courier-library.html").read_bytes(),
              *(p.read_bytes() for p in sorted((DATA / "warc").glob("*.html")))]
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(pages):
            url = f"https://bench.example/news/{i}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(bodies[i % len(bodies)]),
                                                          http_headers=headers))
            if i % 10 == 0:
                robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"https://bench.example/robots.txt?{i}", "response",
                                                              payload=io.BytesIO(b"User-agent: *\n"), http_headers=robots))


def _build_feed(path: Path, entries: int) -> None:
    from whosaid.demo import FEED

    text = FEED.read_text(encoding="utf-8")
    head, rest = text.split("<item>", 1)
    items_xml = "<item>" + rest.rsplit("</channel>", 1)[0]
    items = ["<item>" + chunk for chunk in items_xml.split("<item>") if chunk.strip()]
    out = [head]
    for i in range(entries):
        item = items[i % len(items)].replace("</link>", f"?copy={i}</link>", 1)
        out.append(item)
    out.append("</channel>\n</rss>\n")
    path.write_text("".join(out), encoding="utf-8")


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f} articles/s ({1000 * seconds / max(n, 1):.2f} ms each)"


def main() -> None:
    import feedparser
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator

    from whosaid.clean import mark_boilerplate
    from whosaid.dedup import document_signature
    from whosaid.ingest import iter_documents

    pages = int(os.environ.get("WHOSAID_BENCH_PAGES", "300"))
    with tempfile.TemporaryDirectory() as tmp:
        warc, feed = Path(tmp) / "bench.warc.gz", Path(tmp) / "bench.xml"
        _build_warc(warc, pages)
        _build_feed(feed, pages)
        txt_dir = Path(tmp) / "txt"
        txt_dir.mkdir()

        t = time.perf_counter()
        docs = [d for d in iter_documents([str(warc)])]
        warc_s = time.perf_counter() - t
        t = time.perf_counter()
        base = 0
        with open(warc, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response" and "html" in (record.http_headers.get_header("Content-Type") or ""):
                    base += bool(trafilatura.extract(record.content_stream().read()))
        warc_base_s = time.perf_counter() - t
        print(f"WARC  whosaid : {_rate(len(docs), warc_s)}")
        print(f"WARC  baseline: {_rate(base, warc_base_s)}  (warcio + trafilatura.extract)  "
              f"ratio {warc_s / warc_base_s:.2f}x")

        t = time.perf_counter()
        entries = [d for d in iter_documents([str(feed)])]
        feed_s = time.perf_counter() - t
        t = time.perf_counter()
        parsed = feedparser.parse(feed.read_bytes())
        feed_base_s = time.perf_counter() - t
        print(f"feed  whosaid : {_rate(len(entries), feed_s)}")
        print(f"feed  baseline: {_rate(len(parsed.entries), feed_base_s)}  (feedparser.parse)  "
              f"ratio {feed_s / feed_base_s:.2f}x")

        for i, d in enumerate(entries):
            (txt_dir / f"a{i}.txt").write_text(d.text, encoding="utf-8")
        t = time.perf_counter()
        texts = [d for d in iter_documents([str(txt_dir)])]
        print(f"txt   whosaid : {_rate(len(texts), time.perf_counter() - t)}")

        t = time.perf_counter()
        for d in texts:
            mark_boilerplate(d)
        print(f"clean         : {_rate(len(texts), time.perf_counter() - t)}")
        t = time.perf_counter()
        for d in texts:
            document_signature(d)
        print(f"MinHash       : {_rate(len(texts), time.perf_counter() - t)}")


if __name__ == "__main__":
    main()
