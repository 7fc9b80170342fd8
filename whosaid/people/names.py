"""Names within one article: which capitalised runs are names, and the words a name matches by.

Split from ``cluster.py``: ``name_mentions`` finds the capitalised name runs of every sentence
(not datelines, titles in quotation marks, imperatives or role words before a name);
``name_words`` reduces a mention to the words that identify it ("Captain Rhys Moyle" -> Rhys
Moyle; "General Motors" stays whole); ``is_org`` and ``nickname_of`` classify them.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute import mentions as M
from ..attribute.analysis import Analysis, Mention
from ..attribute.lexicon import ANONYMOUS_HEADS, ORG_NAME_WORDS, PERSON_NOUNS, TITLES, name_genders
from ..attribute.marks import scan_quotes
from ..records import Document
from .companies import LEAD_KINDS
from .given_names import known_given_name
from .name_gender import guessed_gender, is_common_word
from .orgs import _OF_HEADS, ORG_TAILS
from .speakers import PARTIES, ROLE_NAMES
from .titles import NICKNAME, ROLE_NOUNS as _ROLES, leading_role, nickname_end, split_title

_NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "june", "july", "august", "september", "october", "november",
              "december", "god", "related", "read", "more", "photo", "image", "via", "getty", "images", "watch",
              "click", "share", "tweet", "follow", "subscribe", "editor", "note", "update", "updated", "advertisement",
              "i", "i’m", "i'm", "i’ve", "i'll", "i’ll", "ok", "okay", "lol", "omg", "tv"}


_WORDS = re.compile(r"[\w'’.&-]+")  # ("&" stays a word: "Hollins & Pike")
_POSS = re.compile(r"['’]s$")
_NICK = re.compile(r"([A-Z])-([A-Z][a-z]+)")


_LEAD_JUNK = {"tagged", "tags", "posted", "filed", "photo", "photos", "credit", "via", "related", "read", "watch",
              "see", "more", "also", "image", "video", "pictured", "above", "below", "update", "updated"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PARTY = {"libertarian"} | PARTIES


def _role_word(word: str) -> bool:
    """"Sprinter", "Guitarist", "Moderator", "Co-host" opening a sentence before a full name: a role, not a
    given name."""
    low = word.lower()
    if low in _MORE_ROLE_WORDS or low.startswith("co-") and low[3:] in PERSON_NOUNS | _MORE_ROLE_WORDS | {"host"}:
        return True
    return len(low) > 6 and low.isalpha() and low.endswith(("er", "ist", "ian")) and not known_given_name(word)


# Capitalised roles the endings above miss ("Moderator Luc Ferrand", "Bridesmaid Ana Ruiz").
_MORE_ROLE_WORDS = {"moderator", "councilor", "bridesmaid", "groomsman", "officiant", "panelist", "panellist",
                    "anchor", "presenter", "narrator", "juror", "organiser", "organizer", "curator", "mentor",
                    "coordinator", "investigator", "sponsor", "donor", "tutor", "survivor", "spectator", "chef"}


def _common_lead(word: str, nxt: str) -> bool:
    """"Resident Tom Hale" opening a sentence: a word the corpora write in lower case, and no
    given name, before a given name is no part of the name (but "Parliamentary Research Service")."""
    def given(w: str) -> bool:
        return known_given_name(w) or guessed_gender(w) is not None

    return is_common_word(word) and not given(word) and given(nxt)


def name_words(text: str) -> list[str]:
    words = [_POSS.sub("", w) for w in _WORDS.findall(NICKNAME.sub(" ", text))]
    if all(w.lower().strip(".") in ROLE_NAMES or w.lower() == "the" for w in words):
        return []  # "MP", "the Scot": a role, resolved as a descriptor (``speakers.py``)
    if is_org(words) and is_org(split_title(words)[1]):
        return [w for w in words if w.lower() != "the"]  # "General Motors", "Justice Department"
    while len(words) > 1 and words[0].lower() in _LEAD_JUNK:
        words = words[1:]  # "Tagged Tallulah Vance" in a footer, "Photo Ana Lee" in a credit
    title, rest = split_title(words)
    if title and not is_org(rest):
        words = rest  # "Board Chair Nadia Ferreira", "Captain Rhys Moyle" (not "General Motors")
    words = [w for w in words if w.lower().rstrip(".") not in TITLES and w.lower() != "the"]
    # "Republican Donald Trump": a party label before a first name is not part of the name;
    # "Comedian Rory Finnegan", "Chief Executive Ingrid Solvang": nor is a capitalised role
    while len(words) >= 3 and (words[0].lower() in _PARTY and (words[1] in name_genders() or words[1].lower() in ROLE_NAMES)
                               or words[0].lower() in _PERSON_OR_ROLE or words[0].lower()[:-1] in _PERSON_OR_ROLE and words[0].endswith("s")
                               or _role_word(words[0]) or _common_lead(words[0], words[1])):
        words = words[1:]
    if len(words) >= 2 and words[0].lower() in LEAD_KINDS and words[0][:1].isupper():
        words = words[1:]  # "Broadcaster Meridian said": a type noun, not part of the name
    if len(words) == 2 and leading_role(words[0]) and words[1].lower() not in _PERSON_OR_ROLE:
        words = words[1:]  # "Singer Mirae", "Fellow Yuri": a role before a one-word name
    return words


NOT_PERSON_HEADS = {"account", "accounts", "panel", "page", "post", "clip", "video", "statement", "report",
                     "website", "site", "show", "network", "studio", "label", "team", "club", "league", "group",
                     "committee", "board", "company", "firm", "agency", "ministry", "department", "office",
                     "government", "campaign", "union", "council", "court", "police", "school", "city", "town",
                     "family", "couple", "pair", "duo", "crowd", "audience", "fans", "poll", "survey", "study"}

_PERSON_OR_ROLE = PERSON_NOUNS | _ROLES | ANONYMOUS_HEADS | ROLE_NAMES  # built once, not per name


# Verbs that open an imperative sentence before a name ("Ask Milo."); none is a common given name.
_IMPERATIVES = {"ask", "tell", "thank", "call", "let", "meet", "watch", "follow", "text", "blame", "trust"}


def name_mentions(an: Analysis, doc: Document, name_words=name_words,
                   quotes: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Capitalised name runs in every sentence (outside boilerplate and short quotations —
    titles and nicknames such as the “Golden Hour” singer); ``quotes``: ``scan_quotes`` spans
    when the caller has them already."""
    if quotes is None:
        quotes = [(q.start, q.end) for q in scan_quotes(an.text)]
    short = [(qs, qe) for qs, qe in quotes if len(an.text[qs:qe].split()) <= 4]
    out = []
    for si, (s, e) in enumerate(an.sentences):
        if doc.in_boilerplate(s, e):
            continue
        toks = an.tokens(si)
        k = 0
        n = len(toks)
        while k < n:
            t = toks[k]
            if not t.text[0].isupper():  # (both tests below need a capital: skip the calls)
                k += 1
            elif M.is_name_token(t) or (t.lower.rstrip(".") in TITLES and t.text[0].isupper() and k + 1 < n
                                      and M.is_name_token(toks[k + 1])):
                b = k
                while b + 1 < n:
                    if M.name_goes_on(toks, b + 1) and not re.search(r"['’]s$", toks[b].text):
                        b += 1
                    elif (b == k or b == k + 1 and (_role_word(toks[k].text) or leading_role(toks[k].text)
                                                    or toks[k].lower.rstrip(".") in TITLES)) \
                            and nickname_end(toks, b) is not None:  # (after a role: "Producer Marcus “Kilo” Bennett")
                        b = nickname_end(toks, b)  # Marcus “Big Mac” Delaney
                    else:
                        break
                if M.leading_role(toks, k, b):
                    k += 1  # "Stallholder Yusuf Demir": the role word is no part of the name
                    t = toks[k]
                elif b > k and (k == 0 or not re.search(r"\w", toks[k - 1].text)) and t.lower in _IMPERATIVES:
                    k += 1  # "Ask Milo.", "Thank Nadia for that": an imperative before a name
                    t = toks[k]
                whole_org = _org_ending(toks[b].lower)  # "Brackley General Hospital": no title inside
                for x in range(b, k, -1):
                    if toks[x].lower.rstrip(".") in TITLES and toks[x].text[0].isupper() and x < b and not whole_org:
                        k = x
                        t = toks[k]
                        break
                start, end = t.start, toks[b].end
                text = an.text[start:end]
                if re.search(r"['’]s$", text):
                    end -= 2
                    text = an.text[start:end]
                words = name_words(text)
                if any(qs <= start < qe for qs, qe in short):
                    words = []
                if start == s and text.isupper() and an.text[end:end + 1] == ",":
                    words = []  # a dateline: "OSLO, March 4 —"
                if words and not all(w.lower() in _NOT_NAMES for w in words):
                    out.append(Mention(start, end, text, "name", si))
                k = b + 1
            else:
                k += 1
    return join_org_runs(an.text, out, name_words)


