"""extract, ingest and scale share their input options (one definition in whosaid/cli/inputs.py)."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from whosaid.cli import main

TEXT = "“Ça ira,” said Zoë Faure, the café owner."


def test_extract_and_ingest_read_a_declared_encoding(tmp_path):
    path = tmp_path / "cafe.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    runner = CliRunner()

    result = runner.invoke(main, ["extract", "-q", "--encoding", "utf-16", str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == TEXT

    db = tmp_path / "w.db"
    result = runner.invoke(main, ["ingest", "-q", "--encoding", "utf-16", "--db", str(db), str(path)])
    assert result.exit_code == 0, result.output
    (stored,) = sqlite3.connect(db).execute("SELECT text FROM articles").fetchone()
    assert stored == TEXT


def test_every_reading_command_has_the_same_input_options():
    shared = {"allow_private", "max_bytes", "timeout", "encoding"}
    for name in ("extract", "ingest", "scale"):
        assert shared <= {p.name for p in main.commands[name].params}, name
