"""Speaker noun phrases around a cue, found on a sentence's tokens without a parser.

A *frame* is a sentence's token list in which every top-level quotation is one token whose
text is ``QUOTE`` (so patterns see “...,” she said as ``QUOTE , she said``).  The functions
return ``(first, last, kind)`` token indices (inclusive) with kind ``pronoun``, ``name`` or
``descriptor``, or None.
"""

from __future__ import annotations

import re

from .lexicon import (
    ANONYMOUS_HEADS,
    DETERMINERS,
    FUNCTION_CAPS,
    INDEFINITE,
    ORG_HEADS,
    ORG_NAME_WORDS,
    PERSON_NOUNS,
    SUBJECT_PRONOUNS,
    RELATIVE_PRONOUNS,
    TITLES,
    cue_forms,
    name_genders,
)
# (cue tests and token helpers live in ``cues``; the other attribution modules reach them through here)
from .cues import _MORE_PREPS, _PREPS, THAT_ONLY, _adverb, _possessive, is_cue, is_cue_at, is_retort  # noqa: F401
from .text import Token

QUOTE = "\x00QUOTE"
NP = tuple[int, int, str]
_NAME_PARTICLES = {"de", "del", "della", "van", "von", "der", "da", "di", "le", "la", "bin", "al", "el", "ibn", "st."}
_STOP_NP = {"and", "or", "but", "that", "which", "who", "when", "while", "if", "because", "as", "than", "said",
            "says", "is", "was", "were", "are", "has", "have", "had", "be", "been", "not", "to", "said,", "by",
            "would", "will", "could", "can", "should", "may", "might", "did", "does", "do", "it", "he", "she",
            "they", "we", "i", "you"}
_PUNCT = re.compile(r"^[^\w\x00]+$")
_AGE_HEAD = re.compile(r"^\d{1,3}-year-olds?$")


def is_quote(t: Token) -> bool:
    return t.text == QUOTE


_CLITIC = re.compile(r"['’](s|m|ve|ll|d|re)$")
_NAME_SHAPE = re.compile(r"[A-Z][\w.'’-]*")


_OPENING_ADVERBS = {"later", "earlier", "afterwards", "afterward", "today", "yesterday", "tonight", "finally",
                    "recently"}


def is_name_token(t: Token) -> bool:
    w = t.text
    if not w or not w[0].isupper() or w == QUOTE:
        return False
    low = _CLITIC.sub("", t.lower)
    if low in FUNCTION_CAPS and low not in ("mr.", "mrs.", "ms.", "dr."):
        return False
    if low in ANONYMOUS_HEADS and low.endswith("s"):
        return False  # "Sources close to production", "Officials said"
    if low.endswith(("s", "ed")) and low in cue_forms():
        return False  # a title-case headline verb: "Lena Marsh Gushes Over ..."
    if low.endswith(("n't", "n’t")):
        return False  # "Won't", "Isn't" in a title-case headline
    if re.fullmatch(r"ex-[a-z][\w-]*", low) and w[3:4].islower():
        return False  # "Ex-bookkeeper tells jury": a role, not a name
    if low in _OPENING_ADVERBS:
        return False  # "Later Ford told reporters": a sentence-opening adverb, not a first name
    if low.endswith(("-based", "-born", "-bred", "-raised")):
        return False  # "the Berlin-based Jonas Feld": a modifier before the name
    if len(w) >= 5 and w.isupper() and w.isalpha():
        return False  # a dateline or shouted word ("OSLO, March 4 —"), not a name
    return _NAME_SHAPE.fullmatch(w) is not None


def name_goes_on(toks: list[Token], i: int) -> bool:
    """``toks[i]`` continues the name before it: a name word, or "May" / "One" after a name word
    ("Theresa May said", "Beacon One said"), which alone would be a month, a modal or a number."""
    t = toks[i]
    return is_name_token(t) or t.text in ("May", "One") and i >= 1 and is_name_token(toks[i - 1]) \
        and not _possessive(toks[i - 1]) and toks[i - 1].lower not in _DATE_NAMES


# Months that are also given names; as the subject of a cue, away from dates, they are people.
_MONTH_NAMES = {"april", "may", "june", "august"}
_DATE_WORDS = {"in", "on", "since", "until", "by", "of", "last", "next", "early", "late", "mid", "this", "that",
               "from", "through", "till", "before", "after", "during", "between", "and", "or", "to", "each", "every"}


_ROLE_SUFFIXES = ("holder", "keeper", "owner", "maker", "worker", "seller", "trader", "grower", "farmer", "driver",
                  "ist")


