"""Invented articles with hand-made extractions, for the store, web page and export tests.

The texts are written for these tests (no real article text).  Offsets are computed from the
text so they always agree with it.
"""

from __future__ import annotations

from whosaid.records import Boilerplate, Channel, Document, Person, Quote, Relation, Span, Speaker


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start, start + len(words), words)


def _quote(text: str, words: str, speaker: str | None, mention: str | None, pid: str | None, *,
           kind: str = "direct", channel: Channel | None = None, confidence: float = 0.9,
           hedged: bool = False, after: int = 0) -> Quote:
    s = _span(text, words, after)
    m = _span(text, mention) if mention else None
    return Quote(s.start, s.end, words, kind,  # type: ignore[arg-type]
                 Speaker(speaker, "person" if speaker else "unknown", m, confidence, pid),
                 channel=channel, hedged=hedged)


def budget_article(url: str = "https://planet.example/budget", site: str = "Daily Planet",
                   doc_id: str = "budget") -> Document:
    text = (
        "Mayor Lena Ortiz defends city budget\n\n"
        "\u201cWe will not cut the libraries,\u201d Mayor Lena Ortiz said at a press conference on Tuesday. "
        "Ortiz added that the city \u201chas never been in better shape\u201d.\n\n"
        "Her brother, Marco Ortiz, told Channel 9: \u201cLena works harder than anyone I know.\u201d\n\n"
        "Related: Council approves new bus routes\n"
        "The post Mayor defends budget appeared first on Daily Planet."
    )
    lena = Person("p1", "Lena Ortiz", ["Mayor Lena Ortiz", "Ortiz", "Lena"], "female",
                  [_span(text, "Mayor Lena Ortiz"), _span(text, "Ortiz added")], {"occupation": ["mayor"]})
    marco = Person("p2", "Marco Ortiz", ["Marco Ortiz", "Her brother"], "male", [_span(text, "Marco Ortiz")])
    quotes = [
        _quote(text, "We will not cut the libraries,", "Lena Ortiz", "Mayor Lena Ortiz", "p1",
               channel=Channel("press_conference", None)),
        _quote(text, "has never been in better shape", "Lena Ortiz", "Ortiz", "p1", confidence=0.8,
               after=text.index("Ortiz added")),
        _quote(text, "Lena works harder than anyone I know.", "Marco Ortiz", "Marco Ortiz", "p2",
               channel=Channel("interview", "Channel 9")),
    ]
    related = _span(text, "Related: Council approves new bus routes")
    footer = _span(text, "The post Mayor defends budget appeared first on Daily Planet.")
    return Document(
        id=doc_id, text=text, title="Mayor Lena Ortiz defends city budget", url=url, site=site,
        published="2023-07-14T09:00:00+00:00", original_publisher="Daily Planet",
        boilerplate=[Boilerplate("related_link", related.start, related.end, related.text),
                     Boilerplate("syndication_footer", footer.start, footer.end, footer.text)],
        quotes=quotes, people=[lena, marco],
        relations=[Relation("p2", "sibling", "p1", _span(text, "Her brother, Marco Ortiz"))],
    )


def library_article() -> Document:
    text = (
        "Libraries stay open\n\n"
        "Lena Ortiz visited the east branch on Saturday. \u201cReading rooms are where a city thinks,\u201d "
        "she wrote in an Instagram post that was later deleted. Reportedly, she told staff "
        "that \u201cno branch will close this year\u201d."
    )
    lena = Person("p1", "Lena Ortiz", ["Lena Ortiz", "she"], "female", [_span(text, "Lena Ortiz")],
                  {"age": 52})
    quotes = [
        _quote(text, "Reading rooms are where a city thinks,", "Lena Ortiz", "she", "p1",
               channel=Channel("instagram_post", "Instagram", deleted=True)),
        _quote(text, "no branch will close this year", "Lena Ortiz", "she", "p1", hedged=True, confidence=0.6),
    ]
    return Document(id="libraries", text=text, title="Libraries stay open", url="https://courier.example/libraries",
                    site="City Courier", published="2023-09-02", quotes=quotes, people=[lena])


def hostile_article() -> Document:
    """Markup and script in every field a page shows: none of it may run."""
    text = (
        "Columnist on <b>bold</b> claims\n\n"
        "Ada Byte wrote: \u201c<script>window.__pwned = 1</script> is not how you win an argument.\u201d "
        "Her editor, <img src=x onerror=\"window.__pwned=2\">, agreed: \u201cquite so\u201d."
    )
    ada = Person("p1", "Ada Byte", ["Ada Byte"], None, [_span(text, "Ada Byte")])
    quotes = [
        _quote(text, "<script>window.__pwned = 1</script> is not how you win an argument.", "Ada Byte",
               "Ada Byte", "p1"),
        Quote(text.index("quite so"), text.index("quite so") + 8, "quite so", "direct",
              Speaker("<img src=x onerror=\"window.__pwned=3\">", "person", None, 0.5, None)),
    ]
    return Document(id="hostile", text=text, title="<img src=x onerror=\"window.__pwned=4\"> columnist",
                    url="javascript:window.__pwned=5", site="<i>Site</i>", published="2024-01-05",
                    quotes=quotes, people=[ada])


def all_articles() -> list[Document]:
    return [budget_article(), library_article(), hostile_article()]


def build_db(path) -> None:
    from whosaid.store import Store

    with Store(path) as store:
        for doc in all_articles():
            store.save(doc)
        store.save(budget_article(url="https://other.example/mirror", site="Other Site", doc_id="mirror"))


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A real ``whosaid serve`` in a subprocess, on a free loopback port."""

    def __init__(self, db_path, *extra: str):
        import os
        import pathlib
        import subprocess
        import sys
        import time
        import urllib.request

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        exe = pathlib.Path(sys.executable).with_name("whosaid")
        self.proc = subprocess.Popen([str(exe), "serve", "--db", str(db_path), "--port", str(self.port), "--quiet", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ})
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.base + "/-/versions.json", timeout=2).read()
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"whosaid serve did not start: {self.proc.stdout.read().decode()}")
                time.sleep(0.2)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except Exception:
                self.proc.kill()


def served_store(path):
    """Build the test store at ``path`` and serve it; yields the running :class:`Server`."""
    build_db(path)
    srv = Server(path)
    try:
        yield srv
    finally:
        srv.stop()


def curly_quotes_only(doc: Document) -> Document:
    """A light, predictable stand-in for the pipeline in store-level tests: every \u201c...\u201d is a
    direct quote by an unknown speaker.  (The store is what these tests exercise.)"""
    import re

    for m in re.finditer("\u201c([^\u201d]+)\u201d", doc.text):
        doc.quotes.append(Quote(m.start(1), m.end(1), m.group(1), "direct", Speaker(None, "unknown", None, 0.5)))
    return doc


def write_jsonl(path, n: int, quotes_per_article: int = 40) -> None:
    """``n`` invented articles as JSON lines, each with many short quotations."""
    import json

    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            body = " ".join(f"Speaker {j} said \u201cpoint {j} of article {i} stands\u201d." for j in range(quotes_per_article))
            f.write(json.dumps({"id": f"a{i}", "url": f"https://wire.example/{i}", "title": f"Article {i}",
                                "published": "2023-05-01", "text": body}) + "\n")
