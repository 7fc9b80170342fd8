"""Direct and indirect quotations with their cue and speaker mention, sentence by sentence.

One pass over the article's sentences in order:
* each top-level quotation (``marks.scan_quotes``) is attributed by the patterns around it —
  ``QUOTE , NP CUE`` / ``QUOTE , CUE NP`` after it, ``NP CUE ... QUOTE`` before it, the colon
  ending the previous paragraph (block quotes), or the previous attribution (continuation);
  short quotations with no cue are scare quotes, titles or nicknames and are dropped;
* each cue outside quotations gives indirect speech when a clause follows it
  (``NP said (that) CLAUSE``), precedes it (``CLAUSE, NP said.``) or frames ``according to NP``;
  a reported clause that contains a quotation becomes one mixed direct quote instead.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..records import Document, Quote, Span, Speaker
from . import mentions as M
from .analysis import Analysis, Mention
from .lexicon import DETERMINERS, OBJECT_FIRST, ORG_HEADS, PARTICLES, TIME_WORDS, TITLES, WEAK

TITLES_LOWER = TITLES
ORG_WORDS_LOWER = {"spokesperson", "spokesman", "spokeswoman", "representative", "rep"} | (ORG_HEADS - {"rep"})
from .marks import QuoteSpan, scan_quotes
from .text import Token, is_headline, paragraphs, sentences, tokenize

log = logging.getLogger(__name__)

_MEDIA_NOUNS = {"song", "single", "album", "film", "movie", "show", "series", "book", "novel", "titled", "called",
                "dubbed", "nicknamed", "named", "track", "hit", "episode", "documentary", "play", "musical",
                "memoir", "tour", "podcast", "program", "programme", "column", "article", "headline", "slogan",
                "hashtag", "term", "word", "phrase", "so-called", "label", "labeled", "branded"}
_CLAUSE_PUNCT = {".", "!", "?", ";"}
_PREP_START = {"in", "on", "at", "to", "for", "with", "by", "about", "during", "after", "before", "from", "of",
               "over", "under", "into", "through", "via", "this", "last", "earlier", "later", "when", "while",
               "and", "or", "but", "as", "because", "than", "if", "him", "them", "me", "us",
               "yes", "no", "hello", "goodbye", "sorry", "thanks", "otherwise", "nothing", "something",
               "little", "very", "up", "out", "down", "off", "back"}


# Words that may follow an attribution cue that closes a quotation ("Trump said, looking ...",
# "she said on Monday").
_AFTER_CUE = {"on", "in", "at", "during", "as", "while", "before", "after", "from", "to", "with", "via",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
              "yesterday", "recently", "later", "earlier", "afterward", "afterwards", "then", "again"}
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s")


@dataclass(slots=True)
class Attribution:
    """Who said it, as found around the cue."""

    mention: Mention | None
    cue: Span | None
    confidence: float


def _mask(text: str, quotes: list[QuoteSpan]) -> str:
    """``text`` with each quotation's inside replaced by x's, so layout rules ignore it."""
    parts = []
    pos = 0
    for q in quotes:
        parts.append(text[pos:q.start])
        inner = text[q.start:q.end]
        tail = len(inner) - len(inner.rstrip(".!?…"))
        # capital X: a sentence may start with the quotation ("... she said. “Nobody ...”")
        parts.append("X" * (len(inner) - tail) + inner[len(inner) - tail:])
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)


class _Frames:
    """Token frames of sentences with each quotation collapsed into one QUOTE token."""

    def __init__(self, an: Analysis, quotes: list[QuoteSpan]):
        self.an = an
        self.quotes = quotes
        self.by_sentence: dict[int, list[int]] = {}
        for qi, q in enumerate(quotes):
            si = an.sentence_at(q.open_pos)
            if si is None:
                si = an.sentence_at(q.start)
            if si is not None:
                self.by_sentence.setdefault(si, []).append(qi)
        self._cache: dict[int, tuple[list[Token], dict[int, int]]] = {}

    def frame(self, si: int) -> tuple[list[Token], dict[int, int]]:
        """(tokens, {quote index: token index}) of sentence ``si``."""
        if si in self._cache:
            return self._cache[si]
        text = self.an.text
        s, e = self.an.sentences[si]
        toks: list[Token] = []
        where: dict[int, int] = {}
        pos = s
        for qi in self.by_sentence.get(si, []):
            q = self.quotes[qi]
            toks.extend(tokenize(text, pos, q.open_pos))
            where[qi] = len(toks)
            close = q.close_pos + 1 if q.close_pos is not None else q.end
            toks.append(Token(q.open_pos, close, M.QUOTE))
            pos = close
        toks.extend(tokenize(text, pos, max(pos, e)))
        self._cache[si] = (toks, where)
        return toks, where


def _mention(an: Analysis, toks: list[Token], np: tuple[int, int, str] | None, si: int) -> Mention | None:
    if np is None:
        return None
    a, b, kind = np
    if kind == "descriptor" and M.is_name_token(toks[b]) and not M._possessive(toks[b]):
        # "his daughter Ava", "Clinton campaign manager Robby Mook": the name is who speaks
        n = b
        while n - 1 > a and M.is_name_token(toks[n - 1]) and not M._possessive(toks[n - 1]) \
                and toks[n - 1].lower.rstrip(".") not in TITLES_LOWER:
            n -= 1
        words_before = [t.lower for t in toks[a:n]]
        if not any(w in ORG_WORDS_LOWER for w in words_before) or n == b:
            a, kind = n, "name"
    start, end = toks[a].start, toks[b].end
    words = [t.text for t in toks[a:b + 1]]
    m = Mention(start, end, an.text[start:end], kind, si)
    m.speaker_kind = M.speaker_kind(words, kind)
    return m


def _cue_span(an: Analysis, toks: list[Token], c: int) -> Span:
    end = c
    if c + 1 < len(toks) and toks[c + 1].lower in PARTICLES and toks[c].lower.startswith(("call", "point", "lash", "went")):
        end = c + 1
    return Span.of(an.text, toks[c].start, toks[end].end)


def _conf(m: Mention | None, base: float) -> float:
    if m is None:
        return 0.2
    return round(base * {"name": 1.0, "pronoun": 0.92, "descriptor": 0.85}.get(m.kind, 0.8), 3)


def _participle(toks: list[Token], c: int) -> bool:
    """``..., saying:`` / ``while calling out ...`` / ``, going on to say``: the subject is the sentence's."""
    j = c
    if not toks[c].lower.endswith("ing"):
        j = c - 1
        while j > 0 and toks[j].lower in ("on", "to", "further", "also", "then"):
            j -= 1
        if j == c - 1 or not toks[j].lower.endswith("ing"):
            return False
    return j > 0 and (toks[j - 1].text in (",", "—", "–", ";")
                      or toks[j - 1].lower in ("while", "by", "when", "after", "before", "as"))