def leading_role(toks: list[Token], a: int, b: int) -> bool:
    """``toks[a]`` opens its sentence or clause as a role word before a full name ("Stallholder Yusuf Demir
    said", "Florist Ana Bell"): it describes the person and is no part of the name."""
    if b - a < 2 or (a > 0 and re.search(r"\w", toks[a - 1].text)):
        return False
    low = toks[a].lower
    if low.rstrip(".") in TITLES:
        return False  # "Senator Dale Pruitt", "Judge Helena Marsh": a title the people stage reads
    # (role nouns such as "Spokeswoman" or "Prosecutor" stay: the people stage reads them as titles)
    return toks[a].text[0].isupper() and low.isalpha() and low.endswith(_ROLE_SUFFIXES) and len(low) > 6


def _month_given_name(toks: list[Token], j: int) -> bool:
    """``toks[j]`` is a month word standing alone as a person's given name ("June admitted ...")."""
    t = toks[j]
    if t.lower not in _MONTH_NAMES or not t.text[0].isupper() or t.text.isupper():
        return False
    prev = toks[j - 1] if j >= 1 else None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and re.match(r"^\d", nxt.text):
        return False  # "June 4"
    if prev is not None and (prev.lower in _DATE_WORDS or re.match(r"^\d", prev.text) or is_name_token(prev)):
        return False  # "in June", "4 June", "Theresa May" (a surname: the name rule's business)
    return j == 0 or prev is not None and not re.match(r"^[a-z]", prev.text) or prev.lower in ("while", "but",
                                                                                                 "when", "as")


