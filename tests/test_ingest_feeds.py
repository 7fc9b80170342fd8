"""RSS 2.0, Atom and RDF feeds through feedparser: one article per entry, from the full content."""

from __future__ import annotations

import logging

from whosaid.demo import FEED
from whosaid.errors import InputError
from whosaid.ingest import iter_documents
from whosaid.records import Document

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Notes</title><link>https://harbour.example</link><description>d</description>
<item>
  <title>Lighthouse Keeper Says Goodbye</title>
  <link>https://harbour.example/2024/04/lighthouse-keeper/</link>
  <guid isPermaLink="false">https://harbour.example/?p=7</guid>
  <dc:creator>Nils Aaro</dc:creator>
  <pubDate>Tue, 02 Apr 2024 08:00:00 +0200</pubDate>
  <description><![CDATA[Only the teaser [&#8230;]]]></description>
  <content:encoded><![CDATA[<p>The keeper locked the door for the last time.</p>
<p>&#8220;I will miss the gulls,&#8221; Edda Holm said. She added:</p>
<blockquote><p>&#8220;Not the stairs, though.&#8221;</p></blockquote>
<p>The post <a href="x">Lighthouse Keeper Says Goodbye</a> appeared first on <a href="y">Harbour Notes</a>.</p>]]></content:encoded>
</item>
<item>
  <title>Summary Only</title>
  <link>https://harbour.example/2024/04/summary-only/</link>
  <description><![CDATA[<p>A feed that only has a description still gives its text.</p>]]></description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Courier</title><link href="https://valley.example/"/><id>urn:valley</id><updated>2024-03-01T12:00:00Z</updated>
  <entry>
    <title>Orchard Opens Early</title>
    <link href="https://valley.example/orchard-opens-early"/>
    <id>urn:valley:entry:1</id>
    <updated>2024-03-01T12:00:00Z</updated>
    <author><name>Ines Varga</name></author>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The orchard opened two weeks early.&lt;/p&gt;&lt;p&gt;&#8220;The bees decided,&#8221; farmer Ole Brandt said.&lt;/p&gt;</content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://plain.example/"><title>Plain Weekly</title><link>https://plain.example/</link><description>d</description></channel>
  <item rdf:about="https://plain.example/tram">
    <title>Tram Line Extended</title><link>https://plain.example/tram</link>
    <description>The tram line will reach the hospital by 2026, the transport office said.</description>
    <dc:date>2024-01-15T09:30:00+00:00</dc:date>
  </item>
</rdf:RDF>
"""


def read(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(iter_documents([str(path)])), path


def test_rss_uses_full_content_encoded_not_the_summary(tmp_path):
    items, path = read(tmp_path, "harbour.xml", RSS)
    first, second = items
    assert "teaser" not in first.text
    assert first.text.split("\n\n") == [
        "Lighthouse Keeper Says Goodbye",
        "The keeper locked the door for the last time.",
        "“I will miss the gulls,” Edda Holm said. She added:",
        "“Not the stairs, though.”",
        "The post Lighthouse Keeper Says Goodbye appeared first on Harbour Notes.",
    ]
    assert first.url == "https://harbour.example/2024/04/lighthouse-keeper/"
    assert first.published == "2024-04-02T08:00:00+02:00"
    assert first.author == "Nils Aaro" and first.site == "Harbour Notes"
    assert first.provenance == {"file": str(path), "feed": "https://harbour.example",
                                "feed_entry": "https://harbour.example/?p=7", "entry_index": 0}
    assert second.text.endswith("A feed that only has a description still gives its text.")


def test_atom_uses_content_over_summary(tmp_path):
    [doc], _ = read(tmp_path, "valley.atom", ATOM)
    assert "Short summary" not in doc.text
    assert doc.text == "Orchard Opens Early\n\nThe orchard opened two weeks early.\n\n“The bees decided,” farmer Ole Brandt said."
    assert doc.author == "Ines Varga" and doc.site == "Valley Courier"
    assert doc.provenance["feed_entry"] == "urn:valley:entry:1"


def test_rdf_feed(tmp_path):
    [doc], _ = read(tmp_path, "plain.rdf", RDF)
    assert doc.title == "Tram Line Extended"
    assert doc.text.endswith("the transport office said.")
    assert doc.published == "2024-01-15T09:30:00+00:00"


def test_feed_without_a_feed_suffix_is_sniffed(tmp_path):
    items, _ = read(tmp_path, "download", RSS)
    assert len([d for d in items if isinstance(d, Document)]) == 2


def test_ill_formed_feed_is_read_as_far_as_it_goes_with_a_warning(tmp_path, caplog):
    broken = RSS.replace("</channel></rss>", "<item><title>Cut off <b>mid</title>")
    with caplog.at_level(logging.WARNING, logger="whosaid"):
        items, path = read(tmp_path, "broken.xml", broken)
    docs = [d for d in items if isinstance(d, Document)]
    assert docs and docs[0].title == "Lighthouse Keeper Says Goodbye"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(w.startswith(f"{path}: ill-formed feed, read as far as it goes") for w in warnings)


def test_xml_that_is_no_feed_is_an_error(tmp_path):
    items, path = read(tmp_path, "junk.xml", "<?xml version='1.0'?><inventory><item>bolt</item>")
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert str(items[0]).startswith(f"{path}: ")


def test_demo_feed_has_its_articles():
    docs = [d for d in iter_documents([str(FEED)]) if isinstance(d, Document)]
    assert 5 <= len(docs) <= 10
    assert all(d.site == "The Gossip Ladle" and d.published and d.url for d in docs)
    assert len({d.id for d in docs}) == len(docs)


def test_entry_html_without_p_tags_keeps_paragraphs_and_line_breaks(tmp_path):
    body = ("&lt;div&gt;The pier reopened on Friday.&lt;br/&gt;Crowds came early.&lt;br/&gt;&lt;br/&gt;"
            "&#8220;Finally,&#8221; said fisherman Aldo Ricci.&lt;/div&gt;&lt;blockquote&gt;One more thing.&lt;/blockquote&gt;"
            "&lt;script&gt;track()&lt;/script&gt;")
    feed = RSS.replace("<description>d</description>", "<description>d</description>", 1)
    feed = feed.replace("<![CDATA[<p>A feed that only has a description still gives its text.</p>]]>", body)
    items, _ = read(tmp_path, "pier.xml", feed)
    assert items[1].text.split("\n\n") == [
        "Summary Only", "The pier reopened on Friday.\nCrowds came early.", "“Finally,” said fisherman Aldo Ricci.",
        "One more thing.",
    ]
