"""Read-side queries shared by the Python API, the web page and its JSON.

Each function takes a plain ``sqlite3.Connection`` so that Datasette can run it in its own
thread (``Database.execute_fn``) and a notebook can call it directly.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from typing import Any

FACETS = ("speaker", "channel", "site", "date")
_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]+)"')


def fts_query(q: str) -> str:
    """User words -> an FTS5 query that cannot be a syntax error: every word (or "phrase") must match.

    >>> fts_query('missed "my boys" AND-or')
    '"my boys" "missed" "AND" "or"'
    """
    phrases = [" ".join(_WORD.findall(p)) for p in _PHRASE.findall(q)]
    rest = _PHRASE.sub(" ", q)
    terms = [f'"{p}"' for p in phrases if p] + [f'"{w}"' for w in _WORD.findall(rest)]
    return " ".join(terms)


def colour(key: str | None) -> str:
    """A speaker's colour: a light background hue derived from the person id (stable everywhere)."""
    if not key:
        return "hsl(0, 0%, 88%)"
    hue = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:6], 16) % 360
    return f"hsl({hue}, 85%, 82%)"


def _rows(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _filters(speaker: str | None, channel: str | None, site: str | None, date: str | None,
             person: str | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if speaker:
        where.append("q.speaker = ?")
        args.append(speaker)
    if person:
        where.append("q.person_id = ?")
        args.append(person)
    if channel:
        if channel.isdigit():
            where.append("q.channel_id = ?")
            args.append(int(channel))
        else:
            where.append("q.channel_id IN (SELECT id FROM channels WHERE type = ? OR name = ?)")
            args += [channel, channel]
    if site:
        where.append("q.site = ?")
        args.append(site)
    if date:
        # A prefix of the ISO date: "2023", "2023-07" or "2023-07-14".
        where.append("q.date >= ? AND q.date < ?")
        args += [date, date + "\uffff"]
    return where, args


QUOTE_COLUMNS = """q.id, q.text, q.speaker, q.person_id, q.article_id, q.kind, q.speaker_kind, q.confidence,
    q.mention_text, q.hedged, q.channel_deleted, q.date, q.site, c.type AS channel_type, c.name AS channel_name,
    a.title AS article_title, a.url AS article_url"""


def _quote_out(row: dict[str, Any]) -> dict[str, Any]:
    row["hedged"] = bool(row["hedged"])
    deleted = bool(row.pop("channel_deleted"))
    ctype, cname = row.pop("channel_type"), row.pop("channel_name")
    row["channel"] = {"type": ctype, "name": cname or None, "deleted": deleted} if ctype else None
    row["colour"] = colour(row["person_id"] or row["speaker"])
    return row


WINDOW = 2000  # ranking and facets look at most at this many matches (the most recently stored)


def search(conn: sqlite3.Connection, q: str = "", *, speaker: str | None = None, channel: str | None = None,
           site: str | None = None, date: str | None = None, person: str | None = None, limit: int = 20,
           offset: int = 0, facets: bool = True, facet_size: int = 10) -> dict[str, Any]:
    """Quotes whose text or speaker matches every word of ``q``, best match first.

    Without ``q``, the most recent quotes.  Filters narrow by speaker name, channel (id, type or
    name), site, date prefix and person id; a speaker or person filter orders newest first.
    Returns ``{"query", "total", "results", "facets", "partial", "window"}``; each result
    carries ``text``, ``speaker``, ``person_id`` and ``article_id``.

    To stay fast on millions of quotes, when more than :data:`WINDOW` quotes match, ranking and
    facets cover the :data:`WINDOW` most recently stored matches (``partial`` is then true);
    ``total`` still counts every match, except for filtered searches, where it is then the count
    inside the window.
    """
    where, args = _filters(speaker, channel, site, date, person)
    match = fts_query(q)
    empty = {"query": q, "total": 0, "results": [], "facets": {k: [] for k in FACETS} if facets else {},
             "partial": False, "window": WINDOW}
    if q.strip() and not match:
        return empty
    cols = "q.id, q.speaker, q.person_id, q.channel_id, q.site, q.date"
    cutoff: int | None = None
    n_all: int | None = None  # every match, when it can be counted without visiting the rows
    ranked = False
    driven = False
    if match and (speaker or person):
        # A speaker's quotes are few next to a common word's matches: walk them by index and
        # test each against the FTS index by rowid (bm25 per looked-up row is slow: newest first).
        sel = [(c, a) for c, a in zip(where, args) if c.startswith(("q.speaker", "q.person_id"))]
        n_sel = conn.execute(f"SELECT count(*) FROM quotes q{_where([c for c, _ in sel])}",
                             [a for _, a in sel]).fetchone()[0]
        driven = n_sel <= WINDOW
    if driven:
        sql = f"SELECT {cols}, 0 FROM quotes q CROSS JOIN quotes_fts f ON f.rowid = q.id{_where([*where, 'quotes_fts MATCH ?'])}"
        cand_args = [*args, match]
    elif match:
        if speaker:
            words = " ".join(_WORD.findall(speaker))
            if words:  # the FTS speaker column narrows first; the exact name test stays in ``where``
                match = f'{match} speaker : "{words}"'
        n_match = conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", (match,)).fetchone()[0]
        if n_match > WINDOW:
            cutoff = conn.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC"
                                  " LIMIT 1 OFFSET ?", (match, WINDOW - 1)).fetchone()[0]
        if not where:
            n_all = n_match
        conds = ["quotes_fts MATCH ?", *(["f.rowid >= ?"] if cutoff is not None else []), *where]
        sql = f"SELECT {cols}, f.rank FROM quotes_fts f JOIN quotes q ON q.id = f.rowid{_where(conds)}"
        cand_args = [match, *([cutoff] if cutoff is not None else []), *args]
        ranked = True
    else:
        n_all = conn.execute(f"SELECT count(*) FROM quotes q{_where(where)}", args).fetchone()[0]
        if n_all > WINDOW:
            row = conn.execute(f"SELECT q.id FROM quotes q{_where(where)} ORDER BY q.id DESC LIMIT 1 OFFSET ?",
                               [*args, WINDOW - 1]).fetchone()
            cutoff = row[0] if row else None
        sql = f"SELECT {cols}, 0 FROM quotes q{_where([*where, *(['q.id >= ?'] if cutoff is not None else [])])}"
        cand_args = [*args, *([cutoff] if cutoff is not None else [])]
    # One pass over the candidates gives the total, the facets and the page.
    candidates = conn.execute(sql, cand_args).fetchall()
    if ranked:
        candidates.sort(key=lambda r: (r[6], -r[0]))
    else:
        candidates.sort(key=lambda r: (r[5] or "", r[0]), reverse=True)
    page_ids = [r[0] for r in candidates[offset:offset + limit]]
    results: list[dict[str, Any]] = []
    if page_ids:
        marks = ",".join("?" * len(page_ids))
        by_id = {r["id"]: r for r in _rows(conn.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" LEFT JOIN channels c ON c.id = q.channel_id WHERE q.id IN ({marks})", page_ids))}
        results = [_quote_out(by_id[i]) for i in page_ids if i in by_id]
    return {"query": q, "total": n_all if n_all is not None else len(candidates), "results": results,
            "facets": _facets(conn, candidates, facet_size) if facets else {},
            "partial": cutoff is not None, "window": WINDOW}