def np_ending_at(toks: list[Token], j: int) -> NP | None:
    """The noun phrase whose last token is ``toks[j]``."""
    if j < 0 or j >= len(toks):
        return None
    t = toks[j]
    low = _CLITIC.sub("", t.lower)  # "He’s claiming", "It’s denouncing"
    if low in SUBJECT_PRONOUNS or low in RELATIVE_PRONOUNS:
        return (j, j, "pronoun")
    if _month_given_name(toks, j):
        return (j, j, "name")  # "June later told fans": a given name, not the month
    if name_goes_on(toks, j) and not _possessive(t):
        a = j
        while a - 1 >= 0 and (is_name_token(toks[a - 1]) and not _possessive(toks[a - 1])
                              or (toks[a - 1].lower in _NAME_PARTICLES and a - 2 >= 0 and is_name_token(toks[a - 2]))):
            a -= 1
        if leading_role(toks, a, j):
            return (a + 1, j, "name")  # "Stallholder Yusuf Demir said"
        if a >= 2 and toks[a - 1].lower in ("and", "&") and is_name_token(toks[a - 2]) \
                and toks[j].lower in _ORG_WORDS and toks[a].text not in name_genders():
            a -= 2  # "Northfold Fire and Rescue Service": one organisation's name
            while a - 1 >= 0 and is_name_token(toks[a - 1]) and not _possessive(toks[a - 1]):
                a -= 1
        # "The White House", "the Trump campaign": keep a leading determiner with its name
        if a - 1 >= 0 and toks[a - 1].lower in ("the",):
            a -= 1
        # "Senator Dale Pruitt of Idaho": the person, not the place
        if a - 2 >= 0 and toks[a - 1].lower == "of" and is_name_token(toks[a - 2]) and not _possessive(toks[a - 2]):
            e = a - 2
            b = e
            while b - 1 >= 0 and is_name_token(toks[b - 1]) and not _possessive(toks[b - 1]):
                b -= 1
            if toks[e].lower in _ORG_WORDS:
                return (b, j, "name")  # "the Board of Elections", "Department of Health": one name
            if e > b or toks[b].lower.rstrip(".") not in TITLES:
                return (b, e, "name")
        # "a source close to Wen": the source speaks, not Wen
        close = a - 1 >= 1 and toks[a - 1].lower in ("to", "with") and toks[a - 2].lower in ("close", "familiar", "near")
        if close:
            a2 = a - 2
            if a2 - 1 >= 0 and toks[a2 - 1].lower in _ROLE_HEADS:
                b = a2 - 1
                while b - 1 >= 0 and a2 - b < 5 and toks[b - 1].lower not in DETERMINERS and re.match(r"^[a-z][\w-]*$", toks[b - 1].text):
                    b -= 1
                if b - 1 >= 0 and toks[b - 1].lower in DETERMINERS:
                    return (b - 1, j, "descriptor")
                return (b, j, "descriptor")  # "Sources close to production"
        # "a spokesperson for the Transit Authority", "a former bookkeeper for Vandermeer Holdings": the
        # noun the name's phrase hangs on (a common noun with its determiner) is who speaks
        if a - 2 >= 0 and toks[a - 1].lower in ("for", "of", "at", "with") and (
                toks[a - 2].lower in ORG_HEADS | ANONYMOUS_HEADS or re.fullmatch(r"[a-z][a-z-]+", toks[a - 2].text)
                and toks[a - 2].lower not in _STOP_NP | _PREPS | DETERMINERS and not is_cue(toks[a - 2])):
            b = a - 2
            while b - 1 >= 0 and a - b < 6 and toks[b - 1].lower not in DETERMINERS and re.match(r"^[a-z][\w-]*$", toks[b - 1].text):
                b -= 1
            if b - 1 >= 0 and toks[b - 1].lower in DETERMINERS:
                return (b - 1, j, "descriptor")
        return (a, j, "name")
    # "the 47-year-old wrote": a bare age descriptor heads the phrase like a noun
    if (re.match(r"^[a-z][a-z'’-]*$", t.text) or _AGE_HEAD.match(t.text)) and low not in _STOP_NP \
            and low not in _PREPS and not is_cue(t):
        a = j
        found = False
        while a - 1 >= 0 and j - (a - 1) <= 6:
            w = toks[a - 1]
            if w.lower in DETERMINERS:
                a -= 1
                found = True
                break
            if _possessive(w) and (is_name_token(w) or w.text[0].isupper()):
                a -= 1  # "Trump's campaign"
                found = True
                break
            if _PUNCT.match(w.text) and w.text not in ("-",) or w.lower in _STOP_NP or is_quote(w) or is_cue(w):
                break
            if w.lower in _PREPS and not (w.lower in ("of", "for", "at") and j - a < 5):
                break
            a -= 1
        if not found and a - 3 >= 0 and toks[a - 1].lower in ("to", "with") \
                and toks[a - 2].lower in ("close", "familiar", "near") and toks[a - 3].lower in ANONYMOUS_HEADS:
            b = a - 3
            if b - 1 >= 0 and toks[b - 1].lower in DETERMINERS:
                b -= 1
            return (b, j, "descriptor")  # "Sources close to production", "people familiar with the matter"
        if found:
            # one prepositional step: "a source close to the couple", "a spokesman for the campaign"
            k = a - 1
            if k >= 2 and toks[k].lower in _PREPS and toks[k - 1].lower in ("close", "familiar", "near", "loyal"):
                k -= 1  # "a source close to the couple"
            if k >= 1 and toks[k].lower in _PREPS | {"close", "familiar", "near", "loyal"}:
                b = k - 1
                while b >= 0 and k - b <= 4 and toks[b].lower not in DETERMINERS and toks[b].lower not in _STOP_NP \
                        and not _PUNCT.match(toks[b].text):
                    b -= 1
                if b >= 0 and toks[b].lower in DETERMINERS and toks[k - 1].lower in _ROLE_HEADS:
                    a = b
            return (a, j, "descriptor")
        if j >= 1 and re.match(r"^\d[\d.,%]*$", toks[j - 1].text) \
                and not (j >= 2 and toks[j - 2].lower in ("than", "with", "of", "by", "from", "for", "to", "at")):
            return (j - 1, j, "descriptor")  # "63 percent said" (not "an account with 200,000 followers")
        # bare plural or noun compound: "experts", "Republican leaders", "White House officials"
        if low in ANONYMOUS_HEADS or low in ORG_HEADS or low in PERSON_NOUNS or (low.endswith("s") and len(low) > 3):
            a = j
            while a - 1 >= 0 and is_name_token(toks[a - 1]) and j - a < 4:
                a -= 1
            return (a, j, "descriptor")
    return None


