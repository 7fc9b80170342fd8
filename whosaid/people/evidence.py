"""Is a capitalised name a person, and which person does a descriptor or pronoun stand for?

Capitalised runs also name places, events, shows, teams and datelines ("outside a Los Angeles
restaurant", "at the Kell Film Festival", "Senator Ann Lee of Idaho", "OSLO, May 2 —").  A cluster
whose mentions mostly read that way, with no person evidence, becomes kind "other": it takes no
pronoun, descriptor or gender vote and is left out of ``people`` (``apply_evidence``).  The same
module holds the descriptor rules the clusterer calls: anonymous and indefinite descriptors
(``anonymous_descriptor``, ``descriptor_can_be_named``), the subject of the previous sentence
(``previous_subject``), the holder of a role noun (``role_holder``), apposition gender
(``apposition_gender``) and "it" for an unmarked one-word name (``it_antecedent``).
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from ..attribute.mentions import INTRO_WORDS
from ..attribute.lexicon import ANONYMOUS_HEADS, DETERMINERS, ORG_HEADS, PERSON_NOUNS, TITLES, name_genders
from .given_names import known_given_name
from .titles import HEAD_WORDS


def person_names(cl: Any, before: int | None = None):
    """``(cluster, name mention)`` for every person's names, cluster by cluster; with ``before``,
    only the names that start before that offset."""
    for c in cl.clusters:
        if c.kind != "person":
            continue
        for x in c.mentions:
            if x.kind == "name" and (before is None or x.start < before):
                yield c, x


def sole_person(cl: Any, before: int, test) -> Any:
    """The one person one of whose names before ``before`` passes ``test``; None for none or several."""
    found = []
    for c, x in person_names(cl, before):
        if c not in found and test(x):
            found.append(c)
    return found[0] if len(found) == 1 else None

# Words inside (or right after) a name that make it a place, event, venue or work.
PLACE_WORDS = {
    "festival", "festivals", "awards", "award", "prize", "cup", "championship", "championships", "games",
    "olympics", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "lane", "drive", "park", "river",
    "lake", "sea", "ocean", "mountain", "mountains", "island", "islands", "bridge", "hotel", "restaurant",
    "stadium", "arena", "theatre", "theater", "hall", "airport", "station", "square", "villas", "county",
    "province", "valley", "beach", "bay", "coast", "harbour", "harbor", "port", "canyon", "forest", "plaza",
    "tower", "palace", "castle", "cathedral", "museum", "gallery", "district", "region", "state", "city",
    "town", "village", "republic", "kingdom", "week", "day", "night", "season", "series", "show", "tour",
    "summit", "conference", "expo", "fair", "marathon", "open", "grand", "prix", "trophy", "league",
}
# Last words that make a name a venue or event outright; surnames such as Hall, Park, Day, Lane, Bay
# or Lake are left out.
_VENUES = {"festival", "festivals", "awards", "prize", "championship", "championships", "games", "olympics",
           "street", "avenue", "boulevard", "road", "stadium", "arena", "theatre", "theater", "airport",
           "station", "square", "villas", "county", "province", "valley", "canyon", "forest", "plaza", "tower",
           "palace", "castle", "cathedral", "museum", "gallery", "district", "region", "republic", "kingdom",
           "summit", "conference", "expo", "marathon", "trophy", "league", "hotel", "restaurant", "island",
           "islands", "mountains", "ocean", "river", "tour", "series", "season"}
# Lower-case nouns a name modifies when it is not the person itself ("a Los Angeles restaurant",
# "Kings coach Ann Lee", "the Drammen plant", "Rovers fans").
# Nouns that are also verbs after a plural or named subject ("Smith and Lee star in", "Trump fans the flames").
_VERBISH = {"star", "stars", "fans", "show", "guard", "forward", "home", "cast", "side", "staff", "crew", "border",
            "police", "host", "hosts", "model", "models", "coach", "coaches", "head", "heads", "champion", "judge",
            "tour", "fair", "open", "park", "station", "lead", "leads", "manager", "director", "writer", "founder"}
_WORKS = {"album", "single", "song", "track", "record", "ep", "film", "movie", "documentary", "show", "series",
          "sitcom", "drama", "book", "novel", "memoir", "podcast", "play", "musical", "tour", "game", "app", "brand",
          "label", "company", "firm", "restaurant", "bar", "boat", "yacht", "horse", "campaign", "bill", "project"}
_GROUPS = {"fan", "voter", "resident", "viewer", "reader", "parent", "student", "teacher", "worker", "farmer",
           "investor", "trader", "economist", "scientist", "researcher", "doctor", "nurse", "neighbor", "neighbour",
           "supporter", "opponent", "protester", "protestor", "user", "follower", "commenter", "observer", "owner"}
# unions used in every call below, built once (a set union costs microseconds)
_PERSON_OR_HEAD = PERSON_NOUNS | HEAD_WORDS
_PERSON_HEAD_OR_GROUP = _PERSON_OR_HEAD | _GROUPS
_NOT_A_NAME = ANONYMOUS_HEADS | ORG_HEADS | DETERMINERS
_DETERMINER_LIKE = {"the", "a", "an", "former", "his", "her", "their", "its", "our", "ex", "longtime", "veteran"}
_MODIFIED = (PLACE_WORDS | PERSON_NOUNS | HEAD_WORDS | {
    "restaurant", "bar", "club", "cafe", "café", "plant", "factory", "office", "offices", "headquarters",
    "store", "shop", "mall", "school", "area", "premiere", "reunion", "episode", "film", "movie",
    "album", "song", "event", "concert", "supporters", "players", "residents", "officials", "workers",
    "co-star", "costar", "castmate", "lineman", "native", "resident", "team", "squad", "government", "authorities",
    "airport", "spokesperson", "spokesman", "spokeswoman",
}) - _VERBISH
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "into", "within"}
_DATELINE = re.compile(r"[A-Z][A-Z .'-]*[A-Z](?=\s*(?:,|\(|—|–| - ))")


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    return re.findall(r"[\w’'.-]+|[,(]", text[max(0, start - 60):start])[-n:]


def against(text: str, start: int, end: int, paragraph_start: int) -> bool:
    """Evidence that the name at ``text[start:end]`` is not a person."""
    name = text[start:end]
    words = name.split()
    low = [w.lower().strip(".,’'") for w in words]
    if start == paragraph_start and _DATELINE.match(text, start) and name.isupper():
        return True  # "OSLO, March 4 —", "WASHINGTON (Reuters) —"
    if len(words) == 1 and (low[0] in _NOT_A_NAME or
                            low[0].endswith("s") and low[0][:-1] in _PERSON_HEAD_OR_GROUP):
        return True  # "Sources close to ...", "Another source", "Critics said": a capitalised common word
    after = re.match(r"\s+([a-z][\w-]*)(\s+[A-Z])?", text[end:end + 30])
    before = _words_before(text, start)
    prev = before[-1].lower() if before else ""
    if text[end:end + 2] in ("’s", "'s"):
        return False  # "at Smith’s request": a possessor, not a place
    if after and after.group(1) in _MODIFIED:
        return True  # "a Los Angeles restaurant"
    if after and after.group(1) in _VERBISH and (after.group(2) or prev in _DETERMINER_LIKE):
        return True  # "Kings coach Ann Lee", "the former Island Heat star" (not "Lee and Cho star in")
    if prev in (",", "titled", "called", "dubbed", "named") and len(before) >= 2 and before[-2].lower() in _WORKS:
        return True  # "her new album, Midnight Static,", "the film titled Blue Harbor"
    if prev == "from" and len(before) >= 2 and before[-2].lower() in _PERSON_OR_HEAD:
        return True  # "a Democrat from Oregon", "a singer from Atlanta"
    if prev in ("on", "off", "along", "down", "up") and low[-1] in PLACE_WORDS and len(words) >= 2:
        return True  # "the bistro on Harbour Lane", "down Kell Road" (Lane, Park or Hall alone may be surnames)
    if prev in ("a", "an", "the") or prev in _PLACE_PREPS:
        return True  # "the Kell Film Festival", "the Ashford Kings", "a Los Angeles restaurant", "at Calder"
    if prev == "of" and len(before) >= 2 and before[-2][:1].isupper() and before[-2].lower() not in DETERMINERS:
        return True  # "Senator Dale Pruitt of Idaho"
    return False


# Title-list words that only modify a role ("the former Love Island star").
_NOT_ROLES = {"former", "first", "vice", "late", "then", "acting", "interim"}


def supports(text: str, start: int, end: int) -> bool:
    """Evidence that the name at ``text[start:end]`` is a person: a title, a singular role noun
    before it, a known first name, an age or "who" after it."""
    words = text[start:end].split()
    first = words[0].lower().rstrip(".") if words else ""
    if (first in TITLES or first in HEAD_WORDS) and first not in _NOT_ROLES:
        return True
    if words and known_given_name(words[0]) and len(words) >= 2:
        return True
    before = _words_before(text, start, 1)
    if before and before[-1] in _PERSON_OR_HEAD and before[-1].islower() and before[-1] not in _NOT_ROLES:
        return True  # "actress Jo Lee", "guard Tariq Bell"
    return bool(re.match(r"\s*,?\s*(who\b|whose\b|\d{1,3},)", text[end:end + 12]))


_APPOSITION = re.compile(r"\s*,\s*(?:[a-z][\w’'-]*\s+){0,3}")


def _appositive_name(cl: Any, m: Mention) -> Any:
    """The cluster of a name in apposition right after ``m``: "Her collaborator, screenwriter Ann Lee, said",
    "The harbour master at Calder, Captain Ed Moyle, said"."""
    text = cl.an.text
    a = _APPOSITION.match(text, m.end)
    if not a or re.match(r"\s*,\s*(?:which|who|that|whose|where|when|as|and|but|while)\b", text[m.end:a.end()]):
        return None  # "A spokesman for Crestmoor Studios, which makes Harbour Row, said": a relative clause
    for (s, e), c in cl.mention_cluster.items():
        if s == a.end() and e > s and text[e:e + 1] == "," and c.kind in ("person", "organization"):
            return c
    return None


_ORG_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?((?:union|company|firm|group|charity|"
                             r"agency|organi[sz]ation|party|association|network|studio|label|club|team|"
                             r"airline|carmaker|retailer|lender|insurer|regulator|watchdog|broadcaster|"
                             r"newspaper|magazine|website|publisher|manufacturer|maker|chain|brand))\b(?!['’]s\b)")  # (not "the agency's director")
# A company-like ending: "Nordbank", "Vextech", "Medipharma" (CamelCase is no sign: DeShawn, McAdoo, LeBron)
_ORG_SHAPE = re.compile(r"[a-z](?:bank|corp|tech|soft|pharma)$")
_ROLE_THEN = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,3})")


_ANON_BEFORE = re.compile(r"(?i)\b(?:a|an|one|another|two|three|several|some)\s+(?:[\w-]+\s+){0,2}?(?:"
                          + "|".join(sorted(ANONYMOUS_HEADS)) + r")\s+(?:close\s+to|familiar\s+with|to|for|of|"
                          r"near|loyal\s+to)\s+(?:the\s+)?$")


# "An insider at the film's studio, Meridian Pictures, claimed": the name is an apposition to the
# place the anonymous source is at, not the speaker.
_ANON_APPOSED = re.compile(r"(?i)\b(?:a|an|one|another|two|three|several|some)\s+(?:[\w-]+\s+){0,2}?(?:"
                           + "|".join(sorted(ANONYMOUS_HEADS)) + r")\s+(?:at|in|inside|within|from|with|close\s+to|"
                           r"familiar\s+with|to|for|of|near)\s+[^.,;:“”\"]{1,40},\s*$")


def _role_then_name(cl: Any, m: Mention) -> Any:
    """"Kings coach Ann Lee said", "said Unite regional officer Ed Cole": the person after the role."""
    r = _ROLE_THEN.match(cl.an.text, m.end)
    if not r or r.group(1).split()[-1] not in _PERSON_OR_HEAD:
        return None
    for (s, e), c in cl.mention_cluster.items():
        if s == r.end() and c.kind == "person":
            return c
    return None


def _name_before_of(cl: Any, m: Mention) -> Any:
    """"Senator Ann Lee of Idaho said": the person the place after "of" belongs to."""
    text = cl.an.text
    b = re.search(r"\s+of\s+$", text[max(0, m.start - 8):m.start])
    if not b:
        return None
    end = max(0, m.start - 8) + b.start()
    for (s, e), c in cl.mention_cluster.items():
        if e == end and c.kind == "person":
            return c
    return None


def apply_evidence(cl: Any, speaker_mentions: list[Mention]) -> None:
    """Demote clusters with evidence against being a person (and none for it) to kind "other";
    move speaker mentions that landed on them to the person they belong to."""
    text = cl.an.text
    paras = [s for s, _ in cl.an.paragraphs] or [0]
    speaker_spans = {(m.start, m.end) for m in speaker_mentions if m.kind == "name"}
    for c in cl.clusters:
        names = [m for m in c.mentions if m.kind == "name" and not cl._in_headline(m)]
        if not names or c.kind not in ("person", "organization"):
            continue
        para = [max((p for p in paras if p <= m.start), default=0) for m in names]
        anti = [against(text, m.start, m.end, p) for m, p in zip(names, para)]
        dateline = any(m.start == p and m.text.isupper() and _DATELINE.match(text, m.start)
                       for m, p in zip(names, para))
        if dateline:
            c.kind = "other"
            continue
        typed = [t for t in (_ORG_APPOSITION.match(text, m.end) for m in names) if t]
        if typed:
            # (a noun before the name typed it already: "the folk duo Marrow Lane, the label said")
            cl.org_types = {c.id: typed[0].group(1).lower(), **cl.org_types}
        if c.kind == "person" and typed:
            c.kind = "organization"  # "Unite, the union representing cabin crew,"
        if c.kind == "person" and not any(supports(text, m.start, m.end) for m in names) and (
                len(c.words) <= 2 and any(_ORG_SHAPE.search(w) for w in c.words)):
            c.kind = "organization"  # "BaFin", "Nordbank", "PayPal"
        if c.kind != "person":
            continue
        pro = any(supports(text, m.start, m.end) or ((m.start, m.end) in speaker_spans and not a)
                  for m, a in zip(names, anti))
        # most of its mentions read as a place or thing ("Kell Film Festival" always does)
        if not pro and (c.words[-1].lower() in _VENUES and len(c.words) >= 2 or 2 * sum(anti) > len(anti) > 0):
            c.kind = "other"
    for m in speaker_mentions:
        c = cl.mention_cluster.get((m.start, m.end)) if m.kind == "name" else None
        lead = text[max(0, m.start - 80):m.start]
        if m.kind == "name" and (_ANON_BEFORE.search(lead) or _ANON_APPOSED.search(lead)):
            m.person, m.kind, m.speaker_kind = None, "other", "anonymous"  # "an aide to Kim said"
            continue
        if m.kind == "name" and c is not None and c.kind == "organization":
            target = _role_then_name(cl, m)
            if target is not None:
                m.person = target.id  # "said Unite regional officer Sharon Graham"
            continue
        if m.kind == "name" and (c is None or c.kind != "other"):
            continue
        if m.kind != "name" and (m.person or m.kind != "descriptor"):
            continue
        target = _appositive_name(cl, m) or (_name_before_of(cl, m) or _role_then_name(cl, m) if m.kind == "name" else None)
        if target is not None:
            if m.kind == "name":
                m.person = target.id
            else:
                cl._attach(target, m)
        elif m.kind == "name":
            m.person = None
            m.kind = "other"  # a place or thing in the speaker's slot: nobody identifiable


_PREPS_BEFORE = re.compile(r"\b(?:in|at|from|near|to|of|into|across|with|by|for|about|on)\s+(?:the\s+|a\s+)?$", re.I)


# A name after a preposition, maybe with a role noun between ("with host Tobias Wren", "to her
# manager, Al Cole"), or inside a whose-clause ("Ann Cole, whose son Al ...,"): not a clause's subject.
_OBLIQUE = re.compile(r"\b(?:[Ww]ith|to|by|for|from|about|against|alongside|beside|toward|towards|of)\s+"
                      r"((?:[a-z][\w-]*\s+){0,3}),?\s*$")
_WHOSE = re.compile(r",\s*whose\s+[^,;]*$")
_OBJ_DETS = {"the", "a", "an", "his", "her", "their", "its", "fellow", "former", "longtime"}


def oblique(an: Any, m: Mention) -> bool:
    """Is the mention a prepositional object or in a whose-clause of its sentence?"""
    s = an.sentences[m.sentence][0]
    before = an.text[max(s, m.start - 80):m.start]
    if _WHOSE.search(before):
        return True
    ob = _OBLIQUE.search(before)
    if not ob:
        return False
    words = ob.group(1).split()
    return not words or words[-1] in PERSON_NOUNS | HEAD_WORDS | ANONYMOUS_HEADS | _OBJ_DETS


def _possessive_at(text: str, end: int) -> bool:
    return text[end:end + 2] in ("’s", "'s") or text[end - 2:end] in ("’s", "'s")


# A descriptor opening a sentence with a name in apposition: "Their son, ", "The actor’s younger sister, ".
_APPOSED_SUBJECT = re.compile(r"\W*(?:The|His|Her|Their|Its|[A-Z][\w-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*,\s*$")


def subject_of(cl: Any, si: int) -> Any:
    """The person a sentence is about: its first person mention outside quotations that is not a
    possessive or a prepositional object ("Bell, 21, finished ..." -> Bell; "He said ..." -> his person)."""
    s, e = cl.an.sentences[si]
    text = cl.an.text
    quotes = cl._quote_ranges()
    first = None
    for x in sorted(cl.an.mentions, key=lambda x: x.start):
        if x.sentence != si or not x.person or cl._in_quote(x.start, quotes):
            continue
        if _possessive_at(text, x.end) or _PREPS_BEFORE.search(text[max(s, x.start - 12):x.start]):
            continue
        first = x
        break
    if first is not None and _APPOSED_SUBJECT.match(text, s, first.start) and text[first.end:first.end + 1] == ",":
        c = cl._by_id(first.person)  # "Their son, Daniel Reyes, shared ...": the name in apposition
        return c if c is not None and c.kind == "person" else None
    # a pronoun or a descriptor before it is the subject ("She thanked Jones ...", "The singer thanked Jones")
    toks = [t for t in cl.an.tokens(si) if not cl._in_quote(t.start, quotes) and (first is None or t.end <= first.start)]
    if toks and toks[0].lower in INTRO_WORDS:
        comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
        toks = toks[comma + 1:] if comma is not None else []
    for i, t in enumerate(toks):
        if t.lower in ("he", "she"):
            c = cl.resolve_pronoun(Mention(t.start, t.end, t.text, "pronoun", si))
            return c if c is not None and c.kind == "person" else None
        if t.lower in ("the", "a", "an", "his", "her", "their", "it", "they", "i", "we"):
            return None
    if first is None:
        return None
    c = cl._by_id(first.person)
    return c if c is not None and c.kind == "person" else None


def previous_subject(cl: Any, m: Mention, gender: str | None) -> Any:
    """For a definite descriptor ("the sophomore said"): the subject of the sentence before, when its
    gender does not clash and it is in the same paragraph (a new paragraph may change the topic)."""
    if m.text.split()[0].lower() not in ("the",):
        return None
    paras = cl.an.paragraphs
    para_of = lambda pos: max((i for i, (ps, _) in enumerate(paras) if ps <= pos), default=0)  # noqa: E731
    here = para_of(m.start)
    # a paragraph that opens with the quotation this descriptor closes ("“...,” the 41-year-old said.")
    # continues the paragraph before it: its last sentence's subject
    opens = paras and cl.an.text[paras[here][0]:paras[here][0] + 1] in "“\"" and here > 0 \
        and m.sentence == cl.an.sentence_at(paras[here][0]) and not cl._in_headline(Mention(*paras[here - 1], "", "name", 0))
    for si in range(m.sentence - 1, max(-1, m.sentence - 3), -1):
        s, e = cl.an.sentences[si]
        if cl.doc.in_boilerplate(s, e) or para_of(s) != here and not (opens and si == m.sentence - 1):
            return None
        c = subject_of(cl, si)
        if c is not None:
            head = _head(re.findall(r"[\w'’-]+", m.text))
            roles = roles_of(cl, c, defining=True)
            if head in _OCCUPATIONS and roles & _OCCUPATIONS and not any(head in r or r in head for r in roles):
                return None  # "Sam Ortiz, her manager, said ... The singer said": another role
            return c if gender is None or c.gender() in (gender, None) else None
    return None


# Jobs that tell two people apart ("the singer" is not "her manager"); ranks, positions and
# class years (guard, sophomore, veteran) are not.
_OCCUPATIONS = {"singer", "actor", "actress", "rapper", "musician", "manager", "lawyer", "attorney", "agent",
                "publicist", "producer", "director", "writer", "screenwriter", "designer", "model", "chef",
                "coach", "doctor", "judge", "prosecutor", "senator", "governor", "mayor", "minister", "spokesman",
                "spokeswoman", "spokesperson", "comedian", "host", "dancer", "photographer", "stylist",
                "trainer", "teacher", "professor", "analyst", "economist", "executive", "ceo", "founder"}


def roles_of(cl: Any, c: Any, defining: bool = False) -> set[str]:
    """Role nouns the article attaches to a person: before a name ("manager Sam Ortiz") or in apposition
    after it ("Sam Ortiz, her manager,").  ``defining``: only roles that say what the person is to
    someone ("her manager Sam Ortiz", an apposition), not a passing label ("fellow judge Reggie Lomax")."""
    text = cl.an.text
    out = set()
    for x in c.mentions:
        if x.kind != "name":
            continue
        before = re.findall(r"[\w’'-]+", text[max(0, x.start - 30):x.start])
        if before and before[-1].islower() and before[-1] in _PERSON_OR_HEAD and (
                not defining or len(before) >= 2 and (before[-2].lower() in ("his", "her", "their", "its")
                                                      or before[-2].endswith(("’s", "'s")))):
            out.add(before[-1])
        app = re.match(r",\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)\s*,", text[x.end:x.end + 60])
        if app and app.group(1) in _PERSON_OR_HEAD:
            out.add(app.group(1))
    return out


def apposition_gender(cl: Any) -> None:
    """"Her husband, former lineman Al Reyes," / "his wife, actress Jo Lee,": the gendered noun the
    name stands in apposition to votes for the name's gender."""
    from ..attribute.lexicon import FEMALE_NOUNS, MALE_NOUNS

    text = cl.an.text
    for c, x in person_names(cl):
        # (an abbreviated title between: "The Earl's younger son, the Hon. Felix Ashgrove,")
        mt = re.search(r"([\w-]+),\s+(?:[\w-]+\s+|[A-Z][a-z]{1,3}\.\s+){0,4}$", text[max(0, x.start - 60):x.start])
        if mt and mt.group(1).lower() in FEMALE_NOUNS:
            c.votes[1] += 3
        elif mt and mt.group(1).lower() in MALE_NOUNS:
            c.votes[0] += 3