def _where(conds: list[str]) -> str:
    return (" WHERE " + " AND ".join(conds)) if conds else ""


def _facets(conn: sqlite3.Connection, rows: list[tuple], size: int) -> dict[str, Any]:
    """Speaker, channel, site and month counts over the candidate rows."""
    from collections import Counter

    speakers: Counter = Counter()
    channels: Counter = Counter()
    sites: Counter = Counter()
    months: Counter = Counter()
    for _id, spk, pid, cid, site, day, _score in rows:
        if spk is not None:
            speakers[(spk, pid)] += 1
        if cid is not None:
            channels[cid] += 1
        if site is not None:
            sites[site] += 1
        if day:
            months[day[:7]] += 1
    return {
        "speaker": [{"value": s, "person_id": p, "count": n} for (s, p), n in speakers.most_common(size)],
        "channel": [{"value": str(c), "label": _channel_label(conn, c), "count": n}
                    for c, n in channels.most_common(size)],
        "site": [{"value": s, "count": n} for s, n in sites.most_common(size)],
        "date": [{"value": m, "count": n} for m, n in months.most_common(size)],
    }


def _channel_label(conn: sqlite3.Connection, channel_id: int) -> str:
    row = conn.execute("SELECT type, name FROM channels WHERE id = ?", (channel_id,)).fetchone()
    if not row:
        return str(channel_id)
    return f"{row[0]} ({row[1]})" if row[1] else row[0]


