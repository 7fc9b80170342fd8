"""`whosaid ingest` end to end: real files through the real ingest, pipeline and store."""

from __future__ import annotations

import pathlib
import sqlite3
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEMO = ROOT / "whosaid" / "demo" / "data"
EXE = str(pathlib.Path(sys.executable).with_name("whosaid"))


def ingest(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, "ingest", *args], capture_output=True, text=True, input=stdin, timeout=600)


@pytest.fixture
def note(tmp_path):
    path = tmp_path / "bakery-note.txt"
    path.write_text("Bakery opens early\n\n\u201cWe open at six from Monday,\u201d baker Ana Lopez said.\n",
                    encoding="utf-8")
    return path


def rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_ingest_feed_page_and_text_then_rerun_is_idempotent(tmp_path, note):
    db = tmp_path / "news.db"
    feed, page = DEMO / "gossip-ladle-feed.xml", DEMO / "riverside-courier-library.html"
    result = ingest(str(feed), str(page), str(note), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"{db}: stored 8 articles (8 new, 0 updated), 0 unchanged, 0 failed;")
    articles = rows(db, "SELECT count(*), count(DISTINCT url), sum(n_quotes) FROM articles")[0]
    quotes = rows(db, "SELECT count(*) FROM quotes")[0][0]
    assert articles[0] == 8 and articles[2] == quotes > 0
    assert rows(db, "SELECT url FROM feeds") == [("https://gossipladle.example",)]
    assert rows(db, "SELECT count(*) FROM articles WHERE guid IS NOT NULL")[0][0] == 6  # feed entries
    assert rows(db, "SELECT n_quotes FROM articles WHERE doc_id = 'bakery-note'") == [(1,)]
    assert rows(db, "SELECT quotes.text FROM quotes JOIN quotes_fts f ON f.rowid = quotes.id"
                    " WHERE quotes_fts MATCH 'six'") == [("We open at six from Monday,",)]

    again = ingest(str(feed), str(page), str(note), "--db", str(db))
    assert again.returncode == 0
    assert again.stderr.startswith(f"{db}: stored 0 articles (0 new, 0 updated), 8 unchanged, 0 failed;")
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 8
    assert rows(db, "SELECT count(*) FROM quotes")[0][0] == quotes
    assert rows(db, "SELECT status, ok, unchanged FROM ingest_runs ORDER BY id") == [("done", 8, 0), ("done", 0, 8)]

    forced = ingest(str(note), "--db", str(db), "--force", "--quiet")
    assert forced.returncode == 0 and forced.stderr == ""
    assert rows(db, "SELECT count(*) FROM quotes")[0][0] == quotes


def test_bad_inputs_are_reported_and_skipped(tmp_path, note):
    db = tmp_path / "news.db"
    missing = tmp_path / "missing.txt"
    result = ingest(str(missing), str(note), "--db", str(db))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"error: {missing}: no such file or directory"
    assert lines[1].startswith(f"{db}: stored 1 article (1 new, 0 updated), 0 unchanged, 1 failed;")
    only_bad = ingest(str(missing), "--db", str(db), "--quiet")
    assert only_bad.returncode == 2
    assert only_bad.stderr == f"error: {missing}: no such file or directory\n"


def test_json_lines_on_stdin_and_alias_table(tmp_path):
    db = tmp_path / "news.db"
    table = tmp_path / "aliases.csv"
    table.write_text("name,alias,qid\nAna Lopez,A. Lopez,Q4000001\n")
    line = ('{"id": "s1", "url": "https://wire.example/s1", "published": "2024-03-02", '
            '"text": "\\u201cThe ovens stay on,\\u201d Ana Lopez said."}\n')
    result = ingest("-", "--db", str(db), "--aliases", str(table), "--quiet", stdin=line)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT id, qid FROM people WHERE id = 'ana-lopez'") == [("ana-lopez", "Q4000001")]
    assert rows(db, "SELECT alias, source FROM aliases WHERE source = 'user'") == [("A. Lopez", "user")]
    assert rows(db, "SELECT date FROM quotes") == [("2024-03-02",)]


def test_bad_alias_table_stops_before_ingesting(tmp_path, note):
    db = tmp_path / "news.db"
    table = tmp_path / "aliases.csv"
    table.write_text("Ana Lopez\n")
    result = ingest(str(note), "--db", str(db), "--aliases", str(table))
    assert result.returncode == 2
    assert result.stderr == f"error: {table}:1: expected name, alias[, qid]\n"


def test_help_has_an_example_and_every_option_explained():
    for command in ("ingest", "serve", "export"):
        out = subprocess.run([EXE, command, "-h"], capture_output=True, text=True).stdout
        assert "Example:" in out, command
        options = out.split("Options:", 1)[1].replace("\n                      ", " ")
        for line in options.splitlines():
            if line.strip().startswith("-") and "--help" not in line:
                words = line.strip().split("  ", 1)
                assert len(words) == 2 and len(words[1].strip()) > 15, f"{command}: {line}"