# Last words of organisation names joined by "and" ("Fire and Rescue Service", "Fish and Wildlife Service").
_JOIN_TAILS = {"service", "services", "commerce", "trust", "society", "partnership", "alliance", "authority",
               "council", "board", "agency", "department", "institute", "centre", "center", "foundation",
               "association", "federation", "union", "commission", "network", "group", "hospital", "hospitals"}
# Heads of public bodies and unions, whose names often join two nouns with "and".
_BODY_TAILS = {"union", "service", "commission", "authority", "association", "federation", "council", "board",
               "department", "agency", "executive", "administration", "inspectorate", "ombudsman", "tribunal"}
# Common nouns that organisation names pair with "and" ("Fire and Rescue", "Food and Drug", "Fish and
# Wildlife"); two proper names around "and" are two parties ("Juniper Vale and Halcyon Records").
_PAIRED = {"fire", "rescue", "fish", "wildlife", "food", "drug", "drugs", "health", "safety", "care", "social", "trade",
           "industry", "science", "technology", "arts", "culture", "media", "sport", "sports", "education", "skills",
           "justice", "home", "housing", "environment", "rural", "affairs", "energy", "climate", "transport", "works",
           "pensions", "business", "commerce", "communities", "family", "families", "children", "youth", "marine",
           "parks", "recreation", "roads", "water", "gas", "electricity", "police", "crime", "ambulance", "heritage",
           "tourism", "leisure", "finance", "revenue", "customs", "border", "immigration", "defence", "defense",
           "security", "development", "planning", "research", "innovation", "signal", "workers", "employers",
           "agriculture", "forestry", "mines", "minerals", "land", "property", "exchange", "standards", "markets"}