def _speaker_for_cue(an: Analysis, toks: list[Token], c: int, si: int, earlier: Mention | None = None) -> Mention | None:
    if _participle(toks, c):
        np = M.sentence_subject(toks, c)
        if earlier is not None and (np is None or earlier.kind != "pronoun" or earlier.text.lower() not in ("who", "which")):
            return earlier
        # "“...,” Rendell recalled, suggesting ...": the speaker of the clause's own cue
        for j in range(c - 2, -1, -1):
            if toks[j].text in _CLAUSE_PUNCT:
                break
            if M.is_cue(toks[j], toks[j - 1] if j else None) and not _participle(toks, j):
                prev = M.np_before(toks, j) or M.np_after(toks, j)
                if prev is not None and prev[2] in ("name", "pronoun"):
                    return _mention(an, toks, prev, si)
                break
        return _mention(an, toks, np, si)
    np = M.np_before(toks, c)
    if np is None and c >= 2 and toks[c - 1].lower in ("and", "but", "or"):
        # "after she attacked officers and blamed ...": the subject of the first verb
        for j in range(c - 2, max(-1, c - 18), -1):
            cand = M.np_ending_at(toks, j)
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if cand and cand[2] in ("pronoun", "name") and nxt is not None and (
                    M.is_cue(nxt) or re.fullmatch(r"[a-z]+(ed|s)", nxt.text)):
                np = cand
                break
    if np is None and c + 1 < len(toks):
        j = c - 1
        while j >= 0 and M._adverb(toks[j]):
            j -= 1
        if j < 0 or M.is_quote(toks[j]) or toks[j].text in (",", "—", "–", ":", "("):
            np = M.np_after(toks, c)  # "said Smith", "adds the source"
    if np is None:
        np = M.sentence_subject(toks, c)
    return _mention(an, toks, np, si)


def _chain_head(toks: list[Token], c: int) -> int:
    """``noted they had said ...``: the outermost cue of a chain of reported speech."""
    for _ in range(3):
        np = M.np_before(toks, c)
        if np is None:
            return c
        j = np[0] - 1
        if j >= 0 and toks[j].lower == "that":
            j -= 1
        if j >= 0 and M.is_cue(toks[j], toks[j - 1] if j else None) and not _participle(toks, j):
            c = j
        else:
            return c
    return c


# Cues whose content may be a to-infinitive: "agreed to clean up the mines".
_INFINITIVE_CUES = {"promised", "promises", "vowed", "vows", "pledged", "pledges", "threatened", "threatens",
                    "urged", "urges", "vowing", "promising", "pledging", "urging"}
_VERBISH = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
            "could", "do", "does", "did", "so", "such", "should", "may", "might", "must"}
_DATA_NOUNS = {"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "data",
               "numbers", "figures", "records", "research", "findings", "results", "review", "audit", "memo",
               "documents", "estimates", "statistics", "census", "investigation", "probe", "test", "tests"}


