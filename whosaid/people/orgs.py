"""Organisations a descriptor stands for when no name resolves it.

* "the interior ministry said", "according to the health department": a definite institution
  named only by a common noun with a modifier is an organisation of its own, named "Interior
  Ministry"; a later "the ministry" (or "which") is the same one.
* "the company's earnings report": the possessor ("the company") is the speaker's organisation.
* "the ministry said" long after "the Interior Ministry": the last organisation whose name holds
  the head noun, however far back.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention

# Institutions that news English names by a modifier and a common noun.
INSTITUTIONS = {"ministry", "department", "agency", "council", "commission", "court", "police", "army",
                "navy", "government", "embassy", "regulator", "authority", "bank", "inspectorate",
                "prosecutor's office", "office", "service", "bureau", "directorate", "coastguard"}
GENERIC = {"company", "firm", "business", "group", "organization", "organisation", "carmaker", "retailer",
           "airline", "bank", "lender", "insurer", "brand", "chain", "studio", "label", "network", "publisher",
           "broadcaster", "manufacturer", "automaker", "conglomerate", "startup", "start-up", "giant", "operator",
           "supermarket", "miner", "producer", "utility", "developer", "distributor", "charity", "watchdog"}
# Last words of company names that the lexicon's organisation words miss ("Nordhavn Pharma").
ORG_TAILS = {"pharma", "biotech", "therapeutics", "logistics", "shipping", "software", "telecom", "solutions",
             "analytics", "robotics", "airline", "aviation", "mining", "minerals", "petroleum", "oil", "gas",
             "chemicals", "bancshares", "financial", "securities", "investments", "properties", "realty",
             "hotels", "resorts", "foods", "beverages", "brewery", "breweries", "motors", "automotive",
             "electronics", "semiconductor", "semiconductors", "networks", "communications", "publishing",
             "studios", "productions", "films", "games", "apparel", "retail", "stores", "markets", "health",
             "healthcare", "medical", "diagnostics", "genomics", "biosciences", "labs", "laboratories", "plc",
             "gmbh", "ag", "sa", "nv", "ab", "asa", "oyj",
             # plural product nouns and trades that end maker and service names ("Kestrel Appliances")
             "appliances", "products", "supplies", "goods", "tools", "textiles", "furnishings", "cosmetics",
             "enterprises", "services", "construction", "engineering", "manufacturing", "consulting",
             "farms", "dairies", "bakeries", "outfitters", "housewares", "interiors", "hardware",
             # outlets ("Backbeat Report", "Valley Chronicle")
             "report", "review", "chronicle", "courier", "inquirer", "examiner", "bulletin", "dispatch",
             "ledger", "telegraph", "podcast"}
_NOT_MODIFIERS = {"local", "new", "same", "other", "former", "whole", "entire", "its", "their", "his", "her",
                  "our", "this", "that", "these", "those", "own", "two", "three", "first", "second", "last",
                  "next", "previous", "current", "said", "very", "such"}
_NOMINAL = re.compile(r"(?i)^the\s+((?:[a-z][a-z-]+\s+){1,2})([a-z]+)$")
_POSSESSOR = re.compile(r"(?i)^(the\s+[a-z]+)['’]s\b")


def _type_clash(cl: Any, c: Any, head: str) -> bool:
    """"the airline" is not the organisation introduced as "the union representing cabin crew"."""
    from .companies import type_fits
    return not type_fits(cl.org_types.get(c.id), head)


def _last_org(cl: Any, m: Mention, head: str, window: int | None) -> Any:
    best, best_at = None, -1
    for x in cl.an.mentions:  # (not in text order: resolved speakers are appended)
        if not x.person or x.end > m.start or (window is not None and x.sentence < m.sentence - window):
            continue
        c = cl._by_id(x.person)
        if c is not None and c.kind == "organization" and (head in GENERIC or head_fits(head, c.name)) \
                and x.start > best_at and not _type_clash(cl, c, head):
            best, best_at = c, x.start
    return best


def resolve_org_descriptor(cl: Any, m: Mention) -> Any:
    """The organisation cluster for an unresolved organisation descriptor, created when the
    descriptor names an institution ("the interior ministry"); None when nobody is identifiable."""
    text = m.text.strip()
    poss = _POSSESSOR.match(text)
    if poss:
        text = poss.group(1)  # "the company’s earnings report" -> "the company"
    words = text.split()
    head = words[-1].lower() if words else ""
    if poss and len(words) == 2:
        return _last_org(cl, m, head, 5 if head in GENERIC else None)
    if len(words) == 2 and words[0].lower() == "the" and head in INSTITUTIONS:
        return _last_org(cl, m, head, None)  # "the ministry" after "the interior ministry"
    nominal = _NOMINAL.match(text)
    if not nominal or head not in INSTITUTIONS:
        return None
    mods = nominal.group(1).split()
    if any(w.lower() in _NOT_MODIFIERS or w.lower().endswith("ing") for w in mods):
        return None  # "the union representing workers", "the local council"
    words = [w.capitalize() for w in mods + [head]]
    for c in cl.clusters:
        if c.kind == "organization" and c.words == words:
            return c
    c = cl._new(words, m, "organization")
    return c


def main_org_before(cl: Any, m: Mention, head: str) -> Any:
    """"The airline said" far from the airline's name: the last organisation before ``m`` that was a
    sentence's subject ("British Airways said ...")."""
    text = cl.an.text
    best, best_at = None, -1
    for x in cl.an.mentions:
        if not x.person or x.end > m.start or x.start <= best_at:
            continue
        c = cl._by_id(x.person)
        s = cl.an.sentences[x.sentence][0]
        lead = text[s:x.start].strip()
        if c is not None and c.kind == "organization" and not _type_clash(cl, c, head) and (not lead or lead.endswith(("—", "–", "-")) or
                                                           lead.lower() in ("the",)):
            best, best_at = c, x.start
    return best


