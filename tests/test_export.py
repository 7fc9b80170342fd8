"""`whosaid export`: JSON lines, CSV, Parquet (pyarrow) and Quotebank-compatible JSON lines."""

from __future__ import annotations

import csv
import json
import pathlib
import subprocess
import sys

import pytest

from store_docs import build_db

EXE = str(pathlib.Path(sys.executable).with_name("whosaid"))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "news.db"
    build_db(path)  # 4 articles (one a syndicated copy), 10 quotes
    return path


def export(db, fmt, out):
    return subprocess.run([EXE, "export", "--db", str(db), "--format", fmt, "--out", str(out)],
                          capture_output=True, text=True)


def test_jsonl_has_one_row_per_quote_with_speaker_and_article(db, tmp_path):
    out = tmp_path / "q.jsonl"
    result = export(db, "jsonl", out)
    assert result.returncode == 0 and result.stderr.strip() == f"{db}: wrote 10 quotes to {out} (jsonl)"
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 10
    marco = next(r for r in rows if r["speaker"] == "Marco Ortiz")
    assert marco["person_id"] == "marco-ortiz" and marco["channel_name"] == "Channel 9"
    assert marco["url"] == "https://planet.example/budget" and marco["date"] == "2023-07-14"
    deleted = [r for r in rows if r["channel_deleted"]]
    assert [r["channel_type"] for r in deleted] == ["instagram_post"]


def test_csv_to_stdout(db):
    result = subprocess.run([EXE, "export", "--db", str(db), "--format", "csv", "--out", "-", "--quiet"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert len(rows) == 10
    assert any("<script>" in r["text"] for r in rows)  # data is exported verbatim


def test_parquet_reads_back_with_pyarrow(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "q.parquet"
    assert export(db, "parquet", out).returncode == 0
    table = pq.read_table(out)
    assert table.num_rows == 10
    assert str(table.schema.field("confidence").type) == "double"
    assert str(table.schema.field("hedged").type) == "bool"
    assert sum(table.column("hedged").to_pylist()) == 1


def test_quotebank_groups_quotations_with_quotebank_fields(db, tmp_path):
    out = tmp_path / "qb.jsonl"
    assert export(db, "quotebank", out).returncode == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(set(r) == {"quoteID", "quotation", "speaker", "qids", "date", "numOccurrences", "probas",
                          "urls", "phase"} for r in records)
    assert len(records) == 7  # the syndicated copy's 3 quotations join the original's
    lib = next(r for r in records if r["quotation"] == "We will not cut the libraries,")
    assert lib["numOccurrences"] == 2
    assert lib["urls"] == ["https://planet.example/budget", "https://other.example/mirror"]
    assert lib["speaker"] == "Lena Ortiz" and lib["probas"][0] == ["Lena Ortiz", 0.9]
    assert lib["probas"][1] == ["None", 0.1]
    assert lib["date"] == "2023-07-14 00:00:00" and lib["quoteID"].startswith("2023-07-14-")
    assert lib["phase"] == "W" and lib["qids"] == []
    assert len({r["quoteID"] for r in records}) == 7


def test_quotebank_qids_come_from_the_alias_table(tmp_path):
    from store_docs import budget_article
    from whosaid.export import export as do_export
    from whosaid.store import Store

    table = tmp_path / "aliases.csv"
    table.write_text("Lena Ortiz,,Q98765\n")
    path = tmp_path / "qid.db"
    with Store(path) as store:
        store.load_aliases(table)
        store.save(budget_article())
    out = tmp_path / "qb.jsonl"
    do_export(path, "quotebank", out)
    records = {json.loads(line)["speaker"]: json.loads(line) for line in out.read_text().splitlines()}
    assert records["Lena Ortiz"]["qids"] == ["Q98765"]
    assert records["Marco Ortiz"]["qids"] == []


def test_errors_name_the_input(tmp_path, db):
    missing = tmp_path / "none.db"
    result = export(missing, "jsonl", tmp_path / "x.jsonl")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {missing}: no such database (create it with: whosaid ingest PATH --db {missing})"
    result = export(db, "parquet", "-")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: parquet export needs a file path: --out quotes.parquet"
    result = export(db, "xml", tmp_path / "x")
    assert result.returncode == 2 and "Invalid value for '--format'" in result.stderr
