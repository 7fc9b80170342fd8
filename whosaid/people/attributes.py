"""Person attributes with evidence: age ("41-year-old", "Ana Lopez, 41,") and occupation
("the singer", "actress Ana Lopez", "Ana Lopez, a lawyer,").

Results go into ``Person.attributes``::

    {"age": 41, "occupation": ["singer", "actress"],
     "evidence": [{"attribute": "age", "value": 41, "start": 120, "end": 131, "text": "41-year-old"}, ...]}

``annotate_attributes`` then resolves kinship words (``whosaid.people.kinship``), so a
speaker's "Mom" joins the person the article names as the speaker's mother.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..records import Document, Person
from ..wordtrie import word_alternation
from .lookup import NAME_TOKEN, PRONOUNS, People, looks_like_org, quote_at, sentence_at, sentences_of

log = logging.getLogger(__name__)

OCCUPATIONS = sorted(
    """singer-songwriter singer songwriter actress actor rapper model dancer musician drummer guitarist
    producer director filmmaker comedian comedienne host presenter author writer novelist poet journalist
    reporter editor anchor columnist photographer designer chef athlete footballer quarterback
    tennis_player basketball_player soccer_player golfer boxer swimmer coach lawyer attorney doctor physician
    surgeon nurse scientist professor teacher economist analyst senator congressman congresswoman
    governor mayor president vice_president prime_minister minister secretary candidate nominee
    politician lawmaker legislator diplomat ambassador judge justice prosecutor sheriff detective
    police_officer officer spokesman spokeswoman spokesperson businessman businesswoman entrepreneur
    executive CEO founder co-founder billionaire investor influencer YouTuber pop_star rock_star
    reality_star TV_star TV_personality TV_host talk_show_host socialite activist strategist pollster
    adviser advisor consultant chairman chairwoman campaign_manager pastor priest rabbi imam soldier
    veteran student archbishop bishop pilot astronaut architect engineer""".split(),
    key=len, reverse=True,
)
# As tries (``word_alternation``): the flat 150-word alternation cost ~1 ms an article.
_OCC_WORDS = [o.replace("_", " ") for o in OCCUPATIONS]
_OCC_RE = r"(?P<occ>" + word_alternation(_OCC_WORDS, space=r"\s+") + r")"
_OCC_RE_I = r"(?P<occ>" + word_alternation(_OCC_WORDS, ignorecase=True, space=r"\s+") + r")"  # in (?i:...)
# Title abbreviations standing before a name
TITLES = {"Sen.": "senator", "Gov.": "governor", "Rep.": "representative", "Dr.": "doctor",
          "Pres.": "president", "Gen.": "general", "Prof.": "professor", "Judge": "judge",
          "Senator": "senator", "Governor": "governor", "President": "president", "Mayor": "mayor"}

AGE_IN = re.compile(r"\b(?P<age>\d{1,3})-year-old\b")
AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:aged\s+)?(?P<a>\d{1,3})\s*(?=[,.;)])|\((?P<b>\d{1,3})\))")
OCC_IN = re.compile(rf"(?i:\b{_OCC_RE_I}s?\b)")
OCC_BEFORE = re.compile(rf"(?:^|[\s(])(?P<pre>(?:[a-z][\w-]*\s+){{0,2}}){_OCC_RE}\s+$")
OCC_APPOS = re.compile(rf"^\s*,\s*(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?{_OCC_RE}\b")
OCC_COPULA = re.compile(rf"^\s+(?:is|was|has\s+been|became)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_OCC_RE}\b")


_FEMALE_OCC = {"actress", "spokeswoman", "businesswoman", "congresswoman", "chairwoman", "comedienne"}
_MALE_OCC = {"spokesman", "businessman", "congressman", "chairman"}
# "the 41-year-old singer", "the Oscar-winning actress's": a definite job descriptor
DESCRIPTOR = re.compile(
    rf"\b[Tt]he\s+(?P<mods>(?:(?:\d{{1,3}}-year-old|[A-Za-z][\w-]*)\s+){{0,3}}?){_OCC_RE}(?P<poss>['’]s?)?(?![\w-])"
)


def annotate_attributes(doc: Document, analysis: Any = None) -> None:
    """Fill ``Person.attributes`` (age, occupation, evidence) and resolve kinship words."""
    text = doc.text
    _descriptor_mentions(doc, analysis)
    for person in doc.people:
        if person.kind != "person":
            continue
        found: list[dict[str, Any]] = []
        for m in person.mentions:
            if m.text.lower() in PRONOUNS:
                continue
            _from_mention(text, m.start, m.end, found)
        _store(person, found)
    from .kinship import resolve_kinship  # kinship needs the relations found just before

    resolve_kinship(doc, analysis)


def _descriptor_mentions(doc: Document, analysis: Any) -> None:
    """Attach job descriptors outside quotes ("the 41-year-old singer's") to the person they
    most likely mean: the most-mentioned earlier person of agreeing gender who is not already
    named earlier in the same sentence (a descriptor rarely points back inside its sentence)."""
    people = People(doc, analysis)
    sents = sentences_of(doc.text, analysis)
    for m in DESCRIPTOR.finditer(doc.text):
        s, e = m.start(), m.end("occ")
        q = quote_at(doc, s, e)
        if doc.in_boilerplate(s, e) or (q is not None and q.kind == "direct"):
            continue  # reported speech is the writer's words; a direct quote is the speaker's
        if re.match(rf"\s+(?:{NAME_TOKEN})", doc.text[m.end():m.end() + 40]) and not m.group("poss"):
            continue  # "the singer Ana Lopez": a title before a name, read by _from_mention
        if re.match(r"\s+of\b", doc.text[e:e + 4]) or any(
            mm.start < e and s < mm.end for p in doc.people for mm in p.mentions
        ):
            continue
        occ = m.group("occ").lower()
        want = "female" if occ in _FEMALE_OCC else "male" if occ in _MALE_OCC else None
        sent_start = sentence_at(sents, s)[0]
        same_sentence = {p.id for p in doc.people for mm in p.mentions if sent_start <= mm.start < s}
        if not m.group("poss") and not _ends_noun_phrase(doc.text, e):
            continue  # "the justice system", "the host country": the job word is a modifier
        ranked = []
        for p in doc.people:
            if p.kind != "person" or p.id in same_sentence or (want and p.gender not in (want, None)):
                continue
            if looks_like_org(p.name):
                continue
            before = [mm for mm in p.mentions if mm.end <= s and not doc.in_boilerplate(mm.start, mm.end)]
            if before:
                ranked.append(((len({mm.start for mm in before}), max(mm.end for mm in before)), p))
        ranked.sort(key=lambda kp: kp[0], reverse=True)
        # only an article's clear main person: a descriptor among several candidates is a guess
        best = ranked[0][1] if ranked and (len(ranked) == 1 or ranked[0][0][0] >= 2 * ranked[1][0][0]) else None
        if best is not None:
            people.add_mention(best, s, e, alias=True)
            log.debug("descriptor %r -> %s", doc.text[s:e], best.name)


_VERBISH = re.compile(r"\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|did|does|who|and|"
                      r"said|says|told|added|shared|posted|wrote|[a-z]+ed|[a-z]+s)\b")


def _ends_noun_phrase(text: str, end: int) -> bool:
    """The words after a job noun end its phrase (punctuation, a verb, "who"), so it names someone."""
    after = text[end:end + 30]
    return not after.strip() or bool(re.match(r"\s*[,.;:!?)—–\"”’]", after)) or bool(_VERBISH.match(after))


def _from_mention(text: str, start: int, end: int, found: list[dict[str, Any]]) -> None:
    inner = text[start:end]
    for m in AGE_IN.finditer(inner):
        found.append(_ev("age", int(m.group("age")), text, start + m.start(), start + m.end()))
    for m in OCC_IN.finditer(inner):
        if m.start() == 0 and inner[:1].isupper() and end - start > m.end():
            continue  # a capitalised first word of a name ("Judge Judy" is handled as a title)
        found.append(_ev("occupation", _norm_occ(m.group("occ")), text, start + m.start(), start + m.end()))
    before = text[max(0, start - 60):start]
    m = AGE_IN.search(before)
    if m and re.fullmatch(r"(?:\s+[\w-]+){0,2}\s+", before[m.end():] or " "):
        s = start - len(before) + m.start()
        found.append(_ev("age", int(m.group("age")), text, s, s + len(m.group())))
    m = OCC_BEFORE.search(before)
    if m:
        s = start - len(before) + m.start("occ")
        found.append(_ev("occupation", _norm_occ(m.group("occ")), text, s, s + len(m.group("occ"))))
    title = re.search(r"(?P<t>\b(?:Sen|Gov|Rep|Dr|Pres|Gen|Prof)\.|\b(?:Judge|Senator|Governor|President|Mayor))\s+$", before)
    if title:
        s = start - len(before) + title.start("t")
        found.append(_ev("occupation", TITLES[title.group("t")], text, s, s + len(title.group("t"))))
    after = text[end:end + 80]
    m = AGE_AFTER.match(after)
    if m:
        g = "a" if m.group("a") else "b"
        found.append(_ev("age", int(m.group(g)), text, end + m.start(g), end + m.end(g)))
    for pat in (OCC_APPOS, OCC_COPULA):
        m = pat.match(after)
        if m:
            found.append(_ev("occupation", _norm_occ(m.group("occ")), text, end + m.start("occ"), end + m.end("occ")))


def _norm_occ(word: str) -> str:
    w = re.sub(r"\s+", " ", word.strip())
    return w if w.isupper() or w == "YouTuber" else w.lower()


def _ev(attribute: str, value: Any, text: str, start: int, end: int) -> dict[str, Any]:
    return {"attribute": attribute, "value": value, "start": start, "end": end, "text": text[start:end]}


def _store(person: Person, found: list[dict[str, Any]]) -> None:
    if not found:
        return
    found.sort(key=lambda f: f["start"])
    evidence: list[dict[str, Any]] = []
    seen: set[tuple[str, int, int]] = set()
    for f in found:
        key = (f["attribute"], f["start"], f["end"])
        if key in seen:
            continue
        seen.add(key)
        evidence.append(f)
    ages = [f["value"] for f in evidence if f["attribute"] == "age" and 0 < f["value"] < 125]
    if ages:
        person.attributes["age"] = ages[0]
    occs: list[str] = []
    for f in evidence:
        if f["attribute"] == "occupation" and f["value"] not in occs:
            occs.append(f["value"])
    if occs:
        person.attributes["occupation"] = occs
    person.attributes["evidence"] = evidence
