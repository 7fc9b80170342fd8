"""Shared pieces of attribution: word sets, the Attribution record, and the speaker/cue patterns
around one cue or one quotation in a sentence frame (see ``core.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Span
from . import mentions as M
from .analysis import Analysis, Mention
from .lexicon import ANONYMOUS_HEADS, ORG_HEADS, PARTICLES, TITLES
from .marks import QuoteSpan
from .text import Token

TITLES_LOWER = TITLES
ORG_WORDS_LOWER = {"spokesperson", "spokesman", "spokeswoman", "representative", "rep"} | (ORG_HEADS - {"rep"})


_MEDIA_NOUNS = {"song", "single", "album", "film", "movie", "show", "series", "book", "novel", "titled", "called",
                "dubbed", "nicknamed", "named", "track", "hit", "episode", "documentary", "play", "musical",
                "memoir", "tour", "podcast", "program", "programme", "column", "article", "headline", "slogan",
                "hashtag", "term", "word", "phrase", "so-called", "label", "labeled", "branded"}
# Nouns that follow a title: "‘Palm Court’ Recap", "the “Skyfire” franchise".
_MEDIA_AFTER = {"recap", "review", "star", "stars", "cast", "finale", "premiere", "season", "episode", "trailer",
                "sequel", "reboot", "spinoff", "spin-off", "creator", "franchise", "soundtrack", "tour", "album",
                "single", "actor", "actress", "alum", "host", "producer", "showrunner", "director", "writer",
                "author", "singer", "rapper", "band", "hitmaker", "composer",
                # events, products and schemes named in marks: the “Horizon” showcase
                "showcase", "festival", "conference", "summit", "campaign", "initiative", "programme", "scheme",
                "collection", "podcast", "documentary", "exhibition", "series", "app", "range"}
_CLAUSE_PUNCT = {".", "!", "?", ";"}
_PREP_START = {"in", "on", "at", "to", "for", "with", "by", "about", "during", "after", "before", "from", "of",
               "over", "under", "into", "through", "via", "this", "last", "earlier", "later", "when", "while",
               "and", "or", "but", "as", "because", "than", "if", "him", "them", "me", "us",
               "yes", "no", "hello", "goodbye", "sorry", "thanks", "otherwise", "nothing", "something",
               "little", "very", "up", "out", "down", "off", "back", "monday", "tuesday", "wednesday",
               "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"}


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
        # ("a bookkeeper for Vandermeer Holdings": the name is where the speaker works, not who speaks)
        if not any(w in ORG_WORDS_LOWER or w in ANONYMOUS_HEADS or w in ("close", "familiar") for w in words_before) \
                and toks[n - 1].lower not in ("for", "of", "at", "with", "in", "from"):
            a, kind = n, "name"
    start, end = toks[a].start, toks[b].end
    if kind == "name" and an.text[start:end].endswith(("'s", "’s")):
        end -= 2  # "Varga's post": the name without its possessive ending
    words = [t.text for t in toks[a:b + 1]]
    m = Mention(start, end, an.text[start:end], kind, si)
    m.speaker_kind = M.speaker_kind(words, kind)
    return m


def _cue_span(an: Analysis, toks: list[Token], c: int) -> Span:
    end = c
    if c + 1 < len(toks) and toks[c + 1].lower in PARTICLES and (
            toks[c].lower.startswith(("call", "point", "lash", "went")) or M.is_retort(toks, c)):
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
        if np is None:
            # "…, and Fairley returned to it later, telling …": the subject of the verb it follows
            for j in range(c - 2, 0, -1):
                if toks[j].text in _CLAUSE_PUNCT or M.is_quote(toks[j]):
                    break
                if re.fullmatch(r"[a-z]+ed", toks[j].text):
                    prev = M.np_before(toks, j)
                    if prev is not None and prev[2] in ("name", "pronoun"):
                        np = prev
                    break
        if np is None:
            # "After saying her foot was “...,” she was ...": the subject after the opening phrase
            for j in range(c + 1, len(toks) - 1):
                if toks[j].lower in ("he", "she", "they", "i", "we") and re.match(r"^[a-z]", toks[j + 1].text):
                    np = (j, j, "pronoun")
                    break
        return _mention(an, toks, np, si)
    np = M.np_before(toks, c)
    if np is None and c >= 2 and toks[c - 1].lower in ("and", "but", "or"):
        # "X called the menu “a gimmick” and argued that ...": the subject of the coordinated cue
        for j in range(c - 2, max(-1, c - 25), -1):
            if toks[j].text in _CLAUSE_PUNCT:
                break
            if M.is_cue(toks[j], toks[j - 1] if j else None) and not _participle(toks, j):
                np = M.np_before(toks, j)
                break
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
            if np is not None and np[1] + 1 < len(toks) and toks[np[1] + 1].text not in (",", ".", "!", "?", ";", "(", ":"):
                np = None  # "..., said the dikes upstream had ...": a clause, not an inverted speaker
    if np is None:
        np = M.sentence_subject(toks, c)
    if np is None:
        np = _bare_subject(toks, c)
    return _mention(an, toks, np, si)


# Auxiliaries between a subject and its cue ("the NAACP has called for ...").
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "may", "might",
                "can", "should", "did", "does", "do", "been", "be"}


def _bare_subject(toks: list[Token], c: int) -> tuple[int, int, str] | None:
    """The words between the clause's start and its cue as a descriptor subject, when no name or
    pronoun was found there: "In July, the tenants' union called for ...", "An unsigned campaign
    leaflet questioned whether ...". Short, punctuation-free and verb-free phrases only."""
    j = c - 1
    while j >= 0 and (M._adverb(toks[j]) or toks[j].lower in _AUXILIARIES):
        j -= 1
    a = j
    while a - 1 >= 0 and re.fullmatch(r"[\w][\w.&'’-]*", toks[a - 1].text) and not M.is_cue(toks[a - 1]) \
            and toks[a - 1].lower not in ("that", "which", "who", "and", "but", "or", "if", "when", "because"):
        a -= 1
    if j < 0 or a > j or j - a > 7 or not re.fullmatch(r"[\w][\w.&'’-]*", toks[j].text):
        return None
    if a > 0 and toks[a - 1].text not in (",", "—", "–", ":", ";") and not M.is_quote(toks[a - 1]):
        return None  # the phrase does not open its clause: a verb or a preposition came before
    if toks[a].lower in ("in", "on", "at", "after", "before", "during", "when", "while", "as", "if", "to") \
            or any(t.lower in _VERBISH for t in toks[a:j + 1]):
        return None
    return (a, j, "descriptor")


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
    """What may follow a cue that closes its sentence: time, place, outlet, "in a statement",
    then possibly ", adding that ..." (a new attribution of the same speaker)."""
    for k in range(j, len(toks) - 1):
        if toks[k].text == "," and toks[k + 1].lower.endswith("ing") and M.is_cue(toks[k + 1]):
            toks = toks[:k]
            break
    return all(x.lower in _AFTER_CUE or not re.search(r"\w", x.text) or x.text[0].isupper()
               or x.lower in ("a", "an", "the", "his", "her", "their", "its", "statement", "interview", "email",
                              "letter", "report", "post", "tweet", "video", "speech", "rally", "conference",
                              "news", "press", "briefing", "told", "reporters", "week", "night", "morning",
                              "afternoon", "evening", "last", "this", "recent", "earlier", "later", "phone",
                              "television", "radio", "podcast", "call", "message", "book", "memoir", "hearing",
                              "release", "note", "clients", "filing", "court")
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
        if t.text == "," and c + 1 < qpos and toks[c + 1].lower in ("and", "but", "while", "whereas", "although") \
                and not (c + 2 < qpos and toks[c + 2].lower == "that"):
            break  # a new coordinated clause: cues before it govern something else ("and that" goes on)
        if t.lower == "according" or (t.lower == "per" and c + 1 < len(toks) and M.is_name_token(toks[c + 1])):
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
    while k < len(toks) and toks[k].text in (",", "—", "–", "-", "―", ":"):
        dash = dash or toks[k].text != ","
        k += 1
    if k >= len(toks):
        return None
    if M.is_cue(toks[k]):
        np = M.np_after(toks, k)
        return (_mention(an, toks, np, si), k) if np else None
    np = M.np_starting_at(toks, k)
    if np is None and re.fullmatch(r"[a-z]+s", toks[k].text) and toks[k].lower not in _VERBISH:
        # "‘heartbroken’, pals have revealed": a bare plural subject and its cue close the sentence
        c = k + 1
        while c < len(toks) and toks[c].lower in _AUXILIARIES:
            c += 1
        if c < len(toks) and M.is_cue(toks[c]) and (c + 1 == len(toks) or toks[c + 1].text in (".", "!", "?")):
            return _mention(an, toks, (k, k, "descriptor"), si), c
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
        if M.is_cue(toks[b], toks[b - 1]) or M.is_retort(toks, b):
            return _mention(an, toks, np, si), b
    b = np[1] + 1
    # "“...,” Vitter demanded." : a name or pronoun and one verb closing the sentence
    if np[2] in ("name", "pronoun") and b < len(toks) and (re.match(r"^[a-z]+(ed|s)$", toks[b].text)
                                                         or toks[b].lower in ("began", "went", "shot", "spoke")) \
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
    if qpos + 1 < len(toks) and toks[qpos + 1].lower in _MEDIA_AFTER:
        return True  # "‘Palm Court’ Recap", "“Harbour Lights” star Ana Reyes": a show's or a record's name
    # a nickname between a first and a last name: Marcus “Big Mac” Delaney
    if len(words) <= 3 and 0 < qpos < len(toks) - 1 and M.is_name_token(toks[qpos - 1]) and M.is_name_token(toks[qpos + 1]):
        return True
    return is_title_case(words) and qpos > 0 and prev not in (",", ":", "—") and not M.is_cue(toks[qpos - 1])


_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "vs"}


# Verbs that only ever give a name: what follows in marks is a label, never a quotation.
_LABEL_VERBS = {"dubbed", "dubs", "nicknamed", "nicknames", "titled", "entitled", "named", "christened"}


def is_label(toks: list[Token], qpos: int) -> bool:
    """The quotation at ``qpos`` is a name a naming verb gives ("dubbed the “Silver Lake set”")."""
    before = toks[max(0, qpos - 4):qpos]
    return any(t.lower in _LABEL_VERBS for t in before) and not any(t.text in (",", ":") or M.is_quote(t) for t in before)


_NAME_LEADERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"}


def is_single_name(words: list[str], prev: str) -> bool:
    """“Skyfire” in "a part in the “Skyfire” franchise": one capitalised word after a determiner
    names a thing (a film, a show, a product); it is not anyone's words."""
    return len(words) == 1 and words[0][:1].isupper() and prev.lower() in _NAME_LEADERS


def is_title_case(words: list[str]) -> bool:
    """CBS's “Face the Nation”, a “Commander-in-Chief Forum”: a name or title, not speech."""
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return 2 <= len(words) <= 7 and bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)