_INDEFINITE = {"a", "an", "one", "another", "some", "several", "many", "two", "three"}


_MORE_PEOPLE = {"native", "resident", "graduate", "alum", "alumna", "alumnus", "rookie", "sophomore", "freshman",
                "junior", "newcomer", "hopeful", "mum", "nominee", "winner", "champion", "champ", "icon", "idol",
                "alum", "heartthrob", "bombshell", "beauty", "socialite", "royal", "scion", "hitmaker", "crooner"}


def _head(words: list[str]) -> str:
    for i, w in enumerate(words):
        if i and w.lower() in ("of", "for", "at", "in", "with", "from", "close", "who", "to", "familiar", "speaking"):
            return words[i - 1].lower()  # "the mom of two", "an aide to the senator"
    return words[-1].lower() if words else ""


def anonymous_descriptor(text: str) -> bool:
    """"A White House official", "an aide to the senator", "one insider": someone the article does not
    name, whatever organisation or person the phrase mentions."""
    words = re.findall(r"[\w'’-]+", text)
    return bool(words) and words[0].lower() in _INDEFINITE and _head(words) in ANONYMOUS_HEADS


# Function words the person-noun endings (-er, -or, -ian) would take for a head.
_NOT_HEADS = {"after", "under", "over", "other", "never", "whether", "together", "rather", "either", "neither",
              "however", "later", "ever", "for", "or", "nor", "per", "ago"}


