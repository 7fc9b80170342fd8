"""Names the article itself marks as organisations, and short capitalised forms that are places.

* **Typed by a noun before the name**: "appliance maker Brenmoor", "broadcaster Kestrel TV",
  "the band Ember Lane", "supporters' group Westbury Voices": an organisation of that type.
* **Read as a body**: "Brenmoor shares fell", "Ember Lane are back", "Grainger Hospitality, which
  runs ...": a name with shares, a plural verb or a "which" clause is no single person; nor is a
  name ending like a utility's ("Sierra Ridge Power") with no known given name.
* **Ensembles**: "the Sheffield-born indie trio", "the band" is the group the article named
  as a band or that takes a plural verb.
* **Acronyms**: "the TSWU" is the "Transport and Signal Workers’ Union" the article named.
* **Place acronyms and datelines**: "sold in the UK and Ireland", "OSLO (NRK) -": an
  all-capitals word that only follows a place preposition is where something happens, and an
  outlet in a dateline's brackets only reports it; neither is "the company".

Only clusters with no person evidence (a gender, a known given name) are re-typed.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from ..attribute.lexicon import PERSON_NOUNS, name_genders
from .given_names import given_name_gender

# Lower-case nouns that, right before a name, type it as an organisation.
COMPANY_KINDS = {"company", "firm", "business", "maker", "manufacturer", "retailer", "carmaker", "automaker",
                 "drugmaker", "chain", "brand", "lender", "insurer", "airline", "startup", "start-up",
                 "conglomerate", "giant", "operator", "supermarket", "miner", "supplier", "grocer", "bank",
                 "broadcaster", "publisher", "streamer", "utility", "charity", "label", "studio", "network",
                 "agency", "housebuilder", "brewer", "distributor", "group", "app", "platform", "exchange",
                 "marketplace", "developer", "provider", "fintech", "carrier", "chipmaker"}
ENSEMBLES = {"band", "group", "quartet", "trio", "duo", "quintet", "sextet", "outfit", "act", "orchestra", "choir",
             "collective", "troupe", "four-piece", "five-piece", "three-piece", "two-piece", "girlband", "boyband"}
TEAMS = {"club", "team", "side"}
_TYPE_NOUNS = COMPANY_KINDS | ENSEMBLES | {"club", "team", "union", "party", "coalition", "association"}
# Generic heads that fit any company-like type ("appliance maker Halvorsen ... the company said").
GENERIC_HEADS = {"company", "firm", "business", "group", "organisation", "organization"}

# (not "said it": "Okafor said it was time" is a person)
_BODY_AFTER = re.compile(r"(?:['’]s)?\s+shares\b|\s+(?:are|were)\b|\s+have\s+(?:been|\w+ed)\b|,\s+which\s+(?:runs|owns|"
                         r"operates|makes|employs|supplies|sells|serves|manages|produces|builds|publishes)\b")
# "Paywick, the payments app, said": an apposition whose head is a kind of company.
_TYPED_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(" + "|".join(sorted(COMPANY_KINDS))
                               + r")\s*[,.]")
# Last words of utility and service company names that are no one's surname after a non-given name
# ("Sierra Ridge Power", "Grainger Hospitality"); "Samantha Power" keeps her given name.
_SOFT_TAILS = {"power", "water", "hospitality", "rail", "electric", "utilities", "broadband", "telecoms", "buses",
               "trains", "airport", "ferries", "housing", "homes", "leisure", "logistics", "freight"}
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|across|throughout|around|within|outside|inside|into)\s+(?:the\s+)?$")
_DATELINE_OPEN = re.compile(r"[A-Z][A-Z .'’-]*\s*\($")
_PLACE_ACRONYMS = {"UK", "US", "USA", "EU", "UAE", "NYC", "DC", "NZ", "GB"}


def _personlike(c: Any) -> bool:
    return c.gender() is not None or c.words[0] in name_genders() or (
        len(c.words) >= 2 and given_name_gender(c.words[0]) is not None)


# Type nouns that also open a sentence capitalised before the name ("Broadcaster Meridian said"); none
# starts a common company name the way "Network" or "Studio" can.
LEAD_KINDS = {"broadcaster", "retailer", "carmaker", "automaker", "drugmaker", "chipmaker", "manufacturer", "lender",
              "insurer", "supermarket", "streamer", "publisher", "charity", "housebuilder", "brewer", "distributor",
              "conglomerate", "startup", "grocer", "airline", "broadcasters"}
_TYPED_NAME = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(_TYPE_NOUNS | {w.capitalize() for w in LEAD_KINDS},
                                                               key=len, reverse=True)) +
                         r")\s+((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|and|&))*)")


_SCENE = re.compile(r"\b(?:the|a)\s+$")
_CUE_AFTER = re.compile(r"\s+(?:said|says|told|added|insisted|admitted|explained)\b")


_ROLE_THEN_NAME = re.compile(r"\s+([a-z][\w-]*)\s+[A-Z][a-z]")


def _holds_role(text: str, end: int) -> bool:
    """A name followed by a person noun and another name ("Cascadia Rovers captain Marcus ...",
    "Sunset Villa winners Freya ..."): the first name is where the person belongs, no person itself."""
    hit = _ROLE_THEN_NAME.match(text, end)
    if not hit:
        return False
    head = hit.group(1)
    return head in PERSON_NOUNS or head.endswith("s") and head[:-1] in PERSON_NOUNS


def type_organisations(cl: Any, speaker_mentions: list[Mention] = ()) -> None:
    """Re-type clusters the article marks as organisations (see the module docstring) and record
    the noun that typed them in ``cl.org_types``.  The typing phrase is found in the text, since a
    one-word name before any person context ("appliance maker Halden has ...") is no mention yet."""
    text = cl.an.text
    types = dict(cl.org_types)
    typed: dict[tuple[str, ...], tuple[str, list[tuple[int, int]]]] = {}
    whole: dict[int, int] = {}  # start -> end of each typed name
    for hit in _TYPED_NAME.finditer(text):  # one pass over the article
        spans = [(w.start(), w.end()) for w in re.finditer(r"[\w'’.&-]+", text[hit.start(2):hit.end(2)])]
        words = [text[hit.start(2) + a:hit.start(2) + b] for a, b in spans]
        if len(words) == 1 and _SCENE.search(text, max(0, hit.start() - 12), hit.start()) and _CUE_AFTER.match(text, hit.end()):
            continue  # "after the party Smith said": a scene, then a person speaking
        for n in range(len(words), 0, -1):
            end = hit.start(2) + spans[n - 1][1] - (2 if re.search(r"['’]s$", words[n - 1]) else 0)
            key = tuple(words[:n - 1]) + (re.sub(r"['’]s$", "", words[n - 1]),)
            typed.setdefault(key, (hit.group(1).lower(), []))[1].append((hit.start(2), end))
            whole.setdefault(hit.start(2), end)
    for m in speaker_mentions:
        if m.kind == "name" and m.end < whole.get(m.start, m.end):
            _lengthen(cl, m, whole[m.start])  # "supporters' group Dunmore Together said": not "Dunmore"
    known = {tuple(c.words) for c in cl.clusters}
    for key, (noun, found_spans) in typed.items():
        s0, e0 = found_spans[0]
        if key in known or whole.get(s0) != e0 or any((s, e) in cl.mention_cluster for s, e in found_spans):
            continue
        # "Kitchenware maker Brenmoor has recalled ...": typed, but no speaker made it a mention yet;
        # later "the company said" needs it as an organisation
        c = cl._new(list(key), Mention(s0, e0, text[s0:e0], "name", cl.an.sentence_at(s0)), "organization")
        types.setdefault(c.id, noun)
        for s, e in found_spans:
            m = Mention(s, e, text[s:e], "name", cl.an.sentence_at(s))
            cl._attach(c, m)
        known.add(key)
    for c in cl.clusters:
        if c.kind not in ("person", "organization") or c.kind == "person" and _personlike(c):
            continue
        found = typed.get(tuple(c.words))
        if found is not None:
            c.kind = "organization"  # "appliance maker Brenmoor", "supporters' group Westbury Voices"
            types.setdefault(c.id, found[0])
            for s, e in found[1]:
                if (s, e) not in cl.mention_cluster and cl._overlapping(Mention(s, e, "", "name", 0)) is None:
                    cl._attach(c, Mention(s, e, text[s:e], "name", cl.an.sentence_at(s)))  # (no mention yet)
            continue
        appositive = next((hit for x in c.mentions
                           if x.kind == "name" and (hit := _TYPED_APPOSITION.match(text, x.end))), None)
        if appositive is not None:
            c.kind = "organization"  # "Paywick, the payments app, said"
            types.setdefault(c.id, appositive.group(1).lower())
            continue
        if c.kind == "person" and len(c.words) >= 2 and any(
                x.kind == "name" and _holds_role(text, x.end) for x in c.mentions):
            c.kind = "organization"  # "SUNSET Villa winners Freya Lindqvist and ...": the show, not a person
            continue
        if c.kind == "person" and len(c.words) >= 2 and c.words[-1].lower() in _SOFT_TAILS:
            c.kind = "organization"  # "Sierra Ridge Power" (not personlike: no known given name)
            continue
        for x in c.mentions:
            joined = re.search(r"(?:\band|&|,)\s*$", text[max(0, x.start - 6):x.start])  # "Kim and Lee are"
            if x.kind == "name" and c.kind == "person" and not joined and _BODY_AFTER.match(text, x.end):
                c.kind = "organization"  # "Brenmoor shares fell", "Ember Lane are back"
                if re.match(r"\s+(?:are|were|have)\b", text[x.end:x.end + 6]):
                    types.setdefault(c.id, "band")
                break
    cl.org_types = types


def _lengthen(cl: Any, m: Mention, end: int) -> None:
    """Give a speaker's name mention cut short by attribution its whole typed name."""
    old = cl.mention_cluster.pop((m.start, m.end), None)
    if old is not None:
        old.mentions = [x for x in old.mentions if x is not m]
    m.end, m.text, m.person = end, cl.an.text[m.start:end], None
    words = cl._name_words(m.text)
    if not words:
        return
    # its own organisation: add_name would fold "Brenmoor Together" into the company "Brenmoor"
    c = cl.mention_cluster.get((m.start, m.end)) or next((x for x in cl.clusters if x.words == words), None) \
        or cl._new(words, m, "organization")
    cl._attach(c, m)


