"""The quotation-mark scanner: every style, apostrophes told apart, nesting, multi-paragraph.

``scan_quotes(text)`` returns the top-level quotations (the outermost pair of marks); a quote
nested inside another stays part of its outer quote and is not returned on its own.

Rules (why):
* “ ” „ « » are unambiguous; the straight " opens when it follows a space, line start or an
  opening bracket/dash and touches a word, and closes otherwise.
* ’ and ' between two letters are apostrophes ("that’s"); after an s and before a space they
  are a possessive ("actress’ nonstop") unless a single-quoted quote is open in the same
  paragraph; ‘ and ' open only before a word and only count when a closer follows in the
  paragraph, so "‘90s" stays a word.
* A paragraph that opens a double quote and does not close it continues into the next
  paragraph when that one opens with a quotation mark (news convention for long quotes; with
  curly single marks too, as British papers write them); any other unclosed double quote ends
  at its paragraph's end, and an unclosed single one is no quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«\""
DOUBLE_CLOSE = {"“": "”\"", "„": "“”\"", "«": "»", "\"": "\"”", "”": "”\""}
SINGLE_OPEN = "‘'‚‹"
MARKS = re.compile(r"[\"“”„«»‘’'‚‹›]")
# ‘90s, ‘em, ‘cause, ‘til, ‘n’: an elision, not an opening mark
_ELISION = re.compile(r"(?:\d\ds?\b|em\b|cause\b|til\b|tis\b|twas\b|n[’']|bout\b|round\b)", re.IGNORECASE)
_OPEN_BEFORE = set(" \t\n\u00a0([{—–-/:;,\u2060")


@dataclass(slots=True)
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # end of the content (before the closing mark)
    open_pos: int  # position of the opening mark
    close_pos: int | None  # position of the closing mark; None when unclosed
    single: bool = False  # single marks (‘...’)
    paragraphs: int = 1  # how many paragraphs the quote runs over


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _can_open(text: str, i: int) -> bool:
    return (_prev(text, i) in _OPEN_BEFORE or _prev(text, i) in DOUBLE_OPEN + SINGLE_OPEN) and not _next(text, i).isspace()


def _can_close(text: str, i: int) -> bool:
    return not _prev(text, i).isspace()


def _single_closer(text: str, i: int, end: int) -> int | None:
    """Position of the ’/' closing a single quote opened just before ``i``, within ``end``."""
    for m in re.finditer(r"[’'›]", text[i:end]):
        j = i + m.start()
        p, n = _prev(text, j), _next(text, j)
        if p.isalpha() and n.isalpha():
            continue  # apostrophe inside a word
        if p.isspace():
            continue
        if p in "sS" and n == " " and re.match(r" [a-z]", text[j + 1:j + 3]) and _later_closer(text, j + 1, end):
            continue  # a possessive s’ with a better closer still ahead
        return j
    return None


def _later_closer(text: str, i: int, end: int) -> bool:
    for m in re.finditer(r"[’'›]", text[i:end]):
        j = i + m.start()
        if not _prev(text, j).isspace() and not (_prev(text, j).isalpha() and _next(text, j).isalpha()):
            return True
    return False