def np_before(toks: list[Token], i: int) -> NP | None:
    """The subject noun phrase of the cue at ``toks[i]`` ("Smith said", "Smith, 45, told"); past a
    time adverbial ("Ofgem on Tuesday said", "the panel in 2001 found"), a prepositional phrase
    ("Protesters marching through the streets chanted") and a relative clause ("A man who lives
    next to the site said": the man)."""
    np = _np_before(toks, i)
    if np is None or np[0] < 2:
        return np
    if np[2] == "name" and toks[np[0] - 1].lower in ("on", "via"):
        # "Varga's post on Instagram read": the platform is where, the post's owner is who
        doc = np_ending_at(toks, np[0] - 2)
        if doc is not None and _possessive(toks[doc[0]]) and is_name_token(toks[doc[0]]):
            return (doc[0], doc[0], "name")
    for r in range(np[0] - 1, max(0, np[0] - 14), -1):
        w = toks[r]
        if w.text in _CLAUSE_END or w.text == "," or is_quote(w) or is_cue(w):
            break
        if w.lower in ("who", "whom"):
            head = np_ending_at(toks, r - 1)
            return head if head is not None and head[2] != "pronoun" else np
    if np[2] == "name" and toks[np[0] - 1].lower in _PP_HEADS and np[0] >= 2:
        # "Insiders at Harbour Lane say": unnamed sources there speak ("analysts at Corran Securities"
        # speak for their firm)
        head = toks[np[0] - 2]
        if head.lower in ANONYMOUS_HEADS or head.lower.endswith("s") and head.lower[:-1] in ANONYMOUS_HEADS:
            b = np[0] - 2
            return (b, np[1], "descriptor")
    if np[2] == "descriptor" and toks[np[0] - 1].lower in _PP_HEADS:
        # "Protesters marching through the streets chanted", "lawyers not involved in the case said":
        # the object of a preposition does not speak; the noun the phrase hangs on does
        j = np[0] - 2
        if re.fullmatch(r"[a-z]+(?:ing|ed)", toks[j].text):
            j -= 1
            if j >= 0 and toks[j].lower == "not":
                j -= 1
        head = np_ending_at(toks, j) if j >= 0 and not _adverb(toks[j]) and toks[j].lower not in _TIME_HEADS else None
        word = toks[head[1]].lower if head is not None else ""
        if head is not None and head[2] != "pronoun" and (
                word in _PEOPLE_HEADS or word[:-1] in PERSON_NOUNS and toks[head[1]].text.islower()
                or re.fullmatch(r"[a-z]+(?:ers|ists|ents)", word)):
            # "attorneys for the family said": the head with its phrase; after a participle, the head
            return (head[0], np[1], "descriptor") if j == np[0] - 2 else head
    return np


_CLAUSE_END = {".", "!", "?", ";", ":", "—", "–"}
# Words that open a subordinate clause, never a noun phrase.
_CLAUSE_OPENERS = {"since", "because", "as", "when", "while", "after", "before", "if", "although", "though", "until",
                   "unless", "whereas", "once"}
# A time adverbial between a subject and its cue: "this month", "on Tuesday", "in April", "in 2001".
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}
_TIME_HEADS = _WEEKDAYS | _MONTHS | {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
                                     "today", "yesterday", "tonight", "spring", "summer", "autumn", "fall", "winter"}
_TIME_LEADS = {"this", "last", "next", "earlier", "later", "early", "late", "on", "in", "at", "during", "just",
               "the", "that", "same", "since"}
# Prepositions whose object, right before a cue, is a place or a thing rather than a speaker.
# Month names and time nouns that are no adverbial alone ("April", "week"); names a date may be.
_BARE_TIME_HEADS = _MONTHS | {"week", "month", "year", "morning", "night"}
_DATE_NAMES = _MONTHS | _WEEKDAYS
# Nouns that head a phrase standing for people or an organisation's voice.
_PEOPLE_HEADS = PERSON_NOUNS | ANONYMOUS_HEADS
# Plural nouns for unnamed groups of people ("“...,” said residents").
_GROUPS = {"residents", "workers", "employees", "staff", "officials", "economists", "analysts", "experts",
           "campaigners", "protesters", "neighbours", "neighbors", "parents", "teachers", "students", "fans",
           "locals", "villagers", "survivors", "witnesses", "passengers", "commuters", "shoppers", "voters"}

_ROLE_HEADS = _PEOPLE_HEADS | ORG_HEADS
_ORG_WORDS = ORG_HEADS | ORG_NAME_WORDS
_PP_HEADS = {"through", "in", "on", "at", "from", "into", "across", "around", "outside", "inside", "near", "under",
             "past", "along", "behind", "beside", "for", "of"}


def _time_start(toks: list[Token], j: int) -> int | None:
    """First index of a time adverbial ending at ``toks[j]``; None when there is none."""
    t = toks[j]
    head = t.lower in _TIME_HEADS or re.fullmatch(r"(?:19|20)\d\d", t.text) \
        or re.fullmatch(r"\d{1,2}", t.text) and j >= 1 and toks[j - 1].lower in _MONTHS
    if not head or _month_given_name(toks, j) or t.lower == "may" and t.text == "May" and j >= 1 and is_name_token(toks[j - 1]):
        return None
    a = j
    while a - 1 >= 0 and j - a < 3 and (toks[a - 1].lower in _TIME_LEADS or toks[a - 1].lower in _MONTHS):
        a -= 1
    if a == j and t.lower in _BARE_TIME_HEADS:
        return None  # a bare "April" or "week" is not an adverbial on its own
    return a
