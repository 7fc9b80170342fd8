"""Is a token an attribution cue here?  Cue forms in context, without a parser.

``is_cue`` checks a form against the lexicon (``lexicon.cue_forms``) and its neighbours: "the hope
that" and "Trump's tweet" are nouns, "reports that" after a preposition is a noun, "another
argued" has its subject in the determiner. ``is_cue_at`` also rejects adjective uses ("his
recently revealed plan"); ``is_retort`` reads "shot back" as one cue. The token helpers and the
preposition sets here are shared with the noun-phrase finders of ``mentions``.
"""

from __future__ import annotations

from .lexicon import DETERMINERS, SKIP_BEFORE_CUE, cue_forms, that_cue_forms
from .text import Token

_PREPS = {"to", "of", "for", "with", "at", "from", "in", "on", "close", "familiar", "near", "inside", "within"}
# Prepositions that cannot sit inside a role before a name ("under a photo Kira Mott posted").
_MORE_PREPS = {"under", "over", "after", "before", "about", "into", "through", "during", "without", "behind",
               "across", "against", "among", "around", "between", "beyond", "despite", "outside", "toward",
               "towards", "upon", "via", "like", "alongside"}


def _possessive(t: Token) -> bool:
    return t.text.endswith(("'s", "’s", "s'", "s’"))


def _adverb(t: Token) -> bool:
    low = t.lower
    return (low.endswith("ly") and len(low) > 4 and low not in {"july", "italy", "family", "ally", "holly", "kelly",
                                                               "emily", "billy", "molly", "sally", "polly"}) or low in SKIP_BEFORE_CUE


_NOUN_BEFORE = DETERMINERS | {"be", "of", "no", "any", "whose", "new", "own", "false", "such", "without", "his", "her"}
# Prepositions before a form that is then a noun ("after reports that ...").
_PREPS_BEFORE_NOUN = _PREPS | _MORE_PREPS | {"amid", "following"}


# Forms that are nouns as often as verbs: cues only before "that" ("The Post reports that ...").
THAT_ONLY = {"reports", "report", "notes", "points", "shares", "posts", "states", "writes", "claims", "says",
             "ruled", "ruling"}  # ("the judge ruled that ...": a court speaks)


def is_cue(t: Token, prev: Token | None = None, nxt: Token | None = None) -> bool:
    """``t`` is a cue form (and, with ``prev``, not a noun: "the hope that", "Trump's tweet")."""
    low = t.lower
    if low not in cue_forms():
        if nxt is not None and nxt.lower == "that" and (low in THAT_ONLY or (
                low in that_cue_forms() and t.text.islower())):
            # ("after reports that ...": a noun after a preposition)
            return prev is None or prev.lower not in _NOUN_BEFORE and prev.lower not in _PREPS_BEFORE_NOUN
        return False
    if prev is None:
        return True
    if prev.lower in _PRONOUN_DETERMINERS and (low.endswith("ed") or low in _IRREGULAR_CUES):
        return True  # "another argued", "some claimed": the determiner stands alone as the subject
    if low in THAT_ONLY and prev.lower in _PREPS_BEFORE_NOUN:
        return False  # "sold in the UK after reports that ...": a noun after a preposition
    return prev.lower not in _NOUN_BEFORE and not (_possessive(prev) and low in _NOUNISH)


_IRREGULAR_CUES = {"said", "says", "told", "tells", "wrote", "writes", "thought", "felt", "knew"}
_PRONOUN_DETERMINERS = {"another", "one", "two", "three", "four", "five", "some", "many", "others", "both", "each",
                        "several", "few", "most", "all"}


# Verbs that make a retort with "back" ("she shot back", "he hit back").
_RETORTS = {"shot", "shoots", "fired", "fires", "hit", "hits", "bit", "bites", "clapped", "claps", "snapped", "snaps",
            "fought", "wrote", "texted", "messaged"}


def is_retort(toks: list[Token], i: int) -> bool:
    """"shot back", "hit back": a cue closing a quotation ("“You protected me?” she shot back")."""
    return toks[i].lower in _RETORTS and i + 1 < len(toks) and toks[i + 1].lower == "back"


def is_cue_at(toks: list[Token], i: int) -> bool:
    """``is_cue`` with its context, also rejecting adjective uses ("his recently revealed plan")."""
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not is_cue(toks[i], prev, nxt):
        return False
    j = i - 1
    while j >= 0 and _adverb(toks[j]) and toks[j].lower.endswith("ly"):
        j -= 1
    return not (j < i - 1 and j >= 0 and (toks[j].lower in DETERMINERS or _possessive(toks[j])))


_NOUNISH = {"tweet", "post", "statement", "claim", "claims", "report", "warning", "remarks", "comments", "hope",
            "fear", "fears", "promise", "vow", "call", "calls", "note", "estimate", "estimates", "thinking",
            "writing", "feeling", "posting", "tweets", "posts", "warnings"}
