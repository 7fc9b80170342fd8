"""Speaker mentions that attribution found but that do not name the speaker themselves.

Run by the clusterer after genders are known and before descriptors and pronouns are resolved:

* **Unnamed workers**: "A former bookkeeper for Vandermeer Holdings said", "An epidemiologist who
  reviewed the paper for Nature Medicine said": the name is the employer or the journal; the speaker
  is someone the article does not name (anonymous).  Not "A spokeswoman for X" (the organisation
  speaks).  A later "the bookkeeper said" with no named bookkeeper is that same unnamed person.
* **Platforms**: "Varga's post on Instagram read", "in a comment under the show's Instagram clip": a
  name after "on"/"via", or a platform before a post noun, is where the words appeared; the speaker
  is the sentence's person (the possessor here).
* **Role names**: "the MP said", "the Scot added": a capitalised role or nationality standing alone
  is the one person the article gives that role ("Fiona Gallacher, the Labour MP for ...").
* **Documents**: "X confirmed it in a notice posted to its fan page:" — the notice is X's (the
  sentence's first person or organisation).
* **"it" after a he/she clause**: "When he answers, it comes out slowly:" is his answer.
* **Unnamed groups**: "Family says ..." in a headline, "Friends said": a capitalised group or kin noun
  standing alone is nobody the article names (anonymous), not a person called "Family".
* **Topic names** (``topic_only``): "On Adeyemi, he added": the name introduced by "On"/"About"
  is who is talked about, never the pronoun in the same clause.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from ..attribute.lexicon import ORG_HEADS, PERSON_NOUNS
from .descriptors import GROUP_NOUNS
from .evidence import _appositive_name, person_names, previous_subject, sole_person

# Capitalised roles and nationalities that stand for a person ("the MP", "the Scot").
ROLE_NAMES = {"mp", "mps", "msp", "mep", "mla", "mpp", "td", "mk", "scot", "briton", "brit", "welshman",
              "welshwoman", "irishman", "irishwoman", "englishman", "englishwoman", "scotsman", "scotswoman",
              "dutchman", "frenchman", "frenchwoman", "aussie", "kiwi", "dane", "swede", "finn", "norwegian",
              "spaniard", "canadian", "australian", "american", "german", "italian", "brazilian", "argentine",
              "nigerian", "ghanaian", "kenyan", "mexican", "portuguese", "japanese", "chinese", "icelander"}
# Party labels in front of a role and a name ("Labour MP Fiona Gallacher").
PARTIES = {"labour", "tory", "conservative", "snp", "green", "liberal", "plaid", "unionist", "reform",
           "republican", "democratic", "democrat", "gop", "independent"}

# Group and kin nouns that a headline or sentence start capitalises ("Family says", "Pals say").
GROUP_SOURCES = {"family", "families", "friends", "pals", "relatives", "neighbours", "neighbors", "colleagues",
                 "insiders", "sources", "witnesses", "parents", "residents", "locals"}

_INDEF = r"(?:A|An|One|Another|a|an|one|another)"
_AGENT = r"([a-z][a-z-]+)"
# "A former bookkeeper for", "An epidemiologist who reviewed the paper for", "a nurse at", "A man sitting in"
_WORKER_LEAD = re.compile(_INDEF + r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _AGENT +
                          r"(?:\s+who\s+[^,.;:“”\"]{1,60}?|\s+[a-z]+(?:ing|ed))?\s+(?:for|at|with|from|of|in|inside|within|on|near|"
                          r"by|behind|beside)\s+"
                          r"(?:the\s+|a\s+|an\s+)?[^,.;:“”\"]{0,40}$")
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via)\s+(?:the\s+)?$", re.I)
# Where words are written down or shown, not who says them ("in a notice posted to", "an Instagram clip").
DOCUMENTS = {"notice", "statement", "post", "posts", "letter", "message", "note", "announcement", "tweet", "email",
             "e-mail", "release", "video", "clip", "caption", "comment", "update", "posting", "blog", "memo",
             "story", "stories", "live", "livestream", "reel", "thread", "page", "account", "feed", "broadcast"}
PLATFORMS = {"instagram", "twitter", "x", "tiktok", "facebook", "youtube", "threads", "snapchat", "weibo", "reddit",
             "linkedin", "bluesky", "telegram", "whatsapp", "twitch", "substack", "patreon", "weverse", "discord"}
_DOC_BEFORE = re.compile(r"\b(?:in|on|via|through|with|under|by|from)\s+$", re.I)
_WHEN_PRONOUN = re.compile(r"^\W*(?:When|As|Whenever|Once|If)\s+(he|she)\b[^.;:“”\"]*,\s*$")
_TOPIC = re.compile(r"^\W*(?:On|About|Of|Regarding|As\s+for|Asked\s+about|Asked\s+on|Speaking\s+about|"
                    r"Speaking\s+of|Turning\s+to|Discussing)\s+$")


def _agent(word: str) -> bool:
    """A noun for someone doing a job ("bookkeeper", "epidemiologist", "nurse"), not a spokesperson."""
    if word in ORG_HEADS or word.startswith("spokes") or word in ("representative", "statement", "report"):
        return False
    return word in PERSON_NOUNS or re.search(r"(?:er|or|ist|ian|ant|ent|ee|nurse|wife|man|woman)$", word) is not None


def _lead(cl: Any, m: Mention) -> str:
    return cl.an.text[cl.an.sentences[m.sentence][0]:m.start]


def unnamed_worker(cl: Any, m: Mention) -> bool:
    """"A former bookkeeper for Vandermeer Holdings said": the mention sits in the phrase after an
    indefinite job noun that opens the sentence (or follows "said")."""
    lead = cl.an.text[cl.an.sentences[m.sentence][0]:m.end]
    for w in re.finditer(r"(?:^\W*|\b(?:said|says|told|added)\s+)(?=" + _INDEF + r"\s)", lead):
        hit = _WORKER_LEAD.match(lead, w.end())
        if hit and _agent(hit.group(1)):
            return True
    return False


def _introduced_unnamed(cl: Any, m: Mention) -> bool:
    """"the bookkeeper said" after "A former bookkeeper for ... said" and no named bookkeeper."""
    words = re.findall(r"[\w'’-]+", m.text.lower())
    if len(words) < 2 or words[0] != "the" or not _agent(words[-1]):
        return False
    text = cl.an.text
    for si in range(max(0, m.sentence - 6), m.sentence):
        s, e = cl.an.sentences[si]
        intro = re.match(r"\W*" + _INDEF + r"\s+(?:[a-z][\w-]*\s+){0,2}?" + re.escape(words[-1]) + r"\b", text[s:e])
        if intro and not re.match(r"\s*,?\s*(?:[A-Z][\w'’-]+\s*){1,3}[,)]", text[s + intro.end():e]):
            return True
    return False


def _role_holder(cl: Any, m: Mention, role: str) -> Any:
    """The one person the article gives the capitalised role: "Fiona Gallacher, the Labour MP for
    Dundee West,", "Gallacher, a proud Scot,", "Labour MP Fiona Gallacher"."""
    text = cl.an.text

    def holds(x: Mention) -> bool:
        own = x.text.lower().split()[:-1]
        before = re.findall(r"[\w-]+", text[max(0, x.start - 25):x.start].lower())[-2:]
        if before and before[-1] in ("for", "of", "in", "at", "from", "to", "near"):
            before = []  # "the Labour MP for Dundee West": a place, not the MP
        app = re.match(r",\s+(?:a|an|the)\s+([^,.;]{1,60})[,.]", text[x.end:x.end + 70])
        return role in own or role in before or bool(app and role in app.group(1).lower().split())

    return sole_person(cl, m.start, holds)