_JOINER = re.compile(r"\s+(and|of|for|&)\s+(?:the\s+)?")


def _joined_org(first: list[str], joiner: str, second: list[str]) -> bool:
    """Do two name runs around "and", "of", "for" or "&" make one organisation's name?"""
    if not first or not second:
        return False
    if joiner == "&":
        return len(first) <= 3 and len(second) <= 3  # "Hollins & Pike": a firm
    if joiner == "and" and any(w in ("of", "for") for w in first[1:]) and len(second) <= 3:
        return True  # "Office of Budget and Management", "Department of Health and Social Care"
    if joiner in ("of", "for"):
        last = first[-1].lower()
        return last in _OF_HEADS or last.rstrip("s") in _OF_HEADS  # "Chamber of Commerce", "Department for Transport"
    tail = second[-1].lower()
    if known_given_name(first[0]):
        return False
    if tail in _BODY_TAILS and len(first) <= 2:
        return True  # "Coach and Tram Drivers’ Union": a public body's name
    return (tail in _JOIN_TAILS or tail in ORG_NAME_WORDS or tail in ORG_TAILS) and \
        (first[-1].lower() in _PAIRED or second[0].lower() in _PAIRED)
    # ("Northfield Fire and Rescue Service", not "Ann Lee and Kell Council")


def join_org_runs(text: str, names: list[Mention], name_words=None) -> list[Mention]:
    """Join adjacent name runs that make one organisation's name: a run stops at "and", "of" and
    "&", so "Eastvale Fire and Rescue Service" came as "Eastvale Fire" and "Rescue Service"."""
    words_of = name_words or (lambda t: t.split())
    out: list[Mention] = []
    for m in names:
        out.append(m)
        while len(out) >= 2:  # (again after a join: "Transport and" + "Signal Workers’ Union")
            prev, last = out[-2], out[-1]
            if prev.sentence != last.sentence:
                break
            j = _JOINER.fullmatch(text, prev.end, last.start)
            plural_owner = re.fullmatch(r"[’']\s+", text[prev.end:last.start]) and prev.text.endswith("s") \
                and len(words_of(last.text)) == 1 and last.text.lower() in _JOIN_TAILS  # "Signal Workers’ Union"
            if not (plural_owner or j and _joined_org(words_of(prev.text), j.group(1), words_of(last.text))):
                break
            out[-2:] = [Mention(prev.start, last.end, text[prev.start:last.end], "name", last.sentence)]
    return out




def _org_ending(word: str) -> bool:
    """A last word that makes a capitalised run an organisation's name ("Hospital", "Pharma")."""
    low = word.lower().rstrip(".")
    return low in ORG_NAME_WORDS or low in ORG_TAILS


def is_org(words: list[str]) -> bool:
    if "&" in words[1:-1] or any(w in ("of", "and", "for") for w in words[1:-1]):
        return True  # joined runs ("join_org_runs"): "Hollins & Pike", "Chamber of Commerce"
    return any(w.lower().rstrip(".") in ORG_NAME_WORDS for w in words) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1) \
        or (len(words) >= 2 and words[-1].lower() in ORG_TAILS)


def nickname_of(word: str, c: Any) -> bool:
    if "-" not in word:
        return False
    m = _NICK.fullmatch(word)
    if not m or len(c.words) < 2:
        return False
    return c.words[0].startswith(m.group(1)) and c.words[-1].lower().startswith(m.group(2).lower())
