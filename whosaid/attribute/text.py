"""Cheap text layout: word tokens with offsets, paragraphs and sentences, headline detection.

Everything here is regex work over the whole article, so it runs on every character; the
spaCy parse (when there is one) is only asked for the few sentences attribution needs.
"""

from __future__ import annotations

import re

_ABBREV = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr", "prof",
    "rev", "hon", "pres", "u.s", "u.k", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar",
    "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ave", "mt", "ft", "lb", "e.g", "i.e", "etc", "capt",
    "maj", "adm", "supt", "det", "insp", "atty", "gens", "reps", "sens", "d", "r",
}


class Token:
    """A word or punctuation mark with document offsets (``lower`` is computed once)."""

    __slots__ = ("start", "end", "text", "lower")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with document offsets."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


# A word keeps inner apostrophes and hyphens ("that’s", "J-Lo"); initials stay whole ("U.S."), and
# so do numbers with separators ("200,000", "47.3", "1,400-member": their commas end no phrase) and
# plural possessives before a noun ("the tenants’ union").
_WORD = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Det|Sens|Reps)\.|"
                   r"[A-Z]\.(?=\s+[A-Z])|(?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-\w+)*|\d+\.\d+(?:-\w+)*|"
                   r"\w+(?:[-'’&]\w+)*s['’](?=\s+[a-z])|\w+(?:[-'’&]\w+)*|[^\w\s]", re.UNICODE)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line block; a single line break also ends a paragraph."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# (two marks may open the next sentence: typewriter '' quotes)
_SENT_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+(?:''|[\"'“‘«(\[])?[A-Z0-9À-Ý—–-])")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence (start, end) spans inside the paragraph ``text[start:end]``."""
    out = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        e = m.end()
        # "Mr. Smith", "U.S. officials", "J. Smith": an abbreviation, not a sentence end.
        wm = re.search(r"(\w+(?:\.\w+)*)\.$", text[max(start, m.start() - 12):m.start() + 1])
        if text[m.start()] == "." and m.end() - m.start() == 1 and wm:
            w = wm.group(1).lower()
            if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                continue
        if e - s > 1:
            out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if end > s:
        out.append((s, end))
    return out


_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs"}


def is_headline(text: str, start: int, end: int) -> bool:
    """A title line: short, no sentence-final period, most words capitalised."""
    line = text[start:end]
    if len(line) > 200 or line.rstrip().endswith(":"):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line)]
    if len(words) < 3:
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    caps = sum(1 for w in content if w[0].isupper())
    return caps >= 0.75 * max(1, len(content))
