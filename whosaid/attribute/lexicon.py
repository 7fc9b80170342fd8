"""Word lists attribution relies on: cue forms, pronouns, titles, role nouns.

The cue lexicon has two parts: a short hand-written list of clause-taking speech and
cognition verbs (their inflections are generated), and the cue rates measured on PolNeAR
train (``data/cues.json``, built by ``python -m whosaid.attribute.learn``): a word form
becomes a cue when at least ``CUE_RATE`` of its occurrences there are annotated cues.
"""

from __future__ import annotations

import functools
import json
import re
import pathlib

DATA_DIR = pathlib.Path(__file__).parent / "data"

# Threshold and minimum count for learned cue forms (selected on PolNeAR dev).
CUE_RATE = 0.6
CUE_MIN = 4
# Inflected verb forms (-ed, -s, -ing) pass at a lower rate: their noun and adjective readings
# are what keeps other forms' rates low.
BAND_RATE = 0.4
BAND_MIN = 2
_VERB_FORM = re.compile(r"[a-z]+(?:[^aeiou]ed|[^s']s|ing)")

# Verbs whose complement is what was said or thought (verb stem: irregular forms listed too).
_SPEECH = {
    "say": ["says", "said", "saying"], "tell": ["tells", "told", "telling"],
    "claim": [], "add": [], "note": [], "argue": [], "insist": [], "admit": [], "deny": ["denies", "denied", "denying"],
    "write": ["writes", "wrote", "writing", "written"], "reveal": [], "explain": [], "state": [],
    "suggest": [], "warn": [], "believe": [], "think": ["thinks", "thought", "thinking"], "post": [],
    "tweet": [], "announce": [], "declare": [], "confirm": [], "report": [], "acknowledge": [],
    "assert": [], "contend": [], "maintain": [], "predict": [], "promise": [], "vow": [], "recall": [],
    "remark": [], "reply": ["replies", "replied", "replying"], "respond": [], "continue": [], "complain": [],
    "joke": [], "concede": [], "stress": [], "emphasize": [], "observe": [], "point": [], "allege": [],
    "estimate": [], "fear": [], "hope": [], "feel": ["feels", "felt", "feeling"], "know": ["knows", "knew", "known"],
    "agree": [], "predict ": [], "testify": ["testifies", "testified", "testifying"], "ask": [],
    "share": [], "gush": [], "show": ["shows", "showed", "showing", "shown"], "find": ["finds", "found"], "admit ": [], "explain ": [], "muse": [], "quip": ["quips", "quipped", "quipping"], "recount": [], "urge": [], "chime": [], "protest": [],
    "captioned": ["captioning"],  # the verb only: "the caption read" is a noun
}
# Verbs that only count as cues before a that-clause or a quotation (they also take plain objects).
WEAK = {"protest", "protests", "protested", "protesting", "add", "adds", "adding", "find", "finding", "showing", "shown", "maintain", "maintains", "maintained", "show", "shows", "showed", "found", "finds",
        "share", "shared", "shares", "sharing", "know", "knows", "knew", "feel", "feels", "felt", "continue",
        "continued", "continues", "point", "pointed", "points", "hope", "hopes", "hoped", "fear", "fears",
        "feared", "ask", "asked", "asks", "report", "reported", "reports", "post", "posted", "posts",
        "think", "thinks", "thought", "called", "calling", "calls", "call"}
# Cue forms that take a person object before the content: "told reporters that ...".
OBJECT_FIRST = {"told", "tells", "tell", "telling", "asked", "asks", "warned", "warns", "reminded", "assured",
                "urged", "informed", "promised", "wrote", "writes", "urging", "asking", "warning", "urges"}
PARTICLES = {"out", "up", "to", "for", "on", "back"}


