"""`whosaid ingest`: read articles, extract who said what, store it in a SQLite file."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from . import main
from .inputs import input_options

if TYPE_CHECKING:
    from ..ingest import IngestOptions


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db", default="whosaid.db", show_default=True, metavar="FILE",
              help="SQLite database to write (created when missing).")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False), metavar="FILE.csv",
              help="Alias table (CSV: name, alias, qid) linking people to Wikidata QIDs, offline.")
@click.option("--force", is_flag=True, help="Process articles again even when stored unchanged.")
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no summary; errors still go to stderr.")
def ingest_command(paths: tuple[str, ...], db: str, aliases: str | None, force: bool, inputs: IngestOptions,
                   quiet: bool) -> None:
    """Store articles and everything extracted from them in a SQLite file.

    PATHS are files, directories, globs, URLs, RSS/Atom feeds, WARC archives, or - for JSON
    lines on stdin.  Each article is written in one transaction; the same article ingested
    again (same URL, canonical URL, feed guid or id) is updated in place, never duplicated.
    Bad inputs are reported on stderr and skipped.  Exit status: 0 all stored, 1 some inputs
    failed, 2 every input failed or the command was used wrongly.

    \b
    Example:
        whosaid ingest articles/ feed.xml --db whosaid.db
        whosaid ingest crawl.warc.gz --db news.db --aliases people.csv
        cat docs.jsonl | whosaid ingest - --db whosaid.db --quiet
    """
    from ..errors import WhosaidError
    from ..store import ingest_sources

    progress = not quiet and sys.stderr.isatty()

    def on_error(message: str) -> None:
        if progress:
            sys.stderr.write("\r\033[K")
        click.echo(f"error: {message}", err=True)

    try:
        report = ingest_sources(paths, db, options=inputs, progress=progress, on_error=on_error,
                                aliases=aliases, force=force)
    except WhosaidError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    if not quiet:
        click.echo(
            f"{db}: stored {report.ok} article{'s' if report.ok != 1 else ''} ({report.new} new, {report.updated} updated),"
            f" {report.unchanged} unchanged, {report.failed} failed; {report.quotes} quotes in {report.seconds:.1f}s",
            err=True,
        )
    sys.exit(report.exit_code)
