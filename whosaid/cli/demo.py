"""`whosaid demo`: ingest the bundled invented examples and show who said what."""

from __future__ import annotations

import sys
import tempfile
import textwrap

import click

from . import main


@main.command("demo")
@click.option("--db", "db", default="whosaid.db", show_default=True, metavar="FILE",
              help="SQLite database to write the demo articles into (created when missing).")
@click.option("--rows", default=12, show_default=True, type=click.IntRange(1, 200),
              help="How many quotes to show in the who-said-what table.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line; print only the table.")
def demo_command(db: str, rows: int, quiet: bool) -> None:
    """Ingest the bundled examples and print a who-said-what table.

    The examples were written for whosaid (every person and quote is invented): a
    WordPress-style RSS feed of six celebrity, city and sport posts, one news page, and a
    small WARC crawl (built on the fly) holding a syndicated copy of a feed post, another
    page, and the robots.txt, image and redirect records a real crawl has.  Running it
    again updates the same articles instead of adding copies.

    \b
    Example:
        whosaid demo
        whosaid demo --db /tmp/demo.db --rows 20
        whosaid serve --db whosaid.db
    """
    from ..demo import demo_sources
    from ..store import Store, ingest_sources

    progress = not quiet and sys.stderr.isatty()

    def on_error(message: str) -> None:
        click.echo(f"error: {message}", err=True)

    with tempfile.TemporaryDirectory(prefix="whosaid-demo-") as workdir:
        sources = demo_sources(workdir)
        report = ingest_sources(sources, db, progress=progress, on_error=on_error)
    with Store(db) as store:
        counts = store.counts()
        found = store.search("", limit=500, facets=False)["results"]
    if not quiet:
        click.echo(f"Ingested the demo feed, page and WARC into {db}: {counts['articles']} articles "
                   f"({counts['stories']} stories), {counts['quotes']} quotes, {counts['people']} people.\n")
    click.echo(format_table(pick(found, rows)))
    click.echo(f"\nOpen the web page:  whosaid serve --db {db}   then visit http://127.0.0.1:8001/search?q=")
    sys.exit(report.exit_code)


def pick(quotes: list[dict], rows: int) -> list[dict]:
    """Attributed quotes spread over the articles (round-robin, direct quotes first, longest
    first), each text shown once even when a syndicated copy repeats it."""
    by_article: dict[object, list[dict]] = {}
    for q in quotes:
        if q.get("speaker"):
            by_article.setdefault(q["article_id"], []).append(q)
    for queue in by_article.values():
        queue.sort(key=lambda q: (q.get("kind") != "direct", -len(q["text"])))
    chosen: list[dict] = []
    seen: set[str] = set()
    while len(chosen) < rows and any(by_article.values()):
        for queue in by_article.values():
            while queue and len(chosen) < rows:
                q = queue.pop(0)
                if q["text"] not in seen:
                    seen.add(q["text"])
                    chosen.append(q)
                    break
    return chosen


def format_table(quotes: list[dict]) -> str:
    """speaker — quote excerpt — article, in fixed-width columns."""
    if not quotes:
        return "(no attributed quotes found)"
    speaker_w = min(24, max(len("SPEAKER"), *(len(q["speaker"]) for q in quotes)))
    lines = [f"{'SPEAKER':<{speaker_w}}  {'QUOTE':<54}  ARTICLE", f"{'-' * speaker_w}  {'-' * 54}  {'-' * 36}"]
    for q in quotes:
        text = textwrap.shorten(" ".join(q["text"].split()), 52, placeholder=" …")
        excerpt = f"“{text}”" if q.get("kind") == "direct" else f"({text})"
        title = textwrap.shorten(q.get("article_title") or str(q["article_id"]), 36, placeholder=" …")
        lines.append(f"{q['speaker'][:speaker_w]:<{speaker_w}}  {excerpt:<54}  {title}")
    return "\n".join(lines)
