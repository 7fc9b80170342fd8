"""Boilerplate is marked as spans with kinds (never deleted) and turned into metadata."""

from __future__ import annotations

import pytest

from whosaid.clean import find_boilerplate, mark_boilerplate, split_sources
from whosaid.records import Document


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in find_boilerplate(text).spans]


def test_seed_boilerplate_lines_are_marked_with_their_kinds(seed_text, seed_gold):
    doc = Document(id="seed", text=seed_text)
    mark_boilerplate(doc)
    found = {(b.kind, b.text) for b in doc.boilerplate}
    expected = {(b["kind"], b["text"]) for b in seed_gold["boilerplate"]}
    assert found == expected
    assert {b.kind for b in doc.boilerplate} == {"related_link", "reader_prompt", "image_credit", "syndication_footer"}
    for b in doc.boilerplate:
        assert seed_text[b.start : b.end] == b.text
    assert doc.original_publisher == "Perez Hilton"
    assert doc.text == seed_text  # nothing deleted


def test_seed_image_credit_becomes_image_sources(seed_text):
    doc = Document(id="seed", text=seed_text)
    mark_boilerplate(doc)
    assert len(doc.image_sources) == 2
    assert any(s.endswith("/Instagram") for s in doc.image_sources)


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("The post Ten Things We Learned From The Cup Final appeared first on Pitchside Daily.", "Pitchside Daily"),
        ("The post Mayor Says ‘No Comment’ appeared first on City Pulse", "City Pulse"),
        ("This article originally appeared on The Harbour Times.", "The Harbour Times"),
        ("This story was originally published by Northern Ledger.", "Northern Ledger"),
        ("Originally published on Garden Notes", "Garden Notes"),
        ("The post Harbour Wins Again first appeared on Tide Weekly.", "Tide Weekly"),
    ],
)
def test_syndication_footer_variants_set_original_publisher(line, publisher):
    text = f"Headline here\n\nA paragraph of the story, with nothing special in it.\n\n{line}\n"
    doc = Document(id="x", text=text)
    mark_boilerplate(doc)
    assert [(b.kind, b.text) for b in doc.boilerplate] == [("syndication_footer", line)]
    assert doc.original_publisher == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Related: Singer Cancels Tour Dates In Three Cities",
        "RELATED: The council votes on the bus lanes again",
        "Read more: How the bakery won its second prize",
        "See also — Ten years of night markets",
        "Don't miss: our guide to the summer festivals",
        "READ NEXT: Why the ferry timetable keeps changing",
    ],
)
def test_related_link_variants(line):
    assert kinds(f"Body sentence one.\n\n{line}\n\nBody sentence two.") == [("related_link", line)]


@pytest.mark.parametrize(
    "line, sources",
    [
        ("[Image via Ana Ruiz/Instagram, Backgrid]", ["Ana Ruiz/Instagram", "Backgrid"]),
        ("(Photo by Tom Hale/Getty Images)", ["Tom Hale/Getty Images"]),
        ("[Photo: Reuters]", ["Reuters"]),
        ("Image credit: Lin Wu / City Pulse", ["Lin Wu/City Pulse"]),
        ("Photo: Northern Ledger and AP", ["Northern Ledger", "AP"]),
        ("[Featured image via Canva]", ["Canva"]),
    ],
)
def test_image_credit_variants_give_sources(line, sources):
    doc = Document(id="x", text=f"A story paragraph.\n\n{line}")
    mark_boilerplate(doc)
    assert [(b.kind, b.text) for b in doc.boilerplate] == [("image_credit", line)]
    assert doc.image_sources == sources


@pytest.mark.parametrize(
    "paragraph, prompt",
    [
        ("She hopes to reopen next year. Thoughts, Pulse readers? Let us know in the comments below.",
         "Thoughts, Pulse readers? Let us know in the comments below."),
        ("What do you think of the new logo? Sound off in the comments!",
         "What do you think of the new logo? Sound off in the comments!"),
        ("Are you going to the festival? Tell us in the comments.", "Are you going to the festival? Tell us in the comments."),
        ("The band will tour in May. Share your thoughts in the comments below.",
         "Share your thoughts in the comments below."),
        ("Thoughts, Pulse readers?", "Thoughts, Pulse readers?"),
        ("So, what do you make of the new kit, fans?", "So, what do you make of the new kit, fans?"),
    ],
)
def test_reader_prompt_is_a_sentence_span_inside_the_paragraph(paragraph, prompt):
    text = f"Headline\n\n{paragraph}"
    spans = find_boilerplate(text).spans
    assert [(b.kind, b.text) for b in spans] == [("reader_prompt", prompt)]
    assert text[spans[0].start : spans[0].end] == prompt


@pytest.mark.parametrize(
    "line",
    [
        "Share this article on Facebook",
        "Sign up for our newsletter to get the morning briefing in your inbox.",
        "Follow us on Instagram for more.",
        "Advertisement",
    ],
)
def test_share_and_newsletter_lines_are_other(line):
    assert kinds(f"A story paragraph.\n\n{line}") == [("other", line)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # article sentences that only resemble boilerplate stay article text
        "“Let us know in the comments,” the vlogger told her followers, before the stream cut out.",
        "Related cases have been heard in three other courts this year, the judge said.",
        "The photo, taken by a neighbour, shows the fire spreading to the roof.",
        "He said the post appeared first on a fan forum before spreading.",
        "Will the mayor run again? She would not say when asked on Tuesday.",
        "Why did the council ignore its own readers?",
        "“Are you ready, fans?” the singer shouted.",
        "Readers of the paper were told to share the article on the day of the vote, which became a "
        "long-running campaign the editors still talk about, although few of them remember who started "
        "it or why it mattered so much to the town at the time.",
    ],
)
def test_article_sentences_are_not_marked(paragraph):
    assert kinds(f"Headline\n\n{paragraph}") == []


def test_marking_is_idempotent_and_keeps_offsets(seed_text):
    doc = Document(id="seed", text=seed_text)
    mark_boilerplate(doc)
    first = [b.to_dict() for b in doc.boilerplate]
    mark_boilerplate(doc)
    assert [b.to_dict() for b in doc.boilerplate] == first
    assert len(doc.image_sources) == 2


def test_crlf_text_spans_exclude_line_ends():
    text = "Headline\r\n\r\nBody.\r\n\r\n[Photo: Ana Ruiz]\r\n"
    [span] = find_boilerplate(text).spans
    assert span.text == "[Photo: Ana Ruiz]" and text[span.start : span.end] == span.text


def test_split_sources_keeps_slash_pairs_together():
    assert split_sources("Ana Ruiz/Instagram, Backgrid; AP") == ["Ana Ruiz/Instagram", "Backgrid", "AP"]
