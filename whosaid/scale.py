"""Scale: the same pipeline as a Dask job over sharded archives.

One task per shard (a WARC, a JSON-lines file, a feed, a folder...). Each task reads its shard
with :func:`whosaid.ingest.iter_documents`, runs :func:`whosaid.pipeline.process` on every
article and writes, under ``OUT``:

    quotes/<shard>.parquet     one row per quote (speaker, cue, channel, article metadata)
    articles/<shard>.parquet   one row per article
    errors/<shard>.jsonl       one line per bad record: the record, the problem
    done/<shard>.json          written last, atomically: the shard is complete

A re-run skips shards whose ``done`` marker exists, so a killed job resumes where it stopped.
A bad record is isolated in ``errors/`` and never fails its shard; a shard that fails as a
whole (unreadable file, worker crash) is reported and left without a marker for the next run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pathlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError, MissingExtra
from .records import Document

log = logging.getLogger(__name__)

# Column name -> Arrow type; fixed so that every shard's file has the same schema and
# DuckDB or pandas can read ``quotes/*.parquet`` as one table.
QUOTE_COLUMNS = {
    "article_id": "string", "url": "string", "published": "string", "site": "string",
    "quote_index": "int32", "start": "int64", "end": "int64", "text": "string", "kind": "string",
    "speaker": "string", "speaker_kind": "string", "speaker_mention": "string",
    "confidence": "float32", "cue": "string", "channel_type": "string", "channel_name": "string",
    "channel_deleted": "bool", "hedged": "bool",
}
ARTICLE_COLUMNS = {
    "article_id": "string", "url": "string", "title": "string", "published": "string",
    "site": "string", "original_publisher": "string", "n_quotes": "int32", "n_people": "int32",
    "chars": "int64",
}


def shard_name(shard: str) -> str:
    """A file name for a shard's outputs: readable stem plus a hash of its full path."""
    stem = pathlib.Path(shard.rstrip("/")).name or "shard"
    digest = hashlib.sha1(os.path.abspath(shard).encode()).hexdigest()[:10]
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem)[:60]
    return f"{safe}-{digest}"


def quote_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for i, q in enumerate(doc.quotes):
        sp, ch = q.speaker, q.channel
        rows.append({
            "article_id": doc.id, "url": doc.url, "published": doc.published, "site": doc.site,
            "quote_index": i, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
            "speaker": sp.name, "speaker_kind": sp.kind,
            "speaker_mention": sp.mention.text if sp.mention else None,
            "confidence": float(sp.confidence), "cue": q.cue.text if q.cue else None,
            "channel_type": ch.type if ch else None, "channel_name": ch.name if ch else None,
            "channel_deleted": bool(ch.deleted) if ch else None, "hedged": bool(q.hedged),
        })
    return rows


def article_row(doc: Document) -> dict[str, Any]:
    return {"article_id": doc.id, "url": doc.url, "title": doc.title, "published": doc.published,
            "site": doc.site, "original_publisher": doc.original_publisher,
            "n_quotes": len(doc.quotes), "n_people": len(doc.people), "chars": len(doc.text)}


def _write_parquet(rows: list[dict[str, Any]], columns: dict[str, str], path: pathlib.Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in columns.items()])
    table = pa.Table.from_pylist(rows, schema=schema)
    tmp = path.with_suffix(".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)  # readers never see half a file


def run_shard(shard: str, out: str, options: Any = None) -> dict[str, Any]:
    """Process one shard into Parquet under ``out``; return its counts. Safe to re-run."""
    from .ingest import iter_documents
    from .pipeline import process

    root = pathlib.Path(out)
    name = shard_name(shard)
    done = root / "done" / f"{name}.json"
    if done.exists():
        return {**json.loads(done.read_text()), "skipped": True}
    for sub in ("quotes", "articles", "errors", "done"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    quotes: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    for item in iter_documents([shard], options=options):
        if isinstance(item, InputError):
            errors.append({"shard": shard, "record": item.source, "problem": item.problem})
            continue
        try:
            doc = process(item)
        except Exception as exc:  # one bad record must not sink the shard
            log.warning("%s: %s failed: %s", shard, item.id, exc)
            errors.append({"shard": shard, "record": item.id, "problem": f"{type(exc).__name__}: {exc}"})
            continue
        quotes.extend(quote_rows(doc))
        articles.append(article_row(doc))
    _write_parquet(quotes, QUOTE_COLUMNS, root / "quotes" / f"{name}.parquet")
    _write_parquet(articles, ARTICLE_COLUMNS, root / "articles" / f"{name}.parquet")
    with open(root / "errors" / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    counts = {"shard": shard, "articles": len(articles), "quotes": len(quotes), "errors": len(errors)}
    tmp = done.with_suffix(".tmp")
    tmp.write_text(json.dumps(counts))
    os.replace(tmp, done)  # the marker appears only once every output is in place
    return counts


@dataclass
class ScaleReport:
    shards: int = 0
    skipped: int = 0
    articles: int = 0
    quotes: int = 0
    bad_records: int = 0
    failed_shards: list[tuple[str, str]] = field(default_factory=list)


def run(shards: Sequence[str], out: str | os.PathLike[str], *, scheduler: str | None = None,
        workers: int = 2, options: Any = None,
        on_result: Callable[[dict[str, Any]], None] | None = None) -> ScaleReport:
    """Run :func:`run_shard` on every shard with Dask, one task per shard.

    ``scheduler`` is the address of a running Dask scheduler (a cluster); without it a local
    cluster of ``workers`` single-threaded worker processes is started and stopped here.
    """
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MissingExtra("whosaid scale", "dask") from exc
    out = str(pathlib.Path(out).resolve())
    shards = [str(pathlib.Path(s).resolve()) if "://" not in s else s for s in shards]
    report = ScaleReport(shards=len(shards))
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # Processes, not threads: the pipeline is CPU-bound Python and holds the GIL.
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = {client.submit(run_shard, s, out, options, key=f"shard-{shard_name(s)}", pure=False): s
                   for s in shards}
        for future in as_completed(futures):
            shard = futures[future]
            try:
                counts = future.result()
            except Exception as exc:
                report.failed_shards.append((shard, f"{type(exc).__name__}: {exc}"))
                continue
            report.skipped += bool(counts.get("skipped"))
            report.articles += counts["articles"]
            report.quotes += counts["quotes"]
            report.bad_records += counts["errors"]
            if on_result:
                on_result(counts)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return report


def expand_shards(patterns: Iterable[str]) -> list[str]:
    """Shards from paths and globs (a folder is one shard)."""
    import glob

    shards: list[str] = []
    for p in patterns:
        matches = sorted(glob.glob(p)) if any(c in p for c in "*?[") else [p]
        shards.extend(matches)
    return shards
