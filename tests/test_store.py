"""The SQLite store: idempotent saves, one transaction per article, search, people across articles."""

from __future__ import annotations

import sqlite3

import pytest

from store_docs import all_articles, budget_article, hostile_article, library_article
from whosaid.errors import InputError, WhosaidError
from whosaid.records import Document, Quote
from whosaid.store import SCHEMA_VERSION, Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def count(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_new_file_has_current_schema_in_wal_mode(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "stories", "boilerplate", "quotes", "people", "aliases", "mentions", "relations",
            "channels", "feeds", "ingest_runs", "quotes_fts", "articles_fts"} <= tables


def test_database_from_a_newer_whosaid_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(WhosaidError, match="newer than this whosaid"):
        Store(path)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(WhosaidError, match="notes.db: not a usable whosaid database"):
        Store(path)


def test_saving_the_same_article_twice_stores_it_once(store):
    first = store.save(budget_article())
    again = store.save(budget_article())
    assert first.status == "new" and again.status == "unchanged"
    assert again.article_id == first.article_id
    assert count(store, "articles") == 1 and count(store, "quotes") == 3


@pytest.mark.parametrize("change", ["url", "canonical_url", "guid", "id"])
def test_reingest_is_keyed_by_url_canonical_url_feed_guid_or_id(store, change):
    doc = budget_article()
    doc.canonical_url = "https://planet.example/budget?canonical"
    doc.provenance = {"feed_entry": "urn:uuid:budget-1"}
    first = store.save(doc)
    copy = budget_article()
    copy.text = copy.text.replace("Tuesday", "Wednesday")  # a corrected version of the article
    copy.canonical_url, copy.provenance, copy.url, copy.id = None, {}, None, "other-id"
    if change == "url":
        copy.url = doc.url
    elif change == "canonical_url":
        copy.canonical_url = doc.canonical_url
    elif change == "guid":
        copy.provenance = {"feed_entry": "urn:uuid:budget-1"}
    else:
        copy.id = doc.id
    result = store.save(copy)
    assert (result.status, result.article_id) == ("updated", first.article_id)
    assert count(store, "articles") == 1
    assert count(store, "quotes") == 3  # replaced, not added
    assert "Wednesday" in store.article(first.article_id)["text"]
    assert store.search("libraries")["total"] == 1


def test_a_failing_article_leaves_nothing_behind(store):
    store.save(library_article())
    bad = budget_article()
    bad.quotes.append(Quote(0, 5, None, "direct"))  # type: ignore[arg-type]  # text is NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        store.save(bad)
    assert count(store, "articles") == 1
    assert store.search("libraries")["total"] == 0  # none of the bad article's quotes are searchable
    assert count(store, "boilerplate") == 0 and count(store, "relations") == 0
    assert store.conn.execute("SELECT count(*) FROM people WHERE id = 'marco-ortiz'").fetchone()[0] == 0
    assert store.save(budget_article()).status == "new"  # and the store is still writable


def test_search_results_carry_text_speaker_person_and_article(store):
    ids = [store.save(d).article_id for d in all_articles()]
    result = store.search("libraries")
    assert result["total"] == 1
    hit = result["results"][0]
    assert hit["text"] == "We will not cut the libraries,"
    assert (hit["speaker"], hit["person_id"], hit["article_id"]) == ("Lena Ortiz", "lena-ortiz", ids[0])
    assert hit["channel"] == {"type": "press_conference", "name": None, "deleted": False}


def test_search_words_phrases_speaker_names_and_accents(store):
    for d in all_articles():
        store.save(d)
    assert store.search('"harder than anyone"')["total"] == 1
    assert store.search('"anyone harder"')["total"] == 0
    assert store.search("Marco")["total"] == 1  # the speaker's name is searchable too
    assert store.search("librariés")["total"] == 1  # accents folded
    assert store.search("libraries AND OR ( NEAR")["total"] == 0  # FTS syntax in user input is just words
    assert store.search("")["total"] == 7
    assert store.search("???")["total"] == 0


def test_search_facets_and_filters(store):
    for d in all_articles():
        store.save(d)
    result = store.search("")
    speakers = {f["value"]: f["count"] for f in result["facets"]["speaker"]}
    assert speakers["Lena Ortiz"] == 4 and speakers["Marco Ortiz"] == 1
    sites = {f["value"]: f["count"] for f in result["facets"]["site"]}
    assert sites == {"Daily Planet": 3, "City Courier": 2, "<i>Site</i>": 2}
    months = {f["value"] for f in result["facets"]["date"]}
    assert months == {"2023-07", "2023-09", "2024-01"}
    labels = {f["label"] for f in result["facets"]["channel"]}
    assert {"interview (Channel 9)", "instagram_post (Instagram)", "press_conference"} <= labels
    assert store.search("", speaker="Lena Ortiz", site="City Courier")["total"] == 2
    assert store.search("", date="2023-07")["total"] == 3
    assert store.search("", channel="instagram_post")["results"][0]["channel"]["deleted"] is True
    assert store.search("", person="marco-ortiz")["total"] == 1


def test_same_canonical_name_is_one_person_across_articles(store):
    store.save(budget_article())
    store.save(library_article())
    p = store.person("lena-ortiz")
    assert p["n_quotes"] == 4 and p["n_articles"] == 2
    assert p["gender"] == "female"
    assert p["attributes"] == {"occupation": ["mayor"], "age": 52}
    assert {"Mayor Lena Ortiz", "Ortiz", "Lena", "she"} <= {a["alias"] for a in p["aliases"]}
    assert [t["month"] for t in p["timeline"]] == ["2023-07", "2023-09"]
    assert {(c["type"], c["deleted"]) for c in p["channels"]} == {("press_conference", False),
                                                                   ("instagram_post", True)}
    rel = p["relations"][0]
    assert (rel["head"], rel["relation"], rel["tail"]) == ("marco-ortiz", "sibling", "lena-ortiz")
    assert rel["evidence_text"] == "Her brother, Marco Ortiz"
    assert store.person("nobody") is None


def test_names_differing_in_case_spacing_or_accents_are_one_person(store):
    store.save(budget_article())
    doc = library_article()
    doc.people[0].name = "LENA  Ortíz"
    for q in doc.quotes:
        q.speaker.name = "LENA  Ortíz"
    store.save(doc)
    assert store.conn.execute("SELECT count(*) FROM people WHERE norm_name LIKE 'lena%'").fetchone()[0] == 1
    assert store.person("lena-ortiz")["n_quotes"] == 4


def test_alias_table_links_people_to_wikidata_offline(store, tmp_path):
    table = tmp_path / "aliases.csv"
    table.write_text("name,alias,qid\nLena Ortiz,L. M. Ortiz,Q98765\nMarco Ortiz,,Q12345\n")
    store.save(budget_article())
    doc = library_article()  # this article calls her by the alias only
    doc.people[0].name = "L. M. Ortiz"
    for q in doc.quotes:
        q.speaker.name = "L. M. Ortiz"
    store.save(doc)
    assert store.person("l-m-ortiz")["n_quotes"] == 2  # two people before the table is known
    assert store.load_aliases(table) == 1
    assert store.person("l-m-ortiz") is None  # merged into the listed name
    p = store.person("lena-ortiz")
    assert p["qid"] == "Q98765" and p["n_quotes"] == 4
    assert store.person("marco-ortiz")["qid"] == "Q12345"
    # Articles ingested after the table is loaded are filed under the listed name directly.
    later = library_article()
    later.id, later.url = "later", "https://courier.example/later"
    later.people[0].name = "l. m. ortiz"
    store.save(later)
    assert store.person("lena-ortiz")["n_quotes"] == 6


def test_bad_alias_table_names_file_and_line(store, tmp_path):
    table = tmp_path / "bad.csv"
    table.write_text("Lena Ortiz,Ortiz,Q1\nMarco Ortiz,Marco,not-a-qid\n")
    with pytest.raises(InputError, match=r"bad.csv:2: 'not-a-qid' is not a Wikidata QID"):
        store.load_aliases(table)
    assert store.person("lena-ortiz") is None  # nothing applied from a bad table


def test_syndicated_copies_share_a_story(store):
    a = store.save(budget_article())
    b = store.save(budget_article(url="https://other.example/mirror", site="Other Site", doc_id="mirror"))
    c = store.save(library_article())
    stories = dict(store.conn.execute("SELECT id, story_id FROM articles"))
    assert stories[a.article_id] == stories[b.article_id] != stories[c.article_id]
    assert [x["id"] for x in store.article(a.article_id)["copies"]] == [b.article_id]


def test_article_view_data(store):
    aid = store.save(budget_article()).article_id
    a = store.article(aid)
    assert store.article("budget")["id"] == aid  # also by document id
    assert [b["kind"] for b in a["boilerplate"]] == ["related_link", "syndication_footer"]
    assert [p["person_id"] for p in a["people"]] == ["lena-ortiz", "marco-ortiz"]
    assert all(a["text"][q["start"]:q["end"]] == q["text"] for q in a["quotes"])
    colours = {q["person_id"]: q["colour"] for q in a["quotes"]}
    assert colours["lena-ortiz"] != colours["marco-ortiz"]
    assert store.article(999) is None


def test_reingest_drops_people_only_the_old_version_named(store):
    store.save(budget_article())
    doc = budget_article()
    doc.text += " "
    doc.people = doc.people[:1]
    doc.relations = []
    doc.quotes = doc.quotes[:2]
    store.save(doc)
    assert store.person("marco-ortiz") is None
    assert store.person("lena-ortiz")["n_quotes"] == 2


def test_empty_document_is_stored(store):
    result = store.save(Document(id="empty", text=""))
    assert result.status == "new" and store.article("empty")["quotes"] == []


def test_hostile_text_is_stored_verbatim(store):
    aid = store.save(hostile_article()).article_id
    assert "<script>" in store.article(aid)["quotes"][0]["text"]


def test_large_match_sets_rank_and_facet_over_the_newest_window(store, monkeypatch):
    from whosaid.store import queries

    for d in all_articles():
        store.save(d)
    store.save(budget_article(url="https://other.example/mirror", site="Other Site", doc_id="mirror"))
    monkeypatch.setattr(queries, "WINDOW", 2)
    result = store.search("Ortiz")  # 8 quotes by Lena or Marco Ortiz match on the speaker column
    assert result["total"] == 8 and result["partial"] is True
    newest = {r[0] for r in store.conn.execute("SELECT id FROM quotes ORDER BY id DESC LIMIT 2")}
    assert {r["id"] for r in result["results"]} == newest
    assert sum(f["count"] for f in result["facets"]["site"]) == 2
    small = store.search("libraries")
    assert small["partial"] is False and small["total"] == 2
    browse = store.search("")
    assert browse["total"] == 10 and browse["partial"] is True


def test_a_copy_with_its_own_footer_and_headline_joins_the_story(store):
    original = store.save(budget_article()).article_id
    copy = budget_article(url="https://mirror.example/ortiz", site="Mirror", doc_id="mirror-copy")
    footer = copy.boilerplate[-1]
    new_footer = "This story first ran on the Daily Planet and is republished with permission."
    copy.text = copy.text[:footer.start] + new_footer
    copy.boilerplate[-1] = type(footer)("syndication_footer", footer.start, footer.start + len(new_footer), new_footer)
    copy.title = "Ortiz: libraries are safe"
    other = library_article()
    ids = [store.save(copy).article_id, store.save(other).article_id]
    story = dict(store.conn.execute("SELECT id, story_id FROM articles"))
    assert story[ids[0]] == story[original] != story[ids[1]]
    assert store.conn.execute("SELECT count(*) FROM story_bands WHERE article_id = ?", (original,)).fetchone()[0] > 0
