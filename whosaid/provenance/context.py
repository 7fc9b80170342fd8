"""The words around a quote that say how it was given: its attribution context.

A quote's context is the sentence holding its cue (or, without a cue, its speaker mention, or
the sentence just before a block quote), cut to that paragraph, plus the sentence the quote
itself sits in when it is a partial quote inside narrative.  The words of every quotation are
blanked out, so "nude photos on social media" inside a quote never reads as a channel.
"""

from __future__ import annotations

from typing import Any

from ..people.lookup import sentence_at, sentences_of
from ..records import Document, Quote


MAX_REACH = 600  # characters either side of a cue that may hold its channel or hedge


class Contexts:
    def __init__(self, doc: Document, analysis: Any = None):
        self.doc = doc
        self.text = doc.text
        self.sents = sentences_of(doc.text, analysis)
        chars = list(doc.text)
        for q in doc.quotes:
            for i in range(max(0, q.start), min(len(chars), q.end)):
                if chars[i] != "\n":
                    chars[i] = " "
        self.masked = "".join(chars)  # same offsets as text, quotation words blanked

    def paragraph(self, pos: int) -> tuple[int, int]:
        s = self.text.rfind("\n\n", 0, pos)
        s = 0 if s < 0 else s + 2
        e = self.text.find("\n\n", pos)
        return s, len(self.text) if e < 0 else e

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, cut to its paragraph."""
        s, e = sentence_at(self.sents, pos)
        ps, pe = self.paragraph(pos)
        if e <= s:
            s, e = ps, pe
        # attribution words stand near the cue: a run-on "sentence" is cut to a window around it
        return max(s, ps, pos - MAX_REACH), min(e, pe, pos + MAX_REACH)

    def regions(self, q: Quote) -> list[tuple[int, int]]:
        """Stretches of text that attribute ``q``, nearest first."""
        out: list[tuple[int, int]] = []
        anchor = q.cue.start if q.cue else (q.speaker.mention.start if q.speaker.mention else None)
        if anchor is not None:
            out.append(self.sentence(anchor))
        inside = self.sentence(q.start)
        if inside not in out and self.masked[inside[0]:inside[1]].strip():
            out.append(inside)
        if anchor is None:  # a block quote without cue: the sentence before it
            prev = self.text[:q.start].rstrip(" \n“\"‘'«„")
            if prev:
                out.append(self.sentence(len(prev) - 1))
        return out
