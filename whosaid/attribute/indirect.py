"""Indirect (reported) speech: the clause a cue reports, found on a sentence frame.

``IndirectMixin`` is mixed into the attributor of ``core.py``: ``NP said (that) CLAUSE``,
``NP told X (that) CLAUSE``, ``CLAUSE, NP said.``, ``CLAUSE, NP said, CLAUSE`` (parenthetical),
``As NP pointed out, CLAUSE``, ``according to NP``, ``called for X``, indirect questions.
"""

from __future__ import annotations

import re

from ..records import Span
from . import mentions as M
from .clauses import _PREPOSITIONS, _SUBORDINATORS, ClauseMixin
from .lexicon import DETERMINERS, OBJECT_FIRST, PARTICLES, TIME_WORDS, WEAK
from .patterns import (
    _AFTER_CUE,
    _CLAUSE_PUNCT,
    _DATA_NOUNS,
    _INFINITIVE_CUES,
    _PREP_START,
    _STRONG,
    _VERBISH,
    Attribution,
    _chain_head,
    _cue_span,
    _conf,
    _mention,
    _speaker_for_cue,
    _tail_ok,
    is_label,
)
from .text import Token


# Subordinators that open a circumstance after a closing cue (", as they arrived", ", when asked").
_CIRCUMSTANCE = {"as", "when", "while", "after", "before", "because", "since", "although", "though", "amid", "with",
                 "without", "despite", "following", "during"}

# Verbs that answer a charge: "admitted drink-driving" pleads, "admitted the plan failed" reports
# ("denied wrongdoing" is a statement, so deny is not among them).
_PLEA_VERBS = {"admitted", "admits", "admit", "admitting"}

# "declined to say whether ...", "refused to confirm ...": the speaker said nothing of it.
_REFUSALS = {"declined", "declines", "declining", "refused", "refuses", "refusing"}

# "a memo sent by X", "figures released by X": X wrote it ("documents obtained by X": X did not).
_AUTHORING = {"sent", "released", "issued", "written", "published", "prepared", "compiled", "signed", "filed",
              "posted", "memo", "letter", "report", "statement", "note"}

# Weak cues that report a thought or finding in a bare clause ("She thought the vote was lost").
_BARE_CLAUSE_CUES = {"think", "thinks", "thought", "hope", "hopes", "hoped", "feel", "feels", "felt", "know",
                     "knows", "knew", "fear", "fears", "feared", "found", "finds", "find", "show", "shows",
                     "showed", "shown"}

# Nouns of saying and believing whose that-clause is their possessor's report ("his claim that ...").
_SPEECH_NOUNS = {"claim", "claims", "assertion", "assertions", "insistence", "suggestion", "argument", "belief",
                 "warning", "promise", "pledge", "allegation", "allegations", "accusation", "contention",
                 "admission", "denial", "prediction", "assurance", "assurances", "view", "conviction", "boast"}

# Verbs and auxiliaries that make a clause finite (_VERBISH without its adverbs "so", "such").
_AUXILIARIES_ONLY = _VERBISH - {"so", "such"}

# The anonymity formula of news ("asked that his name not be used", "asked not to be named").
_ANONYMITY = re.compile(r"\W*(?:that\s+(?:his|her|their)\s+names?\s+not\s+be|not\s+to\s+be\s+(?:named|identified))")

# Words ending in -s like a verb that open no main clause ("its", "as", "thus").
_S_WORDS_NOT_VERBS = {"its", "this", "his", "as", "plus", "thus", "perhaps", "unless", "whereas"}
# Objects that only point back to what was said before ("denied it", "confirmed this").
_BARE_PRONOUN_OBJECTS = {"it", "this", "that", "so", "them", "these", "those"}


