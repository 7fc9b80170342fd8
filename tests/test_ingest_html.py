"""HTML pages through trafilatura: main text only, paragraphs kept, block quotes their own paragraphs."""

from __future__ import annotations

import pathlib

import pytest

from whosaid.errors import InputError
from whosaid.ingest import iter_documents

DATA = pathlib.Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def page():
    [doc] = list(iter_documents([str(DATA / "chrome-page.html")]))
    return doc


def test_page_text_is_the_article_without_chrome(page):
    for chrome in ("Front page", "cookies", "Most read", "Privacy", "do not extract me", "font-family"):
        assert chrome not in page.text
    assert "Captain Olaf Brenner steered the morning ferry" in page.text
    assert page.text.rstrip().endswith("a new captain would be named in March.")


def test_headline_first_then_paragraphs_separated_by_blank_lines(page):
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == "Ferry captain retires after 40 years"
    assert "Asked what he would do next, Brenner answered:" in paragraphs
    assert all(p and "\n\n" not in p for p in paragraphs)


def test_block_quote_paragraphs_stay_their_own_paragraphs(page):
    paragraphs = page.text.split("\n\n")
    intro = paragraphs.index("Asked what he would do next, Brenner answered:")
    assert paragraphs[intro + 1] == "“Sleep past five in the morning. Then, probably, buy a small boat.”"
    assert paragraphs[intro + 2] == "“My wife says that is not retiring. She may be right.”"


def test_page_metadata(page):
    assert page.title == "Ferry captain retires after 40 years"
    assert page.site == "Bayview Gazette"
    assert page.author == "Mira Solberg"
    assert page.canonical_url == "https://bayview.example/local/ferry-captain-retires"
    assert page.published == "2024-02-20T14:45:00+00:00"
    assert page.id.startswith("ferry-captain-retires-")


def test_same_page_gives_the_same_id_twice():
    a = next(iter(iter_documents([str(DATA / "chrome-page.html")])))
    b = next(iter(iter_documents([str(DATA / "chrome-page.html")])))
    assert a.id == b.id


def test_page_with_no_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty-shell.html"
    path.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    [item] = list(iter_documents([str(path)]))
    assert isinstance(item, InputError)
    assert str(item) == f"{path}: no article text found in the HTML page"


def test_declared_latin1_page_is_decoded(tmp_path):
    path = tmp_path / "latin.html"
    body = ("<html><head><meta charset='iso-8859-1'><title>Café owner speaks</title></head><body><article>"
            "<h1>Café owner speaks</h1><p>The café owner, Zoë Martín, said the crème brûlée sold out by noon "
            "every day of the festival and that she would bake twice as much next year.</p></article></body></html>")
    path.write_bytes(body.encode("latin-1"))
    [doc] = list(iter_documents([str(path)]))
    assert "Zoë Martín" in doc.text and "crème brûlée" in doc.text
