"""spaCy factory ``whosaid_quotes`` (entry point in pyproject.toml).

Placeholder written by the pipeline owner (issue 3) so that spaCy, which imports every
registered entry point when it builds a ``Language``, can start before the attribution engine
lands; the attribution owner replaces the body.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def make_quote_component(nlp: Language, name: str):
    """Return a pipe that leaves docs unchanged until the attribution engine exists."""

    def quote_component(doc: Doc) -> Doc:
        return doc

    return quote_component


Language.factory("whosaid_quotes")(make_quote_component)
