"""What a descriptor speaker says about the person it stands for: gender, age, youth, anonymity.

* **Gender**: the lexicon's gendered nouns plus news English's gendered epithets ("the blonde
  beauty", "the mother-of-two", "the groom").
* **Age**: "the 41-year-old" is the one person the article gives that age ("Ann Lee, 41,",
  "his son, Tom, 41,", "41-year-old Ann Lee", "Ann Lee died ... aged 41", "Lee ... She was 41."),
  and never someone given another age.
* **Youth**: "the teen", "the youngster" is a person introduced as someone's son or daughter
  or with an age under 20, never one introduced as a parent.
* **Anonymity**: "the onlooker", "the pal", "the insider" stay anonymous unless the article
  introduced a named person with that noun ("aide Rosa Linde ... the aide said").
* **Groups**: "Transit advocates" are people, not the Transit Authority.
* **A named body's role**: "The Fenwick boss said" is the one person the article introduces with
  that name before or beside theirs ("Fenwick manager Gary Holt", "Holt, the Fenwick
  manager,"), whatever the role noun.
* **An office**: "the mayor said" is the one person the article gives that office ("Mayor Tom
  Reilly", "Reilly, the city's mayor,", "Reilly, mayor of Harwick,"), and never someone it
  introduced only as something else ("Jane Ortiz, a local teacher,"); "A county judge" opening an
  article is the judge the next two sentences name.
* **Kin of someone**: "The son of a 74-year-old woman who waited ... says" is the one person the
  article introduces as a son ("Her son, Aidan Quill,"), however late; the age is the woman's.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribute.analysis import Mention
from ..attribute.lexicon import ANONYMOUS_HEADS, FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS
from .evidence import person_names, sole_person, subject_of

FEMALE = FEMALE_NOUNS | {
    "beauty", "blonde", "brunette", "redhead", "bride", "ballerina", "grandma", "granny", "stepmother",
    "stepdaughter", "granddaughter", "sportswoman", "policewoman", "heroine", "duchess", "countess", "empress",
    "landlady", "lass", "schoolgirl", "mum", "mummy", "madam", "matriarch", "sister-in-law", "mother-in-law",
    "daughter-in-law", "comedienne", "goddess", "businesswoman", "frontwoman", "weathergirl", "it-girl"}
MALE = MALE_NOUNS | {
    "groom", "bridegroom", "grandpa", "stepfather", "stepson", "grandson", "sportsman", "policeman", "frontman",
    "lad", "schoolboy", "hunk", "duke", "emperor", "bloke", "gent", "patriarch", "brother-in-law",
    "father-in-law", "son-in-law", "heartthrob", "weatherman", "fireman", "fisherman"}
# Nouns for a young person and for a parent (a teen is not the mother beside them).
YOUNG = {"teen", "teenager", "youngster", "kid", "child", "schoolboy", "schoolgirl", "boy", "girl", "tot",
         "toddler", "youth", "adolescent", "minor"}
CHILD_KIN = {"son", "daughter", "stepson", "stepdaughter", "child", "kid", "grandson", "granddaughter",
             "teen", "teenage", "teenager", "boy", "girl"}
PARENT_KIN = {"mother", "father", "mom", "mum", "dad", "stepmother", "stepfather", "parent", "grandmother",
              "grandfather", "mama", "papa"}
# Heads that name an unnamed witness or source: anonymous even with "the".
ANONYMOUS = ANONYMOUS_HEADS | {"bystander", "passerby", "passer-by", "tipster", "confidante", "spectator",
                               "partygoer", "diner", "shopper", "clubber", "reveller", "onlooker", "pal",
                               "guest", "attendee", "wedding-goer", "concertgoer", "festivalgoer", "patron"}

_AGE_WORD = re.compile(r"\b(\d{1,3})-year-old\b")
_AGE_AFTER = re.compile(r"\s*(?:,\s*(?:aged\s+|now\s+|who\s+is\s+)?(\d{1,3})\s*(?=[,.;)])|\((\d{1,3})\))")


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'’-]+", text)]


def noun_gender(text: str) -> str | None:
    """"the Scottish actor" -> male, "the blonde beauty" -> female, "the mother-of-two" -> female."""
    for w in _words(text):
        for part in (w, w.split("-")[0]):
            if part in FEMALE:
                return "female"
            if part in MALE:
                return "male"
    return None


def descriptor_age(text: str) -> int | None:
    m = _AGE_WORD.search(text)
    return int(m.group(1)) if m else None


KIN = CHILD_KIN | PARENT_KIN | {"sister", "brother", "wife", "husband", "widow", "widower", "partner", "fiance",
                                "fiancee", "fiancé", "fiancée", "niece", "nephew", "cousin", "aunt", "uncle",
                                "grandmother", "grandfather", "stepbrother", "stepsister", "twin"}
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|my|our)\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(KIN)) + r")\s*,?\s*$")
_DIED_AT = re.compile(r"\bdied\b[^.;]{0,80}?\b(?:aged|at(?:\s+the\s+age\s+of)?)\s+(\d{1,3})\b")
_WAS_AGE = re.compile(r"\s*(?:He|She)\s+was\s+(\d{1,3})\s*\.")


_ROLE_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]+) $")
_MORE_ROLES = {"member", "vocalist", "guitarist", "drummer", "bassist", "idol", "trainee", "frontwoman", "frontman"}


def introduced_person(text: str, start: int, end: int) -> bool:
    """A one-word name the article introduces as a person: an age after it ("Tomas, 49,"), a
    kinship noun before it ("his son, Tomas", "her sister Ruth") or a role noun ("member Haneul")."""
    role = _ROLE_BEFORE.search(text, max(0, start - 20), start)
    return bool(_AGE_AFTER.match(text, end)) or bool(_KIN_BEFORE.search(text[max(0, start - 40):start])) \
        or bool(role and (role.group(1) in PERSON_NOUNS or role.group(1) in _MORE_ROLES))


def stated_ages(cl: Any) -> dict[str, set[int]]:
    """Ages the article gives each person: "Ann Lee, 41,", "Lee (41)", "41-year-old Ann Lee",
    "Lee died on Sunday, aged 41", and "She was 41." after a sentence about her (computed once:
    names are all clustered when descriptors are resolved)."""
    if cl._stated_ages is not None:
        return cl._stated_ages
    text = cl.an.text
    out: dict[str, set[int]] = {}
    cl._stated_ages = out
    for c, x in person_names(cl):
        after = _AGE_AFTER.match(text, x.end)
        before = re.search(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}$", text[max(0, x.start - 50):x.start])
        died = _DIED_AT.search(text, x.end, cl.an.sentences[x.sentence][1])
        for found in (after and (after.group(1) or after.group(2)), before and before.group(1),
                      died and died.group(1)):
            if found:
                out.setdefault(c.id, set()).add(int(found))
    for si in range(1, len(cl.an.sentences)):
        was = _WAS_AGE.match(text, cl.an.sentences[si][0])
        if was:  # "Harold Brenner died on Sunday. He was 81."
            c = subject_of(cl, si - 1)
            if c is not None:
                out.setdefault(c.id, set()).add(int(was.group(1)))
    return out


def _introduced_as(cl: Any, c: Any) -> set[str]:
    """Lower-case words just before the person's names ("her son Jesse Dunn" -> {"her", "son"})."""
    text = cl.an.text
    words: set[str] = set()
    for x in c.mentions:
        if x.kind == "name":
            s = max(x.start - 25, cl.an.sentences[x.sentence][0])
            words |= set(re.findall(r"[\w-]+", text[s:x.start].lower())[-2:])
            app = re.match(r",\s+(?:a|an|the|his|her|their)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s*[,.]", text[x.end:x.end + 50])
            if app:
                words |= set(app.group(1).lower().split())
    return words