def link_acronyms(cl: Any) -> None:
    """"the TSWU" is the "Transport and Signal Workers’ Union" the article named: an all-capitals
    name whose letters are the initials of one organisation's capitalised words joins it."""
    full: dict[str, list[Any]] = {}
    for c in cl.clusters:
        caps = [w for w in c.words if w[:1].isupper()]
        if c.kind == "organization" and len(caps) >= 2:
            full.setdefault("".join(w[0] for w in caps), []).append(c)
    for short in [c for c in cl.clusters if len(c.words) == 1 and c.words[0].isupper() and 2 <= len(c.words[0]) <= 6]:
        hits = full.get(short.words[0], [])
        if len(hits) != 1 or hits[0] is short:
            continue
        target = hits[0]
        for x in short.mentions:
            x.person = None
            cl._attach(target, x)
        cl.clusters.remove(short)


def place_acronyms(cl: Any, speaker_mentions: list[Mention]) -> None:
    """"in the UK", "across the EU": an all-capitals organisation that only ever follows a place
    preposition and never speaks becomes kind "other"."""
    text = cl.an.text
    speaking = {(m.start, m.end) for m in speaker_mentions if m.kind == "name"}

    def dateline_outlet(x: Mention) -> bool:
        s = cl.an.sentences[x.sentence][0]
        return text[x.end:x.end + 1] == ")" and _DATELINE_OPEN.fullmatch(text, s, x.start) is not None

    for c in cl.clusters:
        if c.kind != "organization" or len(c.words) != 1:
            continue
        names = [x for x in c.mentions if x.kind == "name"]
        if not names or any((x.start, x.end) in speaking for x in names):
            continue
        if all(dateline_outlet(x) for x in names) or c.words[0].isupper() and (
                c.words[0] in _PLACE_ACRONYMS or all(_PLACE_BEFORE.search(text[max(0, x.start - 16):x.start]) for x in names)):
            c.kind = "other"


def ensemble(cl: Any, m: Mention) -> Any:
    """"the Sheffield-born indie trio", "the band": the group the article named as a band (or
    the one organisation taking a plural verb); None when none or several fit."""
    words = re.findall(r"[\w'’-]+", m.text.lower())
    if len(words) < 2 or words[0] != "the" or words[-1] not in ENSEMBLES:
        return None
    types = cl.org_types
    fits = [c for c in cl.clusters if c.kind == "organization" and types.get(c.id) in ENSEMBLES
            and any(x.start < m.start or x.kind == "name" for x in c.mentions)]
    return fits[0] if len(fits) == 1 else None


def type_fits(known: str | None, head: str) -> bool:
    """Can an organisation typed ``known`` be "the <head>"?  Company kinds fit the generic heads."""
    if known is None or known == head:
        return True
    if head in GENERIC_HEADS and known in COMPANY_KINDS:
        return True
    return head in ENSEMBLES and known in ENSEMBLES or head in TEAMS and known in TEAMS
