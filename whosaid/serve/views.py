"""The three pages (search, person, article), each also as JSON, as Datasette routes."""

from __future__ import annotations

import json
import urllib.parse
from typing import Any

from datasette.utils.asgi import Response

from ..store import queries
from . import render

PAGE_SIZE = 20


def _database(datasette: Any) -> Any:
    """The whosaid database: the first one served (``whosaid serve`` serves exactly one)."""
    return datasette.get_database()


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, default=str), status=status,
                    content_type="application/json; charset=utf-8")


async def _not_found(datasette: Any, request: Any, what: str, as_json: bool) -> Response:
    if as_json:
        return _json({"ok": False, "error": f"{what} not found"}, status=404)
    html = await datasette.render_template("whosaid_missing.html", {"what": what, "request": request},
                                           request=request)
    return Response.html(html, status=404)


def _qs(args: dict[str, str], **changes: Any) -> str:
    merged = {k: v for k, v in {**args, **changes}.items() if v not in (None, "")}
    return "?" + urllib.parse.urlencode(merged) if merged else ""


async def search_view(datasette: Any, request: Any) -> Response:
    args = {k: request.args.get(k) for k in ("q", "speaker", "channel", "site", "date", "person", "page")}
    q = args["q"] or ""
    try:
        page = max(1, int(args["page"] or 1))
    except ValueError:
        page = 1
    filters = {k: args[k] for k in ("speaker", "channel", "site", "date", "person") if args[k]}
    db = _database(datasette)
    result = await db.execute_fn(
        lambda conn: queries.search(conn, q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, **filters))
    if request.url_vars.get("format") == "json":
        result["page"] = page
        result["filters"] = filters
        return _json(result)
    current = {k: v for k, v in args.items() if v and k != "page"}
    facet_links = {}
    for name, values in result["facets"].items():
        facet_links[name] = [
            {**v, "href": _qs(current, **{name: v["value"]}), "active": args.get(name) == v["value"],
             "label": v.get("label") or v["value"]}
            for v in values
        ]
    csv_args = {"_search": q} if q else {}
    for k in ("speaker", "site", "person"):
        if filters.get(k):
            csv_args["person_id" if k == "person" else k] = filters[k]
    context = {
        "request": request, "q": q, "filters": filters, "result": result, "facets": facet_links,
        "page": page, "pages": max(1, -(-result["total"] // PAGE_SIZE)),
        "prev_href": _qs(current, page=page - 1) if page > 1 else None,
        "next_href": _qs(current, page=page + 1) if page * PAGE_SIZE < result["total"] else None,
        "clear_hrefs": {k: _qs(current, **{k: None}) for k in filters},
        "json_href": "/search.json" + _qs(current, page=page if page > 1 else None),
        "csv_href": f"/{db.route}/quotes.csv" + _qs(csv_args, _size="max"),
        "db_route": db.route,
    }
    return Response.html(await datasette.render_template("whosaid_search.html", context, request=request))


async def _record(datasette: Any, request: Any, kind: str, query: Any) -> tuple[Any, Any, Response | None]:
    """``(db, row, None)`` for ``/<kind>/<id>``, or ``(db, row, response)`` when the answer is
    already known: the 404 page or JSON for a missing id, the row itself for ``.json``."""
    rid = request.url_vars["id"]
    as_json = request.url_vars.get("format") == "json"
    db = _database(datasette)
    data = await db.execute_fn(lambda conn: query(conn, rid))
    if data is None:
        return db, None, await _not_found(datasette, request, f"{kind} {rid!r}", as_json)
    return db, data, _json(data) if as_json else None


async def person_view(datasette: Any, request: Any) -> Response:
    person_id = request.url_vars["id"]
    db, data, done = await _record(datasette, request, "person", queries.person)
    if done is not None:
        return done
    context = {
        "request": request, "p": data, "chart": render.timeline_svg(data["timeline"]),
        "json_href": f"/person/{urllib.parse.quote(person_id)}.json",
        "csv_href": f"/{db.route}/quotes.csv" + _qs({"person_id": person_id}, _size="max"),
        "db_route": db.route,
    }
    return Response.html(await datasette.render_template("whosaid_person.html", context, request=request))


async def article_view(datasette: Any, request: Any) -> Response:
    db, data, done = await _record(datasette, request, "article", queries.article)
    if done is not None:
        return done
    for q in data["quotes"]:
        q["attribution"] = render.attribution(q)
    # Only web links become links: a feed could carry a javascript: URL.
    url = data.get("url") or ""
    data["safe_url"] = url if url.lower().startswith(("http://", "https://")) else None
    context = {
        "request": request, "a": data, "body": render.highlight(data["text"], data["quotes"], data["boilerplate"]),
        "json_href": f"/article/{data['id']}.json",
        "csv_href": f"/{db.route}/quotes.csv" + _qs({"article_id": str(data["id"])}, _size="max"),
        "db_route": db.route,
    }
    return Response.html(await datasette.render_template("whosaid_article.html", context, request=request))


ROUTES = [
    (r"^/search(\.(?P<format>json))?$", search_view),
    (r"^/person/(?P<id>[^/]+?)(\.(?P<format>json))?$", person_view),
    (r"^/article/(?P<id>[^/]+?)(\.(?P<format>json))?$", article_view),
]
