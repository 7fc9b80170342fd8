"""`whosaid extract --format jsonl`: the contract's fields for every input kind, errors and exit codes."""

from __future__ import annotations

import json
import pathlib

import pytest
from click.testing import CliRunner

from whosaid.cli import main
from whosaid.demo import FEED, PAGE, build_warc

CONTRACT = {"id", "title", "url", "published", "site", "original_publisher", "text", "boilerplate", "quotes",
            "people", "relations"}
DATA = pathlib.Path(__file__).parent / "data"


def extract(*args, stdin=None):
    result = CliRunner().invoke(main, ["extract", *args], input=stdin)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, lines


def check_contract(record):
    assert CONTRACT <= set(record)
    assert isinstance(record["text"], str) and record["text"]
    for b in record["boilerplate"]:
        assert record["text"][b["start"] : b["end"]] == b["text"]
    for q in record["quotes"]:
        assert record["text"][q["start"] : q["end"]] == q["text"]
        assert q["kind"] in ("direct", "indirect")


def test_seed_text_file(shared_dir):
    path = shared_dir / "data/seed/britney-misses-sons.txt"
    result, [record] = extract("--format", "jsonl", str(path))
    assert result.exit_code == 0, result.stderr
    check_contract(record)
    assert record["id"] == "britney-misses-sons"
    assert record["text"] == path.read_text(encoding="utf-8")
    assert record["original_publisher"] == "Perez Hilton"
    assert {b["kind"] for b in record["boilerplate"]} == {"related_link", "reader_prompt", "image_credit",
                                                          "syndication_footer"}


@pytest.mark.parametrize("kind", ["feed", "html", "warc"])
def test_every_input_kind_prints_the_contract(kind, tmp_path):
    path = {"feed": FEED, "html": PAGE}.get(kind) or build_warc(tmp_path / "demo.warc.gz")
    result, records = extract(str(path))
    assert result.exit_code == 0, result.stderr
    assert records
    for record in records:
        check_contract(record)
        assert record["url"] and record["site"] and record["published"]
        assert "\n\n" in record["text"]


def test_jsonl_on_stdin():
    rows = [{"id": "n1", "text": "“The road will reopen in May,” the mayor said.", "title": "Road"},
            {"id": "n2", "text": "Nothing quoted here."}]
    result, records = extract("-", stdin="\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    assert result.exit_code == 0, result.stderr
    assert [(r["id"], r["text"], r["title"]) for r in records] == [(x["id"], x["text"], x.get("title")) for x in rows]


def test_some_inputs_failed_exit_1_one_line_each(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)))
    result, records = extract(str(empty), str(PAGE), str(junk), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert len(records) == 1
    assert result.stderr.splitlines() == [
        f"error: {empty}: empty file",
        f"error: {junk}: binary data, not text (is this the right file?)",
        f"error: {tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_all_inputs_failed_exit_2(tmp_path):
    result, records = extract(str(tmp_path / "nothing-here.txt"))
    assert result.exit_code == 2 and records == []
    assert result.stderr == f"error: {tmp_path / 'nothing-here.txt'}: no such file or directory\n"


def test_usage_errors_exit_2():
    assert CliRunner().invoke(main, ["extract"]).exit_code == 2
    assert CliRunner().invoke(main, ["extract", "--format", "xml", "a.txt"]).exit_code == 2


def test_ill_formed_feed_warns_on_stderr_and_still_prints(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text(FEED.read_text(encoding="utf-8").replace("</channel>", "<item><title>cut"), encoding="utf-8")
    result, records = extract(str(broken))
    assert result.exit_code == 0
    assert len(records) >= 5
    assert result.stderr.startswith(f"warning: {broken}: ill-formed feed, read as far as it goes")
    quiet, _ = extract("--quiet", str(broken))
    assert quiet.stderr == ""


def test_help_has_options_and_an_example():
    for flag in ("-h", "--help"):
        result = CliRunner().invoke(main, ["extract", flag])
        assert result.exit_code == 0
        assert "Example:" in result.output
        for option in ("--format", "--allow-private", "--max-bytes", "--timeout", "--encoding", "--quiet"):
            assert option in result.output


def test_url_to_loopback_is_refused_without_allow_private():
    result, records = extract("http://127.0.0.1:9/feed.xml")
    assert result.exit_code == 2 and records == []
    assert "refused" in result.stderr and "--allow-private" in result.stderr