def _inflect(stem: str) -> set[str]:
    stem = stem.strip()
    forms = {stem}
    if stem.endswith("e"):
        forms |= {stem + "s", stem + "d", stem[:-1] + "ing"}
    elif stem.endswith(("sh", "ch", "ss", "x")):
        forms |= {stem + "es", stem + "ed", stem + "ing"}
    elif stem.endswith("y") and stem[-2] not in "aeiou":
        forms |= {stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"}
    else:
        forms |= {stem + "s", stem + "ed", stem + "ing"}
        if re.fullmatch(r".*[^aeiou][aeiou][pt]", stem) and len(stem) <= 5:
            forms |= {stem + stem[-1] + "ed", stem + stem[-1] + "ing"}  # quipped, admitted
    return forms


@functools.lru_cache(maxsize=1)
def cue_forms() -> frozenset[str]:
    """Every lower-cased word form that can be an attribution cue."""
    forms: set[str] = set()
    for stem, irregular in _SPEECH.items():
        forms |= ({stem.strip()} | set(irregular)) if irregular else _inflect(stem)
    try:
        table = json.loads((DATA_DIR / "cues.json").read_text(encoding="utf-8"))
    except OSError:  # tables missing: hand list only
        table = {}
    for word, (cue, total) in table.items():
        if cue >= CUE_MIN and cue / total >= CUE_RATE and word not in _NOT_CUES:
            forms.add(word)
        elif cue >= BAND_MIN and cue / total >= BAND_RATE and _VERB_FORM.fullmatch(word) and word not in _NOT_CUES:
            forms.add(word)  # a lower rate is enough for inflected verbs ("attacked", "urging")
    return frozenset(forms - _NOT_CUES)


# Forms that are cues only right before "that" ("The agency expects that ..."), from
# ``data/that_cues.json``: rate and minimum count (selected on PolNeAR dev).
THAT_RATE = 0.6
THAT_MIN = 3


@functools.lru_cache(maxsize=1)
def that_cue_forms() -> frozenset[str]:
    """Lower-case forms that head a cue when the next word is "that" (learned on PolNeAR train)."""
    try:
        table = json.loads((DATA_DIR / "that_cues.json").read_text(encoding="utf-8"))
    except OSError:
        return frozenset()
    return frozenset(w for w, (cue, total) in table.items()
                     if cue >= THAT_MIN and cue / total >= THAT_RATE and w.isalpha()
                     and not w.endswith("ly") and w not in _NOT_CUES and w not in TIME_WORDS and w not in PARTICLES)


# Words that sit inside annotated cue spans but never head one.
_NOT_CUES = {"according", "to", "that", "has", "have", "had", "was", "were", "is", "are", "be", "been", "by",
             "in", "a", "an", "the", "also", "not", "of", "on", "for", "it", "as", "and", "will", "would",
             "could", "can", "did", "does", "do", "out", "up", "with", "who", "which", "he", "she", "they",
             "said:", "statement", "interview", "reporters", "—", "―", "says:", "quoted", "quote", "per",
             "reportedly", "derisively", "explicitly", "implicitly", "pointedly", "eager", "assumption",
             "impassioned", "state", "states", "known", "titled", "dubbed", "labeled", "expected", "expecting",
             "seemed", "convinced", "angered", "lays", "finds", "seeks", "prefers", "regarded", "listed",
             "restricting", "singled", "brushed", "pivoted", "sided", "sparred", "invoked", "ordered",
             "distanced", "considers", "eager", "reports",
             "post", "posts", "report", "point", "points", "share", "shares", "note", "notes", "state"}


@functools.lru_cache(maxsize=1)
def name_genders() -> dict[str, str]:
    """First name -> "male"/"female" from PolNeAR train coreference (``data/names_gender.json``)."""
    try:
        table = json.loads((DATA_DIR / "names_gender.json").read_text(encoding="utf-8"))
    except OSError:
        return {}
    return {n: ("male" if m > f else "female") for n, (m, f) in table.items()}


PRONOUN_GENDER = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "who"}
RELATIVE_PRONOUNS = {"which"}
PERSON_PRONOUNS = {"he", "she", "i", "we", "who", "you"}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
               "those", "one", "some", "many", "several", "two", "three", "four", "other", "another", "both",
               "most", "few", "no", "any", "each", "every", "all"}
INDEFINITE = {"a", "an", "one", "some", "several", "two", "three", "four", "many", "other", "another",
              "few", "most", "any"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
          "president", "gen", "general", "secretary", "judge", "justice", "mayor", "prof", "professor",
          "rev", "sir", "dame", "lord", "lady", "prince", "princess", "king", "queen", "pope", "chancellor",
          "minister", "speaker", "chairman", "chairwoman", "lt", "col", "sgt", "capt", "det", "officer",
          "attorney", "candidate", "nominee", "vice", "former", "first", "coach", "agent", "sheriff",
          "commissioner", "director", "ceo", "chief", "chef", "pastor", "father", "sister", "brother", "uncle",
          "aunt", "dj", "mc", "sheikh", "rabbi", "imam", "bishop", "cardinal", "ambassador", "premier",
          # British police and council ranks before a surname ("DCI Kane", "Supt Reid", "Cllr Prys")
          "dci", "pc", "insp", "inspector", "supt", "superintendent", "cllr", "constable",
          "sergeant", "detective"}