def _tail_ok(toks: list[Token], j: int) -> bool:
    """What may follow a cue that closes its sentence: time, place, outlet, "in a statement"."""
    return all(x.lower in _AFTER_CUE or not re.search(r"\w", x.text) or x.text[0].isupper()
               or x.lower in ("a", "an", "the", "his", "her", "their", "its", "statement", "interview", "email",
                              "letter", "report", "post", "tweet", "video", "speech", "rally", "conference",
                              "news", "press", "briefing", "told", "reporters", "week", "night", "morning",
                              "afternoon", "evening", "last", "this", "recent", "earlier", "later", "phone",
                              "television", "radio", "podcast", "call", "message", "book", "memoir", "hearing")
               or re.fullmatch(r"\d[\w.,:]*", x.text) for x in toks[j:])


_STRONG = {"said", "says", "say", "saying", "told", "tells", "claimed", "claims", "claiming", "wrote", "writes",
           "added", "adding", "argued", "argues", "arguing", "insisted", "insists", "noted", "stated", "explained",
           "suggested", "warned", "believes", "believe", "thinks", "think", "announced", "declared", "tweeted",
           "reported", "reports", "testified", "acknowledged", "admitted", "contended", "asserted", "predicted"}


def _left_cue(toks: list[Token], qpos: int) -> tuple[int, int] | None:
    """The cue governing a quotation at token ``qpos``: the outermost speech verb of the clause
    ("Trump said ... Clinton described X as “...”" is Trump's), else the nearest cue."""
    nearest = None
    for c in range(qpos - 1, -1, -1):
        t = toks[c]
        if t.text in _CLAUSE_PUNCT:
            break
        if t.text == "," and c + 1 < qpos and toks[c + 1].lower in ("and", "but", "while", "whereas", "although"):
            break  # a new coordinated clause: cues before it govern something else
        if t.lower == "according":
            return (c, c) if nearest is None else (nearest, nearest)
        if M.is_cue(t, toks[c - 1] if c else None, toks[c + 1] if c + 1 < len(toks) else None):
            if nearest is None:
                nearest = _chain_head(toks, c)
            elif t.lower in _STRONG and c < nearest:
                # "― Trump boasted, “...”": a dash or comma before the nearer cue's subject starts a
                # new main clause, so the outer cue does not govern this quotation
                np = M.np_before(toks, nearest)
                j = (np[0] if np else nearest) - 1
                if j >= 0 and toks[j].text in ("―", "—", "–", ";", ","):
                    return nearest, nearest
                return _chain_head(toks, c), nearest
    return None if nearest is None else (nearest, nearest)


def _right_attribution(an: Analysis, toks: list[Token], qpos: int, si: int) -> tuple[Mention | None, int] | None:
    """``QUOTE , she said`` / ``QUOTE said Smith`` / ``QUOTE , Smith, a spokesman, said``: (speaker, cue)."""
    k = qpos + 1
    dash = False
    while k < len(toks) and toks[k].text in (",", "—", "–", "-", "―"):
        dash = dash or toks[k].text != ","
        k += 1
    if k >= len(toks):
        return None
    if M.is_cue(toks[k]):
        np = M.np_after(toks, k)
        return (_mention(an, toks, np, si), k) if np else None
    np = M.np_starting_at(toks, k)
    if np is None:
        return None
    paren = 0
    for b in range(np[1] + 1, min(len(toks), np[1] + 26)):
        paren += {"(": 1, ")": -1}.get(toks[b].text, 0)
        if paren > 0:
            continue  # "Rep. John Mica (R-Fla.) said"
        if toks[b].text == "." and b + 1 < len(toks) and toks[b + 1].text in (",", ")"):
            continue  # "Mitch McConnell, R-Ky., said": an abbreviation's period
        if M.is_quote(toks[b]) or toks[b].text in _CLAUSE_PUNCT:
            break
        if M.is_cue(toks[b], toks[b - 1]):
            return _mention(an, toks, np, si), b
    b = np[1] + 1
    # "“...,” Vitter demanded." : a name or pronoun and one verb closing the sentence
    if np[2] in ("name", "pronoun") and b < len(toks) and re.match(r"^[a-z]+(ed|s)$", toks[b].text) \
            and (b + 1 == len(toks) or toks[b + 1].text in (".", ",", "!", "?")):
        return _mention(an, toks, np, si), b
    if dash and np[2] == "name" and all(not re.search(r"\w", t.text) for t in toks[np[1] + 1:np[1] + 2]):
        return _mention(an, toks, np, si), k - 1  # “...” ― Jane Doe
    return None


def _is_title_or_term(an: Analysis, toks: list[Token], qpos: int, q: QuoteSpan) -> bool:
    words = re.findall(r"[\w'’-]+", an.text[q.start:q.end])
    if not words:
        return True
    prev = toks[qpos - 1].lower if qpos > 0 else ""
    if prev in _MEDIA_NOUNS or (qpos > 1 and toks[qpos - 2].lower in _MEDIA_NOUNS and prev in ("the", "a", ",")):
        return True
    # a nickname between a first and a last name: Kevin “K-Fed” Federline
    if len(words) <= 3 and 0 < qpos < len(toks) - 1 and M.is_name_token(toks[qpos - 1]) and M.is_name_token(toks[qpos + 1]):
        return True
    return is_title_case(words) and qpos > 0 and prev not in (",", ":", "—") and not M.is_cue(toks[qpos - 1])


