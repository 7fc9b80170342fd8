"""`whosaid extract`: articles in, one JSON object per article out (the contract in PRODUCT.md)."""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import TYPE_CHECKING

import click

from . import main
from .inputs import input_options

if TYPE_CHECKING:
    from ..ingest import IngestOptions


class _Progress:
    """A one-line counter on stderr; the article count is unknown until feeds and WARCs are read."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.last = 0.0

    def show(self, ok: int, failed: int, final: bool = False) -> None:
        if not self.enabled or (not final and time.monotonic() - self.last < 0.2):
            return
        self.last = time.monotonic()
        sys.stderr.write(f"\rextract: {ok} articles, {failed} failed" + ("\n" if final else ""))
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object per article on stdout.")
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no warnings; errors still go to stderr.")
def extract_command(paths: tuple[str, ...], fmt: str, inputs: IngestOptions, quiet: bool) -> None:
    """Extract who said what from articles and print it as JSON lines.

    PATHS are .txt files (the id is the file's stem), JSON lines (id, text and optionally
    url, title, published), HTML pages, RSS/Atom feeds, WARC archives, directories, globs,
    http(s) URLs, or - for JSON lines on stdin.  Offsets index each article's "text".
    Bad inputs are reported on stderr, one line each, and the others still processed.
    Exit status: 0 all inputs read, 1 some failed, 2 all failed or wrong usage.

    \b
    Example:
        whosaid extract --format jsonl article.txt
        whosaid extract feed.xml pages/ crawl.warc.gz > quotes.jsonl
        cat articles.jsonl | whosaid extract - --quiet
    """
    handler = _StderrHandler(quiet)
    logger = logging.getLogger("whosaid")
    logger.addHandler(handler)
    try:
        ok, failed = _run(paths, inputs, quiet)
    finally:
        logger.removeHandler(handler)
    sys.exit(0 if not failed else (1 if ok else 2))


def _run(paths: tuple[str, ...], options, quiet: bool) -> tuple[int, int]:  # noqa: ANN001
    from ..errors import InputError
    from ..ingest import iter_documents
    from ..pipeline import process

    bar = _Progress(not quiet and sys.stderr.isatty())
    ok = failed = 0
    out = sys.stdout
    for item in iter_documents(paths, options=options):
        if isinstance(item, InputError):
            failed += 1
            bar.clear()
            click.echo(f"error: {item}", err=True)
        else:
            try:
                process(item)
            except Exception as err:  # noqa: BLE001 - one article's failure must not end the batch
                failed += 1
                bar.clear()
                click.echo(f"error: {item.provenance.get('file') or item.id} ({item.id}): extraction failed "
                           f"({type(err).__name__}: {err})", err=True)
                continue
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            ok += 1
        bar.show(ok, failed)
    out.flush()
    bar.show(ok, failed, final=True)
    return ok, failed


class _StderrHandler(logging.Handler):
    """Library warnings (an ill-formed feed, a guessed encoding) as plain lines on whatever
    sys.stderr is now; dropped under --quiet (its presence also keeps logging's last-resort
    handler from printing them)."""

    def __init__(self, quiet: bool):
        super().__init__(logging.WARNING)
        self.quiet = quiet

    def emit(self, record: logging.LogRecord) -> None:
        if not self.quiet:
            click.echo(f"warning: {record.getMessage()}", err=True)
