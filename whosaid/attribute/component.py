"""The spaCy pipeline component ``whosaid_quotes``: quotations and speakers on a spaCy ``Doc``.

    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("whosaid_quotes")          # found through the package's spacy_factories entry point
    doc = nlp("“We will win,” said Ana Lopez.")
    doc._.quotes[0]["speaker"]["name"]       # 'Ana Lopez'
    doc.spans["quotes"]                      # the quotation spans (token-aligned, label direct|indirect)
    doc.spans["speakers"]                    # the speaker mentions, in the same order

``doc._.quotes`` holds the ``quotes`` list of the extract contract (character offsets into
``doc.text``); ``doc._.people`` the ``people`` list. The component runs whosaid's own rules
and does not need the pipeline's parser, so it can sit in any English pipeline.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Document


def _register_extensions() -> None:
    for name in ("quotes", "people"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class QuoteComponent:
    """Callable pipeline component; ``with_people`` also clusters people (and speaker names)."""

    def __init__(self, nlp: Language, name: str = "whosaid_quotes", with_people: bool = True):
        self.name = name
        self.with_people = with_people
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from . import attribute

        record = Document(id="spacy", text=doc.text)
        analysis = attribute(record)
        if self.with_people:
            from ..people import resolve_people

            resolve_people(record, analysis)
        quotes = [q.to_dict() for q in record.quotes]
        doc._.quotes = quotes
        doc._.people = [p.to_dict() for p in record.people]
        spans, speakers = [], []
        for q in record.quotes:
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
            m = q.speaker.mention
            sp = doc.char_span(m.start, m.end, label=q.speaker.kind, alignment_mode="expand") if m else None
            if sp is not None:
                speakers.append(sp)
        doc.spans["quotes"] = spans
        doc.spans["speakers"] = speakers
        return doc


@Language.factory("whosaid_quotes", default_config={"with_people": True})
def make_quote_component(nlp: Language, name: str, with_people: bool = True) -> Any:
    """Factory for ``nlp.add_pipe("whosaid_quotes")``."""
    return QuoteComponent(nlp, name, with_people)
