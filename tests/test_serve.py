"""`whosaid serve`: the search, person and article pages and their JSON, from a real server."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import pathlib

import pytest

from store_docs import served_store


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from served_store(tmp_path_factory.mktemp("serve") / "news.db")


def get(server, path):
    with urllib.request.urlopen(server.base + path, timeout=10) as r:
        return r.status, r.headers.get("content-type"), r.read().decode("utf-8")


def get_json(server, path):
    status, ctype, body = get(server, path)
    assert ctype.startswith("application/json")
    return json.loads(body)


def test_search_json_results_carry_text_speaker_person_and_article(server):
    data = get_json(server, "/search.json?q=" + urllib.parse.quote("harder than anyone"))
    assert data["total"] == 2  # the article and its syndicated copy
    for hit in data["results"]:
        assert hit["text"] == "Lena works harder than anyone I know."
        assert hit["speaker"] == "Marco Ortiz" and hit["person_id"] == "marco-ortiz"
        assert isinstance(hit["article_id"], int)
    assert {f["value"] for f in data["facets"]["site"]} == {"Daily Planet", "Other Site"}


def test_search_page_lists_quotes_with_facets_and_filters(server):
    _, ctype, html = get(server, "/search?q=libraries")
    assert ctype.startswith("text/html")
    assert "We will not cut the libraries," in html
    assert 'href="/person/lena-ortiz"' in html
    for facet in ("speaker", "channel", "site", "date"):
        assert f"facet-{facet}" in html
    _, _, filtered = get(server, "/search?site=City+Courier")
    assert "Reading rooms are where a city thinks," in filtered
    assert "We will not cut the libraries," not in filtered


def test_person_page_and_json(server):
    data = get_json(server, "/person/lena-ortiz.json")
    assert data["name"] == "Lena Ortiz" and data["n_quotes"] == 6
    assert data["relations"][0]["relation"] == "sibling"
    _, _, html = get(server, "/person/lena-ortiz")
    assert "<svg class=\"timeline\"" in html and "2023-07: 4 quotes" in html
    assert "Mayor Lena Ortiz" in html  # an alias
    assert "instagram post (Instagram), deleted" in html
    assert 'href="/person/marco-ortiz"' in html  # the relation links to the brother


def test_article_page_highlights_quotes_in_speaker_colours(server):
    data = get_json(server, "/article/budget.json")
    _, _, html = get(server, f"/article/{data['id']}")
    lena = next(q["colour"] for q in data["quotes"] if q["person_id"] == "lena-ortiz")
    marco = next(q["colour"] for q in data["quotes"] if q["person_id"] == "marco-ortiz")
    assert f'class="quote" data-quote="{data["quotes"][0]["id"]}" data-person="lena-ortiz" style="background-color: {lena}"' in html
    assert f'style="background-color: {marco}"' in html
    assert 'title="Marco Ortiz \u2014 direct quote, confidence 0.90 \u2014 interview (Channel 9)"' in html
    assert '<span class="boilerplate" title="boilerplate: syndication footer">' in html
    assert "Also published as" in html


def test_hostile_text_is_escaped_everywhere(server):
    hostile = get_json(server, "/article/hostile.json")
    pages = [f"/article/{hostile['id']}", "/search?q=argument", "/search", "/person/ada-byte",
             "/search?q=" + urllib.parse.quote("<script>")]
    for path in pages:
        _, _, html = get(server, path)
        assert "<script>window.__pwned" not in html, path
        assert "<img src=x" not in html, path
        assert "javascript:" not in html, path
    _, _, html = get(server, f"/article/{hostile['id']}")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html


def test_missing_things_are_404(server):
    for path in ("/person/nobody", "/person/nobody.json", "/article/12345", "/article/12345.json"):
        with pytest.raises(urllib.error.HTTPError) as err:
            get(server, path)
        assert err.value.code == 404


def test_datasette_tables_and_csv_stay_available(server):
    _, ctype, csv_text = get(server, "/news/quotes.csv?_search=libraries")
    assert ctype.startswith("text/plain") or ctype.startswith("text/csv")
    assert "We will not cut the libraries," in csv_text
    _, _, html = get(server, "/news/people")
    assert "lena-ortiz" in html


def test_serve_listens_on_loopback_by_default_and_refuses_a_missing_db(tmp_path):
    exe = str(pathlib.Path(sys.executable).with_name("whosaid"))
    help_text = subprocess.run([exe, "serve", "--help"], capture_output=True, text=True).stdout
    assert "[default: 127.0.0.1]" in help_text and "Example:" in help_text
    missing = tmp_path / "none.db"
    result = subprocess.run([exe, "serve", "--db", str(missing)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == (f"error: {missing}: no such database (create it with: whosaid ingest PATH "
                                     f"--db {missing})")


def test_a_tie_reported_by_two_copies_is_listed_once_with_both_articles(server):
    data = get_json(server, "/person/marco-ortiz.json")
    assert len(data["relations"]) == 1
    assert len(data["relations"][0]["article_ids"]) == 2
