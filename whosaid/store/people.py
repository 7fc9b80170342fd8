"""People across articles: one store-wide person per canonical name, plus the user's alias table.

Within an article, the people stage clusters mentions into :class:`~whosaid.records.Person`
records.  Across articles the rule is deliberately simple and predictable: the same canonical
name (case, spacing and accents aside) is the same person.  A user-supplied alias table (CSV:
``name, alias, qid``) widens it offline: an article whose canonical name is a listed alias is
filed under the listed name, and the person gets the Wikidata QID.  Nothing is downloaded.
"""

from __future__ import annotations

import csv
import json
import logging
import pathlib
import re
import sqlite3
import unicodedata
from typing import Any

from ..errors import InputError

log = logging.getLogger(__name__)

_QID = re.compile(r"^Q[1-9][0-9]*$")


def norm_name(name: str) -> str:
    """The key two names must share to be one person: case, spacing and accents ignored."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().split())


def slugify(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "person"


class PersonResolver:
    """Maps canonical names to store-wide person ids; call inside the writer's transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._cache: dict[str, str] = {}

    def clear(self) -> None:
        self._cache.clear()

    def find(self, name: str) -> str | None:
        key = norm_name(name)
        if key in self._cache:
            return self._cache[key]
        row = self.conn.execute(
            "SELECT person_id FROM aliases WHERE norm_alias = ? AND source = 'user' LIMIT 1", (key,)
        ).fetchone() or self.conn.execute("SELECT id FROM people WHERE norm_name = ?", (key,)).fetchone()
        if row:
            self._cache[key] = row[0]
            return row[0]
        return None

    def resolve(self, name: str, *, kind: str = "person", gender: str | None = None,
                attributes: dict[str, Any] | None = None) -> str:
        """The person id for ``name``, creating the person when the store has none."""
        person_id = self.find(name)
        if person_id is None:
            person_id = self._create(name, kind)
        if gender or attributes:
            self._merge_details(person_id, gender, attributes or {})
        return person_id

    def _create(self, name: str, kind: str) -> str:
        base = slugify(name)
        slug, n = base, 1
        while self.conn.execute("SELECT 1 FROM people WHERE id = ?", (slug,)).fetchone():
            n += 1
            slug = f"{base}-{n}"
        self.conn.execute(
            "INSERT INTO people (id, name, norm_name, kind) VALUES (?, ?, ?, ?)",
            (slug, name.strip(), norm_name(name), kind),
        )
        self._cache[norm_name(name)] = slug
        return slug

    def _merge_details(self, person_id: str, gender: str | None, attributes: dict[str, Any]) -> None:
        row = self.conn.execute("SELECT gender, attributes FROM people WHERE id = ?", (person_id,)).fetchone()
        old_gender, old_attrs = row[0], json.loads(row[1] or "{}")
        merged = dict(old_attrs)
        for key, value in attributes.items():
            if value in (None, "", []):
                continue
            if isinstance(value, list) and isinstance(merged.get(key), list):
                merged[key] = merged[key] + [v for v in value if v not in merged[key]]
            else:
                merged[key] = value
        new_gender = old_gender or gender
        if new_gender != old_gender or merged != old_attrs:
            self.conn.execute(
                "UPDATE people SET gender = ?, attributes = ? WHERE id = ?",
                (new_gender, json.dumps(merged, ensure_ascii=False, default=str), person_id),
            )


def read_alias_table(path: str | pathlib.Path) -> list[tuple[str, str, str | None]]:
    """Rows ``(name, alias, qid)`` of a CSV alias table; a header row is optional.

    Raises :class:`InputError` naming the file and line for a malformed row.
    """
    path = pathlib.Path(path)
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as err:
        raise InputError(str(path), f"cannot read alias table ({err.strerror})") from err
    rows: list[tuple[str, str, str | None]] = []
    with handle:
        for lineno, row in enumerate(csv.reader(handle), 1):
            cells = [c.strip() for c in row]
            if not any(cells):
                continue
            if lineno == 1 and cells[0].casefold() == "name":
                continue
            if len(cells) < 2 or not cells[0]:
                raise InputError(f"{path}:{lineno}", "expected name, alias[, qid]")
            qid = cells[2] if len(cells) > 2 and cells[2] else None
            if qid is not None and not _QID.match(qid):
                raise InputError(f"{path}:{lineno}", f"{qid!r} is not a Wikidata QID (like Q42)")
            rows.append((cells[0], cells[1], qid))
    return rows


def apply_alias_table(conn: sqlite3.Connection, rows: list[tuple[str, str, str | None]]) -> int:
    """Record the user's aliases and QIDs; merge people already filed under an alias.

    Returns the number of alias rows added.  Call inside a transaction.
    """
    resolver = PersonResolver(conn)
    added = 0
    for name, alias, qid in rows:
        person_id = resolver.resolve(name)
        if qid:
            conn.execute("UPDATE people SET qid = ? WHERE id = ?", (qid, person_id))
        if not alias:
            continue
        key = norm_name(alias)
        exists = conn.execute(
            "SELECT 1 FROM aliases WHERE person_id = ? AND norm_alias = ? AND source = 'user'", (person_id, key)
        ).fetchone()
        if not exists:
            conn.execute(
                "INSERT INTO aliases (person_id, alias, norm_alias, source, qid) VALUES (?, ?, ?, 'user', ?)",
                (person_id, alias, key, qid),
            )
            added += 1
        other = conn.execute("SELECT id FROM people WHERE norm_name = ? AND id != ?", (key, person_id)).fetchone()
        if other:
            merge_people(conn, other[0], into=person_id)
    return added


def merge_people(conn: sqlite3.Connection, old: str, *, into: str) -> None:
    """File everything said by or about ``old`` under ``into`` and drop ``old``."""
    log.info("merging person %s into %s", old, into)
    for table, column in (("quotes", "person_id"), ("mentions", "person_id"), ("article_people", "person_id"),
                          ("aliases", "person_id"), ("relations", "head"), ("relations", "tail")):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (into, old))
    # The old canonical name lives on as an alias of the person it now belongs to.
    name = conn.execute("SELECT name FROM people WHERE id = ?", (old,)).fetchone()[0]
    conn.execute(
        "INSERT INTO aliases (person_id, alias, norm_alias, source) VALUES (?, ?, ?, 'article')",
        (into, name, norm_name(name)),
    )
    conn.execute("DELETE FROM people WHERE id = ?", (old,))
