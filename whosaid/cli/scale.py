"""`whosaid scale`: the pipeline as a Dask job over sharded archives, Parquet out."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from . import main
from .inputs import input_options

if TYPE_CHECKING:
    from ..ingest import IngestOptions


@main.command("scale")
@click.argument("shards", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Output folder: quotes/, articles/, errors/ and done/ per shard.")
@click.option("--scheduler", metavar="ADDRESS",
              help="A running Dask scheduler (tcp://host:8786); default: a local cluster.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="Worker processes of the local cluster (ignored with --scheduler).")
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No progress lines.")
def scale_command(shards: tuple[str, ...], out: str, scheduler: str | None, workers: int,
                  inputs: IngestOptions, quiet: bool) -> None:
    """Run extraction over SHARDS with Dask, one task per shard, writing Parquet.

    SHARDS are WARC files, JSON-lines files, feeds or folders (globs are expanded). A shard
    whose done/ marker exists is skipped, so re-running after a crash resumes. Bad records
    go to errors/<shard>.jsonl; the rest of the shard is kept.
    Exit status: 0 every shard done, 1 some shards failed, 2 all failed.

    \b
    Example:
        whosaid scale 'crawl/CC-NEWS-*.warc.gz' --out quotes-parquet --workers 2
        duckdb -c "select speaker, count(*) from 'quotes-parquet/quotes/*.parquet' group by 1"
    """
    from ..scale import expand_shards, run

    paths = expand_shards(shards)
    if not paths:
        raise click.UsageError("no shard matches the given paths")

    def progress(counts: dict) -> None:
        if not quiet:
            state = "skipped (done before)" if counts.get("skipped") else "done"
            click.echo(f"{counts['shard']}: {state}, {counts['articles']} articles, "
                       f"{counts['quotes']} quotes, {counts['errors']} bad records", err=True)

    report = run(paths, out, scheduler=scheduler, workers=workers,
                 options=inputs, on_result=progress)
    for shard, problem in report.failed_shards:
        click.echo(f"{shard}: {problem}", err=True)
    click.echo(f"{report.shards - len(report.failed_shards)}/{report.shards} shards done, "
               f"{report.articles} articles, {report.quotes} quotes, {report.bad_records} bad records "
               f"-> {out}", err=True)
    if report.failed_shards:
        sys.exit(2 if len(report.failed_shards) == report.shards else 1)