def _sentence_person(cl: Any, m: Mention) -> Any:
    """The first person named in ``m``'s sentence before it, a possessor included ("Varga's post")."""
    s = cl.an.sentences[m.sentence][0]
    for x in sorted(cl.an.mentions, key=lambda x: x.start):
        if x.person and s <= x.start and x.end <= m.start:
            c = cl._by_id(x.person)
            if c is not None and c.kind == "person":
                return c
    return None


def _platform_item(text: str, m: Mention) -> bool:
    """"the show's Instagram clip", "her TikTok video": a platform naming a post, not its author."""
    nxt = re.match(r"\s+([a-z]+)\b", text[m.end:m.end + 20])
    return m.text.lower() in PLATFORMS and nxt is not None and nxt.group(1) in DOCUMENTS


def _sentence_speaker(cl: Any, m: Mention) -> Any:
    """The person or organisation that opens ``m``'s sentence (its first mention, before ``m``)."""
    s = cl.an.sentences[m.sentence][0]
    quotes = cl._quote_ranges()
    for x in sorted(cl.an.mentions, key=lambda x: x.start):
        if x.person and s <= x.start and x.end <= m.start and not cl._in_quote(x.start, quotes):
            c = cl._by_id(x.person)
            if c is not None and c.kind in ("person", "organization"):
                return c
    return None


