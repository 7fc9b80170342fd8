"""Kill an ingest with SIGKILL mid-batch: the file stays sound, no article is half-written, and a
re-run completes without duplicates."""

from __future__ import annotations

import os
import pathlib
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from store_docs import write_jsonl

TESTS = pathlib.Path(__file__).resolve().parent
N = 1200
SCRIPT = """
import sys
from store_docs import curly_quotes_only
from whosaid.store import ingest_sources
report = ingest_sources([sys.argv[1]], sys.argv[2], process=curly_quotes_only)
sys.exit(report.exit_code)
"""


def run_ingest(jsonl: pathlib.Path, db: pathlib.Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": f"{TESTS}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(jsonl), str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def stored(db: pathlib.Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkill_mid_batch_then_rerun(tmp_path):
    jsonl, db = tmp_path / "batch.jsonl", tmp_path / "crash.db"
    write_jsonl(jsonl, N)
    proc = run_ingest(jsonl, db)
    deadline = time.monotonic() + 120
    while stored(db) < 50:
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()}"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    killed_at = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 50 <= killed_at < N, "the kill did not land mid-batch"
    # No half-written article: each stored article has exactly the quotes it was saved with.
    half = conn.execute(
        "SELECT a.id FROM articles a LEFT JOIN quotes q ON q.article_id = a.id"
        " GROUP BY a.id HAVING count(q.id) != a.n_quotes OR a.n_quotes != 40").fetchall()
    assert half == []
    assert conn.execute("SELECT status FROM ingest_runs").fetchall() == [("running",)]
    conn.close()

    rerun = run_ingest(jsonl, db)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*), count(DISTINCT doc_id), count(DISTINCT url) FROM articles").fetchone() == (N, N, N)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == N * 40
    assert conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH '\"article 7 stands\"'").fetchone()[0] == 40
    run = conn.execute("SELECT ok, unchanged, failed, status FROM ingest_runs ORDER BY id DESC LIMIT 1").fetchone()
    assert run == (N - killed_at, killed_at, 0, "done")  # stored articles were not processed again
