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

from ..records import Document, Quote, Span, Speaker
from . import mentions as M
from .analysis import Analysis, Mention
from .indirect import IndirectMixin
from .lexicon import OBJECT_FIRST, TIME_WORDS
from .marks import QuoteSpan, scan_quotes
from .patterns import (
    _MEDIA_AFTER,
    _AFTER_CUE,
    _CLAUSE_PUNCT,
    _STRONG,
    _TRANSCRIPT,
    Attribution,
    _conf,
    _cue_span,
    _is_title_or_term,
    _left_cue,
    _mention,
    _right_attribution,
    _speaker_for_cue,
    is_label,
    is_single_name,
    is_title_case,
)
from .text import Token, is_headline, paragraphs, sentences, tokenize

log = logging.getLogger(__name__)

_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll)|my|me|our|us)\b", re.IGNORECASE)


def _first_person(words: str) -> bool:
    """Someone speaking of themselves: a quotation, not a title or a scare quote."""
    return bool(_FIRST_PERSON.search(words))


# Verbs that name or label ("called the plan “a giveaway”"): their quotation is the label alone.
# A document as the subject of a cue: it speaks for whoever issued it.
_DOCUMENT_SUBJECTS = {"the statement", "the memo", "the letter", "the release", "the notice", "the email",
                      "the filing", "the message"}

_NAMING_VERBS = {"called", "calls", "calling", "call", "dubbed", "dubs", "branded", "brands", "labelled", "labeled",
                 "termed", "nicknamed"}

# Words before a headline verb in its bare form ("Trump To Sign", "Mayor Will Veto").
_HEADLINE_AUXILIARIES = {"to", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do",
                         "won't", "can't", "didn't", "doesn't", "don't"}

# A mixed quote (reported clause holding a quotation) is reported as the whole clause only when the
# quoted words are at least this share of it.
MIXED_MIN_SHARE = 0.5


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
        if si not in self.by_sentence:
            # no quotation: the frame is the sentence's own tokens (shared with Analysis.tokens)
            self._cache[si] = (self.an.tokens(si), {})
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


# "Name:" / "Poll:" opening a headline; labels that open headlines without being sources.
_HEADLINE_SOURCE = re.compile(r"([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}):[ \t]+")
_HEADLINE_LABELS = {"breaking", "watch", "look", "wow", "boom", "busted", "revealed", "exclusive", "update",
                    "updated", "video", "photos", "opinion", "editorial", "review", "bombshell", "live", "byline",
                    "leaked", "just", "analysis", "explainer", "podcast", "quiz", "recap", "preview", "correction",
                    "spoiler", "episode", "part", "chapter", "day", "week", "the", "a", "an", "why", "how", "what"}
_DATA_SOURCES = {"poll", "polls", "report", "survey", "study", "experts", "historians", "officials", "sources",
                 "source", "data", "ap", "reuters", "audit", "memo", "documents", "emails"}


