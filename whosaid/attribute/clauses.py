"""Where a reported clause starts and ends, and whether what follows a cue is a clause at all.

``ClauseMixin`` holds the boundary tests ``indirect.IndirectMixin`` (and through it the attributor
of ``core.py``) applies to a sentence frame: the end of a clause (``_content_end``), of a noun-phrase
object (``_object_end``), mixed quotes inside it (``_quoted``), bare clauses after thinking verbs,
openers and asides that report nothing, pleas and connectives.
"""

from __future__ import annotations

import re

from . import mentions as M
from .lexicon import DETERMINERS, TIME_WORDS
from .patterns import _CLAUSE_PUNCT, _PREP_START, _VERBISH, is_label, is_single_name, is_title_case
from .text import Token


# Prepositions proper (after one, a determiner belongs to the prepositional phrase).
_PREPOSITIONS = {"of", "for", "at", "in", "on", "with", "from", "to", "by", "about", "during", "after", "before",
                 "over", "under", "into", "through", "via", "outside", "inside", "near", "behind", "across"}

# Words opening a dependent clause: a comma inside such content does not end it ("if elected, he would").
# Irregular past tenses: a noun phrase followed by one is a clause ("the effect held").
_IRREGULAR_PAST = {"held", "found", "made", "took", "gave", "went", "came", "kept", "left", "grew", "fell", "rose",
                   "won", "lost", "paid", "sold", "built", "brought", "bought", "caught", "taught", "met", "ran",
                   "sat", "stood", "saw", "got", "began", "became", "spent", "sent", "led", "meant", "broke",
                   "chose", "drove", "flew", "forgot", "hid", "hit", "hurt", "knew", "lay", "lent", "rode", "shook",
                   "shut", "slept", "spoke", "stole", "struck", "swore", "threw", "understood", "woke", "wore", "wrote"}
_SUBORDINATORS = {"if", "when", "although", "though", "while", "because", "once", "unless", "after", "before",
                  "as", "since", "whether", "until", "even"}

# Words that end a noun-phrase object: a time, place, occasion or reason follows.
_OBJECT_ADJUNCTS = {"in", "on", "during", "since", "at", "when", "while", "after", "before", "because", "amid",
                    "via", "through", "despite"}

# Words that cannot start the bare charge a plea answers.
_NOT_CHARGE = {"a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those", "that",
               "to", "having", "being", "it", "there", "what", "how", "why", "whether", "he", "she", "they", "we"}

# Verbs of judging, thanking or recording (stems): a bare noun-phrase object is who or what was
# judged, not something said ("praised his goalkeeper", "documented the reunion").
_JUDGING_VERBS = ("prais", "thank", "blam", "criticis", "criticiz",
                  "document", "congratulat", "applaud", "hail", "welcom", "laud", "honor",
                  "honour", "commend", "credit", "salut", "chid", "rebuk", "lambast", "knock", "fault", "scold")

_NP_CONTENT_VERBS = ("unveil", "propos", "promis", "pledg", "vow", "deni", "deny", "reveal",
                     "disclos", "predict", "demand", "request", "recommend", "suggest", "report",
                     "defend", "question", "endors", "support", "oppos", "back", "warn", "claim", "sa", "tell", "told",
                     "stat", "declar", "admit", "acknowledg", "argu", "insist", "rais", "call", "dismiss", "accus",
                     "express", "mention", "denounc", "condemn", "liken", "compar", "not", "voic", "show", "found",
                     "find", "indicat")

# Verbs whose object is asked to do something: "urged members to reject the offer".
_CONTROL_VERBS = ("urg", "ask", "encourag", "tell", "told", "call", "forc", "push", "press", "implor", "invit",
                  "beg", "allow", "persuad", "convinc", "warn", "remind", "instruct", "order", "challeng", "want")