def age_holder(cl: Any, m: Mention) -> tuple[bool, Any]:
    """``(the descriptor gives an age, the one person of that age or None)``."""
    age = descriptor_age(m.text)
    if age is None:
        return False, None
    ages = stated_ages(cl)
    hit = [c for c in cl.clusters if age in ages.get(c.id, ())]
    return True, hit[0] if len(hit) == 1 else None


def age_clash(cl: Any, m: Mention, c: Any) -> bool:
    """The descriptor gives an age and the article gives ``c`` only other ages."""
    age = descriptor_age(m.text)
    known = stated_ages(cl).get(c.id) if age is not None else None
    return bool(known) and age not in known


def young_clash(cl: Any, m: Mention, c: Any) -> bool:
    """"the teen" is not someone introduced as a parent or given an adult age."""
    if not set(_words(m.text)) & YOUNG:
        return False
    ages = stated_ages(cl).get(c.id, set())
    return bool(_introduced_as(cl, c) & PARENT_KIN) or any(a >= 20 for a in ages)


def young_person(cl: Any, m: Mention) -> Any:
    """"the teen added": the one person introduced as someone's child or given an age under 20."""
    if not set(_words(m.text)) & YOUNG:
        return None
    ages = stated_ages(cl)
    hit = [c for c in cl.clusters if c.kind == "person" and (
        _introduced_as(cl, c) & CHILD_KIN or any(a < 20 for a in ages.get(c.id, ())))
        and any(x.start < m.start for x in c.mentions)]
    return hit[0] if len(hit) == 1 else None