class _Attributor(IndirectMixin):
    def __init__(self, doc: Document, an: Analysis, quotes: list[QuoteSpan]):
        self.doc = doc
        self.an = an
        self.quotes = quotes
        self.frames = _Frames(an, quotes)
        self.out: list[tuple[Quote, Mention | None]] = []
        self.headline_speaker: dict[int, Mention] = {}  # headline quotation start -> the name after its colon
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

    @staticmethod
    def _headline_noun(toks: list[Token], c: int) -> bool:
        """A title-case cue form that is a noun: a bare form after another capitalised singular word
        ("Flood Joke", "Tax Claim"); headline verbs carry -s or -ed, follow "To"/"Will" or a plural."""
        t = toks[c]
        return c > 0 and t.text[:1].isupper() and not re.search(r"(?:s|ed)$", t.lower) \
            and toks[c - 1].text[:1].isupper() and toks[c - 1].lower not in _HEADLINE_AUXILIARIES \
            and not toks[c - 1].lower.endswith("s")  # ("Insiders Say": a plural subject's bare verb)

    def _title_line(self, si: int) -> bool:
        """The article's first line, title case or sentence case ("Star ‘heartbroken’, say friends")."""
        if self.para_of_sentence[si] != 0 or not self.an.paragraphs:
            return False
        ps, pe = self.an.paragraphs[0]
        line = self.an.text[ps:pe].rstrip()
        return len(line) <= 200 and "\n" not in line and not line.endswith((".", ":"))

    def _emit(self, start: int, end: int, kind: str, att: Attribution) -> None:
        text = self.an.text
        while start < end and text[start] in " \t\n\u00a0":
            start += 1
        while end > start and text[end - 1] in " \t\n\u00a0":
            end -= 1
        if end <= start:
            return
        att = self._document_author(att, start)
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

    def _later_cue(self, si: int, toks: list[Token], qpos: int) -> tuple[Attribution, int | None] | None:
        """``QUOTE to drive up the price, she said``: a mixed clause ended by ``, NP cue`` (and its
        end); a title line's ``‘QUOTE’ over X, say friends``: the quotation alone (end None)."""
        for b in range(qpos + 2, len(toks)):
            if M.is_quote(toks[b]) or toks[b].text in _CLAUSE_PUNCT:
                return None
            if M.is_cue(toks[b], toks[b - 1]):
                np = M.np_before(toks, b)
                if np and np[0] > qpos + 1 and toks[np[0] - 1].text == ",":
                    m = _mention(self.an, toks, np, si)
                    # (a title line keeps the quoted words: "‘will go ahead’ after talks fail, union warns")
                    end = None if self._title_line(si) else toks[np[0] - 2].end
                    return Attribution(m, _cue_span(self.an, toks, b), _conf(m, 0.8)), end
                np = M.np_after(toks, b) if toks[b - 1].text == "," and self._title_line(si) else None
                if np and (np[1] + 1 == len(toks) or toks[np[1] + 1].text in _CLAUSE_PUNCT):
                    # a headline's "‘heartbroken’ over sale, say friends": the quoted words only
                    m = _mention(self.an, toks, np, si)
                    return Attribution(m, _cue_span(self.an, toks, b), _conf(m, 0.7)), None
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
    def direct(self, si: int, qi: int) -> None:
        q = self.quotes[qi]
        toks, where = self.frames.frame(si)
        qpos = where[qi]
        if qpos > 0 and toks[qpos - 1].lower == "so-called":
            return  # "the so-called “360 deal”": a term held at arm's length, not anyone's words
        if is_label(toks, qpos):
            return  # "locals nicknamed the route ‘the long walk’", "dubbed the “Silver Lake set”": a label
        if qpos == 0 and len(toks) > 2 and toks[1].text == ":" and self._in_headline(si):
            np = M.np_starting_at(toks, 2)
            if np is not None and np[2] == "name":
                # "‘It Was Just Cruel’: Kiara Dunmore Breaks Down ...": the tabloid headline names its
                # speaker, unless a body quotation it repeats says otherwise (see _headline_echoes)
                self.headline_speaker[q.start] = _mention(self.an, toks, np, si)
                self._emit(q.start, q.end, "direct", Attribution(None, None, 0.2))
                return
        if qpos + 1 < len(toks) and toks[qpos + 1].lower in _MEDIA_AFTER \
                and all(w[:1].isupper() or w.isdigit() for w in re.findall(r"[\w'’-]+", self.an.text[q.start:q.end])[:7]):
            return  # "‘Palm Court’ Recap: ...", "‘Mulberry Lane’ Star Dies": a title, even in a headline
        att: Attribution | None = None
        start = q.start
        extend_to: int | None = None
        right = _right_attribution(self.an, toks, qpos, si)
        if right is not None:
            m, c = right
            att = Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.95))
        if att is None:
            found = _left_cue(toks, qpos)
            if found is not None and self._in_headline(si) and self._headline_noun(toks, found[0]):
                found = None  # "… Won't Apologize For Flood Joke: “…”": a noun, not a cue
            if found is not None:
                c, near = found
                if toks[c].lower == "per":
                    np = M.np_starting_at(toks, c + 1)  # "Per TMZ, the network is “staying out of it.”"
                    m = _mention(self.an, toks, np, si)
                    cue = Span.of(self.an.text, toks[c].start, toks[c].end)
                elif toks[c].lower == "according":
                    np = M.np_after(toks, c + 1) if c + 1 < len(toks) and toks[c + 1].lower == "to" else None
                    if np is None and c + 2 < len(toks) and re.match(r"^[a-z]", toks[c + 2].text):
                        np = (c + 2, c + 2, "descriptor")  # "according to police"
                    m = _mention(self.an, toks, np, si)
                    cue = Span.of(self.an.text, toks[c].start, toks[min(c + 1, len(toks) - 1)].end)
                else:
                    earlier = self.last.mention if self.last and self.last_sentence == si else None
                    m = _speaker_for_cue(self.an, toks, c, si, earlier)
                    cue = _cue_span(self.an, toks, c)
                att = Attribution(m, cue, _conf(m, 0.9))
                label = self.an.text[q.start:q.end]
                if toks[near].lower in _NAMING_VERBS and len(re.findall(r"\w+", label)) <= 4 and "," not in label \
                        and any(t.lower == "what" for t in toks[max(0, near - 6):near]):
                    # "what the host called “the boathouse incident”": a short label, not a quotation
                    # ("what it called “a fair, science-based compromise”" is an opinion, and stays)
                    return
                # mixed quote: the reported clause runs from after the (nearest) cue to the quotation
                c = near
                gap = [t for t in toks[c + 1:qpos] if t.lower not in ("that", ",", ":", "out", "up", "for", "to", "—", "-")]
                # "“We lost,” Brel said after the match, “but ...”": an adjunct and a comma before the
                # mark are not a reported clause (the quotation is interrupted, not mixed)
                adjunct = toks[qpos - 1].text == "," and bool(gap) and self._adjunct(gap)
                # "called the board “cowards”": what a naming verb reports is only the quoted label
                # "said on CNN's “State of the Union”": a place or programme after the cue, no clause
                on_air = toks[c + 1].lower in ("on", "in", "at", "during", "via") \
                    and not any(t.lower == "that" for t in toks[c + 1:qpos])
                if (gap and not on_air and not self._in_headline(si) and len(gap) <= 15
                        and toks[c].lower not in ("according", "per") and toks[c].lower not in _NAMING_VERBS
                        and not any(M.is_quote(t) for t in gap) and toks[qpos - 1].text != ":" and not adjunct):
                    first = next(t for t in toks[c + 1:qpos] if t in gap)
                    thats = [i for i in range(c + 1, qpos) if toks[i].lower == "that"]
                    if thats and thats[0] + 1 < qpos and toks[thats[0] + 1] in gap:
                        first = toks[thats[0] + 1]  # "told fans on Sunday that ..."
                    elif toks[c].lower in OBJECT_FIRST and self._addressee_only(toks, c, qpos):
                        first = toks[qpos]  # "told fans “...”": the addressee is not what was said
                    start = first.start if first is not toks[qpos] else q.start
                    if toks[c].lower in _STRONG and qpos + 1 < len(toks):
                        # "said he won “every debate” in which he took part": the clause goes on
                        e = self._content_end(toks, qpos + 1)
                        if e > qpos + 1 and not any(M.is_quote(t) for t in toks[qpos + 1:e]):
                            extend_to = toks[e - 1].end
        end = q.end if extend_to is None else max(q.end, extend_to)
        if (q.end - q.start) < MIXED_MIN_SHARE * (end - start):
            # a short quotation inside a long reported clause stays its quoted words (the seed's
            # convention); the clause is widened only when the quotation is most of it
            start, end = q.start, q.end
        if att is None and qpos >= 2 and toks[qpos - 1].text == ":":
            # "Obama is rolling out a new message: “It's about me.”"
            subj = M.sentence_subject(toks, qpos - 1)
            m = _mention(self.an, toks, subj, si) if subj else None
            if m is not None:
                att = Attribution(m, None, _conf(m, 0.6))
        if att is None and qpos >= 3 and toks[qpos - 1].text == "," and self.last is not None \
                and self.last_sentence == si and any(M.is_quote(t) for t in toks[max(0, qpos - 5):qpos - 1]):
            # “I have no speech,” she began, “so forgive me.”: the second half of an interrupted quote
            att = Attribution(self.last.mention, self.last.cue, 0.8)
        if att is None:
            later = self._later_cue(si, toks, qpos)
            if later is not None:
                att = later[0]
                if later[1] is not None and (q.end - q.start) >= MIXED_MIN_SHARE * (later[1] - start):
                    end = later[1]  # the quotation is most of the clause it opens
        tm = _TRANSCRIPT.match(self.an.text, q.start, q.end)
        if tm and (att is None or att.cue is None or qpos == 0):
            # "PENCE: Well, ..." — a transcript line names its speaker
            m = Mention(tm.start(1), tm.end(1), tm.group(1), "name", si, speaker_kind="person")
            att = Attribution(m, None, 0.8)
            if start == q.start and end > tm.end():
                start = tm.end()  # the label is not what was said
        short = len(re.findall(r"\w+", self.an.text[q.start:q.end])) <= 4 and q.paragraphs == 1
        if att is None and qpos == len(toks) - 1 or att is None and all(not re.search(r"\w", t.text) for t in toks[qpos + 1:]):
            att = self._next_sentence_attribution(si)
        if att is None:
            alone = all(M.is_quote(t) or not re.search(r"\w", t.text) for t in toks)
            if alone and q.paragraphs == 1 and not self._in_headline(si) \
                    and is_title_case(re.findall(r"[\w'’-]+", self.an.text[q.start:q.end])):
                return  # a section heading in quotation marks ('Legend in the Coal Fields.')
            if qpos == 0 or alone:
                att = self._intro_attribution(si)
                if att is None and alone:
                    att = self._narrative_subject(si) or self._continuation(si)
        if att is None:
            headline = self._in_headline(si)
            if short or _is_title_or_term(self.an, toks, qpos, q):
                # a scare quote, title, nickname or term; but a headline's "— ‘I Was Blindsided’" speaks
                if not (headline and _first_person(self.an.text[q.start:q.end])):
                    return
                self._emit(q.start, q.end, "direct", Attribution(None, None, 0.2))  # whose: the body says
                return
            subj = M.sentence_subject(toks)
            m = _mention(self.an, toks, subj, si) if subj and subj[0] < qpos else None
            att = Attribution(m, None, 0.4) if m else (self._continuation(si) or Attribution(None, None, 0.2))
        elif short and att.cue is None and _is_title_or_term(self.an, toks, qpos, q):
            return
        elif not self._in_headline(si) and start == q.start and self._names_a_thing(toks, qpos, q):
            return  # a programme, event or book title inside a sentence that has a cue elsewhere
        self._emit(start, end, "direct", att)
        if att.mention is not None:
            self.last = att
            self.last_sentence = si

    @staticmethod
    def _addressee_only(toks: list[Token], c: int, qpos: int) -> bool:
        """Between an object-first cue and the quotation there is only its addressee ("told fans",
        "told the BBC on Sunday")."""
        np = M.np_starting_at(toks, c + 1)
        if np is None and c + 1 < qpos and re.fullmatch(r"[a-z]+s|me|him|her|us|them", toks[c + 1].text):
            np = (c + 1, c + 1, "descriptor")  # "told reporters", "told them"
        if np is None:
            return False
        rest = toks[np[1] + 1:qpos]
        return all(t.text in (",", ":") or t.lower in TIME_WORDS or t.lower in ("on", "in", "at", "last", "this")
                   for t in rest)

    def _names_a_thing(self, toks: list[Token], qpos: int, q: QuoteSpan) -> bool:
        words = re.findall(r"[\w'’-]+", self.an.text[q.start:q.end])
        return (_is_title_or_term(self.an, toks, qpos, q) and (is_title_case(words) or len(words) == 1 and words[0][:1].isupper())
                or is_single_name(words, toks[qpos - 1].text if qpos else ""))

    # -- indirect ------------------------------------------------------------------------

    def _headline_source(self) -> None:
        """``Poll: Clinton and Trump in dead heat`` / ``Pat Caddell: Voters Worried ...``: a headline
        led by a source and a colon reports what that source says."""
        if not self.an.paragraphs or not self.an.sentences:
            return
        ps, pe = self.an.paragraphs[0]
        if pe - ps > 200 or self.doc.in_boilerplate(ps, pe):
            return
        m = _HEADLINE_SOURCE.match(self.an.text, ps, pe)
        if m is None or self.an.text[m.end():pe].lstrip()[:1] in "\"“‘'«":
            return
        words = m.group(1).split()
        if any(w.lower() in _HEADLINE_LABELS or (w.isupper() and len(w) > 3) for w in words):
            return  # "BREAKING:", "Watch:", "BYLINE:" label the story, they are not sources
        body = self.an.text[pe:]
        last = words[-1].rstrip("’'s")
        if last.lower() not in _DATA_SOURCES and not re.search(r"\b%s\b" % re.escape(last), body):
            return  # a source must be one the article goes on to name
        kind = "descriptor" if last.lower() in _DATA_SOURCES else "name"
        mention = Mention(m.start(1), m.end(1), m.group(1), kind, 0)
        mention.speaker_kind = M.speaker_kind(words, kind)
        end = pe
        while end > m.end() and self.an.text[end - 1] in " .;":
            end -= 1
        if end - m.end() >= 10:
            self._emit(m.end(), end, "indirect", Attribution(mention, None, 0.6))

    def run(self) -> list[tuple[Quote, Mention | None]]:
        an = self.an
        self._headline_source()
        for si, (s, e) in enumerate(an.sentences):
            if self.doc.in_boilerplate(s, e):
                continue
            # title-case headlines: "X Slams Ex Over ..." is a headline verb, not reported speech
            found = [] if self._in_headline(si) else self.indirect(si)
            # a lone adverb is how it was said, not what ("he said quietly, before ...")
            found = [f for f in found if not re.fullmatch(r"\W*[a-z]+ly\W*", an.text[f[0]:f[1]])]
            for start, end, att in found:
                self._emit(start, end, "indirect", att)
                if att.mention is not None:
                    self.last = att
                    self.last_sentence = si
            for qi in self.frames.by_sentence.get(si, []):
                q = self.quotes[qi]
                if self.doc.in_boilerplate(q.open_pos, q.end):
                    continue
                try:
                    self.direct(si, qi)
                except Exception:  # one odd quotation must not lose the article
                    log.exception("quotation at %d in %s", q.start, self.doc.id)
        self.out.sort(key=lambda x: x[0].start)
        self._headline_echoes()
        return self.out

    def _document_author(self, att: Attribution, start: int) -> Attribution:
        """"the statement said", "It read, in part:": a document speaks for whoever issued it — the
        last speaker for a statement or memo, the person the sentence before is about for "it"."""
        m = att.mention
        low = m.text.lower() if m is not None else ""
        if low not in _DOCUMENT_SUBJECTS and low != "it":
            return att  # (the common case: every emitted quotation passes here)
        if low in _DOCUMENT_SUBJECTS and self.last is not None and self.last.mention is not None:
            si = self.an.sentence_at(start)
            if si is not None and si - self.last_sentence <= 4:
                return Attribution(self.last.mention, att.cue, 0.6)
        cue = re.sub(r"\W+$", "", att.cue.text.lower()) if att.cue else ""
        reads = cue in ("read", "reads") or re.match(r"It\s+reads?\b", self.an.text[m.start:m.start + 12])
        if low == "it" and reads and m.sentence >= 1:
            toks, _ = self.frames.frame(m.sentence - 1)  # "Ashby posted a photo. It read:": Ashby's post
            subj = M.sentence_subject(toks)
            if subj is not None and subj[2] in ("name", "pronoun"):
                who = _mention(self.an, toks, subj, m.sentence - 1)
                if who is not None:
                    return Attribution(who, att.cue, _conf(who, 0.55))
        return att

    def _narrative_subject(self, si: int) -> Attribution | None:
        """A quotation standing alone after a paragraph that ends on what a person did ("Kiara took
        a long breath.") is that person's: the sentence before has no quotation and no cue."""
        # (or in the same paragraph: "Malinescu shrugged. “Buyers said the same thing.”")
        if si == 0 or self.para_of_sentence[si] - self.para_of_sentence[si - 1] not in (0, 1):
            return None
        toks, where = self.frames.frame(si - 1)
        # (a cue that reports something there makes it that sentence's report; "Told of it, Lee
        # shrugged." reports nothing: an opening participle, a verb closing the sentence)
        reports = any(M.is_cue(t) and not (i == 0 and t.text in ("Told", "Asked", "Pressed", "Questioned"))
                      and not (i + 1 < len(toks) and not re.search(r"\w", toks[i + 1].text)) for i, t in enumerate(toks))
        if where or reports or self.doc.in_boilerplate(*self.an.sentences[si - 1]):
            return None
        subj = M.sentence_subject(toks)
        # the subject opens the sentence, or follows its opening phrase ("Told of it, Lee shrugged.")
        if subj is None or subj[2] not in ("name", "pronoun") or subj[0] > 2 and toks[subj[0] - 1].text != ",":
            return None
        m = _mention(self.an, toks, subj, si - 1)
        return Attribution(m, None, _conf(m, 0.5)) if m is not None else None

    def _headline_echoes(self) -> None:
        """A headline quotation nobody is named for usually repeats words of a body quotation:
        it is that speaker's (‘I Was Blindsided’ ... “I was blindsided,” she said)."""
        if not self.headline or not self.an.paragraphs:
            return
        head_end = self.an.paragraphs[0][1]
        words = lambda t: " ".join(re.findall(r"\w+", t.lower()))  # noqa: E731
        for i, (q, m) in enumerate(self.out):
            if q.start >= head_end or m is not None or q.kind != "direct":
                continue
            said = words(q.text)
            for body, bm in self.out:
                if body.start >= head_end and bm is not None and said and said in words(body.text):
                    sp = body.speaker
                    q.speaker = Speaker(name=None, kind=sp.kind, mention=sp.mention, confidence=round(sp.confidence * 0.8, 3))
                    q.cue = body.cue
                    self.out[i] = (q, bm)
                    break
            else:
                m = self.headline_speaker.get(q.start)
                if m is not None:
                    q.speaker = Speaker(name=None, kind=m.speaker_kind, mention=Span(m.start, m.end, m.text),
                                        confidence=_conf(m, 0.6))
                    self.out[i] = (q, m)