_DOCUMENT_SOURCES = {"reports", "report", "documents", "records", "filings", "figures", "data", "court", "media"}
# What someone wrote or said, owned by its author: "Varga's post", "the mayor's statement".
_DOC_NOUNS = {"post", "posts", "statement", "tweet", "tweets", "caption", "letter", "message", "video", "note",
              "email", "reply", "comment", "comments", "story", "stories"}


def _np_before(toks: list[Token], i: int) -> NP | None:
    j = i - 1
    while j >= 0 and _adverb(toks[j]) and not (toks[j].text == "May" and name_goes_on(toks, j)):
        j -= 1
    t = _time_start(toks, j) if j >= 0 else None
    if t is not None and t > 0 and re.match(r"\w", toks[t - 1].text):
        j = t - 1  # "Ofgem on Tuesday said": when it was said, not who said it
        while j >= 0 and _adverb(toks[j]):
            j -= 1
    if j < 0:
        return None
    if toks[j].text == ",":
        # "Achebe, whose daughter Zara, 19, joined her, also revealed": past a relative clause with its
        # own commas to the name it hangs on
        for p in range(j - 1, max(0, j - 30), -1):
            if toks[p].text in _CLAUSE_END or is_quote(toks[p]):
                break
            if toks[p].text == "," and p + 1 < j and toks[p + 1].lower in ("whose", "who") and p >= 1:
                head = np_ending_at(toks, p - 1)
                if head is not None and head[2] == "name":
                    return head
                break
    if toks[j].text in (",", ")"):
        # apposition or parenthesis: "Smith, a spokesman for X, said"
        close = toks[j].text
        opener = "," if close == "," else "("
        k = j - 1
        while k >= 0 and j - k <= 14 and toks[k].text != opener and not is_quote(toks[k]):
            k -= 1
        if k >= 1 and toks[k].text == opener:
            inner = np_ending_at(toks, j - 1)
            if inner is not None and inner[0] >= 1 and toks[inner[0] - 1].lower in ("from", "of", "in", "at", "near"):
                inner = None  # "Kirsty Holm, 42, from Ellerby, said": where she is from, not who
            np = np_ending_at(toks, k - 1)
            if np is None and close == "," and k >= 3 and re.fullmatch(r"\d{1,3}", toks[k - 1].text) \
                    and toks[k - 2].text == ",":
                np = np_ending_at(toks, k - 3)  # past the age: "Holm, 42, from Ellerby, said"
            # "Delaney's lawyer, Priya Shah, told": the name in the apposition is the speaker
            # ("Her producer, the Berlin-based Jonas Feld, said": a determiner and modifiers may lead)
            lead = inner is not None and inner[0] > k + 1 and inner[0] - k <= 3 and toks[k + 1].lower in ("the", "a", "an") \
                and all(re.fullmatch(r"[a-z][\w-]*|[A-Z]\w*-[a-z]+", x.text) for x in toks[k + 2:inner[0]])
            # ("One participant, 63-year-old retired postman Keith Ambrose, said": role words alone lead)
            lead = lead or inner is not None and k + 1 < inner[0] <= k + 6 \
                and all(re.fullmatch(r"[a-z0-9][\w-]*", x.text) and x.lower not in _PREPS and not is_cue(x)
                        and x.lower not in _NOT_ROLE_WORDS and x.lower not in SUBJECT_PRONOUNS
                        for x in toks[k + 1:inner[0]])
            if close == "," and inner and inner[2] == "name" and (inner[0] == k + 1 or lead) \
                    and (np is None or np[2] != "name"):
                return inner
            if np and np[2] in ("name", "descriptor"):
                return np
        return None
    return np_ending_at(toks, j)


# Words that make an apposition a clause, not role words before a name ("which makes Harbour Lane").
_NOT_ROLE_WORDS = {"which", "who", "whose", "that", "where", "when", "and", "or", "but", "makes", "owns", "runs",
                   "including", "like", "such"}


def _name_end(toks: list[Token], e: int, *, past_possessives: bool = False) -> int:
    """The last token of the name whose token is ``toks[e]``: on over the words that continue it
    ("Anna de la Cruz"), stopping after a possessive unless ``past_possessives`` ("NBC’s Dante Chinni")."""
    while e + 1 < len(toks) and (name_goes_on(toks, e + 1) or toks[e + 1].lower in _NAME_PARTICLES) \
            and (past_possessives or not _possessive(toks[e])):
        e += 1
    return e


