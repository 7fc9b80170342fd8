"""The web page in a real headless Chromium (Debian's, driven by Playwright; no browser download).

Flows: search, open a person, open an article, hover a quote and see who said it.  A quote
containing ``<script>`` must stay inert on every page.  Screenshots go to ``test-output/``.
"""

from __future__ import annotations

import pathlib
import shutil

import pytest

from store_docs import served_store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
OUT = pathlib.Path(__file__).resolve().parent.parent / "test-output"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    not pathlib.Path(CHROMIUM).exists(),
    reason="Debian's chromium is not installed (make browser installs it: apt-get install chromium)",
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from served_store(tmp_path_factory.mktemp("browser") / "news.db")


@pytest.fixture(scope="module")
def page():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        pg = context.new_page()
        pg.set_default_timeout(15000)
        dialogs: list[str] = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.dialogs = dialogs  # type: ignore[attr-defined]
        yield pg
        browser.close()


def shot(page, name: str) -> None:
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / f"browser-{name}.png"), full_page=True)


def assert_inert(page) -> None:
    assert page.evaluate("window.__pwned === undefined"), "article text ran as script"
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_search_person_article_and_hover(server, page):
    page.goto(server.base + "/search")
    page.fill("input[name=q]", "libraries")
    page.click("input[type=submit]")
    page.wait_for_url("**/search?q=libraries")
    first = page.locator("blockquote.hit").first
    assert "We will not cut the libraries," in first.inner_text()
    assert page.locator(".facet-speaker a", has_text="Lena Ortiz").count() == 1
    shot(page, "search")

    first.locator("a.speaker").click()
    page.wait_for_url("**/person/lena-ortiz")
    assert page.locator("h1").inner_text().strip() == "Lena Ortiz"
    assert page.locator("svg.timeline rect.bar").count() >= 3  # July..September 2023
    assert "Marco Ortiz" in page.locator("ul.relations").inner_text()
    assert "instagram post (Instagram), deleted" in page.locator("ul.channels").inner_text()
    shot(page, "person")

    page.locator("blockquote.hit a.article").first.click()
    page.wait_for_url("**/article/*")
    marks = page.locator("mark.quote")
    assert marks.count() == 3
    mark = page.locator("mark.quote[data-person=marco-ortiz]")
    colour = mark.evaluate("el => getComputedStyle(el).backgroundColor")
    other = page.locator("mark.quote[data-person=lena-ortiz]").first.evaluate(
        "el => getComputedStyle(el).backgroundColor")
    assert colour != other and colour not in ("rgba(0, 0, 0, 0)", "transparent")
    tip = "el => getComputedStyle(el, '::after').content"
    assert mark.evaluate(tip) in ("none", "normal")  # no attribution until hovered
    mark.hover()
    assert "Marco Ortiz" in mark.evaluate(tip) and "Channel 9" in mark.evaluate(tip)
    grey = page.locator("span.boilerplate").first.evaluate("el => getComputedStyle(el).color")
    assert grey == "rgb(153, 153, 153)"
    shot(page, "article-hover")
    assert_inert(page)


def test_script_in_a_quote_stays_inert_on_every_page(server, page):
    page.goto(server.base + "/article/hostile")
    assert page.locator("mark.quote").first.inner_text().startswith("<script>window.__pwned = 1</script>")
    assert_inert(page)
    shot(page, "hostile-article")
    for path in ("/search?q=argument", "/search", "/person/ada-byte", "/search?q=%3Cscript%3E",
                 "/article/hostile.json", "/search.json?q=argument"):
        page.goto(server.base + path)
        page.wait_for_load_state("load")
        assert_inert(page)