def _group_word(cl: Any, m: Mention, words: list[str]) -> bool:
    """"Campaigners said", "Protesters say": a capitalised plural group noun standing alone is an
    unnamed group.  A plural-looking surname stays a name: "Sanders", "Peters" are no group nouns,
    and a group noun the article also capitalises mid-sentence or inside a full name is a name."""
    if len(words) != 1 or not m.text[:1].isupper():
        return False
    low = words[0]
    if low in GROUP_SOURCES:
        return True
    if not (low in GROUP_NOUNS or low.endswith("s") and low[:-1] in PERSON_NOUNS) or low[:-1] in PARTIES \
            or low.endswith("ies") and low[:-3] + "y" in PARTIES:
        return False  # ("Democrats said", "Tories said": a party speaks)
    c = cl.mention_cluster.get((m.start, m.end))
    if c is not None and any(len(x.text.split()) >= 2 for x in c.mentions if x.kind == "name"):
        return False  # "Ann Campaigners ... Campaigners said": a surname
    word = re.escape(m.text.strip())
    return re.search(r"[a-z,;]\s+" + word + r"\b", cl.an.text) is None  # (not "... told Summers")


# Executive roles a headline puts after a company's name ("Veltra CEO calls ..."), by family.
_EXEC_FAMILY = {"ceo": "ceo", "boss": "ceo", "chief": "ceo", "chairman": "chair", "chairwoman": "chair",
                "chair": "chair", "founder": "founder", "co-founder": "founder"}
_EXEC_WORDS = {"ceo": r"chief\s+executive(?:\s+officer)?|ceo|boss|managing\s+director",
               "chair": r"chair(?:man|woman|person)?", "founder": r"(?:co-)?founder"}


def executive_holder(cl: Any, m: Mention) -> Any:
    """"Veltra CEO calls ...", "CEO tells staff ...": the one person the article introduces with that
    role ("chief executive Dana Pryce", "Dana Pryce, Veltra's chief executive,"), preferring one
    introduced together with the company's name."""
    words = m.text.split()
    family = _EXEC_FAMILY.get(words[-1].lower()) if words else None
    if family is None or len(words) > 4:
        return None
    org = [w for w in words[:-1] if w.lower() != "the"]
    text = cl.an.text
    role = _EXEC_WORDS[family]
    before = re.compile(r"(?i)\b(?:" + role + r")\s*,?\s*$")
    after = re.compile(r"(?i)\s*,\s*(?:the\s+|its\s+|a\s+)?(?:[\w&.'’-]+\s+){0,3}?(?:" + role + r")\b")
    found: dict[str, tuple[Any, bool]] = {}
    for c, x in person_names(cl):
        s, e = cl.an.sentences[x.sentence]
        lead, tail = text[max(s, x.start - 60):x.start], text[x.end:min(e, x.end + 80)]
        app = after.match(tail)
        if app and x.end <= m.start < x.end + app.end():
            app = None  # "aimed at Luis Okoro, the Dunmore boss said": the speaker itself is no apposition
        if before.search(lead) or app:
            named = bool(org) and all(w in lead + tail for w in org)
            found[c.id] = (c, found.get(c.id, (c, False))[1] or named)
    named = [c for c, n in found.values() if n]
    if len(named) == 1:
        return named[0]
    return next(iter(found.values()))[0] if len(found) == 1 else None


def _anonymous(m: Mention) -> None:
    m.person, m.kind, m.speaker_kind = None, "other", "anonymous"