FEMALE_TITLES = {"mrs", "ms", "miss", "lady", "dame", "princess", "queen", "chairwoman"}
MALE_TITLES = {"mr", "sir", "lord", "prince", "king", "chairman"}
# Heads of descriptors that speak without a name.
ANONYMOUS_HEADS = {"source", "sources", "insider", "insiders", "official", "officials", "person", "people",
                   "friend", "friends", "aide", "aides", "witness", "witnesses", "observer", "observers",
                   "confidant", "pal", "pals", "eyewitness", "onlooker", "staffer", "staffers", "member",
                   "members", "someone", "acquaintance", "neighbor", "neighbour", "relative", "relatives"}
ORG_HEADS = {"company", "campaign", "department", "committee", "government", "administration", "agency",
             "group", "organization", "organisation", "firm", "network", "newspaper", "magazine", "outlet",
             "report", "study", "poll", "survey", "ministry", "office", "party", "court", "council",
             "spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "representatives",
             "rep", "statement", "team", "board", "union", "police", "university", "website", "site", "label",
             "studio", "publication", "paper", "station", "channel", "show", "band", "club", "league",
             "commission", "bureau", "service", "center", "centre", "institute", "foundation", "association",
             "coalition", "authorities", "authority", "state", "city", "county", "country", "nation",
             "white", "house", "senate", "congress", "pentagon", "kremlin", "data", "analysis", "research",
             "figures", "numbers", "records", "documents", "memo", "letter", "filing", "lawsuit"}
ORG_NAME_WORDS = {"chamber", "authority", "alliance", "federation",
                  "inc", "corp", "co", "llc", "ltd", "party", "committee", "campaign", "times", "post", "news",
                  "journal", "university", "college", "department", "house", "council", "court", "administration",
                  "agency", "association", "institute", "foundation", "network", "magazine", "weekly", "daily",
                  "press", "tribune", "herald", "gazette", "group", "center", "centre", "bank", "fund",
                  "commission", "office", "ministry", "union", "league", "club", "records", "entertainment",
                  "pictures", "studios", "media", "company", "corporation", "politico", "reuters", "cnn", "fox",
                  "abc", "cbs", "nbc", "msnbc", "bbc", "itv", "tmz", "fbi", "cia", "nasa", "gop", "dnc", "rnc",
                  "congress", "senate", "pentagon", "republicans", "democrats", "polls", "poll", "survey",
                  "twitter", "facebook", "instagram", "google", "apple", "amazon", "microsoft", "police",
                  "politifact", "breitbart", "authority", "board", "agency", "transit", "airlines", "motors",
                  "systems", "technologies", "partners", "holdings", "capital", "ventures", "labs", "trust",
                  "school", "hospital", "church", "army", "navy", "force", "guard", "police", "sheriff's",
                  "foods", "industries", "brands", "energy", "pharmaceuticals", "airways", "insurance", "bancorp",
                  "coalition", "alliance", "federation", "institute", "museum", "festival", "orchestra", "rovers",
                  "united", "fc", "kings", "city", "ministry", "parliament", "assembly", "senate"}
FEMALE_NOUNS = {"actress", "woman", "women", "mother", "mom", "mum", "wife", "sister", "daughter", "girlfriend",
                "queen", "princess", "lady", "businesswoman", "spokeswoman", "congresswoman", "chairwoman",
                "grandmother", "aunt", "niece", "singer-songwriter-actress", "starlet", "songstress", "girl",
                "heiress", "fiancee", "fiancée", "widow", "ex-wife", "mama", "diva", "waitress", "hostess"}
MALE_NOUNS = {"actor", "man", "men", "father", "dad", "husband", "brother", "son", "boyfriend", "king", "prince",
              "businessman", "spokesman", "congressman", "chairman", "grandfather", "uncle", "nephew", "boy",
              "fiance", "fiancé", "widower", "ex-husband", "papa", "guy", "gentleman"}
