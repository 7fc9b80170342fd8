"""The Dask job: one task per shard on real worker processes, Parquet out, resumable."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from whosaid.scale import run, shard_name

pytest.importorskip("dask.distributed")


@pytest.fixture()
def shards(tmp_path):
    a = tmp_path / "wire.jsonl"
    a.write_text(
        json.dumps({"id": "w1", "text": "“The port reopens on Friday,” Lena Ortiz said."}) + "\n"
        + json.dumps({"id": "w2", "text": "Officials said that the ferry timetable would change in spring."}) + "\n",
        encoding="utf-8",
    )
    b = tmp_path / "column.txt"
    b.write_text("A quiet week\n\n“We keep going,” Omar Haddad told the paper.\n", encoding="utf-8")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\xff\x00\xfe" * 64)
    return [str(a), str(b), str(junk)]


def _read(out, kind):
    return pq.ParquetDataset(sorted(str(p) for p in (out / kind).glob("*.parquet"))).read().to_pylist()


def test_every_shard_becomes_parquet_with_its_quotes(tmp_path, shards):
    out = tmp_path / "out"
    report = run(shards, out, workers=2)
    assert report.shards == 3 and not report.failed_shards
    quotes = _read(out, "quotes")
    speakers = {q["article_id"]: q["speaker"] for q in quotes if q["kind"] == "direct"}
    assert speakers["w1"] == "Lena Ortiz"
    assert speakers["column"] == "Omar Haddad"
    assert {a["article_id"] for a in _read(out, "articles")} == {"w1", "w2", "column"}


def test_bad_record_is_isolated_and_named(tmp_path, shards):
    out = tmp_path / "out"
    report = run(shards, out, workers=1)
    assert report.bad_records == 1
    errors = (out / "errors" / f"{shard_name(shards[2])}.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(errors) == 1 and "junk.txt" in json.loads(errors[0])["record"]
    assert report.articles == 3  # the good shards lost nothing


def test_rerun_resumes_by_skipping_done_shards(tmp_path, shards):
    out = tmp_path / "out"
    run(shards[:1], out, workers=1)
    first = (out / "quotes" / f"{shard_name(shards[0])}.parquet").stat().st_mtime_ns
    report = run(shards, out, workers=1)
    assert report.skipped == 1
    assert (out / "quotes" / f"{shard_name(shards[0])}.parquet").stat().st_mtime_ns == first
    assert len(list((out / "done").glob("*.json"))) == 3