def descriptor_can_be_named(text: str) -> bool:
    """Can the descriptor ``text`` stand for a person the article names?  Not an indefinite one ("a
    fan account", "one shipping agent": someone new) nor one about a named place or thing ("the
    Drammen plant")."""
    words = re.findall(r"[\w'’-]+", text)
    if not words or words[0].lower() in _INDEFINITE:
        return False
    head = _head(words)
    if head in _NOT_HEADS:
        return False  # "the UK after": a phrase cut at a function word, nobody's description
    person = head in PERSON_NOUNS or head in HEAD_WORDS or head in ANONYMOUS_HEADS or head in _MORE_PEOPLE or \
        re.search(r"(er|or|ist|ian|ee|ess|man|woman|person|star|year-old|more)$", head) is not None
    named = any(w[:1].isupper() for w in words[1:])
    return person or not named


def role_holder(cl: Any, m: Mention) -> Any:
    """"the guard said" after "guard Tariq Bell" or "Bell, a sophomore guard,": the one person the
    article gives that role noun to (in front of the name or in apposition after it)."""
    words = re.findall(r"[\w'’-]+", m.text)
    if not words or words[0].lower() != "the":
        return None
    head = _head(words)
    if head in ("man", "woman", "person", "star", "singer", "official") or len(head) < 3:
        return None  # too common to single anyone out
    text = cl.an.text

    def holds(x: Mention) -> bool:
        # (the name's own leading words too: "Aide Rosa Linde" opening a sentence)
        own = [w for w in x.text.lower().split()[:-1] if w in PERSON_NOUNS | HEAD_WORDS | ANONYMOUS_HEADS]
        before = re.findall(r"[\w-]+", text[max(0, x.start - 30):x.start].lower())[-3:] + own
        after = re.match(r",\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*[,.]", text[x.end:x.end + 60])
        return head in before or bool(after and head in after.group(1).lower().split())

    return sole_person(cl, m.start, holds)


def it_antecedent(cl: Any, m: Mention) -> Any:
    """"BaFin said ... It said ...": with no organisation named nearby, the subject of this or the
    previous sentence, a one-word name nothing marks as a person (no gender, title or role), is the
    organisation "it" speaks for; the cluster becomes one."""
    text = cl.an.text
    for si in (m.sentence, m.sentence - 1):
        if si < 0:
            continue
        c = subject_of(cl, si)
        if c is None or c.gender() is not None or len(c.words) > 1 or c.words[0] in name_genders():
            continue
        if any(supports(text, x.start, x.end) for x in c.mentions if x.kind == "name"):
            continue
        if si == m.sentence and not any(x.end <= m.start for x in c.mentions if x.sentence == si):
            continue
        c.kind = "organization"
        return c
    return None