class ClauseMixin:
    """Clause-boundary tests on a sentence frame; expects ``self.an`` (see ``core._Attributor``)."""

    def _content_end(self, toks: list[Token], k: int) -> int:
        """Index after the last token of a clause starting at ``k`` (stops at ; : and quotes' ends)."""
        e = k
        n = len(toks)
        while e < n and toks[e].text not in (";", ":") and not (toks[e].text in _CLAUSE_PUNCT and e == n - 1):
            nxt = toks[e + 1] if e + 1 < n else None
            if (toks[e].text in ("―", "--") or toks[e].text == "-" and nxt is not None and nxt.text == "-") and e > k:
                # "the top 1 percent -- those earning most -- would face ...": a paired aside inside
                # the clause is skipped; a single dash starts an aside after it
                width = 2 if toks[e].text == "-" else 1
                close = next((d for d in range(e + width + 1, n - 1) if toks[d].text == toks[e].text
                              and (width == 1 or toks[d + 1].text == "-")), None)
                if close is not None and close + width < n and toks[close + width].lower in _VERBISH:
                    e = close + width
                    continue
                break  # "their support -- who cited ...", "-- assuming ...": an aside after a dash
            if toks[e].text == "," and e > k + 2 and nxt is not None and re.fullmatch(r"[a-z]{3,}ing", nxt.text) \
                    and nxt.lower not in ("including", "according", "nothing", "something", "anything", "everything"):
                break  # "..., contradicting the police account": a participial aside, not reported
            if toks[e].text == "," and e > k + 1 and nxt is not None and e + 2 < n \
                    and nxt.lower in ("he", "she", "they", "we", "i", "it", "that") \
                    and toks[k].lower not in _SUBORDINATORS and not any(x.lower in _SUBORDINATORS for x in toks[k:e]) \
                    and (toks[e + 2].lower in _VERBISH or re.fullmatch(r"[a-z]+(ed|s)", toks[e + 2].text)
                         or M._adverb(toks[e + 2])):
                break  # "using the tax code, he does not defend it": the main clause after an opener's object
            if toks[e].text == "," and e > k + 2 and nxt is not None and nxt.lower in ("the", "a", "an") \
                    and M.is_name_token(toks[e - 1]) and toks[e - 1].text[0].isupper():
                break  # "... did not support Mr. Trump, the presumed favorite": an apposition on the name
            if toks[e].text == "," and e > k + 2 and nxt is not None and nxt.lower == "where":
                break  # "a close contest in the state, where ...": an aside on the place
            if toks[e].text == "," and e > k and nxt is not None and nxt.lower in ("who", "which") \
                    and (e > k + 2 or any(M.is_cue(x) for x in toks[e + 2:e + 5])):
                break  # "..., which passed in 2010": an aside on the last noun; "answered her ex, who
                # claimed ...": the relative clause is the ex's own report
            if toks[e].lower == "but" and e > k + 2 and nxt is not None and re.fullmatch(r"[a-z]+ed", nxt.text):
                break  # "confirmed they will honeymoon in Portugal but declined to say more": the source's next act
            if toks[e].lower in ("and", "but") and e > k + 2 and nxt is not None and (
                    nxt.lower in ("has", "had", "also", "then", "later")
                    and not (nxt.lower in ("has", "had") and e + 2 < n and toks[e + 2].lower in ("not", "been", "never"))
                    or M.is_cue(nxt) and not (e + 2 < len(toks) and toks[e + 2].lower == "to")):
                break  # "... and warned against ...": the speaker's next act, not what was said
                # (but "the money was new and had not been taken": the clause goes on)
            # ", but instant polls are ..." / ", and rights groups warned ...": a new clause
            if toks[e].text == "," and e > k + 2 and nxt is not None and nxt.lower in ("but", "and", "while", "whereas",
                                                                                    "although", "though"):
                if nxt.lower != "and":
                    break
                np = M.np_starting_at(toks, e + 2)
                if np is not None and np[1] + 1 < n and (toks[np[1] + 1].lower in _VERBISH or M.is_cue(toks[np[1] + 1])
                                                         or re.fullmatch(r"[a-z]+ed", toks[np[1] + 1].text)):
                    break
                # ", and human rights groups warned ...": a bare plural subject and its own cue
                j = e + 2
                while j < min(n, e + 6) and re.fullmatch(r"[A-Za-z][\w'’-]*", toks[j].text) \
                        and toks[j].lower not in _VERBISH and not M.is_cue(toks[j]):
                    j += 1
                if j > e + 2 and j < n and M.is_cue(toks[j]) and toks[j].lower.endswith("ed"):
                    break
            # "..., the source added." : the attribution closing the sentence is not content
            if toks[e].text == "," and e > k + 2:
                np = M.np_starting_at(toks, e + 1)
                if np is not None:
                    j = np[1] + 1
                    while j < n and M._adverb(toks[j]):
                        j += 1
                    if j < n and M.is_cue(toks[j]):
                        break  # ", Ham also noted ...": a new attribution begins
            # ", arguing that ..." / "but noted that ..." / "— and he noted": the next attribution starts
            if nxt is not None and (toks[e].text == "," and e > k + 2 or toks[e].lower in ("but", "and") and e > k):
                j = e + 1
                subject = False
                if toks[e].lower in ("but", "and"):
                    np = M.np_starting_at(toks, j)
                    if np is not None and np[1] - np[0] < 3:
                        j, subject = np[1] + 1, True
                while j < n and M._adverb(toks[j]) and toks[j].lower not in ("on", "to"):
                    j += 1
                if j < n and M.is_cue(toks[j]):
                    after = toks[j + 1].lower if j + 1 < n else ""
                    if toks[e].text == "," and (toks[j].lower.endswith("ing") or subject or j > e + 1):
                        break
                    # "... but noted that ..." coordinates with the outer cue; "... and declined to
                    # attend" stays inside the reported clause
                    if toks[e].text != "," and (subject or after in ("that", ":")
                                                or (toks[j].lower in ("said", "says", "added") and e > k + 2)):
                        break
            e += 1
        while e > k and re.fullmatch(r"[^\w\x00]+", toks[e - 1].text):
            e -= 1
        return e

    def _quoted(self, toks: list[Token], cue_after: bool = False) -> bool:
        """A quotation among ``toks`` that the direct pass reports (a mixed quote); names, titles
        and labels in quotation marks (“The Apprentice”, the so-called “360 deal”) do not count, nor
        (``cue_after``: the clause's cue follows it) a one- or two-word term with no cue before it
        (“walk-in”), which the direct pass drops as a scare quote."""
        for i, t in enumerate(toks):
            if not M.is_quote(t):
                continue
            inner = self.an.text[t.start + 1:max(t.start + 1, t.end - 1)]
            words = re.findall(r"[\w'’-]+", inner)
            if i and toks[i - 1].lower == "so-called" or is_label(toks, i):
                continue  # "the so-called “room for the river” plan": a term, not a quotation
            if cue_after and len(words) <= 2 and inner[:1].islower() and not any(M.is_cue(x) for x in toks[:i]):
                continue
            if not is_title_case(words) and not is_single_name(words, toks[i - 1].text if i else ""):
                return True
        return False

    @staticmethod
    def _subject_like(t: Token) -> bool:
        return t.lower in ("he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her", "their", "its",
                           "this", "these", "those", "there", "most", "some", "many", "no") or M.is_name_token(t)

    def _bare_clause(self, toks: list[Token], k: int) -> bool:
        """"thought the plan was dead": a subject then a finite verb within a few words."""
        if k >= len(toks):
            return False
        if not (toks[k].lower in M.SUBJECT_PRONOUNS - {"who", "you"}
                or toks[k].lower in ("the", "this", "his", "her", "their", "its")
                or M.is_name_token(toks[k])):
            # a bare plural subject and a modal: "hoped electric utilities would be able to ..."
            j = k
            while j < len(toks) and j - k < 3 and re.fullmatch(r"[a-z][a-z-]+", toks[j].text) \
                    and toks[j].lower not in _VERBISH and toks[j].lower not in _PREP_START:
                j += 1
            return k < j < len(toks) and toks[j - 1].lower.endswith("s") \
                and toks[j].lower in ("would", "will", "could", "can", "should", "might", "must", "were", "are")
        for j in range(k + 1, min(len(toks), k + 7)):
            w = toks[j]
            if w.lower in _VERBISH or re.fullmatch(r"[a-z]+ed", w.text) and j > k + 1 or w.lower in ("is", "are"):
                return True
            if not re.search(r"\w", w.text) or M.is_quote(w) or w.lower in _PREP_START:
                return False
        return False

    def _participle_aside(self, toks: list[Token], k: int) -> bool:
        """", sharing a photo with the caption": a participial aside with no finite verb after it (",
        replacing her would be hard" is a gerund subject and goes on)."""
        if not toks[k].lower.endswith("ing"):
            return False
        return not any(t.lower in _VERBISH for t in toks[k + 1:self._content_end(toks, k)])

    def _has_verb(self, toks: list[Token], k: int) -> bool:
        """The clause starting at ``k`` has a word that can be its finite verb."""
        return any(t.lower in _VERBISH or re.fullmatch(r"[a-z]+(?:ed|[^s']s|en)", t.text) or M.is_cue(t)
                   or M.is_quote(t) for t in toks[k:self._content_end(toks, k)])

    @staticmethod
    def _verbless(toks: list[Token]) -> bool:
        """An opening phrase with no finite verb ("In recent days", "To understand the ruling"): it
        cannot be a clause of its own, so what follows the parenthetical cue completes it."""
        return bool(toks) and (toks[0].lower in M.INTRO_WORDS or toks[0].lower == "to") and not any(
            t.lower in _VERBISH or re.fullmatch(r"[a-z]+ed", t.text) or M.is_quote(t) for t in toks)

    @staticmethod
    def _discourse_marker(toks: list[Token], c: int) -> bool:
        """A writer's connective built on "say": "Having said that,", "That said,", "Needless to say,"."""
        before = " ".join(t.lower for t in toks[max(0, c - 2):c])
        after = " ".join(t.text for t in toks[c + 1:c + 3])
        return (before.endswith("having") and after.startswith("that ,") or before.endswith("that") and after.startswith(",")
                or before.endswith("needless to") or before.endswith("suffice it to"))

    @staticmethod
    def _charge_only(toks: list[Token], k: int) -> bool:
        """``toks[k:]`` starts with a one- or two-word bare noun ending the clause ("drink-driving after
        ...", "two counts of fraud."): the charge a plea answers."""
        e = k
        while e < len(toks) and e - k < 4 and re.fullmatch(r"[a-z][a-z-]*", toks[e].text) \
                and toks[e].lower not in _OBJECT_ADJUNCTS and toks[e].lower not in M.SUBJECT_PRONOUNS \
                and toks[e].lower not in _NOT_CHARGE:
            e += 1
        if e == k or e - k > 2 and not any(toks[x].lower == "of" for x in range(k, e)):
            return False
        return e == len(toks) or toks[e].text in (",", ".", ";") or toks[e].lower in _OBJECT_ADJUNCTS

    @staticmethod
    def _finite_after(toks: list[Token], j: int) -> bool:
        """A short noun phrase at ``toks[j]`` followed by a finite verb ("the recall covered", "the
        budget was"): the subject of a clause."""
        for x in range(j + 1, min(len(toks), j + 5)):
            w = toks[x]
            if w.lower in _VERBISH or re.fullmatch(r"[a-z]+ed", w.text):
                return x > j + 1
            if not re.fullmatch(r"[\w'’-]+", w.text) or w.lower in _PREPOSITIONS:
                return False
        return False

    def _object_end(self, toks: list[Token], k: int, e: int) -> int:
        """A noun-phrase object ends at its first adjunct ("mocked Machado in early tweets",
        "described him as a fraud when he ran"); a clause ("said the plan is dead") is kept whole."""
        if toks[k].lower in M.SUBJECT_PRONOUNS or any(t.lower in _VERBISH for t in toks[k + 1:e]):
            return e  # "he spent the money on ...", "a handful of stations in X had stayed open": a clause
        for j in range(k + 1, e):
            w = toks[j].lower
            if w in M.SUBJECT_PRONOUNS or re.fullmatch(r"[a-z]+ed", w) or w in _IRREGULAR_PAST and j <= k + 3 \
                    and toks[k].lower in ("the", "this", "his", "her", "their", "its", "our"):
                return e  # ("said the effect held even after ...": a clause; not "air fryers sold in the UK")
            if w in _OBJECT_ADJUNCTS:
                nxt = toks[j + 1] if j + 1 < e else None
                # "in a speech", "on Friday", "on Twitter"; but "photos on social media" is one object
                if w not in ("in", "on") or nxt is None or nxt.lower in ("a", "an", "his", "her", "their") \
                        or nxt.lower in TIME_WORDS or nxt.text[0].isupper():
                    return j
        return e

    @staticmethod
    def _plain_object(toks: list[Token], c: int, k: int, e: int) -> bool:
        """"praised his goalkeeper, Ade Mensah": a verb of judging or doing with a bare noun-phrase object
        reports nothing; "attacked the plan as a giveaway" / "blamed the council for the delay" do."""
        stem = re.sub(r"(ing|ed|es|s|d)$", "", toks[c].lower)
        judging = any(stem.startswith(v) for v in _JUDGING_VERBS)
        if not judging and any(stem.startswith(v) for v in _NP_CONTENT_VERBS):
            return False  # "announced a freeze", "denied the report": the object is what was said
        # a judgement's grounds ("blamed X for Y") count for judging verbs; for the rest (charged,
        # rejected, weighed ...) only a clause, a characterisation or a quotation makes it speech
        marks = ("as", "for", "of", "that", "over") if judging else ("as", "that")
        control = any(stem.startswith(v) for v in _CONTROL_VERBS)  # "urged X to act" (not "a motion to X")
        return not any(t.lower in _VERBISH or t.lower in marks
                       or re.fullmatch(r"[a-z]+ed", t.text) or M.is_quote(t)
                       or t.lower.endswith("ing") and toks[j - 1].lower in ("of", "with", "for", "by")
                       or control and t.lower == "to" and j + 1 < e and re.fullmatch(r"[a-z]+[^s]", toks[j + 1].text)
                       and toks[j + 1].lower not in DETERMINERS  # "urged X to act", not "to voters"
                       for j, t in enumerate(toks[k:e], start=k))

    @staticmethod
    def _adjunct(toks: list[Token]) -> bool:
        """A prepositional or participial opener with no verb of its own ("In a post on Sunday",
        "Speaking outside the court")."""
        first = toks[0]
        if not (first.lower in M.INTRO_WORDS or re.fullmatch(r"[A-Z][a-z]+ing", first.text)
                or first.text in ("Told", "Asked", "Pressed", "Informed", "Questioned", "Confronted", "Reached")):
            return False
        return not any(t.lower in _VERBISH or re.fullmatch(r"[a-z]+(ed|n’t|n't)", t.text) for t in toks[1:])
