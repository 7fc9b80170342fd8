"""`whosaid export`: the store's quotes as JSON lines, CSV, Parquet or Quotebank JSON lines."""

from __future__ import annotations

import sys

import click

from . import main


@main.command("export")
@click.option("--db", "db", default="whosaid.db", show_default=True, metavar="FILE",
              help="SQLite database written by `whosaid ingest`.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "quotebank"]), required=True,
              help="jsonl/csv/parquet: one row per quote occurrence; quotebank: one line per distinct "
                   "quotation in Quotebank's fields.")
@click.option("--out", required=True, metavar="PATH", help="File to write; - writes jsonl, csv or quotebank to stdout.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print the summary line.")
def export_command(db: str, fmt: str, out: str, quiet: bool) -> None:
    """Export every quote in the store, with speaker, person, channel and article.

    Parquet files read straight into DuckDB and pandas; the Quotebank format follows
    Quotebank's quotation-centric JSON lines (quoteID, quotation, speaker, qids, date,
    numOccurrences, probas, urls, phase).  Exit status: 0 written, 2 nothing could be written.

    \b
    Example:
        whosaid export --db whosaid.db --format parquet --out quotes.parquet
        whosaid export --db whosaid.db --format quotebank --out quotes.jsonl
        whosaid export --db whosaid.db --format csv --out - | head
    """
    from ..errors import WhosaidError
    from ..export import export

    try:
        n = export(db, fmt, out)
    except (WhosaidError, OSError) as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    if not quiet:
        click.echo(f"{db}: wrote {n} {'quotations' if fmt == 'quotebank' else 'quotes'} to {out} ({fmt})", err=True)