def redirect_speakers(cl: Any, speaker_mentions: list[Mention]) -> None:
    """Re-read speaker mentions that stand for someone else (see the module's docstring)."""
    text = cl.an.text
    for m in speaker_mentions:
        words = [w for w in m.text.lower().split() if w != "the"]
        if m.kind in ("name", "other", "descriptor") and not m.person and len(words) == 1 and _group_word(cl, m, words) \
                or m.kind == "name" and _group_word(cl, m, words):
            c = cl.mention_cluster.get((m.start, m.end))
            if c is not None and all(x.text.lower() == m.text.lower() for x in c.mentions):
                c.kind = "other"  # no person called "Family" either
            _anonymous(m)  # "Family says": nobody named
        elif m.kind in ("name", "descriptor") and len(words) == 1 and words[0] in _HEADLINE_ORG_NOUNS and m.sentence == 0 \
                and (org := _named_org(cl, words[0])) is not None:
            # "…, Agency Says: ‘…’": the headline's agency is the one the body names
            c = cl.mention_cluster.get((m.start, m.end))
            if c is not None and c is not org and all(x.text.lower() == m.text.lower() for x in c.mentions):
                c.kind = "other"
            m.person, m.kind, m.speaker_kind = None, "descriptor", "organization"
            cl._attach(org, m)
        elif m.kind in ("name", "descriptor") and (boss := executive_holder(cl, m)) is not None:
            m.person, m.kind, m.speaker_kind = None, "descriptor", "person"  # "Veltra CEO calls ...": the CEO
            cl._attach(boss, m)
        elif m.kind in ("name", "descriptor") and unnamed_worker(cl, m):
            _anonymous(m)  # "A former bookkeeper for Vandermeer Holdings said"
        elif m.kind == "descriptor" and not m.person and _introduced_unnamed(cl, m):
            _anonymous(m)  # "the bookkeeper said" after "A former bookkeeper for ..."
        elif m.kind == "name" and words and all(w.strip(".") in ROLE_NAMES or w in PARTIES for w in words) \
                and words[-1].strip(".") in ROLE_NAMES:
            the = re.search(r"\b[Tt]he\s+$", text[max(0, m.start - 4):m.start])
            if the:
                m.start -= len(the.group())
                m.text = text[m.start:m.end]
            m.kind, m.speaker_kind, m.person = "descriptor", "person", None  # "the MP said": a role, not a name
            # "The local MP, Anwen Hale, said": the name in apposition first
            c = _appositive_name(cl, m) or _role_holder(cl, m, words[-1].strip(".")) or previous_subject(cl, m, None)
            if c is not None:
                cl._attach(c, m)
        elif m.kind == "descriptor" and not m.person and len(words) >= 2 and words[-1] in DOCUMENTS \
                and _DOC_BEFORE.search(text[max(0, m.start - 10):m.start]):
            # "Lantern Entertainment confirmed it in a notice posted to ...:", "The singer broke the news in a statement:"
            si = m.sentence
            who = lead_descriptor(cl, si, cl.an.sentences[si][0], m.start) or _sentence_speaker(cl, m)
            if who is not None:
                m.speaker_kind = who.kind
                cl._attach(who, m)
        elif m.kind == "name" and (_PLATFORM_BEFORE.search(text[max(0, m.start - 12):m.start]) or _platform_item(text, m)):
            c = cl.mention_cluster.get((m.start, m.end))
            if c is None or c.kind != "person":
                who = _sentence_person(cl, m)  # "Varga's post on Instagram read"
                if who is not None:
                    m.person = None
                    cl._attach(who, m)
                else:
                    m.person, m.kind = None, "other"
        elif m.kind == "pronoun" and m.text.lower() == "it":
            when = _WHEN_PRONOUN.match(_lead(cl, m))
            if when:  # "When he answers, it comes out slowly"
                s = cl.an.sentences[m.sentence][0] + when.start(1)
                c = cl.resolve_pronoun(Mention(s, s + len(when.group(1)), when.group(1), "pronoun", m.sentence))
                if c is not None:
                    cl._attach(c, m)


