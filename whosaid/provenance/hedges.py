"""Hedged attributions: "reportedly said", "claimed", "allegedly told", "seemingly".

A quote is hedged when its cue is a hedging verb ("claimed", "alleged") or a hedging word
stands in the same clause as the cue, outside any quotation.
"""

from __future__ import annotations

import re

HEDGE_CUE = re.compile(r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|purport(?:s|ed|ing)?)\b", re.I)
HEDGE_WORD = re.compile(
    # (?=[...]): the first letters of the words below, checked before trying each of them
    r"\b(?=[rapsociw])(?:reportedly|allegedly|purportedly|supposedly|seemingly|apparently|ostensibly|rumou?red|"
    r"claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|is\s+said\s+to|was\s+said\s+to|according\s+to\s+(?:reports|rumou?rs|sources))\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[;:—–]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b")


def find_hedge(masked: str, cue: tuple[int, int] | None, region: tuple[int, int],
               mention: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The hedging words attached to a cue within ``region`` (offsets into ``masked``), if any."""
    if cue is not None and HEDGE_CUE.search(masked[cue[0]:cue[1]]):
        m = HEDGE_CUE.search(masked[cue[0]:cue[1]])
        return cue[0] + m.start(), cue[0] + m.end()
    anchor = cue or mention
    if anchor is None:
        return None
    lo, hi = region
    # the clause around the cue: stop at clause breaks on either side
    left = lo
    for b in _CLAUSE_BREAK.finditer(masked, lo, anchor[0]):
        left = b.end()
    right = hi
    b = _CLAUSE_BREAK.search(masked, anchor[1], hi)
    if b:
        right = b.start()
    if mention is not None and lo <= mention[0] < anchor[0]:
        left = min(left, mention[0])
    best = None
    for m in HEDGE_WORD.finditer(masked, left, right):
        dist = min(abs(m.start() - anchor[1]), abs(anchor[0] - m.end()))
        if best is None or dist < best[0]:
            best = (dist, m.start(), m.end())
    return (best[1], best[2]) if best else None