def plural_head(text: str) -> bool:
    """"analysts", "Republican leaders", "some experts": a group, not one resolvable person."""
    words = text.split()
    head = words[-1].lower() if words else ""
    first = words[0].lower() if words else ""
    return (head.endswith("s") and not head.endswith(("ss", "us", "is")) and head not in PERSON_NOUNS) or \
        first in ("some", "many", "several", "two", "three", "four", "both", "most", "other")


def definite_anonymous(text: str) -> bool:
    """"the onlooker", "the pal", "the insider": a definite descriptor whose head names an unnamed source."""
    words = _words(text)
    return len(words) >= 2 and words[0] == "the" and words[-1] in ANONYMOUS


GROUP_NOUNS = {"advocates", "campaigners", "activists", "residents", "voters", "critics", "supporters", "opponents",
               "fans", "workers", "members", "lawmakers", "analysts", "experts", "economists", "parents", "teachers",
               "students", "protesters", "protestors", "commuters", "passengers", "riders", "neighbours", "neighbors",
               "shoppers", "customers", "users", "families", "veterans", "doctors", "nurses", "farmers", "investors"}


def group_after(text: str, end: int) -> bool:
    """"Transit advocates warned": a capitalised modifier (the mention) before a plural group noun."""
    nxt = re.match(r" ([a-z]+)\b", text[end:end + 30])
    return bool(nxt) and nxt.group(1) in GROUP_NOUNS


def group_tail(text: str) -> bool:
    """"Transit advocates", "Labour voters": capitalised modifiers before a plural group noun."""
    words = text.split()
    return len(words) >= 2 and words[-1] in GROUP_NOUNS and all(w[:1].isupper() for w in words[:-1])


_KIN_OF = re.compile(r"(?i)^the\s+(?:[a-z-]+\s+)?(" + "|".join(sorted(KIN, key=len, reverse=True)) + r")\s+of\b(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)")


def kin_of(cl: Any, m: Mention) -> tuple[bool, Any]:
    """``(the descriptor is "the <kin> of ...", the one person introduced with that kin noun or None)``;
    "the mother of two" counts children, it names no one's mother."""
    hit = _KIN_OF.match(m.text)
    if not hit:
        return False, None
    kin = hit.group(1).lower()
    found = [c for c in cl.clusters if c.kind == "person" and kin in _introduced_as(cl, c)]
    return True, found[0] if len(found) == 1 else None


# Public offices and posts: a definite "the <office>" names the holder of a post, not whoever was
# named last (celebrity epithets such as "the singer" are left to the other tests).
OFFICES = {"mayor", "governor", "senator", "congressman", "congresswoman", "councillor", "councilor",
           "councilman", "councilwoman", "alderman", "minister", "judge", "sheriff", "prosecutor",
           "commissioner", "superintendent", "chancellor", "premier", "coroner", "magistrate", "ombudsman",
           "treasurer", "headteacher", "headmaster", "headmistress", "principal", "mp", "lawmaker"}


_OFFICE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "cllr": "councillor"}
_APPOSITION = re.compile(r",\s+([^,.;:“”\"]{1,60})[,.;]")


