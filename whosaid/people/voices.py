"""A spokesperson speaks for the organisation the phrase names.

* "A Tallow Freight spokesman", "a spokeswoman for Tallow Freight": the organisation named inside,
  which is an organisation even if nothing else says so ("Tallow Freight" is not a person).
* "A spokesperson for the carrier", "a college spokesperson": the last organisation named before
  whose name holds the noun ("Brisk College") or that the article introduced as one ("Tallow
  Freight, the carrier, ...").  Nothing named fits: the spokesperson stays anonymous.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from ..attribute.lexicon import PERSON_NOUNS
from .given_names import known_given_name

_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "rep"}
_FOR = re.compile(r"(?i)\b(?:spokes(?:person|man|woman)|representative|rep)\s+(?:for|of|at)\s+(?:the\s+)?(.+)$")
_LEAD = re.compile(r"(?i)^(?:a|an|one|the)\s+(.+?)\s+(?:spokes(?:person|man|woman)|representative|rep)$")
_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+|and\s+)?[A-Z][\w&'’.-]*)*")


def spokes_phrase(text: str) -> str | None:
    """The organisation part of a spokesperson descriptor: "the publisher", "Tallow Freight"."""
    words = re.findall(r"[\w'’-]+", text.lower())
    if not words or not set(words) & _SPOKES:
        return None
    hit = _FOR.search(text) or _LEAD.match(text.strip())
    return hit.group(1).strip() if hit else None


def _introduced_as(cl: Any, c: Any, noun: str, before: int) -> bool:
    """"Tallow Freight, the carrier, said": an organisation introduced by the noun in apposition."""
    text = cl.an.text
    for x in c.mentions:
        if x.start < before and re.match(r"(?i),\s+(?:the|its|a|an)\s+[^,.;]{0,40}?\b" + re.escape(noun) + r"\b",
                                         text[x.end:x.end + 60]):
            return True
    return False


def spokes_org(cl: Any, m: Mention) -> Any:
    """The organisation a spokesperson descriptor speaks for, or None (left anonymous)."""
    from .orgs import head_fits, short_form_of  # (orgs imports nothing from here; kept local to stay light)
    part = spokes_phrase(m.text)
    if not part:
        return None
    # "a rep for Ines", "a representative for the singer": an agent of a person, left anonymous
    agent = not re.search(r"(?i)\bspokes", m.text)
    if part.split()[-1].lower() in PERSON_NOUNS:
        return None
    name = _NAME.search(part)
    if name and name.start() == 0:
        words = [w for w in re.findall(r"[\w&'’.-]+", name.group(0)) if w.lower() != "the"]
        for c in cl.clusters:
            if c.kind in ("organization", "person") and (c.words == words or len(words) == 1 and short_form_of(words[0], c)
                                                          or words == c.words[:len(words)] and c.kind == "organization"):
                if c.kind == "person" and (agent or _personlike(c)):
                    return None  # "a spokesman for Ines Varga" speaks for a person: not an organisation
                c.kind = "organization"
                return c
        if len(words) == 1 and any(c.kind == "person" and words[0] in c.words for c in cl.clusters):
            return None  # "a spokesperson for Kirsty" after "Kirsty Mallow": a person's rep
        return cl._new(words, m, "organization") if words and not agent else None
    noun = part.split()[-1].lower()
    best, best_at = None, -1
    for c in cl.clusters:
        if c.kind not in ("organization", "person") or c.kind == "person" and _personlike(c):
            continue
        firsts = [x.start for x in c.mentions if x.end <= m.start]
        fit = _introduced_as(cl, c, noun, m.start) or c.kind == "organization" and head_fits(noun, c.name)
        if firsts and fit and max(firsts) > best_at:
            best, best_at = c, max(firsts)
    if best is not None:
        best.kind = "organization"  # "Tallow Freight, the carrier": not a person
    return best


def _personlike(c: Any) -> bool:
    return c.gender() is not None or known_given_name(c.words[0])