_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "vs"}


def is_title_case(words: list[str]) -> bool:
    """CBS's “Face the Nation”, a “Commander-in-Chief Forum”: a name or title, not speech."""
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return 2 <= len(words) <= 7 and bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


class _Attributor:
    def __init__(self, doc: Document, an: Analysis, quotes: list[QuoteSpan]):
        self.doc = doc
        self.an = an
        self.quotes = quotes
        self.frames = _Frames(an, quotes)
        self.out: list[tuple[Quote, Mention | None]] = []
        self.last: Attribution | None = None
        self.last_sentence = -10
        self.headline = bool(an.paragraphs) and is_headline(an.text, *an.paragraphs[0])
        self.para_of_sentence: list[int] = []
        pi = 0
        for s, _e in an.sentences:
            while pi + 1 < len(an.paragraphs) and an.paragraphs[pi + 1][0] <= s:
                pi += 1
            self.para_of_sentence.append(pi)

    # -- helpers -------------------------------------------------------------------------
    def _in_headline(self, si: int) -> bool:
        return self.headline and self.para_of_sentence[si] == 0

    def _emit(self, start: int, end: int, kind: str, att: Attribution) -> None:
        text = self.an.text
        while start < end and text[start] in " \t\n\u00a0":
            start += 1
        while end > start and text[end - 1] in " \t\n\u00a0":
            end -= 1
        if end <= start:
            return
        m = att.mention
        sp = Speaker(name=None, kind=m.speaker_kind if m else "unknown",
                     mention=Span(m.start, m.end, m.text) if m else None, confidence=att.confidence)
        self.out.append((Quote(start, end, text[start:end], kind, speaker=sp, cue=att.cue), m))

    def _intro_attribution(self, si: int) -> Attribution | None:
        """Block quote: the sentence before ends with a colon ("She added:", "..., saying:")."""
        if si == 0:
            return None
        pi = self.para_of_sentence[si]
        prev = si - 1
        s, e = self.an.sentences[prev]
        if self.doc.in_boilerplate(s, e):
            return None
        if not self.an.text[s:e].rstrip().endswith(":"):
            return None
        if self.para_of_sentence[prev] != pi and self.para_of_sentence[prev] != pi - 1:
            return None
        toks, _ = self.frames.frame(prev)
        end = len(toks) - 1
        for c in range(end, -1, -1):
            if M.is_quote(toks[c]):
                break
            if M.is_cue(toks[c]):
                m = _speaker_for_cue(self.an, toks, c, prev)
                if m is None and self.last:
                    m = self.last.mention
                return Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.9))
        c = end - 1 if end >= 1 and toks[end].text == ":" else end
        if c >= 1 and re.fullmatch(r"[a-z]+(s|ed)", toks[c].text):
            np = M.np_before(toks, c)
            if np is not None:  # "The New York Times reports:", "Smith writes:"
                m = _mention(self.an, toks, np, prev)
                return Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.85))
        m = _mention(self.an, toks, M.sentence_subject(toks), prev)
        return Attribution(m, None, _conf(m, 0.6)) if m else None

    def _later_cue(self, si: int, toks: list[Token], qpos: int) -> tuple[Attribution, int] | None:
        """``QUOTE to drive up the price, she said``: a mixed clause ended by ``, NP cue``."""
        for b in range(qpos + 2, len(toks)):
            if M.is_quote(toks[b]) or toks[b].text in _CLAUSE_PUNCT:
                return None
            if M.is_cue(toks[b], toks[b - 1]):
                np = M.np_before(toks, b)
                if np and np[0] > qpos + 1 and toks[np[0] - 1].text == ",":
                    m = _mention(self.an, toks, np, si)
                    return Attribution(m, _cue_span(self.an, toks, b), _conf(m, 0.8)), toks[np[0] - 2].end
                return None
        return None

    def _next_sentence_attribution(self, si: int) -> Attribution | None:
        """``“We will win.” Smith said.``: a short "NP cue." sentence right after the quotation."""
        nxt = si + 1
        if nxt >= len(self.an.sentences) or self.para_of_sentence[nxt] != self.para_of_sentence[si]:
            return None
        toks, _ = self.frames.frame(nxt)
        words = [t for t in toks if re.search(r"\w", t.text)]
        if not words or any(M.is_quote(t) for t in toks):
            return None
        r = _right_attribution(self.an, [Token(0, 0, M.QUOTE)] + toks, 0, nxt)
        if r is None:
            return None
        m, c = r
        after = toks[c] if c < len(toks) else None  # (index shifted by the QUOTE token)
        if len(words) > 7 and not (after is None or after.text in (",", ".", "!", "?") or after.lower in _AFTER_CUE):
            return None  # "Smith said the plan failed.": its own reported speech, not this quote's
        return Attribution(m, _cue_span(self.an, toks, c - 1), _conf(m, 0.85))

    def _continuation(self, si: int) -> Attribution | None:
        if self.last and si - self.last_sentence <= 3 and self.last.mention is not None:
            return Attribution(self.last.mention, self.last.cue, 0.55)
        return None

    # -- direct --------------------------------------------------------------------------
    def direct(self, si: int, qi: int, indirect_starts: dict[int, tuple[int, Attribution]]) -> None:
        q = self.quotes[qi]
        toks, where = self.frames.frame(si)
        qpos = where[qi]
        att: Attribution | None = None
        start = q.start
        extend_to: int | None = None
        right = _right_attribution(self.an, toks, qpos, si)
        if right is not None:
            m, c = right
            att = Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.95))
        if att is None:
            found = _left_cue(toks, qpos)
            if found is not None:
                c, near = found
                if toks[c].lower == "according":
                    np = M.np_after(toks, c + 1) if c + 1 < len(toks) and toks[c + 1].lower == "to" else None
                    m = _mention(self.an, toks, np, si)
                    cue = Span.of(self.an.text, toks[c].start, toks[min(c + 1, len(toks) - 1)].end)
                else:
                    earlier = self.last.mention if self.last and self.last_sentence == si else None
                    m = _speaker_for_cue(self.an, toks, c, si, earlier)
                    cue = _cue_span(self.an, toks, c)
                att = Attribution(m, cue, _conf(m, 0.9))
                # mixed quote: the reported clause runs from after the (nearest) cue to the quotation
                c = near
                gap = [t for t in toks[c + 1:qpos] if t.lower not in ("that", ",", ":", "out", "up", "for", "to", "—", "-")]
                if (gap and not self._in_headline(si) and len(gap) <= 15 and toks[c].lower != "according"
                        and not any(M.is_quote(t) for t in gap) and toks[qpos - 1].text != ":"):
                    first = next(t for t in toks[c + 1:qpos] if t in gap)
                    thats = [i for i in range(c + 1, qpos) if toks[i].lower == "that"]
                    if thats and thats[0] + 1 < qpos and toks[thats[0] + 1] in gap:
                        first = toks[thats[0] + 1]  # "told fans on Sunday that ..."
                    start = first.start
                    if toks[c].lower in _STRONG and qpos + 1 < len(toks):
                        # "said he won “every debate” in which he took part": the clause goes on
                        e = self._content_end(toks, qpos + 1)
                        if e > qpos + 1 and not any(M.is_quote(t) for t in toks[qpos + 1:e]):
                            extend_to = toks[e - 1].end
        end = q.end if extend_to is None else max(q.end, extend_to)
        if att is None and qpos >= 2 and toks[qpos - 1].text == ":":
            # "Obama is rolling out a new message: “It's about me.”"
            subj = M.sentence_subject(toks, qpos - 1)
            m = _mention(self.an, toks, subj, si) if subj else None
            if m is not None:
                att = Attribution(m, None, _conf(m, 0.6))
        if att is None:
            later = self._later_cue(si, toks, qpos)
            if later is not None:
                att, end = later
        tm = _TRANSCRIPT.match(self.an.text, q.start, q.end)
        if tm and (att is None or att.cue is None or qpos == 0):
            # "PENCE: Well, ..." — a transcript line names its speaker
            m = Mention(tm.start(1), tm.end(1), tm.group(1), "name", si, speaker_kind="person")
            att = Attribution(m, None, 0.8)
        short = len(re.findall(r"\w+", self.an.text[q.start:q.end])) <= 4 and q.paragraphs == 1
        if att is None and qpos == len(toks) - 1 or att is None and all(not re.search(r"\w", t.text) for t in toks[qpos + 1:]):
            att = self._next_sentence_attribution(si)
        if att is None:
            alone = all(M.is_quote(t) or not re.search(r"\w", t.text) for t in toks)
            if qpos == 0 or alone:
                att = self._intro_attribution(si)
                if att is None and alone:
                    att = self._continuation(si)
        if att is None:
            if short or _is_title_or_term(self.an, toks, qpos, q):
                return  # scare quote, title, nickname or term
            subj = M.sentence_subject(toks)
            m = _mention(self.an, toks, subj, si) if subj and subj[0] < qpos else None
            att = Attribution(m, None, 0.4) if m else (self._continuation(si) or Attribution(None, None, 0.2))
        elif short and att.cue is None and _is_title_or_term(self.an, toks, qpos, q):
            return
        elif not self._in_headline(si) and _is_title_or_term(self.an, toks, qpos, q) and \
                is_title_case(re.findall(r"[\w'’-]+", self.an.text[q.start:q.end])) and start == q.start:
            return  # a programme, event or book title inside a sentence that has a cue elsewhere
        self._emit(start, end, "direct", att)
        if att.mention is not None:
            self.last = att
            self.last_sentence = si

    # -- indirect ------------------------------------------------------------------------
    def indirect(self, si: int) -> list[tuple[int, int, Attribution]]:
        """Reported clauses of sentence ``si``: (start, end, attribution)."""
        toks, _ = self.frames.frame(si)
        found = []
        n = len(toks)
        used_until = -1
        for c, t in enumerate(toks):
            if c <= used_until:
                continue
            low = t.lower
            if low == "according" and c + 1 < n and toks[c + 1].lower == "to":
                r = self._according(si, toks, c)
                if r:
                    found.append(r)
                continue
            if not M.is_cue(t, toks[c - 1] if c else None):
                continue
            if found and _chain_head(toks, c) != c and any(start <= t.start < end for start, end, _ in found):
                continue  # "said it believes ...": the same speaker's inner verb, inside the outer content
            nxt = c + 1
            while nxt < n and toks[nxt].lower in TIME_WORDS and toks[nxt].lower not in ("on",):
                nxt += 1  # "called Friday for ..."
            if low in ("called", "calls", "calling", "call") and nxt < n and toks[nxt].lower in ("for", "on") \
                    and nxt - c <= 2:
                r = self._called_for(si, toks, c, nxt)
            else:
                r = self._forward(si, toks, c) or self._backward(si, toks, c)
            if r:
                found.append(r)
                # a cue inside this content still gives its own (nested) attribution: measured
                # slightly better on PolNeAR dev than folding it into the outer one
                used_until = c
        return found

    def _content_end(self, toks: list[Token], k: int) -> int:
        """Index after the last token of a clause starting at ``k`` (stops at ; : and quotes' ends)."""
        e = k
        n = len(toks)
        while e < n and toks[e].text not in (";", ":") and not (toks[e].text in _CLAUSE_PUNCT and e == n - 1):
            nxt = toks[e + 1] if e + 1 < n else None
            if toks[e].text in ("―", "--") and e > k:
                break  # "their support -- who cited ...": an aside after a dash
            # ", but instant polls are ..." / ", and rights groups warned ...": a new clause
            if toks[e].text == "," and e > k + 2 and nxt is not None and nxt.lower in ("but", "and", "while", "whereas",
                                                                                    "although", "though"):
                if nxt.lower != "and":
                    break
                np = M.np_starting_at(toks, e + 2)
                if np is not None and np[1] + 1 < n and (toks[np[1] + 1].lower in _VERBISH or M.is_cue(toks[np[1] + 1])
                                                         or re.fullmatch(r"[a-z]+ed", toks[np[1] + 1].text)):
                    break
            # "..., the source added." : the attribution closing the sentence is not content
            if toks[e].text == "," and e > k + 2:
                np = M.np_starting_at(toks, e + 1)
                if np is not None:
                    j = np[1] + 1
                    while j < n and M._adverb(toks[j]):
                        j += 1
                    if j < n and M.is_cue(toks[j]):
                        break  # ", Ham also noted ...": a new attribution begins
            # ", arguing that ..." / "but noted that ..." / "— and he noted": the next attribution starts
            if nxt is not None and (toks[e].text == "," and e > k + 2 or toks[e].lower in ("but", "and") and e > k):
                j = e + 1
                subject = False
                if toks[e].lower in ("but", "and"):
                    np = M.np_starting_at(toks, j)
                    if np is not None and np[1] - np[0] < 3:
                        j, subject = np[1] + 1, True
                while j < n and M._adverb(toks[j]) and toks[j].lower not in ("on", "to"):
                    j += 1
                if j < n and M.is_cue(toks[j]):
                    after = toks[j + 1].lower if j + 1 < n else ""
                    if toks[e].text == "," and (toks[j].lower.endswith("ing") or subject or j > e + 1):
                        break
                    # "... but noted that ..." coordinates with the outer cue; "... and declined to
                    # attend" stays inside the reported clause
                    if toks[e].text != "," and (subject or after in ("that", ":")
                                                or (toks[j].lower in ("said", "says", "added") and e > k + 2)):
                        break
            e += 1
        while e > k and re.fullmatch(r"[^\w\x00]+", toks[e - 1].text):
            e -= 1
        return e

    def _forward(self, si: int, toks: list[Token], c: int):
        n = len(toks)
        inv = M.np_after(toks, c) if c >= 1 and toks[c - 1].text == "," else None
        if inv is not None and inv[2] in ("name", "pronoun") and (inv[1] + 1 >= n or toks[inv[1] + 1].text in (",", ".", "(")):
            return None  # "..., said Brian Baker, a ...": the speaker follows, the content came before
        j = c - 1
        while j >= 0 and toks[j].text in (",", "—", "–"):
            j -= 1
        if j >= 0 and M.is_quote(toks[j]) and j < c - 1 or j >= 0 and M.is_quote(toks[j]):
            return None  # “...,” said Smith, a deckhand: what follows is the speaker
        k = c + 1
        low = toks[c].lower
        if k < n and toks[k].lower in PARTICLES and low.startswith(("point", "call", "lash", "went")):
            k += 1
        strong = False
        if k < n and toks[k].lower in ("whether", "if", "how", "why", "what", "who", "when", "where") and \
                low.startswith(("ask", "wonder", "question", "inquir", "want")):
            strong = True  # "We asked whether ...": an indirect question
        # look for "that" shortly after: "said in a statement that", "told reporters that"
        for j in range(k, min(n, k + (13 if low in _STRONG else 9)) if not strong else k):
            w = toks[j]
            if w.lower == "that" and (j == k or all(x.text not in _CLAUSE_PUNCT and not M.is_cue(x) for x in toks[k:j])):
                if j == k or low in OBJECT_FIRST or (low in _STRONG and not any(x.lower in _VERBISH or x.lower.endswith("ed") for x in toks[k:j])) or all(x.lower in TIME_WORDS or x.lower in _PREP_START or x.text[0].isupper() or x.lower in ("a", "an", "the", "statement", "interview", "reporters", "radio", "television", "conference", "press", "news", "rally", "speech", "week", "wednesday") or x.lower.endswith("day") for x in toks[k:j]):
                    k = j + 1
                    strong = True
                break
            if w.text in _CLAUSE_PUNCT or M.is_quote(w):
                break
        if not strong:
            if low in OBJECT_FIRST:
                np = M.np_starting_at(toks, k)
                if np is None and k < n and toks[k].lower in ("reporters", "them", "him", "her", "me", "us", "people", "supporters", "voters", "viewers", "fans"):
                    np = (k, k, "descriptor")
                if np:
                    k = np[1] + 1
                    cut = next((j for j in range(np[0] + 1, np[1] + 1) if toks[j].lower in ("to", "that")), None)
                    if cut is not None:
                        k = cut  # "asked the candidates to discuss ..."
                    # "told Bill Smith of Fox News this week." : an addressee and no reported clause
                    while k < n and (toks[k].lower in _PREP_START or toks[k].lower in TIME_WORDS
                                     or toks[k].text[0].isupper() or toks[k].lower in ("a", "an", "the")):
                        if toks[k].lower in ("that", "to"):
                            break
                        k += 1
                    if k < n and toks[k].lower == "to" and low in ("asked", "asks", "urged", "urges", "told", "begged"):
                        strong = True  # "asked the candidates to discuss their ideas": a request
                    elif k >= n or toks[k].text in (",", ".", "!", "?") or toks[k].lower == "to":
                        return None
            if not strong and k < n and toks[k].text in (",", ":"):
                return None
            if not strong and low in WEAK and not self._data_subject(toks, c):
                return None
        if k >= n:
            return None
        e = self._content_end(toks, k)
        if e - k < 3:
            return None
        first = toks[k].lower
        infinitive = first == "to" and low in _INFINITIVE_CUES
        if not strong and not infinitive and (first in _PREP_START or M.is_cue(toks[k])):
            return None
        if any(M.is_quote(t) for t in toks[k:e]):
            return None  # a mixed quote: the direct pass takes it
        m = _speaker_for_cue(self.an, toks, c, si)
        att = Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.8 if strong else 0.7))
        return toks[k].start, toks[e - 1].end, att

    def _data_subject(self, toks: list[Token], c: int) -> bool:
        """"The poll showed Clinton ahead": polls, studies and reports show without a that-clause."""
        np = M.np_before(toks, c)
        return np is not None and toks[np[1]].lower in _DATA_NOUNS

    def _called_for(self, si: int, toks: list[Token], c: int, prep: int):
        """"called for more school investment (in a statement)": the demand is the content."""
        k = prep + 1
        e = k
        while e < len(toks) and toks[e].text not in _CLAUSE_PUNCT and toks[e].text not in (",", ";", ":") \
                and not (toks[e].lower in ("in", "on", "at", "during") and e > k):
            e += 1
        if e - k < 2 or any(M.is_quote(t) for t in toks[k:e]):
            return None
        m = _speaker_for_cue(self.an, toks, c, si)
        return toks[k].start, toks[e - 1].end, Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.7))

    def _backward(self, si: int, toks: list[Token], c: int):
        """``CLAUSE, Smith said.`` / ``CLAUSE, said Smith.``"""
        np = M.np_before(toks, c)
        inverted = False
        if np is None or np[0] == 0:
            np2 = M.np_after(toks, c)
            if np2 is not None:
                np, inverted = np2, True
        if np is None:
            return None
        before = c if inverted else np[0]
        if not inverted and before >= 1 and toks[before - 1].lower == "as" and (
                toks[c].lower in _STRONG or toks[c].lower in ("pointed", "noted", "wrote", "put", "observed")):
            m = _mention(self.an, toks, np, si)
            att = Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.7))
            comma = next((j for j in range(c + 1, len(toks)) if toks[j].text == ","), None)
            if before == 1 and comma is not None:
                # "As one analyst pointed out, the gap is vast."
                e = self._content_end(toks, comma + 1)
                if e - comma > 3 and not any(M.is_quote(t) for t in toks[comma + 1:e]):
                    return toks[comma + 1].start, toks[e - 1].end, att
                return None
            if before >= 3 and toks[before - 2].text == "," and comma is not None and comma + 1 < len(toks) \
                    and re.match(r"^[a-z]", toks[comma + 1].text):
                # "Hawaii, as one adviser pointed out, rarely gets two hurricanes."
                e = self._content_end(toks, comma + 1)
                if not any(M.is_quote(t) for t in toks[:e]):
                    return toks[0].start, toks[e - 1].end, att
        if before >= 3 and toks[before - 1].lower == "as" and toks[before - 2].text == ",":
            before -= 1  # "..., as police have said."
        if before < 2 or toks[before - 1].text != ",":
            return None
        after = (np[1] + 1) if inverted else (c + 1)
        e = before - 1
        k = 0
        # "Acts of protest, Mr. Obama said, are acts of patriotism": the whole sentence is reported
        comma = next((j for j in range(after, min(len(toks), after + 6)) if toks[j].text == ","), None)
        if comma is not None and comma + 1 < len(toks) and re.match(r"^[a-z]", toks[comma + 1].text) \
                and toks[comma + 1].lower not in DETERMINERS and all(x.lower in _AFTER_CUE or x.text[0].isupper() or x.lower in ("a", "an", "the")
                                     or x.lower in ("report", "statement", "interview", "email", "letter")
                                     for x in toks[after:comma]):
            tail = self._content_end(toks, comma + 1)
            if tail - comma > 2 and not any(M.is_quote(t) for t in toks[:tail]):
                m = _mention(self.an, toks, np, si)
                return toks[0].start, toks[tail - 1].end, Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.7))
        rest = [t for t in toks[after:] if re.search(r"\w", t.text)]
        if any(M.is_quote(t) for t in toks[after:]):
            return None
        # "..., said Brian Baker, a longtime adviser to the family who ...": the apposition may run on
        if not (inverted and after < len(toks) and toks[after].text == ",") and (len(rest) > 8 or not _tail_ok(toks, after)):
            return None
        if any(M.is_quote(t) for t in toks[k:e]) or e - k < 3:
            return None
        m = _mention(self.an, toks, np, si)
        return toks[k].start, toks[e - 1].end, Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.75))

    def _according(self, si: int, toks: list[Token], c: int):
        np = M.np_after(toks, c + 1)
        if np is None:
            return None
        m = _mention(self.an, toks, np, si)
        cue = Span.of(self.an.text, toks[c].start, toks[c + 1].end)
        att = Attribution(m, cue, _conf(m, 0.75))
        n = len(toks)
        if c > 1 and toks[c - 1].text == ",":
            e = c - 1
            if e >= 3 and not any(M.is_quote(t) for t in toks[:e]):
                return toks[0].start, toks[e - 1].end, att
            return None
        k = np[1] + 1
        while k < n and toks[k].text != ",":
            k += 1
        k += 1
        e = self._content_end(toks, k) if k < n else k
        if e - k >= 3 and not any(M.is_quote(t) for t in toks[k:e]):
            return toks[k].start, toks[e - 1].end, att
        return None

    # -- the pass ------------------------------------------------------------------------
    def run(self) -> list[tuple[Quote, Mention | None]]:
        an = self.an
        for si, (s, e) in enumerate(an.sentences):
            if self.doc.in_boilerplate(s, e):
                continue
            # title-case headlines: "X Slams Ex Over ..." is a headline verb, not reported speech
            found = [] if self._in_headline(si) else self.indirect(si)
            starts = {}
            for start, end, att in found:
                self._emit(start, end, "indirect", att)
                if att.mention is not None:
                    self.last = att
                    self.last_sentence = si
                starts.setdefault(si, (start, att))
            for qi in self.frames.by_sentence.get(si, []):
                q = self.quotes[qi]
                if self.doc.in_boilerplate(q.open_pos, q.end):
                    continue
                try:
                    self.direct(si, qi, starts)
                except Exception:  # one odd quotation must not lose the article
                    log.exception("quotation at %d in %s", q.start, self.doc.id)
        self.out.sort(key=lambda x: x[0].start)
        return self.out


def attribute_document(doc: Document, nlp=None) -> Analysis:
    """Fill ``doc.quotes``; return the :class:`Analysis` later stages reuse."""
    text = doc.text or ""
    an = Analysis(doc, nlp)
    quotes = scan_quotes(text)
    masked = _mask(text, quotes)
    an.paragraphs = paragraphs(masked)
    for ps, pe in an.paragraphs:
        an.sentences.extend(sentences(masked, ps, pe))
    att = _Attributor(doc, an, quotes)
    results = att.run()
    doc.quotes = [q for q, _ in results]
    an.speaker_mentions = {i: m for i, (_, m) in enumerate(results) if m is not None}
    return an