def org_noun_descriptor(cl: Any, m: Mention) -> tuple[bool, Any]:
    """``(is an organisation noun, its organisation)`` for "the airline", "the carmaker"."""
    words = m.text.split()
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in GENERIC:
        return False, None
    head = words[-1].lower()
    if head in _PERSON_TOO:  # "the veteran producer" is a person unless a producer company was just named
        org = _last_org(cl, m, head, 5)
        if org is not None and not (head_fits(head, org.name) or cl.org_types.get(org.id) == head):
            org = None  # (any organisation fits "the producer" as an oil company; a person is likelier)
        return org is not None, org
    return True, _last_org(cl, m, head, 5) or main_org_before(cl, m, head)


# Organisation nouns that are also jobs ("the veteran producer", "the developer").
_PERSON_TOO = {"producer", "developer", "distributor", "operator", "publisher", "broadcaster", "miner"}


# Institutions that are not "the company" however often the article names them.
_NOT_COMPANIES = INSTITUTIONS | {"union", "party", "committee", "university", "college", "school", "church", "senate",
                                 "congress", "house", "parliament", "campaign", "administration", "authority",
                                 "association", "federation", "league", "foundation", "institute", "fbi", "cia",
                                 "states", "nations", "kingdom", "republic", "city", "county"}
_COMPANY_HEADS = {"company", "firm", "business", "group", "carmaker", "automaker", "drugmaker", "retailer",
                  "airline", "lender", "insurer", "manufacturer", "startup", "start-up", "conglomerate"}


# Heads that stand for the article's main organisation far from its name.
MAIN_ORG_HEADS = _COMPANY_HEADS | {"club"}