def np_starting_at(toks: list[Token], k: int) -> NP | None:
    """The noun phrase whose first token is ``toks[k]`` ("Rep. Jim Jordan", "the New York businessman",
    "retired Air Force general Lloyd Newton")."""
    if k >= len(toks):
        return None
    t = toks[k]
    if re.match(r"^[a-z][\w/-]*$", t.text) and t.lower not in DETERMINERS and t.lower not in SUBJECT_PRONOUNS \
            and t.lower not in _CLAUSE_OPENERS:  # ("since Brennan tested ...": a clause, not a role and a name)
        b = k
        while b < len(toks) and b - k < 4 and re.match(r"^[a-z][\w/-]*$", toks[b].text) \
                and (toks[b].lower not in _STOP_NP or toks[b].lower == "and" and b > k and b + 1 < len(toks)
                     and re.fullmatch(r"[a-z][\w-]*", toks[b + 1].text)) \
                and not is_cue(toks[b]) and toks[b].lower not in _PREPS \
                and toks[b].lower not in _MORE_PREPS and (b == k or toks[b].lower not in DETERMINERS):
            b += 1  # ("comedian and podcaster Obi Nwachukwu")
        if b > k and b < len(toks) and is_name_token(toks[b]):
            e = _name_end(toks, b)
            if not _possessive(toks[e]):
                return (k, e, "name")
        return None
    if t.lower in SUBJECT_PRONOUNS and t.lower not in ("who",):
        return (k, k, "pronoun")
    if is_name_token(t) or (t.lower.rstrip(".") in TITLES and t.text[0].isupper()):
        b = _name_end(toks, k)
        r = b + 1  # "Dunmore manager Gavin Treharne": the person after the organisation's role
        while r < len(toks) and r - b <= 2 and re.fullmatch(r"[a-z][a-z-]*", toks[r].text) and toks[r].lower not in _STOP_NP:
            r += 1
        if r > b + 1 and r < len(toks) and toks[r - 1].lower in PERSON_NOUNS and is_name_token(toks[r]):
            e = r
            while e + 1 < len(toks) and name_goes_on(toks, e + 1) and not _possessive(toks[e]):
                e += 1
            if not _possessive(toks[e]):
                return (k, e, "descriptor")
        if _possessive(toks[b]):
            # "Obama's former campaign strategist said": a descriptor headed after the possessive
            e = b
            while e + 1 < len(toks) and e - b < 5 and re.match(r"^[a-z][\w-]*$", toks[e + 1].text) \
                    and toks[e + 1].lower not in _STOP_NP and not is_cue(toks[e + 1]) and toks[e + 1].lower not in _PREPS:
                e += 1
            return (k, e, "descriptor") if e > b else None
        return (k, b, "name")
    if t.lower in DETERMINERS:
        b = k
        while b + 1 < len(toks) and b - k < 7:
            w = toks[b + 1]
            if _PUNCT.match(w.text) and w.text != "-" or w.lower in _STOP_NP or is_quote(w) or is_cue(w):
                break
            if w.lower in _PREPS and not (b + 2 < len(toks) and w.lower in ("of", "for", "at", "to", "close")):
                break
            if w.lower in ("the", "a", "an") and toks[b].lower not in _PREPS and toks[b].lower not in _MORE_PREPS:
                break  # "told the council the budget ...": a second article starts the next phrase
            b += 1
        if b > k:
            return (k, b, "descriptor")
    return None


INVERSION_CUES = {"said", "says", "say", "warn", "warns", "claim", "claims", "added", "adds", "asked", "asks", "continued", "continues", "wrote", "writes",
                  "explained", "explains", "noted", "notes", "recalled", "recalls", "replied", "replies", "insisted",
                  "argued", "argues", "observed", "remarked", "quipped", "joked", "tweeted", "posted", "warned",
                  "answered", "responded", "declared", "admitted", "acknowledged", "concluded", "cautioned",
                  "offered", "shot", "chimed", "recounted", "reported", "reports", "according"}


