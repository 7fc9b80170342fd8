"""The SQLite store: one file, WAL, one transaction per article, idempotent re-ingest."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import pathlib
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable, Literal

from ..errors import WhosaidError
from ..records import Document
from . import queries
from .people import PersonResolver, apply_alias_table, norm_name, read_alias_table
from .schema import migrate
from .stories import assign_story

log = logging.getLogger(__name__)

DEFAULT_DB = "whosaid.db"


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def connect(path: str | pathlib.Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the store's settings (WAL, foreign keys, a busy timeout)."""
    if readonly:
        conn = sqlite3.connect(f"file:{pathlib.Path(path)}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        # WAL: readers (the web page) never block the writer, and a killed writer leaves the
        # last committed article intact.  NORMAL sync is durable at every checkpoint in WAL.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


@dataclass(slots=True)
class SaveResult:
    article_id: int
    status: Literal["new", "updated", "unchanged"]
    quotes: int = 0


def content_hash(doc: Document) -> str:
    return hashlib.sha1(f"{doc.title or ''}\x00{doc.text}".encode("utf-8")).hexdigest()


class Store:
    """A whosaid database file.

    >>> store = Store(":memory:")
    >>> store.save(Document(id="a1", text="No quotes here.")).status
    'new'
    """

    def __init__(self, path: str | pathlib.Path = DEFAULT_DB):
        self.path = str(path)
        try:
            self.conn = connect(self.path)
            migrate(self.conn)
        except sqlite3.DatabaseError as err:
            raise WhosaidError(f"{self.path}: not a usable whosaid database ({err})") from err
        self.people = PersonResolver(self.conn)

    # -- context manager ------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest runs ----------------------------------------------------------------------
    def start_run(self, sources: Iterable[str]) -> int:
        cur = self.conn.execute(
            "INSERT INTO ingest_runs (started, sources) VALUES (?, ?)", (_now(), json.dumps(list(sources)))
        )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, *, ok: int, unchanged: int, failed: int, status: str = "done") -> None:
        self.conn.execute(
            "UPDATE ingest_runs SET finished = ?, ok = ?, unchanged = ?, failed = ?, status = ? WHERE id = ?",
            (_now(), ok, unchanged, failed, status, run_id),
        )

    # -- aliases --------------------------------------------------------------------------
    def load_aliases(self, path: str | pathlib.Path) -> int:
        """Apply a user alias table (CSV ``name, alias, qid``); returns the aliases added."""
        rows = read_alias_table(path)
        with self._transaction():
            added = apply_alias_table(self.conn, rows)
        self.people.clear()
        return added

    # -- writing --------------------------------------------------------------------------
    def find_article(self, doc: Document) -> tuple[int, str] | None:
        """The stored article ``doc`` is a new copy of: same canonical URL, URL, feed guid or id."""
        guid = doc.provenance.get("feed_entry") if doc.provenance else None
        for column, value in (("canonical_url", doc.canonical_url), ("url", doc.url), ("guid", guid),
                              ("doc_id", doc.id)):
            if not value:
                continue
            row = self.conn.execute(
                f"SELECT id, content_hash FROM articles WHERE {column} = ? ORDER BY id LIMIT 1", (value,)
            ).fetchone()
            if row:
                return int(row[0]), row[1]
        if doc.url or doc.canonical_url:
            # A URL that is another copy's canonical URL (or the reverse) is the same article.
            for value in {doc.url, doc.canonical_url} - {None}:
                row = self.conn.execute(
                    "SELECT id, content_hash FROM articles WHERE url = ? OR canonical_url = ? LIMIT 1", (value, value)
                ).fetchone()
                if row:
                    return int(row[0]), row[1]
        return None

    def is_unchanged(self, doc: Document) -> bool:
        """True when ``doc`` is already stored with the same title and text (no need to process it)."""
        found = self.find_article(doc)
        return found is not None and found[1] == content_hash(doc)

    def save(self, doc: Document, *, run_id: int | None = None, force: bool = False) -> SaveResult:
        """Write ``doc`` and everything extracted from it in one transaction.

        Saving an article that is already stored (same canonical URL, URL, feed guid or id)
        replaces it in place, keeping its id; an unchanged one is left alone unless ``force``.
        """
        with self._transaction():
            found = self.find_article(doc)
            digest = content_hash(doc)
            if found and found[1] == digest and not force:
                return SaveResult(found[0], "unchanged")
            row = self._article_row(doc, digest, run_id)
            if found:
                article_id = found[0]
                self._delete_children(article_id)
                sets = ", ".join(f"{k} = ?" for k in row)
                self.conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*row.values(), article_id))
                status: Literal["new", "updated"] = "updated"
            else:
                cols = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                cur = self.conn.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})", tuple(row.values()))
                article_id = int(cur.lastrowid)
                status = "new"
            story_id, signature = assign_story(self.conn, doc, article_id)
            self.conn.execute(
                "UPDATE articles SET story_id = ?, signature = ? WHERE id = ?", (story_id, signature, article_id)
            )
            n = self._write_children(doc, article_id)
        return SaveResult(article_id, status, n)

    def _transaction(self) -> "_Tx":
        # A rolled-back transaction may have created people the resolver has cached: forget them.
        return _Tx(self.conn, on_rollback=self.people.clear)

    def _article_row(self, doc: Document, digest: str, run_id: int | None) -> dict[str, Any]:
        prov = doc.provenance or {}
        feed_id = None
        if prov.get("feed"):
            self.conn.execute(
                "INSERT INTO feeds (url, title, last_seen) VALUES (?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET last_seen = excluded.last_seen, title = coalesce(excluded.title, title)",
                (prov["feed"], doc.site, _now()),
            )
            feed_id = self.conn.execute("SELECT id FROM feeds WHERE url = ?", (prov["feed"],)).fetchone()[0]
        return {
            "doc_id": doc.id, "url": doc.url, "canonical_url": doc.canonical_url, "guid": prov.get("feed_entry"),
            "title": doc.title, "author": doc.author, "published": doc.published, "site": doc.site,
            "original_publisher": doc.original_publisher,
            "image_sources": json.dumps(list(doc.image_sources), ensure_ascii=False),
            "provenance": json.dumps(prov, ensure_ascii=False, default=str),
            "text": doc.text, "content_hash": digest, "feed_id": feed_id, "run_id": run_id,
            "ingested_at": _now(), "n_quotes": len(doc.quotes),
        }

    def _delete_children(self, article_id: int) -> None:
        before = {r[0] for r in self.conn.execute(
            "SELECT person_id FROM article_people WHERE article_id = ?", (article_id,))}
        for table in ("quotes", "boilerplate", "mentions", "relations", "article_dates", "aliases", "article_people"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        # People who were only in the old version of this article go with it.
        for person_id in before:
            self.conn.execute(
                "DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = ?)"
                " AND NOT EXISTS (SELECT 1 FROM aliases WHERE person_id = ?)"
                " AND NOT EXISTS (SELECT 1 FROM quotes WHERE person_id = ?)",
                (person_id,) * 4,
            )
        self.people.clear()

    def _write_children(self, doc: Document, article_id: int) -> int:
        conn = self.conn
        conn.executemany(
            'INSERT INTO boilerplate (article_id, kind, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(article_id, b.kind, b.start, b.end, b.text) for b in doc.boilerplate],
        )
        local: dict[str, str] = {}  # Person.id in the document -> store-wide person id
        for p in doc.people:
            if not p.name:
                continue
            pid = self.people.resolve(p.name, kind=p.kind or "person", gender=p.gender, attributes=p.attributes)
            local[p.id] = pid
            conn.execute(
                "INSERT OR REPLACE INTO article_people (article_id, local_id, person_id, name, gender, attributes)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (article_id, p.id, pid, p.name, p.gender,
                 json.dumps(p.attributes, ensure_ascii=False, default=str)),
            )
            names = {norm_name(p.name)}
            alias_rows = []
            for alias in p.aliases:
                key = norm_name(alias)
                if key and key not in names:
                    names.add(key)
                    alias_rows.append((pid, alias, key, article_id))
            conn.executemany(
                "INSERT INTO aliases (person_id, alias, norm_alias, source, article_id) VALUES (?, ?, ?, 'article', ?)",
                alias_rows,
            )
            conn.executemany(
                'INSERT INTO mentions (article_id, person_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                [(article_id, pid, m.start, m.end, m.text) for m in p.mentions],
            )
        rel_rows = []
        for r in doc.relations:
            head, tail = local.get(r.head), local.get(r.tail)
            if head is None or tail is None:
                log.warning("article %s: relation %s between unknown people %s, %s skipped",
                            doc.id, r.relation, r.head, r.tail)
                continue
            ev = r.evidence
            rel_rows.append((article_id, head, r.relation, tail, json.dumps(list(r.qualifiers)),
                             ev.start if ev else None, ev.end if ev else None, ev.text if ev else None))
        conn.executemany(
            "INSERT INTO relations (article_id, head, relation, tail, qualifiers, evidence_start, evidence_end,"
            " evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rel_rows,
        )
        conn.executemany(
            'INSERT INTO article_dates (article_id, start, "end", text, value) VALUES (?, ?, ?, ?, ?)',
            [(article_id, d.span.start, d.span.end, d.span.text, d.value) for d in doc.dates],
        )
        date = (doc.published or "")[:10] or None
        rows = []
        for idx, q in enumerate(doc.quotes):
            sp = q.speaker
            pid = local.get(sp.person_id) if sp.person_id else None
            if pid is None and sp.name and sp.kind in ("person", "organization"):
                pid = self.people.resolve(sp.name, kind=sp.kind)
            channel_id = self._channel_id(q.channel.type, q.channel.name) if q.channel else None
            m, cue = sp.mention, q.cue
            rows.append((
                article_id, idx, q.start, q.end, q.text, q.kind, sp.name, sp.kind, pid,
                m.start if m else None, m.end if m else None, m.text if m else None, float(sp.confidence),
                cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
                channel_id, int(bool(q.channel and q.channel.deleted)), int(bool(q.hedged)),
                q.hedge.text if q.hedge else None, q.nested_in, doc.site, date,
            ))
        conn.executemany(
            'INSERT INTO quotes (article_id, idx, start, "end", text, kind, speaker, speaker_kind, person_id,'
            " mention_start, mention_end, mention_text, confidence, cue_start, cue_end, cue_text, channel_id,"
            " channel_deleted, hedged, hedge_text, nested_in, site, date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return len(rows)

    def _channel_id(self, type_: str, name: str | None) -> int:
        name = name or ""
        row = self.conn.execute("SELECT id FROM channels WHERE type = ? AND name = ?", (type_, name)).fetchone()
        if row:
            return int(row[0])
        return int(self.conn.execute("INSERT INTO channels (type, name) VALUES (?, ?)", (type_, name)).lastrowid)

    # -- reading (the same functions the web page calls) ------------------------------------
    def search(self, q: str = "", **kwargs: Any) -> dict[str, Any]:
        """Quotes matching ``q`` (full-text), with facets; see :func:`whosaid.store.queries.search`."""
        return queries.search(self.conn, q, **kwargs)

    def person(self, person_id: str) -> dict[str, Any] | None:
        return queries.person(self.conn, person_id)

    def article(self, article_id: int | str) -> dict[str, Any] | None:
        return queries.article(self.conn, article_id)

    def counts(self) -> dict[str, int]:
        return queries.counts(self.conn)


class _Tx:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (one article = one transaction)."""

    def __init__(self, conn: sqlite3.Connection, on_rollback: Any = None):
        self.conn = conn
        self.on_rollback = on_rollback

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
            if self.on_rollback is not None:
                self.on_rollback()
