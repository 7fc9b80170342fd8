"""Pronouns that point back at someone the article leaves unnamed, and other pronoun and "who" rules.

"A porter who asked not to be named said the lift had failed. 'Nobody came,' he said." The
nearest agreeing antecedent of "he" is the unnamed porter, so the pronoun is anonymous too, not
the person named a paragraph earlier.  Also: "As for Ines, she ..." (``fronted_topic``), "who"
closing an apposition (``apposition_head``), "She added:" (``speaker_goes_on``) and a
descriptor's gender from its own clause (``clause_gender``); the answer to a question is not
the asker's (``asker``).
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from ..attribute.lexicon import PRONOUN_GENDER
from .descriptors import noun_gender
from .voices import spokes_phrase

# "who asked not to be named", "who would not give his name", "who spoke on condition of anonymity",
# "who asked that her name not be used", "who declined to be identified"
_UNNAMED_CLAUSE = re.compile(
    r"(?i)\bwho\s+(?:asked|spoke|declined|requested|refused|would\s+not|wouldn[’']t|did\s+not|didn[’']t|"
    r"was\s+not|wasn[’']t|is\s+not|isn[’']t|agreed)\b[^.;“”\"]{0,70}?\b(?:named|name|anonymity|anonymously|"
    r"identified|identify)\b")
_GENDERED = re.compile(r"(?i)\b(he|his|him|she|her)\b")


def _markers(cl: Any, m: Mention, speaker_mentions: list[Mention], back: int) -> list[tuple[int, str | None]]:
    """(position, gender) of unnamed people introduced before ``m`` in its sentence or ``back`` before."""
    text = cl.an.text
    first = max(0, m.sentence - back)
    lo = cl.an.sentences[first][0]
    quotes = cl._quote_ranges()
    out: list[tuple[int, str | None]] = []
    for x in speaker_mentions:
        if x.end <= m.start and x.start >= lo and x.kind == "descriptor" and x.speaker_kind == "anonymous" \
                and not x.person:
            g = noun_gender(x.text)
            if g:  # "one woman said"; a plain "a person close to him" may be anyone the next "he" is not
                out.append((x.start, g))
    for hit in _UNNAMED_CLAUSE.finditer(text, lo, m.start):
        if cl._in_quote(hit.start(), quotes):
            continue
        clause = text[hit.start():hit.end() + 80].split(",")[0]  # "... anonymity because her contract ..."
        g = _GENDERED.search(clause)
        out.append((hit.start(), PRONOUN_GENDER.get(g.group(1).lower()) if g else None))
    return out


def unnamed_antecedent(cl: Any, m: Mention, chosen: Any, speaker_mentions: list[Mention], back: int = 2) -> bool:
    """Is an unnamed person introduced between ``chosen``'s last mention and the pronoun ``m`` (and of
    no other gender)?  Then ``m`` refers to that unnamed person."""
    g = PRONOUN_GENDER.get(m.text.lower())
    if g is None:
        return False
    quotes = cl._quote_ranges()
    last = -1
    if chosen is not None:
        last = max((x.start for x in chosen.mentions if x.end <= m.start and x is not m
                    and not cl._in_quote(x.start, quotes)), default=-1)
    return any(at > last and mg in (None, g) for at, mg in _markers(cl, m, speaker_mentions, back))


_AS_FOR = re.compile(r"(?i)^\s*(?:as\s+for|as\s+to|turning\s+to)\s+([^,]{1,60}),\s*$")


def fronted_topic(cl: Any, m: Mention) -> Any:
    """"As for Ines, she insists ...": the person the sentence fronts, when the pronoun follows at once."""
    g = PRONOUN_GENDER.get(m.text.lower())
    s = cl.an.sentences[m.sentence][0]
    hit = _AS_FOR.match(cl.an.text[s:m.start])
    if g is None or not hit:
        return None
    lo, hi = s + hit.start(1), s + hit.end(1)
    for x in cl.an.mentions:
        if x.person and lo <= x.start and x.end <= hi:
            c = cl._by_id(x.person)
            if c is not None and c.kind == "person" and c.gender() in (g, None):
                return c
    return None


# A descriptor's own clause up to its first his/her/himself/herself, with no name or quotation between.
_OWN_PRONOUN = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}?\s+(his|her|himself|herself)\b(?:\s+([a-z]+))?")
# "The singer said he was ...": the reported clause's subject pronoun is, as a rule, its speaker.
_REPORTED_SUBJECT = re.compile(r"\s+(?:said|says|added|adds|insisted|insists|explained|admitted|revealed|claimed"
                               r"|claims|told\s+(?:[A-Z][\w’'-]*|reporters|fans|friends))\s+(?:that\s+)?(he|she)\b")
_SPEAKS_FOR_ANOTHER = {"lawyer", "attorney", "solicitor", "barrister", "counsel", "rep", "representative", "agent",
                       "publicist", "manager", "spokesman", "spokeswoman", "spokesperson", "friend", "source"}
_GOES_ON = re.compile(r"\s+(?:added|adds|continued|continues|went\s+on)\b")


def apposition_head(cl: Any, m: Mention) -> Any:
    """The person whose name opens the apposition a "who" closes ("Prof. Ann Lee, a biologist at
    the Kell Institute who"): the latest person named before ``m`` in its sentence, followed by
    ", a/an/the ..." with no other comma up to ``m``."""
    text = cl.an.text
    for x in sorted(cl.an.mentions, key=lambda x: -x.start):
        if x.sentence != m.sentence or x.end > m.start or not x.person:
            continue
        c = cl._by_id(x.person)
        if c is not None and c.kind == "person":
            between = text[x.end:m.start]
            return c if re.fullmatch(r",\s+(?:a|an|the)\s+[^,;:“”\"]+", between) else None
    return None


def agent_of_someone(text: str) -> bool:
    """"his lawyer", "her rep": someone who speaks for the person the possessive names, not that person."""
    words = text.lower().split()
    return len(words) >= 2 and words[0] in ("his", "her", "their") and words[-1] in _SPEAKS_FOR_ANOTHER \
        and words[-1] not in ("friend", "source")


def speaker_goes_on(cl: Any, m: Mention, speaker_mentions: list[Mention]) -> Any:
    """"She added:", "he continued": the speaker of the latest quotation within four sentences
    before, when that speaker is a person of the pronoun's gender."""
    g = PRONOUN_GENDER.get(m.text.lower())
    if g is None or m.text.lower() not in ("he", "she") or not _GOES_ON.match(cl.an.text, m.end):
        return None
    last = max((x for x in speaker_mentions if x.person and x.start < m.start and x is not m
                and m.sentence - 4 <= x.sentence), key=lambda x: x.start, default=None)
    c = cl._by_id(last.person) if last is not None else None
    if c is not None and c.kind == "organization" and spokes_phrase(last.text):
        # "A Brenmoor spokeswoman said ... She added": the spokeswoman still speaks for Brenmoor
        spoken = {"spokeswoman": "female", "spokesman": "male"}
        return c if all(spoken.get(w, g) == g for w in last.text.lower().split()) else None
    if c is None or c.kind != "person":
        return None
    if c.gender() == g:
        return c
    # a speaker of unknown gender goes on straight after their own sentence, when no one of the
    # pronoun's gender is named there or before the pronoun ("Ms. LaBelle ... she added")
    agreeing = any(x.person and x.start < m.start and m.sentence - 1 <= x.sentence and
                   (o := cl._by_id(x.person)) is not None and o.kind == "person" and o.gender() == g
                   for x in cl.an.mentions)
    return c if c.gender() is None and last.sentence >= m.sentence - 1 and not agreeing else None


def clause_gender(cl: Any, m: Mention) -> str | None:
    """"The personal trainer showed his support": a possessive or reflexive pronoun in the
    descriptor's own clause, before any name, gives the descriptor's gender; so does the subject
    pronoun of the clause it reports ("The singer said he was heartbroken")."""
    from .cluster import _OBJECT_FOLLOWERS  # (cluster imports this module)

    hit = _OWN_PRONOUN.match(cl.an.text, m.end)
    if not hit:
        said = _REPORTED_SUBJECT.match(cl.an.text, m.end)
        words = m.text.lower().split()
        if not said or words[0] in ("his", "her", "their", "its") or words[0].endswith(("'s", "’s")) \
                or words[-1] in _SPEAKS_FOR_ANOTHER:
            return None  # ("His lawyer said he would not answer": the client)
        return PRONOUN_GENDER.get(said.group(1).lower())
    word = hit.group(1).lower()
    if word == "her" and (hit.group(2) or "").lower() in _OBJECT_FOLLOWERS:
        return None  # "the coach thanked her for ...": someone else
    return PRONOUN_GENDER.get(word)


_ASKED = re.compile(r"\s+(?:asked|asks|wondered|pressed)\b")
_ASKED_SOMEONE = re.compile(r"\b(?:asked|asks|pressed|quizzed)\s+(him|her)\s+(?:whether|if|what|why|how|when|about)\b")
_QUESTION_BEFORE = re.compile(r"\?\s*[”\"’']\s*,?\s*$")


def asker(cl: Any, m: Mention, speaker_mentions: list[Mention]) -> Any:
    """Who put the question the pronoun's quotation answers: the speaker of the latest quotation in
    the two sentences before, when it was asked ("“How are you?” the host asked gently."), or the
    subject of the sentence before when it asked someone of the pronoun's gender ("Brandt asked
    him whether ...")."""
    text = cl.an.text
    if m.sentence >= 1:
        # "Brandt asked him whether he had ... . “Considered it?” he said": the one asked answers
        s, e = cl.an.sentences[m.sentence - 1]
        hit = _ASKED_SOMEONE.search(text, s, e)
        if hit and PRONOUN_GENDER.get(hit.group(1).lower()) == PRONOUN_GENDER.get(m.text.lower()):
            subject = [x for x in cl.an.mentions if x.person and x.sentence == m.sentence - 1 and x.end <= hit.start()]
            if subject:
                return cl._by_id(subject[-1].person)
    last = max((x for x in speaker_mentions if x.person and x.end <= m.start and x is not m
                and m.sentence - 2 <= x.sentence < m.sentence), key=lambda x: x.start, default=None)
    if last is None:
        return None
    s = cl.an.sentences[last.sentence][0]
    if _ASKED.match(text, last.end) or _QUESTION_BEFORE.search(text[s:last.start]):
        return cl._by_id(last.person)
    return None