# Nouns heading a descriptor that can stand for a named person ("the 41-year-old singer").
PERSON_NOUNS = FEMALE_NOUNS | MALE_NOUNS | {
    "singer", "star", "rapper", "musician", "sensation", "artist", "performer", "celebrity", "host", "comedian",
    "sheriff", "coroner", "commissioner", "inspector", "superintendent", "constable", "detective",
    "model", "designer", "director", "producer", "writer", "author", "player", "athlete", "quarterback",
    "president", "candidate", "nominee", "senator", "governor", "mayor", "secretary", "leader", "chief",
    "founder", "ceo", "executive", "billionaire", "mogul", "politician", "lawmaker", "congressman",
    "official", "minister", "chancellor", "premier", "judge", "lawyer", "attorney", "doctor", "coach",
    "manager", "parent", "child", "teen", "teenager", "kid", "star's", "icon", "legend", "hitmaker",
    "personality", "influencer", "creator", "entertainer", "dancer", "reality", "veteran", "frontrunner",
    "front-runner", "contender", "challenger", "incumbent", "speaker", "republican", "democrat", "businessman",
    "tycoon", "entrepreneur", "investor", "critic", "activist", "professor", "scientist", "expert", "analyst",
    "economist", "strategist", "adviser", "advisor", "spokesperson", "person", "friend", "pop", "rocker",
    "diva", "songwriter", "filmmaker", "starlet", "sibling", "cousin", "heir", "royal", "duke", "duchess",
    "winner", "beauty", "native", "sophomore", "freshman", "junior", "rookie", "captain", "striker",
    "forward", "guard", "pitcher", "prosecutor", "mayor", "nominee", "hopeful", "newcomer", "alum",
    "member", "bandmate", "castmate", "co-star", "costar", "teammate", "colleague", "classmate", "neighbour",
    "neighbor", "fan", "superfan",
}
SKIP_BEFORE_CUE = {"also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can",
                   "may", "might", "should", "later", "then", "again", "previously", "recently", "earlier",
                   "once", "already", "repeatedly", "reportedly", "never", "not", "just", "even", "often",
                   "had", "has", "allegedly", "apparently", "publicly", "privately", "first", "last", "since",
                   "n't", "did", "does", "do", "been", "being", "quickly", "still", "finally", "simply",
                   "went", "on", "to", "go", "goes", "going", "gone", "once", "both", "all", "initially",
                   "seemingly", "famously", "openly", "angrily", "proudly", "tearfully", "reportedly", "jokingly",
                   "together", "jointly", "happily", "candidly", "emotionally", "frequently", "flatly", "subsequently",
                   "always", "long", "ever", "now", "sometimes", "usually", "soon"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
              "yesterday", "tonight", "recently", "earlier", "later", "last", "this", "next", "week", "month",
              "year", "morning", "afternoon", "evening", "night", "weekend", "on", "in", "at", "during"}
FUNCTION_CAPS = {"the", "a", "an", "but", "and", "or", "so", "if", "as", "in", "on", "at", "to", "for", "of",
                 "with", "by", "from", "when", "while", "after", "before", "since", "because", "although",
                 "though", "yet", "still", "then", "there", "here", "this", "that", "these", "those", "it",
                 "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
                 "what", "who", "why", "how", "where", "which", "meanwhile", "however", "also", "even", "now",
                 "last", "next", "first", "according", "related", "photo", "image", "no", "not", "yes",
                 "said", "says", "asked", "told", "added", "some", "many", "most", "all", "both", "each",
                 "every", "one", "two", "three", "mr.", "mrs.", "ms.", "dr.", "is", "are", "was", "were",
                 "will", "would", "can", "could", "should", "may", "might", "do", "does", "did", "has",
                 "have", "had", "let", "like", "just", "only", "well", "oh", "wow", "okay", "ok", "please",
                 "thank", "thanks", "sorry", "monday", "tuesday", "wednesday", "thursday", "friday",
                 "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
                 "august", "september", "october", "november", "december", "instead", "despite", "amid",
                 "over", "under", "about", "into", "through", "against", "between", "without", "within",
                 "upon", "whether", "unless", "until", "once", "part", "reactions", "perhaps", "especially",
                 "of", "either", "neither", "nor", "much", "such", "few", "together", "another", "other", "during", "following", "throughout", "toward", "towards",
                 "across", "around", "behind", "beyond", "near", "except", "among", "unlike", "via", "per", "again", "indeed", "sure", "hey", "hi", "dear", "happy"}