def person(conn: sqlite3.Connection, person_id: str, *, quote_limit: int = 500) -> dict[str, Any] | None:
    """Everything the store knows about one person: aliases, relations, quotes, timeline, channels."""
    found = _rows(conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)))
    if not found:
        return None
    p = found[0]
    p.pop("norm_name", None)
    p["attributes"] = json.loads(p["attributes"] or "{}")
    p["colour"] = colour(p["id"])
    aliases: dict[str, dict[str, Any]] = {}
    for alias, source, qid, n in conn.execute(
            "SELECT alias, source, qid, count(*) FROM aliases WHERE person_id = ? GROUP BY norm_alias, source"
            " ORDER BY count(*) DESC, alias", (person_id,)):
        entry = aliases.setdefault(alias.casefold(), {"alias": alias, "sources": [], "articles": 0, "qid": None})
        entry["sources"].append(source)
        entry["articles"] += n if source == "article" else 0
        entry["qid"] = entry["qid"] or qid
    p["aliases"] = list(aliases.values())
    rels: dict[tuple[str, str, str], dict[str, Any]] = {}  # one entry per tie, with every article saying it
    for r in _rows(conn.execute(
            "SELECT r.head, r.relation, r.tail, r.qualifiers, r.article_id, r.evidence_text,"
            " h.name AS head_name, t.name AS tail_name FROM relations r JOIN people h ON h.id = r.head"
            " JOIN people t ON t.id = r.tail WHERE r.head = ? OR r.tail = ? ORDER BY r.relation, r.id",
            (person_id, person_id))):
        r["qualifiers"] = json.loads(r["qualifiers"] or "[]")
        entry = rels.setdefault((r["head"], r["relation"], r["tail"]), {**r, "article_ids": []})
        entry["article_ids"].append(r["article_id"])
        entry["qualifiers"] = sorted(set(entry["qualifiers"]) | set(r["qualifiers"]))
    p["relations"] = list(rels.values())
    quotes = [_quote_out(r) for r in _rows(conn.execute(
        f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN channels c ON c.id = q.channel_id WHERE q.person_id = ? ORDER BY q.date, q.id LIMIT ?",
        (person_id, quote_limit)))]
    p["quotes"] = quotes
    p["n_quotes"] = conn.execute("SELECT count(*) FROM quotes WHERE person_id = ?", (person_id,)).fetchone()[0]
    p["n_articles"] = conn.execute(
        "SELECT count(DISTINCT article_id) FROM (SELECT article_id FROM quotes WHERE person_id = ?"
        " UNION SELECT article_id FROM article_people WHERE person_id = ?)", (person_id, person_id)).fetchone()[0]
    p["timeline"] = [{"month": m, "count": n} for m, n in conn.execute(
        "SELECT substr(date, 1, 7) AS m, count(*) FROM quotes WHERE person_id = ? AND date IS NOT NULL"
        " GROUP BY m ORDER BY m", (person_id,))]
    p["channels"] = [{"type": t, "name": nm or None, "deleted": bool(d), "count": n} for t, nm, d, n in conn.execute(
        "SELECT c.type, c.name, q.channel_deleted, count(*) FROM quotes q JOIN channels c ON c.id = q.channel_id"
        " WHERE q.person_id = ? GROUP BY c.id, q.channel_deleted ORDER BY count(*) DESC", (person_id,))]
    return p