def main_org(cl: Any, m: Mention) -> Any:
    """"the company said" with no organisation named nearby: the organisation the article names
    most before ``m`` (the first named on a tie), when it is a company-like one ("the club": any)."""
    head = m.text.split()[-1].lower()
    if head not in MAIN_ORG_HEADS:
        return None  # "the network", "the studio": too often someone else than the article's company
    counts: dict[str, list[int]] = {}
    for x in cl.an.mentions:
        if x.person and x.kind == "name" and x.end <= m.start:
            c = cl._by_id(x.person)
            if c is not None and c.kind == "organization" and not _type_clash(cl, c, head) \
                    and (head == "club" or c.words[-1].lower() not in _NOT_COMPANIES):
                counts.setdefault(c.id, []).append(x.start)
    if not counts:
        return None
    best = max(counts, key=lambda k: (len(counts[k]), -min(counts[k])))
    return cl._by_id(best)


# Descriptor heads and the last words of the names they fit ("the label" is Bluefin Records).
_HEAD_TAILS = {"label": {"records", "music", "recordings"}, "studio": {"pictures", "studios", "films", "entertainment"},
               "airline": {"airlines", "airways", "air"}, "carmaker": {"motors", "automotive", "cars"},
               "automaker": {"motors", "automotive", "cars"}, "miner": {"mining", "minerals", "resources"},
               "bank": {"bancorp", "bancshares", "banking"}, "lender": {"bank", "bancorp", "banking", "finance"},
               "insurer": {"insurance", "assurance"}, "drugmaker": {"pharma", "pharmaceuticals", "therapeutics"},
               "publisher": {"press", "publishing", "books"}, "broadcaster": {"broadcasting", "tv", "television"},
               "network": {"broadcasting", "tv", "television", "networks"}, "retailer": {"stores", "retail"},
               "brewer": {"brewery", "breweries", "brewing"}, "developer": {"properties", "realty", "homes"},
               # a performer's agency is a management or entertainment company ("Lantern Entertainment")
               "agency": {"entertainment", "management", "talent", "artists"},
               "utility": {"power", "water", "energy", "electric", "gas", "utilities"}}
# Last words of football and other club names: "the club" is Dunmore City or Ashvale Rovers.
_CLUB_TAILS = {"city", "united", "rovers", "athletic", "town", "fc", "afc", "county", "wanderers", "albion", "rangers",
               "villa", "hotspur", "celtic", "thistle", "harriers", "orient", "argyle", "academicals", "rfc", "cc"}
for _head in ("club", "team", "side"):
    _HEAD_TAILS[_head] = _CLUB_TAILS


def head_fits(head: str, name: str) -> bool:
    """"the label" fits "Bluefin Records", "the ministry" fits "Interior Ministry"."""
    words = name.lower().rstrip(".").split()
    return head in words or bool(_HEAD_TAILS.get(head, set()) & set(words))


# Company suffixes written with a full stop ("Andina Copper Corp.").
_ABBREVIATED = {"corp", "inc", "co", "ltd", "bros", "intl"}
# Documents and voices of "the company" written without the article: "according to company figures".
_COMPANY_VOICES = {"figures", "data", "filings", "filing", "records", "documents", "accounts", "statement",
                   "statements", "estimates", "spokesperson", "spokesman", "spokeswoman", "officials", "sources",
                   "executives", "management", "report", "results", "guidance", "forecasts"}


def display_name(text: str, c: Any) -> str:
    """The organisation's name as the article writes it: "Andina Copper Corp." keeps its stop."""
    if c.kind != "organization" or c.words[-1].lower() not in _ABBREVIATED:
        return c.name
    if any(x.kind == "name" and text[x.end:x.end + 1] == "." and x.text.endswith(c.words[-1]) for x in c.mentions):
        return c.name + "."
    return c.name


def short_form_of(word: str, c: Any) -> bool:
    """"Halcyon" for "Halcyon Records", "Andina" for "Andina Copper Corp.": an organisation's first
    word standing for the whole name."""
    return c.kind == "organization" and len(c.words) >= 2 and c.words[0] == word and word[:1].isupper() \
        and not word.isupper() and word.lower() not in ("the", "new", "national", "united", "royal", "american")