def np_after(toks: list[Token], i: int) -> NP | None:
    """The noun phrase right after ``toks[i]`` in an inverted attribution ("said Smith", "adds the source")."""
    k = i + 1
    if k >= len(toks) or (toks[i].lower not in INVERSION_CUES and toks[i].lower != "to"):
        return None
    t = toks[k]
    if t.lower in SUBJECT_PRONOUNS and t.lower not in ("it", "who", "you", "i", "we"):
        return (k, k, "pronoun")
    # modifiers before a name: "said 9/11 widow Terry Strada", "said former Sen. Bob Dole"
    b = k
    while b < len(toks) and b - k < 4 and not is_name_token(toks[b]) and re.match(r"^[\w/'’-]+$", toks[b].text) \
            and toks[b].lower not in _STOP_NP and toks[b].lower not in DETERMINERS and not is_cue(toks[b]) \
            and toks[b].lower not in _PREPS and toks[b].lower not in _MORE_PREPS:  # not "reports in Spain"
        b += 1
    if b < len(toks) and (is_name_token(toks[b]) or toks[b].lower.rstrip(".") in TITLES and toks[b].text[0].isupper()):
        # "noted NBC’s Dante Chinni": a possessive outlet before the name belongs to the phrase
        e = _name_end(toks, b, past_possessives=True)
        if not _possessive(toks[e]):
            return (k, e, "name")
    if b > k and (b == len(toks) or toks[b].lower in _HEADLINE_TAIL or _PUNCT.match(toks[b].text)) \
            and toks[b - 1].lower in _ROLE_HEADS:
        return (k, b - 1, "descriptor")  # a headline's bare role: "…, says minister as …", "…, say friends"
    if b == k + 1 and re.fullmatch(r"[a-z]+s", t.text) and t.lower not in _DOCUMENT_SOURCES \
            and (t.lower in _ROLE_HEADS or t.lower[:-1] in _ROLE_HEADS or t.lower in _GROUPS):
        # "wrote economists at Corran Capital", "said analysts": the firm they speak for, or an unnamed group
        if b + 1 < len(toks) and toks[b].lower in ("at", "for", "from", "with") and is_name_token(toks[b + 1]):
            return (b + 1, _name_end(toks, b + 1, past_possessives=True), "name")
        if b == len(toks) or _PUNCT.match(toks[b].text):
            return (k, k, "descriptor")  # "“...,” said residents."
    if t.lower in DETERMINERS and t.lower not in ("that", "this", "these", "those"):
        b = k
        while b + 1 < len(toks) and b - k < 6:
            w = toks[b + 1]
            if _PUNCT.match(w.text) or w.lower in _STOP_NP or is_quote(w) or is_cue(w) or w.lower in _PREPS:
                break
            b += 1
        if b > k:
            return (k, b, "descriptor")
    return None


# What may follow a headline's bare role after its cue: "…, says minister as teachers walk out".
_HEADLINE_TAIL = {"as", "after", "amid", "in", "over", "ahead", "despite", "while", "following"}

INTRO_WORDS = {"during", "after", "before", "in", "at", "on", "as", "while", "when", "despite", "following",
               "meanwhile", "earlier", "later", "since", "with", "without", "amid", "for", "from", "under",
               "over", "throughout", "speaking", "asked", "writing", "although", "though", "if", "once",
               "last", "this", "on", "by", "according", "still", "yet", "however", "instead", "now", "then"}


_MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


def _shift(np: NP, by: int) -> NP:
    return (np[0] + by, np[1] + by, np[2])


