"""Exports of a store's quotes: JSON lines, CSV, Parquet and Quotebank-compatible JSON lines.

``jsonl``, ``csv`` and ``parquet`` write one row per quote occurrence (one quote in one
article) with its speaker, person, channel and article columns (:data:`COLUMNS`).

``quotebank`` writes one line per distinct quotation, like Quotebank's quotation-centric files
(Vaucher et al., 2021).  The mapping:

==================  ===========================================================================
``quoteID``         ``<earliest date>-<n>``: the date (YYYY-MM-DD, or ``0000-00-00``) and a
                    6-digit running number, as in Quotebank
``quotation``       the quote text (quotes with the same whitespace/case-normalised text are one
                    quotation; the first occurrence's wording is kept)
``speaker``         the speaker with the highest probability, ``"None"`` when nobody is identified
``qids``            the Wikidata QIDs of that speaker, from the user's alias table (often empty)
``date``            the earliest publication date, ``"YYYY-MM-DD HH:MM:SS"``
``numOccurrences``  how many times the quotation was found (articles x occurrences)
``probas``          ``[[speaker, p], ...]``, best first: each speaker's summed attribution
                    confidence over occurrences, normalised; unattributed mass goes to ``"None"``
``urls``            the article URLs (or ``whosaid:article/<id>`` when an article has no URL)
``phase``           ``"W"`` — Quotebank's phases A-E name its crawl periods; W marks whosaid data
==================  ===========================================================================
"""

from __future__ import annotations

import csv
import json
import logging
import pathlib
import sqlite3
import sys
from collections import OrderedDict
from typing import IO, Any, Iterator

from .errors import MissingExtra, WhosaidError

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet", "quotebank")

COLUMNS = [
    "quote_id", "article_id", "doc_id", "text", "kind", "start", "end", "speaker", "speaker_kind",
    "person_id", "qid", "confidence", "mention", "cue", "channel_type", "channel_name", "channel_deleted",
    "hedged", "hedge", "date", "published", "site", "url", "title",
]

_SQL = """
SELECT q.id, q.article_id, a.doc_id, q.text, q.kind, q.start, q."end", q.speaker, q.speaker_kind,
       q.person_id, p.qid, q.confidence, q.mention_text, q.cue_text, c.type, c.name, q.channel_deleted,
       q.hedged, q.hedge_text, q.date, a.published, a.site, a.url, a.title
FROM quotes q JOIN articles a ON a.id = q.article_id
LEFT JOIN people p ON p.id = q.person_id LEFT JOIN channels c ON c.id = q.channel_id
ORDER BY q.id
"""


def _open_db(db_path: str | pathlib.Path) -> sqlite3.Connection:
    path = pathlib.Path(db_path)
    if not path.is_file():
        raise WhosaidError(f"{path}: no such database (create it with: whosaid ingest PATH --db {path})")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM quotes LIMIT 1")
    except sqlite3.DatabaseError as err:
        raise WhosaidError(f"{path}: not a whosaid database ({err})") from err
    return conn


def iter_quote_rows(conn: sqlite3.Connection, batch: int = 5000) -> Iterator[dict[str, Any]]:
    cur = conn.execute(_SQL)
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        for row in rows:
            d = dict(zip(COLUMNS, row))
            d["channel_deleted"] = bool(d["channel_deleted"])
            d["hedged"] = bool(d["hedged"])
            yield d


def export(db_path: str | pathlib.Path, fmt: str, out: str | pathlib.Path | IO[str]) -> int:
    """Write the store's quotes to ``out`` (a path, ``"-"`` for stdout, or a text stream).

    Returns the number of records written.  Parquet needs a path and pyarrow.
    """
    if fmt not in FORMATS:
        raise WhosaidError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    conn = _open_db(db_path)
    try:
        if fmt == "parquet":
            if not isinstance(out, (str, pathlib.Path)) or str(out) == "-":
                raise WhosaidError("parquet export needs a file path: --out quotes.parquet")
            return _parquet(conn, pathlib.Path(out))
        if isinstance(out, (str, pathlib.Path)):
            if str(out) == "-":
                return _write_text(conn, fmt, sys.stdout)
            with open(out, "w", encoding="utf-8", newline="") as handle:
                return _write_text(conn, fmt, handle)
        return _write_text(conn, fmt, out)
    finally:
        conn.close()


def _write_text(conn: sqlite3.Connection, fmt: str, handle: IO[str]) -> int:
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in iter_quote_rows(conn):
            writer.writerow(row)
            n += 1
    elif fmt == "jsonl":
        for row in iter_quote_rows(conn):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    else:
        for record in quotebank_records(conn):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _parquet(conn: sqlite3.Connection, path: pathlib.Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise MissingExtra("parquet export", "parquet") from err
    types = {"quote_id": pa.int64(), "article_id": pa.int64(), "start": pa.int64(), "end": pa.int64(),
             "confidence": pa.float64(), "channel_deleted": pa.bool_(), "hedged": pa.bool_()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in iter_quote_rows(conn):
            batch.append(row)
            if len(batch) >= 50_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def quotebank_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Quotebank-style records, one per distinct quotation (see the module docstring)."""
    groups: "OrderedDict[str, dict[str, Any]]" = OrderedDict()
    for row in iter_quote_rows(conn):
        key = _norm(row["text"])
        if not key:
            continue
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"quotation": row["text"], "dates": [], "n": 0, "weights": {}, "qids": {},
                               "urls": []}
        g["n"] += 1
        if row["date"]:
            g["dates"].append(row["date"])
        conf = max(0.0, min(1.0, float(row["confidence"] or 0.0)))
        if row["speaker"]:
            g["weights"][row["speaker"]] = g["weights"].get(row["speaker"], 0.0) + conf
            if row["qid"]:
                g["qids"].setdefault(row["speaker"], set()).add(row["qid"])
            g["weights"]["None"] = g["weights"].get("None", 0.0) + (1.0 - conf)
        else:
            g["weights"]["None"] = g["weights"].get("None", 0.0) + 1.0
        url = row["url"] or f"whosaid:article/{row['article_id']}"
        if url not in g["urls"]:
            g["urls"].append(url)
    seq: dict[str, int] = {}
    for g in groups.values():
        total = sum(g["weights"].values()) or 1.0
        probas = sorted(([s, round(w / total, 4)] for s, w in g["weights"].items()), key=lambda p: -p[1])
        named = [p for p in probas if p[0] != "None"]
        speaker = named[0][0] if named and named[0][1] >= (dict(probas).get("None", 0.0)) else "None"
        day = min(g["dates"]) if g["dates"] else "0000-00-00"
        seq[day] = seq.get(day, 0) + 1
        yield {
            "quoteID": f"{day}-{seq[day]:06d}",
            "quotation": g["quotation"],
            "speaker": speaker,
            "qids": sorted(g["qids"].get(speaker, ())),
            "date": f"{day} 00:00:00",
            "numOccurrences": g["n"],
            "probas": probas,
            "urls": g["urls"],
            "phase": "W",
        }
