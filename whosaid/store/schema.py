"""The store's schema as numbered migrations, applied in order and recorded in ``user_version``.

A migration is a SQL script that moves the schema from version N-1 to N.  New versions are
appended; shipped ones are never edited, so any older ``whosaid.db`` can be brought up to date.
"""

from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger(__name__)

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        sources TEXT,                 -- JSON list of what was asked for
        ok INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'running'   -- running | done | interrupted
    );
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        last_seen TEXT
    );
    CREATE TABLE stories (              -- syndication groups: copies of one story
        id INTEGER PRIMARY KEY,
        title TEXT,
        first_article_id INTEGER,
        created TEXT NOT NULL
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,       -- stable across re-ingests: rows are updated in place
        doc_id TEXT NOT NULL,
        url TEXT,
        canonical_url TEXT,
        guid TEXT,                    -- feed entry id
        title TEXT,
        author TEXT,
        published TEXT,
        site TEXT,
        original_publisher TEXT,
        image_sources TEXT,           -- JSON list
        provenance TEXT,              -- JSON object
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,   -- of title + text: an unchanged article is not re-processed
        signature BLOB,               -- near-duplicate signature (MinHash), for story grouping
        story_id INTEGER REFERENCES stories(id),
        feed_id INTEGER REFERENCES feeds(id),
        run_id INTEGER REFERENCES ingest_runs(id),
        ingested_at TEXT NOT NULL,
        n_quotes INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX articles_doc_id ON articles(doc_id);
    CREATE INDEX articles_url ON articles(url);
    CREATE INDEX articles_canonical_url ON articles(canonical_url);
    CREATE INDEX articles_guid ON articles(guid);
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_signature ON articles(signature);
    CREATE TABLE boilerplate (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX boilerplate_article ON boilerplate(article_id);
    CREATE TABLE people (               -- one row per person across the whole store
        id TEXT PRIMARY KEY,          -- slug of the canonical name, used in /person/<id>
        name TEXT NOT NULL,
        norm_name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL DEFAULT 'person',
        gender TEXT,
        qid TEXT,                     -- Wikidata QID from the user's alias table
        attributes TEXT               -- JSON, merged over articles
    );
    CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        alias TEXT NOT NULL,
        norm_alias TEXT NOT NULL,
        source TEXT NOT NULL,         -- 'article' (found in a text) | 'user' (alias table)
        qid TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX aliases_person ON aliases(person_id);
    CREATE INDEX aliases_norm ON aliases(norm_alias, source);
    CREATE INDEX aliases_article ON aliases(article_id);
    CREATE TABLE article_people (       -- a person as one article names them
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,       -- Person.id inside the document ("p1")
        person_id TEXT NOT NULL REFERENCES people(id),
        name TEXT NOT NULL,
        gender TEXT,
        attributes TEXT,
        PRIMARY KEY (article_id, local_id)
    );
    CREATE INDEX article_people_person ON article_people(person_id);
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_person ON mentions(person_id);
    CREATE TABLE relations (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        head TEXT NOT NULL REFERENCES people(id),
        relation TEXT NOT NULL,
        tail TEXT NOT NULL REFERENCES people(id),
        qualifiers TEXT,              -- JSON list, e.g. ["estranged"]
        evidence_start INTEGER,
        evidence_end INTEGER,
        evidence_text TEXT
    );
    CREATE INDEX relations_article ON relations(article_id);
    CREATE INDEX relations_head ON relations(head);
    CREATE INDEX relations_tail ON relations(tail);
    CREATE TABLE channels (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        UNIQUE (type, name)
    );
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,         -- position in the article's quote list
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        speaker TEXT,                 -- canonical name, NULL when nobody is identifiable
        speaker_kind TEXT NOT NULL,
        person_id TEXT REFERENCES people(id),
        mention_start INTEGER,
        mention_end INTEGER,
        mention_text TEXT,
        confidence REAL,
        cue_start INTEGER,
        cue_end INTEGER,
        cue_text TEXT,
        channel_id INTEGER REFERENCES channels(id),
        channel_deleted INTEGER NOT NULL DEFAULT 0,
        hedged INTEGER NOT NULL DEFAULT 0,
        hedge_text TEXT,
        nested_in INTEGER,
        site TEXT,                    -- copied from the article: search facets without a join
        date TEXT                     -- the article's publication date (YYYY-MM-DD)
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_person ON quotes(person_id);
    CREATE INDEX quotes_date ON quotes(date);
    CREATE TABLE article_dates (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT
    );
    CREATE INDEX article_dates_article ON article_dates(article_id);

    -- Full-text search: external-content FTS5 tables kept in step by triggers.
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    END;
    CREATE TRIGGER quotes_au AFTER UPDATE OF text, speaker ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """,
    # 2: locality-sensitive-hashing bands of each article's MinHash signature (whosaid.dedup),
    #    so a new copy of a stored story is found with an index lookup, across processes.
    """
    CREATE TABLE story_bands (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        band INTEGER NOT NULL,
        key BLOB NOT NULL
    );
    CREATE INDEX story_bands_key ON story_bands(band, key);
    CREATE INDEX story_bands_article ON story_bands(article_id);
    """,
    # 3: indexes for the search page's filters (counts by speaker, site, channel stay index-only).
    """
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE INDEX quotes_site ON quotes(site);
    CREATE INDEX quotes_channel ON quotes(channel_id);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring ``conn``'s schema up to :data:`SCHEMA_VERSION`; return the version it was at."""
    (current,) = conn.execute("PRAGMA user_version").fetchone()
    if current > SCHEMA_VERSION:
        from ..errors import WhosaidError

        raise WhosaidError(
            f"database schema version {current} is newer than this whosaid ({SCHEMA_VERSION}): upgrade whosaid"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        log.info("migrating store schema to version %d", version)
        # executescript commits first; the script and the version bump share one transaction.
        conn.executescript(f"BEGIN;\n{MIGRATIONS[version - 1]}\nPRAGMA user_version = {version};\nCOMMIT;")
    return current