def split_transcript_turns(text: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quotation running over paragraphs that each open with a speaker label ("PENCE: ...",
    "WALLACE: ...") is a transcript: one quotation per turn, so each gets its own speaker."""
    out: list[QuoteSpan] = []
    for q in quotes:
        if q.paragraphs < 2:
            out.append(q)
            continue
        cuts = [q.start]
        for m in re.finditer(r"\n[ \t]*([\"“]?)[ \t]*(?=[A-Z][A-Z.'’ -]{1,30}[A-Z]:\s)", text[q.start:q.end]):
            cuts.append(q.start + m.end())
        if len(cuts) < (2 if _TRANSCRIPT.match(text, q.start, q.end) else 3):
            out.append(q)
            continue
        for i, c in enumerate(cuts):
            last = i == len(cuts) - 1
            end = q.end if last else q.start + text[q.start:cuts[i + 1]].rstrip(" \t\n\"“").__len__()
            if re.fullmatch(r"\s*\([^()]*\)\W*", text[c:end]):
                continue  # "(CROSSTALK.)": a stage direction between turns
            tail = re.search(r"\n\s*[\"“]?\s*\([^()]*\)\W*$", text[c:end])
            if tail and not last:
                end = c + len(text[c:c + tail.start()].rstrip())
            opened = c - 1 if c > q.start and text[c - 1] in "\"“" else (q.open_pos if i == 0 else c)
            out.append(QuoteSpan(c, end, opened if i else q.open_pos, q.close_pos if last else None,
                                 single=q.single, paragraphs=text.count("\n\n", c, end) + 1))
    return out


def attribute_document(doc: Document, nlp=None) -> Analysis:
    """Fill ``doc.quotes``; return the :class:`Analysis` later stages reuse."""
    text = doc.text or ""
    an = Analysis(doc, nlp)
    quotes = split_transcript_turns(text, scan_quotes(text))
    masked = _mask(text, quotes)
    an.paragraphs = paragraphs(masked)
    for ps, pe in an.paragraphs:
        an.sentences.extend(sentences(masked, ps, pe))
    att = _Attributor(doc, an, quotes)
    results = att.run()
    doc.quotes = [q for q, _ in results]
    an.speaker_mentions = {i: m for i, (_, m) in enumerate(results) if m is not None}
    return an
