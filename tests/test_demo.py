"""`whosaid demo`: the bundled examples go into a database and a who-said-what table comes out."""

from __future__ import annotations

from click.testing import CliRunner

from whosaid.cli import main
from whosaid.store import Store


def test_demo_ingests_examples_and_prints_a_who_said_what_table(tmp_path):
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"Ingested the demo feed, page and WARC into {db}: 9 articles (8 stories)")
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("SPEAKER"))
    assert "QUOTE" in lines[header] and "ARTICLE" in lines[header]
    rows = lines[header + 2 : lines.index("", header)]
    assert len(rows) >= 8
    assert all("“" in row for row in rows)
    assert f"whosaid serve --db {db}" in out
    with Store(db) as store:
        counts = store.counts()
    assert counts["articles"] == 9 and counts["quotes"] > 30


def test_demo_twice_updates_instead_of_duplicating(tmp_path):
    db = tmp_path / "demo.db"
    runner = CliRunner()
    assert runner.invoke(main, ["demo", "--db", str(db), "--quiet"]).exit_code == 0
    with Store(db) as store:
        first = store.counts()
    assert runner.invoke(main, ["demo", "--db", str(db), "--quiet"]).exit_code == 0
    with Store(db) as store:
        assert store.counts() == first


def test_demo_help_has_an_example():
    result = CliRunner().invoke(main, ["demo", "-h"])
    assert result.exit_code == 0 and "Example:" in result.output and "--db" in result.output
