"""Plain text and JSON-lines readers: ``text`` is the input unchanged, offsets index it directly."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import PurePath

from ..errors import InputError
from ..records import Document

# A first line followed by a blank line is the title (the seed's layout: headline, blank, body).
_TITLE = re.compile(r"\A[ \t]*([^\r\n]+?)[ \t]*\r?\n[ \t]*\r?\n")


def title_of(text: str) -> str | None:
    """The headline of a plain-text article: its first line when a blank line follows it."""
    match = _TITLE.match(text)
    return match.group(1) if match else None


def read_text(text: str, source: str, *, doc_id: str | None = None) -> Document:
    """One ``.txt`` article; its id is the file's stem."""
    ident = doc_id or PurePath(source).stem or "stdin"
    return Document(id=ident, text=text, title=title_of(text), provenance={"file": source})


_FIELDS = ("url", "title", "published", "site", "author", "canonical_url", "original_publisher")


def read_jsonl(text: str, source: str) -> Iterator[Document | InputError]:
    """One Document per JSON line (``id``, ``text``; optional url/title/published/site/author).

    A bad line is an InputError naming the file and line; the other lines still come through.
    """
    stem = PurePath(source).stem or "stdin"
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source} line {lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "expected a JSON object with 'id' and 'text'")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(where, "no 'text' string")
            continue
        ident = record.get("id")
        ident = str(ident) if ident not in (None, "") else f"{stem}-{lineno}"
        meta = {k: str(record[k]) for k in _FIELDS if record.get(k) not in (None, "")}
        yield Document(id=ident, text=body, provenance={"file": source, "line": lineno}, **meta)
