"""The Analysis object later stages code against (see whosaid/attribute/analysis.py)."""

from __future__ import annotations

from whosaid.attribute import attribute
from whosaid.people import resolve_people
from whosaid.records import Document

TEXT = ("Mayor Ines Moreau opened the bridge on Friday. “It took ten years,” she said.\n\n"
        "Her deputy, Omar Haddad, said the tolls would end in May.")


def analysed():
    doc = Document(id="a", text=TEXT)
    an = attribute(doc)
    resolve_people(doc, an)
    return doc, an


def test_sentences_tokens_and_offsets() -> None:
    _, an = analysed()
    assert an.text == TEXT
    starts = [TEXT[s:e] for s, e in an.sentences]
    assert starts[0] == "Mayor Ines Moreau opened the bridge on Friday."
    i = an.sentence_at(TEXT.index("took"))
    assert TEXT[an.sentences[i][0]:an.sentences[i][1]].startswith("“It took ten years,”")
    for tok in an.tokens(0):
        assert TEXT[tok.start:tok.end] == tok.text


def test_person_at_and_speaker_mentions() -> None:
    doc, an = analysed()
    she = TEXT.index("she said")
    assert an.person_at(she, she + 3).name == "Ines Moreau"
    assert an.person_at(TEXT.index("Omar"), TEXT.index("Omar") + 4).name == "Omar Haddad"
    assert {m.text for m in an.speaker_mentions.values()} >= {"she", "Omar Haddad"}
    assert any(m.kind == "name" and m.text.endswith("Ines Moreau") for m in an.entities)
    assert [q.speaker.person_id for q in doc.quotes] == [an.person_at(she, she + 3).id,
                                                         an.person_at(TEXT.index("Omar"), TEXT.index("Omar") + 4).id]


def test_parse_maps_tokens_back_to_document_offsets() -> None:
    _, an = analysed()
    s, e = an.sentences[2]
    parsed = an.parse(s, e)
    if parsed is None:  # no trained pipeline installed: callers fall back to rules
        return
    assert parsed.user_data["whosaid_offset"] == s
    for tok in parsed:
        assert TEXT[tok.idx + s:tok.idx + s + len(tok.text)] == tok.text
    assert an.parse(s, e) is parsed  # cached