class IndirectMixin(ClauseMixin):
    """Methods for reported clauses; expects ``self.an``, ``self.frames`` (see ``core._Attributor``)."""

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
            if low in _SPEECH_NOUNS and c + 1 < n and toks[c + 1].lower == "that" and c >= 1:
                r = self._nominal(si, toks, c)
                if r:
                    found.append(r)
                    used_until = c + 1
                    continue
            if low in M.THAT_ONLY and c >= 3 and (c + 1 >= n or toks[c + 1].text in _CLAUSE_PUNCT) \
                    and M.is_name_token(toks[c - 1]) and not M.is_cue_at(toks, c):
                # "..., The Harbor Journal reports.": a noun-or-verb form closing the sentence is a cue
                r = self._backward(si, toks, c)
                if r:
                    found.append(r)
                continue
            if not M.is_cue_at(toks, c):
                continue
            if c + 1 < n and (toks[c + 1].lower in ("guilty", "innocent", "ignorance", "poverty")
                              or toks[c + 1].lower == "not" and c + 2 < n and toks[c + 2].lower in ("guilty", "innocent")):
                continue  # "pleaded guilty": a plea, not a report
            if low.startswith("recall") and any(re.fullmatch(r"\d[\d,.]*", x.text) for x in toks[c + 1:c + 3]):
                continue  # "recalled 40,000 kettles": a product recall, not a memory
            if low in ("say", "comment", "discuss", "reveal", "confirm", "disclose", "specify", "elaborate") and c >= 2 \
                    and (toks[c - 1].lower == "to" and toks[c - 2].lower in _REFUSALS
                         or toks[c - 1].lower == "not" and toks[c - 2].lower in ("would", "could", "did", "will", "does")
                         or toks[c - 1].lower in ("wouldn't", "won't", "didn't", "couldn't", "wouldn’t", "won’t",
                                                  "didn’t", "couldn’t")):
                continue  # "declined to say whether ...", "would not say whether ...": what was not said
            if low in ("said", "say") and self._discourse_marker(toks, c):
                continue  # "Having said that, ...", "That said, ...", "Needless to say, ...": no report
            if low in _PLEA_VERBS and self._charge_only(toks, c + 1):
                continue  # "admitted drink-driving", "admits two counts of fraud": a plea, not a report
            if c == 0 and t.text in ("Asked", "Pressed", "Questioned", "Told", "Informed"):
                continue  # "Asked whether he would run, he said: ...": the question put to the speaker
            b = c - 1
            while b >= 0 and M._adverb(toks[b]):
                b -= 1
            if b >= 0 and toks[b].lower in ("let's", "let’s", "us") or \
                    low.startswith("ask") and _ANONYMITY.match(self.an.text, t.end, toks[-1].end):
                continue  # "let's just say ...": the writer's aside; "asked that his name not be used"
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
                found.extend(self._split_that(toks, r))
                # a cue inside this content still gives its own (nested) attribution: measured
                # slightly better on PolNeAR dev than folding it into the outer one
                used_until = c
        return found

    def _split_that(self, toks: list[Token], r: tuple[int, int, Attribution]) -> list[tuple[int, int, Attribution]]:
        """"said that A and (but) that B": two reported clauses; a dateline opening a clause is dropped."""
        start, end, att = r
        idx = [i for i, t in enumerate(toks) if start <= t.start and t.end <= end]
        if not idx:
            return [r]
        # "OSLO, March 4 — Halvard Foods will ...": skip the dateline
        for j in idx[:8]:
            # ("SANTIAGO, Nov 23 (Interwire) - ...": a wire dateline may end with a plain hyphen)
            dash = toks[j].text in ("—", "–") or toks[j].text == "-" and j >= 1 and toks[j - 1].text == ")"
            if dash and toks[idx[0]].text.isupper() and j + 1 <= idx[-1]:
                start = toks[j + 1].start
                idx = [i for i in idx if i > j]
                break
        out, s0 = [], start
        for i in idx[:-1]:
            if toks[i].lower in ("and", "but") and toks[i + 1].lower == "that" and i + 2 <= idx[-1] and toks[i].start > s0:
                prev = i - 1 if toks[i - 1].text != "," else i - 2
                out.append((s0, toks[prev].end, att))
                s0 = toks[i + 2].start
        out.append((s0, end, att))
        return out

    def _forward(self, si: int, toks: list[Token], c: int):
        n = len(toks)
        inv = M.np_after(toks, c) if c >= 1 and toks[c - 1].text == "," else None
        if inv is not None and inv[2] in ("name", "pronoun") and (inv[1] + 1 >= n or toks[inv[1] + 1].text in (",", ".", "(")):
            return None  # "..., said Brian Baker, a ...": the speaker follows, the content came before
        if inv is not None and inv[2] == "descriptor" and not any(
                t.lower in _VERBISH or re.fullmatch(r"[a-z]+ed", t.text) or M.is_cue(t) for t in toks[c + 1:]):
            return None  # "..., said one source in the room.": a verbless speaker phrase, not a clause
        j = c - 1
        while j >= 0 and toks[j].text in (",", "—", "–"):
            j -= 1
        if j >= 0 and M.is_quote(toks[j]) and not is_label(toks, j):
            return None  # “...,” said Smith, a deckhand: what follows is the speaker
        q = c - 1
        while q >= 0 and (M.is_name_token(toks[q]) or toks[q].text == ",") and c - q <= 5:
            q -= 1
        if q >= 0 and q < c - 1 and M.is_quote(toks[q]) and not (q and M.is_name_token(toks[q - 1])) \
                and not (c + 1 < n and toks[c + 1].lower == "that"):
            # “...,” Donnelly said outside the courthouse: the cue closes the quotation (but not
            # Marcus “Kilo” Bennett claimed ...)
            return None
        k = c + 1
        low = toks[c].lower
        if k < n and toks[k].lower in PARTICLES and low.startswith(("point", "call", "lash", "went")):
            k += 1
        strong = False
        if k < n and toks[k].lower in ("whether", "if", "how", "why", "what", "who", "when", "where") and \
                low.startswith(("ask", "wonder", "question", "inquir", "want")):
            strong = True  # "We asked whether ...": an indirect question
        if k < n and toks[k].text == "," and not strong:
            # "cautioned, as did the campaign itself, that ...": a parenthetical between cue and clause
            close = next((j for j in range(k + 1, min(n - 1, k + 14)) if toks[j].text == ","), None)
            if close is not None and toks[close + 1].lower == "that" \
                    and not any(x.text in _CLAUSE_PUNCT or M.is_quote(x) for x in toks[k:close]):
                k, strong = close + 2, True
            else:
                return None  # "..., union leaders said, deepening a dispute that ...": the report came before
        # look for "that" shortly after: "said in a statement that", "told reporters that"
        for j in range(k, min(n, k + (13 if low in _STRONG else 9)) if not strong else k):
            w = toks[j]
            if w.lower == "that" and j > k and j + 1 < n and toks[j + 1].lower in _VERBISH:
                continue  # "after the meeting that was held on a boat": a relative clause, not the report
            if w.lower == "that" and (j == k or all(x.text not in _CLAUSE_PUNCT and not M.is_cue(x) for x in toks[k:j])):
                if j == k or low in OBJECT_FIRST or (low in _STRONG and not any(x.lower in _VERBISH or x.lower.endswith("ed") for x in toks[k:j])) or all(x.lower in TIME_WORDS or x.lower in _PREP_START or x.text[0].isupper() or x.lower in ("a", "an", "the", "statement", "interview", "reporters", "radio", "television", "conference", "press", "news", "rally", "speech", "week", "wednesday") or x.lower.endswith("day") for x in toks[k:j]):
                    k = j + 1
                    strong = True
                    if j == c + 1 and k < n and toks[k].lower in _AUXILIARIES_ONLY:
                        k = j  # "said that was wrong": "that" is the clause's subject
                    elif not self._has_verb(toks, k):
                        return None  # "remembers that night differently": a demonstrative, no clause
                elif toks[k].lower in _PREP_START and j + 1 < n and self._subject_like(toks[j + 1]) \
                        and not any(x.lower in _VERBISH or re.fullmatch(r"[a-z]+ed", x.text) for x in toks[k:j]):
                    k = j + 1  # "We know from his disclosure statements that most assets ..."
                    strong = True
                break
            if w.text in _CLAUSE_PUNCT or M.is_quote(w) and self._quoted([w]):
                break  # (a quoted title may sit between: told MSNBC's “Morning Joe” that ...)
        if not strong and (low in _STRONG or low in OBJECT_FIRST) and k < n and (
                low in OBJECT_FIRST or toks[k].lower in _PREP_START or toks[k].lower in TIME_WORDS):
            # "said after the convention he would ...", "told voters this weekend she would ...": an
            # adjunct (or the addressee) and then a clause with a pronoun subject
            for j in range(k + 1, min(n - 1, k + 9)):
                w = toks[j]
                if w.text in _CLAUSE_PUNCT or w.text in (",", ":") or M.is_quote(w) or M.is_cue(w) \
                        or w.lower in ("how", "what", "why", "when", "where", "whether", "if", "who", "which",
                                       "whom", "of", "about"):
                    break  # "told the story of how she ...": the clause belongs to the object
                if w.lower in _SUBORDINATORS:
                    break  # "said Friday as he entered the talks": when it was said, not what
                if w.lower in ("he", "she", "they", "we", "i", "it") and (
                        toks[j + 1].lower in _VERBISH or re.fullmatch(r"[a-z]+(ed|s)", toks[j + 1].text)):
                    k, strong = j, True
                    break
                if low in _STRONG and w.lower in ("the", "a", "an", "his", "her", "their", "its", "our") \
                        and toks[j - 1].lower not in _PREPOSITIONS and toks[j - 1].lower not in DETERMINERS \
                        and self._finite_after(toks, j):
                    k, strong = j, True  # "said on Friday the budget was balanced"
                    break
        if not strong and c >= 1 and toks[c - 1].lower in ("was", "were", "been", "being", "is", "are", "be") \
                and re.fullmatch(r"[a-z]+(ed|en|ten)", low):
            return None  # "The single was written the week ...": a passive reports nothing of its subject
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
                    # (a determiner right after the addressee starts the clause: "told reporters the
                    # budget was ...", one after a preposition belongs to the adjunct: "of the BBC")
                    while k < n and (toks[k].lower in _PREP_START or toks[k].lower in TIME_WORDS
                                     or toks[k].text[0].isupper()
                                     or toks[k].lower in ("a", "an", "the") and toks[k - 1].lower in _PREPOSITIONS):
                        if toks[k].lower in ("that", "to"):
                            break
                        if toks[k].lower in _SUBORDINATORS:
                            return None  # "told Jess as the cast looked on": a circumstance, not a report
                        k += 1
                    if k < n and toks[k].lower == "to" and low in ("asked", "asks", "urged", "urges", "told", "begged"):
                        strong = True  # "asked the candidates to discuss their ideas": a request
                    elif k >= n or toks[k].text in (",", ".", "!", "?") or toks[k].lower == "to":
                        return None
            if not strong and k < n and toks[k].text in (",", ":"):
                return None
            if not strong and low in WEAK and not self._data_subject(toks, c) \
                    and not (low in _BARE_CLAUSE_CUES and self._bare_clause(toks, k)) \
                    and not (k + 1 < n and toks[k].lower in ("he", "she", "they", "we", "i")
                             and toks[k + 1].lower in _AUXILIARIES_ONLY):
                return None  # (but "maintained he had never ...", "added she would ...": a clause)
        while k < n and toks[k].text == ",":
            k += 1  # "said that, in his view, ...": the aside's comma opens no content
        if k >= n:
            return None
        e = self._content_end(toks, k)
        if e - k < 3:
            return None
        if e + 1 < n and toks[e].text == ":" and M.is_quote(toks[e + 1]):
            # "revealed she is touring in spring, and teased: “...”": the clause ends before the
            # coordinated verb that introduces the quotation
            # ("a nurse who said she had been priced out, told the council: “...”": the apposition closes)
            cut = next((j for j in range(k + 3, e - 1) if toks[j].text == "," and (
                toks[j + 1].lower in ("and", "but") and j + 2 < e and re.fullmatch(r"[a-z]+(?:ed|s)", toks[j + 2].text)
                or M.is_cue(toks[j + 1]))), None)
            if cut is not None:
                e = cut
            elif not strong:
                return None  # "posting a photo with the caption: ‘...’": the lead-in to a quotation
        first = toks[k].lower
        infinitive = first == "to" and low in _INFINITIVE_CUES
        determiner_no = first == "no" and k + 1 < n and re.fullmatch(r"[a-z]+", toks[k + 1].text)  # "no decision"
        if not strong and not infinitive and (first in _PREP_START and not determiner_no or M.is_cue(toks[k])):
            return None
        if self._quoted(toks[k:e]):
            # a mixed quote: the direct pass takes it; a plain conjunct before it stays reported
            # ("said the firm would file in May, and would seek approval “as soon as ...”")
            cut = next((j for j in range(k + 3, e - 1) if toks[j].text == "," and toks[j + 1].lower in ("and", "but")
                        and not self._quoted(toks[k:j])), None)
            if cut is None:
                # "said it was “heartbroken” and that an episode would air": the plain clause after
                later = next((j + 2 for j in range(e - 2, k, -1) if toks[j].lower in ("and", "but") and toks[j + 1].lower == "that"
                              and not self._quoted(toks[j:e])), None)
                if later is not None and e - later >= 3:
                    k, strong = later, True
                else:
                    # "said fixtures could be dimmed and that it would “welcome a conversation”": the plain
                    # clause before
                    # (or "... next year and would seek approval “no earlier than 2028”": a second verb phrase)
                    first = next((j for j in range(k + 3, e - 1) if toks[j].lower == "and"
                                  and (toks[j + 1].lower == "that" or toks[j + 1].lower in _AUXILIARIES_ONLY)
                                  and not self._quoted(toks[k:j])), None)
                    if first is None:
                        return None
                    e = first
            else:
                e = cut
        if not strong and not infinitive:
            e = self._object_end(toks, k, e)
            if self._plain_object(toks, c, k, e):
                return None
            if toks[k].lower in _BARE_PRONOUN_OBJECTS and (k + 1 == e or not re.match(r"\w", toks[k + 1].text)):
                return None  # "has always denied it, and ...": the object only points back
        m = _speaker_for_cue(self.an, toks, c, si)
        if m is not None and m.text.lower() == "who" and self.an.text[max(0, m.start - 2):m.start].startswith(","):
            # "Carol Vance, 67, who testified that her well ran gray, wept": the relative clause's
            # closing comma, before the main verb, ends what she said
            close = next((j for j in range(k + 2, e - 1) if toks[j].text == ","
                          and re.fullmatch(r"[a-z]+(?:ed|s)|wept|said|told|went|came|sat|stood|had|will|would|can|could",
                                           toks[j + 1].text)
                          and toks[j + 1].lower not in _S_WORDS_NOT_VERBS), None)
            e = close if close is not None else e
        att = Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.8 if strong else 0.7))
        return toks[k].start, toks[e - 1].end, att

    def _nominal(self, si: int, toks: list[Token], c: int):
        """"Mayor Ruiz's claim that crime fell", "his insistence that ...": the possessor's report."""
        prev = toks[c - 1]
        if prev.lower in ("his", "her", "their", "its"):
            np = (c - 1, c - 1, "pronoun")
        elif M._possessive(prev) and (M.is_name_token(prev) or prev.text[0].isupper()):
            a = c - 1
            while a - 1 >= 0 and M.is_name_token(toks[a - 1]) and not M._possessive(toks[a - 1]):
                a -= 1
            np = (a, c - 1, "name")
        else:
            return None
        if np[0] == 0 or toks[np[0] - 1].text in (",", "—", "–", ":", ";"):
            return None  # a subject ("Her claim that X drew criticism"): where the clause ends is unclear
        k = c + 2
        e = self._content_end(toks, k)
        comma = next((j for j in range(k + 2, e) if toks[j].text == ","), None)
        if comma is not None:
            e = comma  # "Contrary to his claim that the fund was audited, no records exist"
        if e - k < 3 or self._quoted(toks[k:e]):
            return None
        m = _mention(self.an, toks, np, si)
        if m is not None and np[2] == "name":
            # the mention is the name without its possessive ending
            cut = m.text[-2:] in ("'s", "’s") and 2 or (m.text[-1:] in ("'", "’") and 1) or 0
            m.end -= cut
            m.text = m.text[:len(m.text) - cut]
        if m is not None and np[2] == "pronoun":
            m.kind = "pronoun"
        att = Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.6))
        return toks[k].start, toks[e - 1].end, att

    def _data_subject(self, toks: list[Token], c: int) -> bool:
        """"The poll showed Clinton ahead": polls, studies and reports show without a that-clause."""
        np = M.np_before(toks, c)
        return np is not None and toks[np[1]].lower in _DATA_NOUNS

    def _called_for(self, si: int, toks: list[Token], c: int, prep: int):
        """"called for more school investment (in a statement)": the demand is the content."""
        k = prep + 1
        e = k
        while e < len(toks) and toks[e].text not in _CLAUSE_PUNCT and toks[e].text not in (",", ";", ":", "—", "–"):
            e += 1
        e = self._object_end(toks, k, e)  # "a moratorium on charter schools" / "... in a statement"
        if e - k < 2 or self._quoted(toks[k:e]):
            return None
        m = _speaker_for_cue(self.an, toks, c, si)
        return toks[k].start, toks[e - 1].end, Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.7))

    def _backward(self, si: int, toks: list[Token], c: int):
        """``CLAUSE, Smith said.`` / ``CLAUSE, said Smith.``"""
        if toks[c].lower.endswith("ing"):
            return None  # "..., sharing a photo with the caption": a participle closes no clause before it
        if c >= 1 and toks[c - 1].lower in ("been", "being", "be", "was", "were", "is", "are"):
            return None  # "The driver, who has not been named, remains ...": a passive reports nothing
        np = M.np_before(toks, c)
        if np is not None and np[0] > 0:
            # ", officials said" / ", top local lawmakers said": a bare plural subject right after the comma
            a = np[0] + 1 if toks[np[0]].text == "," else np[0]
            b = a
            while b - 1 >= 0 and a - b < 3 and re.fullmatch(r"[a-z][a-z-]*", toks[b - 1].text) \
                    and toks[b - 1].lower not in _VERBISH and toks[b - 1].lower not in _PREP_START \
                    and not M.is_cue(toks[b - 1]):
                b -= 1
            if b >= 2 and toks[b - 1].text == "," and a <= np[1]:
                np = (b, np[1], np[2])
        inverted = False
        np2 = M.np_after(toks, c)
        if np2 is not None and c >= 1 and toks[c - 1].text == "," and np2[2] in ("name", "pronoun") \
                and (np2[1] + 1 >= len(toks) or toks[np2[1] + 1].text in (",", ".", "!", "?")):
            np, inverted = np2, True  # "..., the highest since 1994, said Hannah Greaves, a spokeswoman"
        elif np is None or np[0] == 0:
            if np2 is not None:
                np, inverted = np2, True
        if np is None:
            return None
        before = c if inverted else np[0]
        if not inverted and before >= 2 and toks[before - 1].lower != "as":
            # "Hawaii, as one of Mr. Obama's climate advisers pointed out, ...": the whole phrase after "as"
            for j in range(before - 1, max(0, before - 7), -1):
                if toks[j].lower == "as" and toks[j - 1].text == ",":
                    before, np = j + 1, (j + 1, np[1], "descriptor")
                    break
                if not re.fullmatch(r"[\w'’.-]+", toks[j].text):
                    break
        if not inverted and before >= 1 and toks[before - 1].lower == "as" and (
                toks[c].lower in _STRONG or toks[c].lower in ("pointed", "noted", "wrote", "put", "observed")):
            m = _mention(self.an, toks, np, si)
            att = Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.7))
            comma = next((j for j in range(c + 1, len(toks)) if toks[j].text == ","), None)
            if before == 1 and comma is not None:
                # "As one analyst pointed out, the gap is vast."
                e = self._content_end(toks, comma + 1)
                if e - comma > 3 and not self._quoted(toks[comma + 1:e]):
                    return toks[comma + 1].start, toks[e - 1].end, att
                return None
            if before >= 3 and toks[before - 2].text == "," and comma is not None and comma + 1 < len(toks) \
                    and re.match(r"^[a-z]", toks[comma + 1].text):
                # "Hawaii, as one adviser pointed out, rarely gets two hurricanes."
                e = self._content_end(toks, comma + 1)
                if not self._quoted(toks[:e]):
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
                and toks[comma + 1].lower not in _CIRCUMSTANCE and not self._participle_aside(toks, comma + 1) \
                and (toks[comma + 1].lower not in DETERMINERS or before - 1 <= 4 or self._verbless(toks[:before - 1])) \
                and all(x.lower in _AFTER_CUE or x.text[0].isupper() or x.lower in ("a", "an", "the")
                                     or x.lower in ("report", "statement", "interview", "email", "letter")
                                     for x in toks[after:comma]):
            tail = self._content_end(toks, comma + 1)
            if tail - comma > 2 and not self._quoted(toks[:tail]):
                m = _mention(self.an, toks, np, si)
                return toks[0].start, toks[tail - 1].end, Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.7))
        # ", deepening ...", ", as they brought ...": what follows the cue's comma is a new thought
        stop = next((k for k in range(after, len(toks) - 1) if toks[k].text == ","
                     and (re.fullmatch(r"[a-z]{3,}ing", toks[k + 1].text) or toks[k + 1].lower in _CIRCUMSTANCE)),
                    len(toks))
        rest = [t for t in toks[after:stop] if re.search(r"\w", t.text)]  # up to ", adding that ..."
        if self._quoted(toks[after:stop]):
            return None
        # "..., said Brian Baker, a longtime adviser to the family who ...": the apposition may run on
        if not (inverted and after < len(toks) and toks[after].text == ",") and (len(rest) > 8 or not _tail_ok(toks[:stop], after)):
            return None
        if self._quoted(toks[k:e]) or e - k < 3:
            return None
        if not inverted and np[1] + 1 < c and toks[np[1] + 1].text == "," and not any(
                t.lower in _VERBISH or re.fullmatch(r"[a-z]+(?:ed|s|en)", t.text) or M.is_cue(t) for t in toks[k:e]):
            return None  # "Quill's younger brother, Josh Quill, weighed in": an appositive head, not a clause
        if after < len(toks) and toks[after].text == ":":
            return None  # "In a since-deleted post, the actor wrote:": the report is the quotation that follows
        if self._adjunct(toks[k:e]):
            return None  # "Speaking to reporters, the chef explained ...": an opener, not what was said
        m = _mention(self.an, toks, np, si)
        return toks[k].start, toks[e - 1].end, Attribution(m, _cue_span(self.an, toks, c), _conf(m, 0.75))

    def _according(self, si: int, toks: list[Token], c: int):
        np = M.np_after(toks, c + 1)
        if np is None:
            # a bare source: "according to police", "according to federal statistics"
            b = c + 2
            while b < len(toks) and b - c < 8 and re.match(r"^[\w'’-]+$", toks[b].text) and not M.is_cue(toks[b]) \
                    and toks[b].lower != "by":
                b += 1
            if b == c + 2:
                return None
            np = (c + 2, b - 1, "descriptor")
        if np[1] + 2 < len(toks) and toks[np[1] + 1].lower == "by" and toks[np[1]].lower in _AUTHORING:
            author = M.np_starting_at(toks, np[1] + 2)  # "a memo sent by chief executive Hugo Brennecke"
            if author is not None and author[2] == "name":
                np = author
            elif author is not None:  # "figures released by the Office for Housing Statistics (earlier ...)"
                named = [i for i in range(author[0], author[1] + 1) if M.is_name_token(toks[i])]
                if named:
                    np = (author[0], named[-1], "descriptor")
        m = _mention(self.an, toks, np, si)
        cue = Span.of(self.an.text, toks[c].start, toks[c + 1].end)
        att = Attribution(m, cue, _conf(m, 0.75))
        n = len(toks)
        if c > 1 and toks[c - 1].text == ",":
            e = c - 1
            if e >= 3 and not self._quoted(toks[:e], cue_after=True):
                return toks[0].start, toks[e - 1].end, att
            return None
        k = np[1] + 1
        while k < n and toks[k].text != ",":
            k += 1
        k += 1
        e = self._content_end(toks, k) if k < n else k
        if k < e < n - 1 and toks[e].text == "," and self._adjunct(toks[k:e]):
            # "According to her account, after examining the leg, she insisted ...": the opener and its clause
            e = max(e, self._content_end(toks, e + 1))
        if e - k >= 3 and not self._quoted(toks[k:e]):
            return toks[k].start, toks[e - 1].end, att
        return None

    # -- the pass ------------------------------------------------------------------------