# Organisation nouns a headline capitalises and uses alone ("…, Agency Says", "Club Confirms …").
_HEADLINE_ORG_NOUNS = {"agency", "company", "club", "union", "network", "studio", "label", "firm", "council",
                       "ministry", "broadcaster", "retailer", "airline", "carmaker", "charity"}


def _named_org(cl: Any, head: str) -> Any:
    """The organisation the article names whose name fits ``head`` (most mentions, then first named)."""
    from .orgs import head_fits
    types = cl.org_types
    fits = [c for c in cl.clusters if c.kind == "organization" and c.name.lower() != head
            and (head_fits(head, c.name) or types.get(c.id) == head)]
    if not fits:
        return None
    return max(fits, key=lambda c: (len(c.mentions), -min(x.start for x in c.mentions)))


def document_author(cl: Any, m: Mention) -> Any:
    """"“...,” the statement said": whoever issued the statement the article last mentioned ("The
    company said in a statement that ...", "In a statement, Halvorsen said"), within six sentences;
    "It read:" after "... posted on Instagram alongside a photo": whoever posted it."""
    words = re.findall(r"[\w'’-]+", m.text.lower())
    text = cl.an.text
    if words == ["it"] and _IT_READ.match(text, m.end):
        noun = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENTS)) + r")\b", re.I)  # "... an Instagram post. It read:"
    elif len(words) == 2 and words[0] == "the" and words[1] in DOCUMENTS:
        noun = re.compile(r"\b" + re.escape(words[1]) + r"\b", re.I)
    else:
        return None
    quotes = cl._quote_ranges()
    for si in range(m.sentence, max(-1, m.sentence - 7), -1):
        s, e = cl.an.sentences[si]
        e = min(e, m.start)
        if not any(not cl._in_quote(h.start(), quotes) for h in noun.finditer(text, s, e)):
            continue
        here = sorted((x for x in cl.an.mentions if x.person and s <= x.start < e and x is not m
                       and not cl._in_quote(x.start, quotes)), key=lambda x: x.start)
        c = lead_descriptor(cl, si, s, e)  # "The four-time All-Star announced ... in a caption"
        if c is not None:
            return c
        for x in here:
            c = cl._by_id(x.person)
            if c is not None and c.kind in ("person", "organization") and c.name.lower() not in PLATFORMS:
                return c  # (not the platform the post went up on)
        return None
    return None


_LEAD_DESCRIPTOR = re.compile(r"\W*([Tt]he\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
                              r"(?:,\s+\d{1,3},|,\s+(?:known|nicknamed|dubbed|who|whose)\s[^,]{1,90},)?"  # age, aside
                              r"\s+(?:[a-z]+ed|broke|wrote|took|gave|sat|"
                              r"told|said|made|put|sent|spoke|went|came|began|shared|posted)\b")


def lead_descriptor(cl: Any, si: int, s: int, e: int) -> Any:
    """The person a definite descriptor opening sentence ``si`` stands for ("The 27-year-old singer
    broke the news in a statement"), or None when it opens with none or nobody fits."""
    lead = _LEAD_DESCRIPTOR.match(cl.an.text, s, e)
    if not lead:
        return None
    return cl.resolve_descriptor(Mention(lead.start(1), lead.end(1), lead.group(1), "descriptor", si))


_IT_READ = re.compile(r"\s+(?:read|reads|said|says|stated|continued)\b")


def topic_only(cl: Any, c: Any, si: int, before: int | None) -> bool:
    """Is every mention of ``c`` in sentence ``si`` (before ``before``) a topic ("On Adeyemi, he added")?"""
    if before is None:
        return False
    text = cl.an.text
    s = cl.an.sentences[si][0]
    here = [x for x in c.mentions if x.sentence == si and x.end <= before]
    return bool(here) and all(_TOPIC.match(text[s:x.start]) and re.match(r"[’'s]*\s*,", text[x.end:x.end + 4])
                              for x in here)


def headline_lead(cl: Any, words: list[str]) -> Any:
    """The one person whose name opens a title-case headline run ("Mirae Breaks Down": Mirae)."""
    for n in range(len(words) - 1, 0, -1):
        hits = [c for c in cl.clusters if c.kind == "person" and (c.words == words[:n] or n == 1 and words[0] in c.words)]
        if hits:
            return hits[0] if len(hits) == 1 else None
    return None