def _para_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def scan_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Top-level quotations in ``text[start:end]``, in order.

    Two apostrophes or backticks (``''`` / ``````, a typewriter convention some newspapers keep)
    count as one double mark.
    """
    if "''" in text or "``" in text:
        # same length: the first of the two becomes a zero-width joiner, the second a straight "
        work = text.replace("''", "\u2060\"").replace("``", "\u2060\"")
        out = _scan(work, start, end)
        for q in out:
            if q.end > q.start and work[q.end - 1] == "\u2060":
                q.end -= 1
            if q.start < q.end and work[q.start - 1] == "\"" and q.start >= 2 and work[q.start - 2] == "\u2060":
                q.open_pos = q.start - 2
        return [q for q in out if q.end > q.start]
    return _scan(text, start, end)


def _scan(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    end = len(text) if end is None else end
    out: list[QuoteSpan] = []
    i = start
    while True:
        m = MARKS.search(text, i, end)
        if not m:
            break
        j = m.start()
        ch = text[j]
        if ch == "”" and (j == 0 or text[j - 1] == "\n") and _next(text, j).isalnum():
            ch = "“"  # a paragraph opening with a closing mark: a typo for an opener
        if ch in DOUBLE_OPEN and (ch != "\"" or _can_open(text, j)):
            q = _close_double(text, j, end)
            if q is not None:
                out.append(q)
                i = (q.close_pos + 1) if q.close_pos is not None else q.end
                continue
        elif ch in SINGLE_OPEN and _can_open(text, j) and (_next(text, j).isalnum() or _next(text, j) in "“\"") \
                and not _ELISION.match(text, j + 1):
            q = _close_single(text, j, end)
            if q is not None:
                out.append(q)
                i = q.end + 1
                continue
        i = j + 1
    return [q for q in out if q.end > q.start]


def _close_single(text: str, j: int, end: int) -> QuoteSpan | None:
    """Follow a single quote opened at ``j`` to its closer. A curly ‘ (or a straight ' opening a
    block) left open at a paragraph's end continues when the next paragraph re-opens with the same
    mark (British news style for long quotes);
    otherwise an unclosed single mark is no quotation (it may be an elision or a typo)."""
    i, paras = j + 1, 1
    while i < end:
        pe = min(_para_end(text, i), end)
        c = _single_closer(text, i, pe)
        if c is not None:
            return QuoteSpan(j + 1, c, j, c, single=True, paragraphs=paras) if c > j + 1 else None
        n = pe
        while n < end and text[n].isspace():
            n += 1
        # a straight ' continues only from a block opener (paragraph start or after a colon):
        # elsewhere it is too often an apostrophe
        block = text[j] == "'" and (j == 0 or text[j - 1] == "\n" or text[max(0, j - 2):j].strip() == ":")
        if (text[j] != "‘" and not block) or n + 1 >= end or text[n] != text[j] or not text[n + 1].isalnum():
            return None
        paras += 1
        i = n + 1
    return None


def _close_double(text: str, j: int, end: int) -> QuoteSpan | None:
    """Follow a double quote opened at ``j`` to its closing mark, across paragraphs if needed."""
    opener = text[j]
    closers = DOUBLE_CLOSE.get(opener, "”\"")
    i = j + 1
    paras = 1
    while i < end:
        pe = min(_para_end(text, i), end)
        k = i
        found = None
        depth = 0
        while k < pe:
            c = text[k]
            if c in closers and (c != "\"" or _can_close(text, k) or _next(text, k) in " \n.,;:!?)"):
                if depth:
                    depth -= 1  # closes a same-style quote nested inside: “... “hell” ...”
                    k += 1
                    continue
                found = k
                break
            if c == opener and c in "“«" and _can_open(text, k):
                ahead = text[k:pe]
                if sum(ahead.count(x) for x in closers) >= depth + 2:
                    depth += 1
                    k += 1
                    continue
            if c in "“«" and c != opener and opener != "„" and _can_open(text, k):
                # a fresh opener before any closer: the earlier mark was unbalanced
                break
            k += 1
        if found is not None:
            return QuoteSpan(j + 1, found, j, found, paragraphs=paras)
        if k < pe:  # broke on a new opener: end the unbalanced quote before it
            e = k
            while e > j + 1 and text[e - 1].isspace():
                e -= 1
            return QuoteSpan(j + 1, e, j, None, paragraphs=paras)
        # paragraph ended without a closer: continue if the next paragraph opens a quote
        n = pe
        while n < end and text[n].isspace():
            n += 1
        if n < end and text[n] in DOUBLE_OPEN and (text[n] == "\"") == (opener == "\"") and _can_open(text, n):
            paras += 1
            i = n + 1
            continue
        e = pe
        while e > j + 1 and text[e - 1].isspace():
            e -= 1
        return QuoteSpan(j + 1, e, j, None, paragraphs=paras)
    return None