def article(conn: sqlite3.Connection, article_id: int | str) -> dict[str, Any] | None:
    """One article with its text, quotes (speaker, colour), boilerplate, people and relations."""
    key = str(article_id)
    sql = "SELECT * FROM articles WHERE id = ?" if key.isdigit() else "SELECT * FROM articles WHERE doc_id = ?"
    found = _rows(conn.execute(sql, (int(key) if key.isdigit() else key,)))
    if not found:
        return None
    a = found[0]
    for field in ("signature", "content_hash"):
        a.pop(field, None)
    a["image_sources"] = json.loads(a["image_sources"] or "[]")
    a["provenance"] = json.loads(a["provenance"] or "{}")
    aid = a["id"]
    a["boilerplate"] = _rows(conn.execute(
        'SELECT kind, start, "end", text FROM boilerplate WHERE article_id = ? ORDER BY start', (aid,)))
    quotes = _rows(conn.execute(
        'SELECT q.id, q.idx, q.start, q."end", q.text, q.kind, q.speaker, q.speaker_kind, q.person_id,'
        " q.mention_start, q.mention_end, q.mention_text, q.confidence, q.cue_text, q.hedged, q.hedge_text,"
        " q.nested_in, q.channel_deleted, c.type AS channel_type, c.name AS channel_name FROM quotes q"
        " LEFT JOIN channels c ON c.id = q.channel_id WHERE q.article_id = ? ORDER BY q.idx", (aid,)))
    for qrow in quotes:
        qrow["hedged"] = bool(qrow["hedged"])
        deleted = bool(qrow.pop("channel_deleted"))
        ctype, cname = qrow.pop("channel_type"), qrow.pop("channel_name")
        qrow["channel"] = {"type": ctype, "name": cname or None, "deleted": deleted} if ctype else None
        qrow["colour"] = colour(qrow["person_id"] or qrow["speaker"])
        qrow["article_id"] = aid
    a["quotes"] = quotes
    people = _rows(conn.execute(
        "SELECT ap.local_id, ap.person_id, ap.name, ap.gender, ap.attributes, p.qid FROM article_people ap"
        " JOIN people p ON p.id = ap.person_id WHERE ap.article_id = ? ORDER BY ap.local_id", (aid,)))
    for pr in people:
        pr["attributes"] = json.loads(pr["attributes"] or "{}")
        pr["aliases"] = [r[0] for r in conn.execute(
            "SELECT alias FROM aliases WHERE article_id = ? AND person_id = ? ORDER BY id", (aid, pr["person_id"]))]
        pr["colour"] = colour(pr["person_id"])
    a["people"] = people
    rels = _rows(conn.execute(
        "SELECT r.head, h.name AS head_name, r.relation, r.tail, t.name AS tail_name, r.qualifiers,"
        " r.evidence_start, r.evidence_end, r.evidence_text FROM relations r JOIN people h ON h.id = r.head"
        " JOIN people t ON t.id = r.tail WHERE r.article_id = ? ORDER BY r.id", (aid,)))
    for r in rels:
        r["qualifiers"] = json.loads(r["qualifiers"] or "[]")
    a["relations"] = rels
    a["dates"] = _rows(conn.execute(
        'SELECT start, "end", text, value FROM article_dates WHERE article_id = ? ORDER BY start', (aid,)))
    if a["story_id"] is not None:
        a["copies"] = _rows(conn.execute(
            "SELECT id, title, url, site FROM articles WHERE story_id = ? AND id != ? ORDER BY id",
            (a["story_id"], aid)))
    else:
        a["copies"] = []
    return a


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "stories", "quotes", "people", "relations", "channels")}
