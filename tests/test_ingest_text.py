"""Plain text, JSON lines, stdin, directories and globs: text unchanged, ids and titles as promised."""

from __future__ import annotations

import io
import json

from whosaid.errors import InputError
from whosaid.ingest import iter_documents
from whosaid.records import Document

ARTICLE = "Baker Wins Prize For ‘Perfect’ Loaf\n\nThe baker said, “It took me nine years.”\n\nShe laughed.\n"


def docs(items):
    return [d for d in items if isinstance(d, Document)]


def test_txt_id_is_stem_title_is_first_line_and_text_unchanged(tmp_path):
    path = tmp_path / "baker-prize.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = list(iter_documents([str(path)]))
    assert doc.id == "baker-prize"
    assert doc.title == "Baker Wins Prize For ‘Perfect’ Loaf"
    assert doc.text == ARTICLE
    assert doc.provenance["file"] == str(path)


def test_txt_without_blank_line_after_first_line_has_no_title(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("One line\nand another line straight after.\n", encoding="utf-8")
    [doc] = list(iter_documents([str(path)]))
    assert doc.title is None


def test_txt_with_crlf_and_bom_is_unchanged_after_decoding(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffTitle here\r\n\r\nBody “quoted”.\r\n".encode("utf-8"))
    [doc] = list(iter_documents([str(path)]))
    assert doc.text == "Title here\r\n\r\nBody “quoted”.\r\n"
    assert doc.title == "Title here"


def test_jsonl_records_carry_id_text_and_metadata(tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        {"id": "a1", "text": "“Yes,” she said.", "url": "https://news.example/a1", "title": "Yes",
         "published": "2024-05-01T10:00:00+00:00"},
        {"id": "a2", "text": "He said no.\n\nTwice."},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    got = docs(iter_documents([str(path)]))
    assert [d.id for d in got] == ["a1", "a2"]
    assert got[0].text == rows[0]["text"] and got[1].text == rows[1]["text"]
    assert got[0].url == "https://news.example/a1" and got[0].published == "2024-05-01T10:00:00+00:00"
    assert got[0].title == "Yes" and got[1].title is None


def test_jsonl_bad_line_is_an_error_naming_the_line_and_the_rest_go_on(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok1", "text": "fine"}\n{not json\n{"id": "no-text"}\n{"text": "no id here"}\n',
                    encoding="utf-8")
    items = list(iter_documents([str(path)]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs(items)] == ["ok1", "mixed-4"]
    assert errors == [f"{path} line 2: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
                      f"{path} line 3: no 'text' string"]


def test_stdin_dash_reads_json_lines():
    stdin = io.BytesIO(b'{"id": "s1", "text": "From stdin."}\n{"id": "s2", "text": "Again."}\n')
    got = docs(iter_documents(["-"], stdin=stdin))
    assert [(d.id, d.text) for d in got] == [("s1", "From stdin."), ("s2", "Again.")]


def test_directory_and_glob_sources(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Alpha\n\nBody a.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Beta\n\nBody b.", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # not an article kind: skipped
    assert [d.id for d in docs(iter_documents([str(tmp_path)]))] == ["a", "b"]
    assert [d.id for d in docs(iter_documents([str(tmp_path / "**" / "*.txt")]))] == ["a", "b"]


def test_missing_path_and_empty_glob_are_errors_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nText.", encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "nope.txt"), str(tmp_path / "*.jsonl"), str(good)]))
    assert [str(i) for i in items[:2]] == [
        f"{tmp_path / 'nope.txt'}: no such file or directory",
        f"{tmp_path / '*.jsonl'}: no file matches this pattern",
    ]
    assert items[2].id == "good"
