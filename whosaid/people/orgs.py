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
             "gmbh", "ag", "sa", "nv", "ab", "asa", "oyj"}
_NOT_MODIFIERS = {"local", "new", "same", "other", "former", "whole", "entire", "its", "their", "his", "her",
                  "our", "this", "that", "these", "those", "own", "two", "three", "first", "second", "last",
                  "next", "previous", "current", "said", "very", "such"}
_NOMINAL = re.compile(r"(?i)^the\s+((?:[a-z][a-z-]+\s+){1,2})([a-z]+)$")
_POSSESSOR = re.compile(r"(?i)^(the\s+[a-z]+)['’]s\b")


def _type_clash(cl: Any, c: Any, head: str) -> bool:
    """"the airline" is not the organisation introduced as "the union representing cabin crew"."""
    known = getattr(cl, "org_types", {}).get(c.id)
    return known is not None and known != head


def _last_org(cl: Any, m: Mention, head: str, window: int | None) -> Any:
    best, best_at = None, -1
    for x in cl.an.mentions:  # (not in text order: resolved speakers are appended)
        if not x.person or x.end > m.start or (window is not None and x.sentence < m.sentence - window):
            continue
        c = cl._by_id(x.person)
        if c is not None and c.kind == "organization" and (head in GENERIC or head in c.name.lower().split()) \
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
    return True, _last_org(cl, m, words[-1].lower(), 5) or main_org_before(cl, m, words[-1].lower())


# Institutions that are not "the company" however often the article names them.
_NOT_COMPANIES = INSTITUTIONS | {"union", "party", "committee", "university", "college", "school", "church", "senate",
                                 "congress", "house", "parliament", "campaign", "administration", "authority",
                                 "association", "federation", "league", "foundation", "institute", "fbi", "cia",
                                 "states", "nations", "kingdom", "republic", "city", "county"}
_COMPANY_HEADS = {"company", "firm", "business", "group", "carmaker", "automaker", "drugmaker", "retailer",
                  "airline", "lender", "insurer", "manufacturer", "startup", "start-up", "conglomerate"}


def main_org(cl: Any, m: Mention) -> Any:
    """"the company said" with no organisation named nearby: the organisation the article names
    most before ``m`` (the first named on a tie), when it is a company-like one."""
    head = m.text.split()[-1].lower()
    if head not in _COMPANY_HEADS:
        return None  # "the network", "the studio": too often someone else than the article's company
    counts: dict[str, list[int]] = {}
    for x in cl.an.mentions:
        if x.person and x.kind == "name" and x.end <= m.start:
            c = cl._by_id(x.person)
            if c is not None and c.kind == "organization" and not _type_clash(cl, c, head) \
                    and c.words[-1].lower() not in _NOT_COMPANIES:
                counts.setdefault(c.id, []).append(x.start)
    if not counts:
        return None
    best = max(counts, key=lambda k: (len(counts[k]), -min(counts[k])))
    return cl._by_id(best)
