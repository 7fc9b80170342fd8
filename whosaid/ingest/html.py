"""HTML pages (and feed entry HTML) to an article: trafilatura finds the main text and metadata,
then its XML body is turned into paragraphs separated by blank lines, block quotes kept apart."""

from __future__ import annotations

import logging
import os
import re
from typing import Any

from ..errors import InputError
from ..records import Document
from .common import doc_id, iso_date, join_paragraphs, with_title
from .decode import decode

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
# Elements whose text is one paragraph each in trafilatura's XML output.
_BLOCKS = {"p", "head", "item", "row", "code", "list", "table", "quote", "div"}


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP header or the page's own <meta> declares, if any."""
    if content_type:
        match = re.search(r"charset=([\w.:-]+)", content_type, re.I)
        if match:
            return match.group(1)
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def html_to_paragraphs(html: str, *, url: str | None = None) -> tuple[list[str], Any]:
    """Main-text paragraphs of ``html`` and trafilatura's metadata document (None when nothing found)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_recall=True,  # keep short quote paragraphs ("She added:") that precision mode drops
        output_format="python",
        # keep the time and zone when the page gives them (the default is the date only)
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True,
                                "extensive_search": True},
    )
    if result is None or result.body is None:
        return [], result
    return _paragraphs(result.body), result


_FRAGMENT_BLOCKS = {
    "p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "figcaption",
    "figure", "pre", "table", "thead", "tbody", "tr", "div", "section", "article", "header", "footer", "aside", "hr",
}


def fragment_paragraphs(html: str) -> list[str]:
    """Paragraphs of an HTML fragment without main-text detection (a feed entry is all article).

    Every block element is a paragraph (a block quote's paragraphs each their own); text
    between blocks and runs split by a double <br> are paragraphs too; one <br> is a line break.
    """
    from lxml import html as lxml_html
    from lxml_html_clean import Cleaner

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
        root = Cleaner(scripts=True, javascript=True, style=True, comments=True, forms=True,
                       page_structure=False, safe_attrs_only=False).clean_html(root)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk; fall back to plain text
        return [p.strip() for p in re.split(r"\n\s*\n", html) if p.strip()]
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    out: list[str] = []

    def flush(parts: list[str]) -> None:
        for chunk in re.split(r"\n[ \t]*\n", "".join(parts)):
            lines = (_SPACE.sub(" ", line).strip() for line in chunk.split("\n"))
            text = "\n".join(line for line in lines if line)
            if text:
                out.append(text)
        parts.clear()

    def walk(el: Any) -> None:
        parts: list[str] = [el.text or ""]
        for child in el:
            if isinstance(child.tag, str) and child.tag in _FRAGMENT_BLOCKS:
                flush(parts)
                walk(child)
            elif isinstance(child.tag, str):
                parts.append(child.text_content())
            parts.append(child.tail or "")
        flush(parts)

    walk(root)
    return out


def _paragraphs(body: Any) -> list[str]:
    out: list[str] = []

    def inline(el: Any) -> str:
        parts: list[str] = []

        def walk(node: Any) -> None:
            if node.text:
                parts.append(node.text)
            for child in node:
                if child.tag == "lb":
                    parts.append("\n")
                else:
                    walk(child)
                if child.tail:
                    parts.append(child.tail)

        walk(el)
        lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
        return "\n".join(line for line in lines if line)

    def block(el: Any) -> None:
        # A container (quote, list, table, div) yields one paragraph per block child; text
        # directly inside it (a <blockquote> without <p>) is its own paragraph too.
        if el.tag in ("quote", "list", "table", "div", "body", "main", "row") and any(
            child.tag in _BLOCKS for child in el
        ):
            if el.text and el.text.strip():
                out.append(_SPACE.sub(" ", el.text).strip())
            for child in el:
                if child.tag in _BLOCKS:
                    block(child)
                elif child.tag != "lb":
                    text = inline(child)
                    if text:
                        out.append(text)
                if child.tail and child.tail.strip():
                    out.append(_SPACE.sub(" ", child.tail).strip())
            return
        text = inline(el)
        if text:
            out.append(text)

    for child in body:
        block(child)
    return out


def read_html(
    data: bytes | str,
    source: str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    provenance: dict[str, Any] | None = None,
) -> Document:
    """One article from a page. Raises :class:`InputError` when no article text is found."""
    html = data if isinstance(data, str) else decode(data, source, declared_charset(data, content_type))
    paragraphs, meta = html_to_paragraphs(html, url=url)
    if not paragraphs:
        raise InputError(source, "no article text found in the HTML page")
    title = getattr(meta, "title", None) or None
    page_url = url or getattr(meta, "url", None) or None
    canonical = getattr(meta, "url", None) or None  # trafilatura reads <link rel=canonical>/og:url
    if paragraphs and title and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    text = with_title(title, join_paragraphs(paragraphs))
    # A page without any URL is keyed by its absolute path, so ./a.html and a.html are one article.
    key = canonical or page_url or (os.path.abspath(source) if os.path.exists(source) else source)
    return Document(
        id=doc_id(key),
        text=text,
        title=title,
        url=page_url,
        canonical_url=canonical,
        author=getattr(meta, "author", None) or None,
        published=iso_date(getattr(meta, "date", None)),
        site=getattr(meta, "sitename", None) or getattr(meta, "hostname", None) or None,
        provenance={"file": source, **(provenance or {})},
    )


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return norm(a) == norm(b)