def sentence_subject(toks: list[Token], limit: int | None = None) -> NP | None:
    """The first subject-like noun phrase of a sentence, skipping an introductory phrase."""
    limit = len(toks) if limit is None else limit
    # "PORT ALDEN — A county judge ...": a wire dateline is no subject
    dash = next((k for k in range(min(limit, 10)) if toks[k].text in ("—", "–", "-")), None)
    if dash and all(t.text.isupper() or not re.search(r"[a-z]", t.text) or t.text[:3] in _MONTH_ABBREVIATIONS
                    for t in toks[:dash]) and any(len(t.text) > 1 and t.text.isupper() for t in toks[:dash]):
        after = sentence_subject(toks[dash + 1:], limit - dash - 1)
        return after and _shift(after, dash + 1)
    start = 0
    # "During a speech on Monday, Trump ...": an introductory phrase runs to its comma
    window = 20 if toks and toks[0].lower in INTRO_WORDS else 7
    if toks and re.fullmatch(r"[A-Z][a-z]+(ing|ed)", toks[0].text):
        window = 25  # "Claiming the criticism is unfair, Trump told ...", "Based on ..., Sanders said"
    for k in range(min(limit, window)):
        if toks[k].text == "," and k < limit:
            # "Marcus Bell, who produced ..., went on": a name and its apposition, not an opener
            if not (k and all(is_name_token(t) for t in toks[:k])):
                start = k + 1
            break
    for begin in (start, 0) if start else (0,):
        for k in range(begin, limit):
            t = toks[k]
            if is_quote(t) or t.text in (";", ":"):
                break
            low = t.lower
            nxt = toks[k + 1].lower if k + 1 < limit else ""
            if low in SUBJECT_PRONOUNS and low not in ("who", "you") and (
                    low != "it" or nxt not in ("is", "was", "’s", "'s", "seems", "appears", "would", "will", "may")):
                return (k, k, "pronoun")
            if _month_given_name(toks, k):
                return (k, k, "name")
            if is_name_token(t) and _possessive(t) and k + 1 < limit and toks[k + 1].lower in _DOC_NOUNS:
                return (k, k, "name")  # "Varga's post on Instagram read:": the post's owner speaks
            if is_name_token(t) and not _possessive(t):
                b = k
                while b + 1 < limit and name_goes_on(toks, b + 1) and not _possessive(toks[b]):
                    b += 1
                if not (b + 1 < limit and toks[b + 1].text in ("’s", "'s")):
                    # "Club captain Rhea Santos said": the name after the role, not the word before it
                    r = b + 1
                    while r < limit and r - b <= 2 and re.fullmatch(r"[a-z][a-z-]*", toks[r].text) \
                            and toks[r].lower not in _STOP_NP and not is_cue(toks[r]):
                        r += 1
                    if r > b + 1 and toks[r - 1].lower in PERSON_NOUNS and r < limit and is_name_token(toks[r]):
                        e = r
                        while e + 1 < limit and name_goes_on(toks, e + 1) and not _possessive(toks[e]):
                            e += 1
                        if not _possessive(toks[e]):
                            return (r, e, "name")
                    return (k, b, "name")
            if low in ("the", "a", "an") or (low in DETERMINERS and k == begin):
                b = k
                while b + 1 < limit and b - k < 5:
                    w = toks[b + 1]
                    if _PUNCT.match(w.text) or w.lower in _STOP_NP or is_quote(w) or is_cue(w) or w.lower in _PREPS \
                            or w.lower.endswith("ed") and b > k or _adverb(w):
                        break
                    b += 1
                    if w.lower in PERSON_NOUNS and b + 1 < limit and re.fullmatch(r"[a-z]+", toks[b + 1].text) \
                            and toks[b + 1].lower not in PERSON_NOUNS:
                        break  # "the Oscar winner broke her silence": the head noun ends the phrase
                # an agent noun right before a cue verb is someone too: "The personal trainer shared ..."
                agent = b + 1 < limit and is_cue(toks[b + 1]) and re.search(r"(?:er|or|ist|ian)$", toks[b].lower)
                if b > k and (toks[b].lower in _ROLE_HEADS or is_name_token(toks[b])
                              or (toks[b].lower.endswith("ers") or toks[b].lower.endswith("ists")) or agent):
                    return (k, b, "descriptor")
                break
    return None


def speaker_kind(words: list[str], np_kind: str) -> str:
    """person | organization | anonymous | unknown for a speaker noun phrase."""
    low = [w.lower().rstrip(".") for w in words]
    if np_kind == "pronoun":
        return "organization" if low[0] in ("it",) else ("unknown" if low[0] in ("they", "you") else "person")
    head = low[-1] if low else ""
    if low and low[0] in _DOCUMENT_SOURCES and words[0][:1].islower():
        return "unknown"  # "according to reports in Spain", "court documents show": no one in particular
    if np_kind == "name":
        if any(w in ORG_NAME_WORDS for w in low) or (len(words[-1]) > 1 and words[-1].isupper() and len(words) == 1):
            return "organization"
        return "person"
    if any(w in ("spokesperson", "spokesman", "spokeswoman", "representative", "rep", "spokespeople") for w in low):
        return "organization"
    if head in ORG_HEADS or any(w in ORG_NAME_WORDS for w in low):
        return "organization"
    if head in ANONYMOUS_HEADS and (low[0] in INDEFINITE or low[0] == head or low[0] not in DETERMINERS):
        return "anonymous"
    if "source" in low or "sources" in low or "insider" in low:
        return "anonymous"
    # "people familiar with the matter", "a ministry official, who asked not to be named"
    if low[0] in ANONYMOUS_HEADS or (len(low) > 1 and low[0] in INDEFINITE and (low[1] in ANONYMOUS_HEADS
                                                                            or low[-1] in ANONYMOUS_HEADS)):
        return "anonymous"
    return "person"