def stated_roles(cl: Any, c: Any) -> set[str]:
    """The role words the article gives a person at their names: the title just before or inside a
    name and the head of an apposition after it ("the city's mayor", "mayor of Harwick", "a local
    teacher"; not "who advises the mayor")."""
    text, titles, roles = cl.an.text, set(), set()
    for x in c.mentions:
        if x.kind != "name":
            continue
        titles.update(_words(text[max(cl.an.sentences[x.sentence][0], x.start - 30):x.start])[-1:])
        titles.update(_words(x.text)[:-1])
        app = _APPOSITION.match(text, x.end)
        words = _words(app.group(1)) if app else []
        cut = next((i for i, w in enumerate(words) if w in ("of", "for", "at", "in")), len(words))
        if cut and (words[0] in ("a", "an", "the", "his", "her", "their", "its") or words[0].endswith(("'s", "’s"))
                    or cut < len(words)) and words[cut - 1].isalpha():
            roles.add(words[cut - 1])
    titles = {_OFFICE_ABBREVIATIONS.get(w.rstrip("."), w) for w in titles}
    return roles | (titles & (PERSON_NOUNS | OFFICES))


def office_of(m: Mention) -> str | None:
    """"the mayor" -> "mayor": the public office a definite descriptor names, if any."""
    words = _words(m.text)
    return words[-1] if len(words) >= 2 and words[0] == "the" and words[-1] in OFFICES else None


def office_clash(cl: Any, m: Mention, c: Any) -> bool:
    """"the mayor" is not someone the article introduced only as something else ("Jane Ortiz, a
    local teacher,")."""
    office = office_of(m)
    if office is None:
        return False
    roles = stated_roles(cl, c)
    return bool(roles) and office not in roles


def named_next(cl: Any, m: Mention) -> Any:
    """"A county judge on Tuesday struck down the ban, ruling that ... . In a 34-page opinion, Judge
    Miriam Castell wrote ...": an indefinite office in an article's lead is the one person the next
    two sentences name with that office."""
    words = _words(m.text)
    if len(words) < 2 or words[0] not in ("a", "an") or words[-1] not in OFFICES:
        return None
    if any(x.kind == "name" and x.start < m.start and not cl._in_headline(x)
           for c in cl.clusters if c.kind == "person" for x in c.mentions):
        return None  # (only an opening: later, "a judge" is someone new)
    found = [c for c in cl.clusters if c.kind == "person" and words[-1] in stated_roles(cl, c)
             and any(x.kind == "name" and m.sentence < x.sentence <= m.sentence + 2 for x in c.mentions)]
    return found[0] if len(found) == 1 else None


def office_holders(cl: Any, m: Mention) -> list[Any] | None:
    """For "the mayor said": the people the article gives that office ("Mayor Tom Reilly", "Harwick
    mayor Tom Reilly", "Reilly, the city's mayor,", "Reilly, mayor of Harwick,"); None when the
    descriptor names no office."""
    office = office_of(m)
    if office is None:
        return None
    return [c for c in cl.clusters if c.kind == "person" and office in stated_roles(cl, c)]


_BODY_ROLE = re.compile(r"^[Tt]he\s+((?:[A-Z][\w-]*\s+){1,3})([a-z][a-z-]+)$")


def body_role_holder(cl: Any, m: Mention) -> tuple[bool, Any]:
    """``(the descriptor is "the <Name> <role>", the one person introduced with that name or None)``."""
    hit = _BODY_ROLE.match(m.text.strip())
    if not hit or hit.group(2).startswith("spokes") or hit.group(2) in GROUP_NOUNS:
        return False, None
    mods = r"\s+".join(re.escape(w) for w in hit.group(1).split())
    before = re.compile(r"\b" + mods + r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,2}$")  # (role words: not "from X Athletic to")
    after = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?" + mods + r"(?:['’]s)?\s+[a-z]")
    text = cl.an.text
    def apposed(x: Mention) -> bool:
        hit = after.match(text, x.end)  # (not the descriptor itself: "aimed at Okoro, the Fenwick boss said")
        return bool(hit) and not x.end <= m.start < hit.end()

    return True, sole_person(cl, m.start, lambda x: bool(
        before.search(text[max(cl.an.sentences[x.sentence][0], x.start - 60):x.start]) or apposed(x)))
