"""Load the English pipeline shipped inside the package (offline, once per process)."""

from __future__ import annotations

import functools
import logging
import pathlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..errors import WhosaidError

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# The trained pipeline (tok2vec, tagger, ner, and a parser with its own tok2vec) as saved by
# spaCy's nlp.to_disk.
MODEL_DIR = pathlib.Path(__file__).resolve().parent.parent / "models" / "en_whosaid"


def load_pipeline(disable: Iterable[str] = ()) -> Language:
    """Return whosaid's spaCy ``Language``, loaded from the package once per process.

    Token.tag_ holds PTB tags (NNP, VBD, PRP...), Token.dep_ UD relations (nsubj, ccomp...),
    Doc.sents comes from the parser and Doc.ents has PERSON, ORG, LOC and MISC.
    ``disable``: components to switch off for speed, e.g. ``("ner",)`` when only parses are
    needed; each distinct set is loaded once and cached. Raises WhosaidError when the
    package has no trained pipeline.
    """
    return _load(tuple(sorted(set(disable))))


@functools.lru_cache(maxsize=8)
def _load(disable: tuple[str, ...]) -> Language:
    import spacy

    if not (MODEL_DIR / "config.cfg").is_file():
        raise WhosaidError(f"{MODEL_DIR}: no trained pipeline; run `whosaid train-model`")
    nlp = spacy.load(MODEL_DIR, disable=list(disable))
    log.info("loaded %s (%s)", MODEL_DIR, ", ".join(nlp.pipe_names))
    return nlp


load_pipeline.cache_clear = _load.cache_clear  # type: ignore[attr-defined]  # after re-training