def voice_org(cl: Any, m: Mention) -> Any:
    """"according to company figures" is the company the article is about, as "the company" would be;
    "Its report" is the organisation "it" stands for."""
    words = m.text.lower().split()
    if len(words) == 2 and words[0] in _COMPANY_HEADS and words[1] in _COMPANY_VOICES:
        the = Mention(m.start, m.end, "the " + words[0], "descriptor", m.sentence)
        return cl._recent_org(the, window=5) or main_org(cl, the)
    if len(words) >= 2 and words[0] == "its":
        c = cl.resolve_pronoun(Mention(m.start, m.start + 3, "it", "pronoun", m.sentence))
        return c if c is not None and c.kind == "organization" else None
    return None


_ANY_ORG = {"company", "firm", "business", "group", "organization", "organisation"}


def recent_fitting_org(cl: Any, m: Mention, window: int = 5) -> Any:
    """"the label said": the latest organisation in this or the ``window`` sentences before whose name
    fits the noun ("Bluefin Records", not the band named after it); "the company" takes the latest."""
    head = m.text.split()[-1].lower()
    seen: list[tuple[int, Any]] = []
    for x in cl.an.mentions:  # (resolved speakers are appended out of text order)
        if x.person and x.end <= m.start and m.sentence - window <= x.sentence <= m.sentence:
            c = cl._by_id(x.person)
            if c is not None and c.kind == "organization":
                seen.append((x.start, c))
    seen.sort(key=lambda sc: -sc[0])
    if head in _COMPANY_HEADS:  # "the company" is never the regulator that announced its recall
        seen = [(at, c) for at, c in seen if c.words[-1].lower() not in _NOT_COMPANIES]
    types = cl.org_types
    for _, c in seen:
        if head_fits(head, c.name) or c.id in types and types[c.id] not in _ANY_ORG and not _type_clash(cl, c, head):
            return c  # (or typed by a fitting noun: "the band Ember Lane" is "the band")
    if not seen or head not in _ANY_ORG:
        return None
    text = cl.an.text
    # the latest that opened its sentence ("Grainger Hospitality, which runs Ember & Salt, said"), not one
    # named inside another's clause; else the latest
    for at, c in seen:
        si = cl.an.sentence_at(at)
        if si is not None and text[cl.an.sentences[si][0]:at].strip(" \n\"“‘'").lower() in ("", "the"):
            return c
    return seen[0][1]


def fuller_org_name(c, text: str) -> None:
    """"the Vestmark Board of Elections" names the organisation first seen as "Vestmark Board"."""
    full = re.sub(r"^(?:the|The)\s+", "", text).strip()
    if c.kind == "organization" and re.search(r"\s(?:of|for)\s", full) and full.startswith(c.name) \
            and len(full) > len(c.name):
        c.name = full


# Organisation heads that take their subject with "of" ("Board of Elections", "University of Leeds").
_OF_HEADS = {"board", "department", "ministry", "office", "bureau", "council", "commission", "university", "bank",
             "college", "institute", "academy", "court", "chamber", "society", "federation", "association",
             "union", "league", "museum", "school", "division", "directorate", "house"}
_OF_TAIL = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})")


def extend_of_names(cl: Any) -> None:
    """"the Tarnford Board of Elections": a name run stops at "of", so an organisation first seen
    as "Tarnford Board" gets the rest from the text after any of its mentions."""
    text = cl.an.text
    for c in cl.clusters:
        if c.kind != "organization" or c.words[-1].lower() not in _OF_HEADS or " of " in c.name:
            continue
        for x in c.mentions:
            tail = _OF_TAIL.match(text, x.end)
            if x.kind == "name" and tail and re.sub(r"^(?:the|The)\s+", "", x.text) == c.name:
                c.name = f"{c.name} of {tail.group(1)}"
                break
