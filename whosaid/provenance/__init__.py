"""Provenance: where each quote was said (channel, deleted?), hedges, relative dates.

    annotate_provenance(doc, analysis)
        Quote.channel  the channel phrase in the quote's attribution context; a quote without
                       one inherits the channel of the previous quote when both have the same
                       speaker ("She continued:", "She added:"), until another speaker or
                       channel appears
        Channel.deleted  when the text says the post was deleted ("since-deleted post",
                       "she later deleted it", "the video has since been removed"); only
                       posts, videos and stories can be deleted
        Quote.hedged / Quote.hedge  hedging cue or word in the cue's clause
        doc.dates      relative dates resolved against doc.published (value None when unknown)
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

from ..people.lookup import NAME, People, trim_name
from ..records import Channel, Document, Quote, Span
from .channels import Found, find_channels, is_post
from .context import Contexts
from .dates import find_dates
from .hedges import find_hedge

log = logging.getLogger(__name__)

# "she deleted it", "Ana later removed the post", "he took the video down"
_DELETER = re.compile(
    rf"(?P<who>\b(?:[Ss]he|[Hh]e|[Tt]hey)\b|{NAME})\s+(?:(?:later|since|quickly|promptly|subsequently|then|has|had|have|eventually|swiftly|reportedly)\s+)*"
    r"(?:deleted|removed|took\s+down|scrubbed|wiped)\s+"
    r"(?:it|them|the\s+(?:[\w-]+\s+)?(?:post|posts|tweet|tweets|video|videos|message|story|caption|clip|reel|upload|statement)|(?:her|his|their)\s+(?:[\w-]+\s+)?(?:post|tweet|video|message|story|caption|clip|reel))\b"
)
# "the post has since been deleted", "The tweet was later removed", "which has since been deleted"
_DELETED_PASSIVE = re.compile(
    r"\b(?:(?:the|that|this|her|his|their)\s+(?:[\w-]+\s+)?(?:post|posts|tweet|tweets|video|videos|message|story|caption|clip|reel|upload)|which|it)\b"
    r"[^.!?]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|got|has\s+since\s+been|was\s+since)\s+"
    r"(?:(?:since|later|quickly|now|promptly|subsequently|swiftly|reportedly)\s+)*(?:deleted|removed|taken\s+down|scrubbed)\b"
)


# "a post she has since deleted", "the video, which he later removed"
_DELETED_RELATIVE = re.compile(
    r"\b(?:post|posts|tweet|tweets|video|videos|message|story|caption|clip|reel)\b,?\s+(?:that\s+|which\s+)?"
    rf"(?P<who>\b(?:[Ss]he|[Hh]e|[Tt]hey)\b|{NAME})\s+(?:(?:has|had|have|since|later|quickly|subsequently|promptly|then)\s+)*"
    r"(?:deleted|removed|took\s+down|scrubbed)\b"
)


def annotate_provenance(doc: Document, analysis: Any = None) -> None:
    """Set ``Quote.channel``, ``Quote.hedged`` and ``Quote.hedge``; fill ``doc.dates``.

    A rule that trips on an odd article is logged and leaves these fields empty: provenance
    is extra information and must not cost the article its quotes.
    """
    try:
        doc.dates = find_dates(doc)
    except Exception:
        log.exception("%s: relative dates failed", doc.id)
        doc.dates = []
    try:
        _channels_and_hedges(doc, analysis)
    except Exception:
        log.exception("%s: channels and hedges failed", doc.id)


def _channels_and_hedges(doc: Document, analysis: Any) -> None:
    ctx = Contexts(doc, analysis)
    people = People(doc, analysis)
    order = sorted(range(len(doc.quotes)), key=lambda i: doc.quotes[i].start)
    found_at: dict[int, Found] = {}
    for i in order:
        q = doc.quotes[i]
        f = _own_channel(q, ctx, people)
        if f is not None:
            found_at[i] = f
        _hedge(q, ctx)
    _carry_over(doc, order, found_at, ctx)
    _later_deletions(doc, order, found_at, ctx, people)
    for i, f in found_at.items():
        doc.quotes[i].channel = f.channel
    # quotes that share one channel get their own copies, so a later edit to one stays local
    for q in doc.quotes:
        if q.channel is not None:
            q.channel = copy.copy(q.channel)


def _own_channel(q: Quote, ctx: Contexts, people: People) -> Found | None:
    if q.nested_in is not None:
        return None  # a quote inside a quote was said elsewhere, not in the outer channel
    anchor = q.cue.start if q.cue else (q.speaker.mention.start if q.speaker.mention else q.start)
    for lo, hi in ctx.regions(q):
        found = find_channels(ctx.masked, ctx.text, lo, hi, people)
        if found:
            return min(found, key=lambda f: min(abs(f.start - anchor), abs(anchor - f.end)))
    return None



def _speaker_key(q: Quote) -> str | None:
    sp = q.speaker
    return sp.person_id or (sp.name.lower() if sp.name else None)


# Words in a quote's own attribution that set it on another occasion than the quote before.
_NEW_OCCASION = re.compile(
    r"\b(?:at\s+the\s+time|back\s+then|earlier|previously|in\s+(?:19|20)\d\d"
    r"|the\s+(?:following|next|previous)\s+(?:day|morning|evening|night|week|month|year)"
    r"|(?:at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:breakfast|dinner|lunch|event|rally|meeting|conference|"
    r"forum|hearing|debate|speech|ceremony|interview|show|concert|panel|summit|gala|premiere))\b",
    re.I,
)
_MAX_PARAGRAPH_GAP = 3  # "She added:" blocks follow within a paragraph or two


def _carry_over(doc: Document, order: list[int], found_at: dict[int, Found], ctx: Contexts) -> None:
    """A quote without a channel of its own keeps the channel of the previous quote when both
    have the same speaker, nothing sets it on another occasion, and it follows closely."""
    current: Found | None = None
    who: str | None = None
    last_end = 0
    for i in order:
        q = doc.quotes[i]
        if q.nested_in is not None:
            continue
        key = _speaker_key(q)
        if i in found_at:
            current, who = found_at[i], key
        elif (
            current is not None and key is not None and key == who
            and doc.text.count("\n\n", last_end, q.start) <= _MAX_PARAGRAPH_GAP
            and not _new_occasion(q, ctx, doc)
        ):
            found_at[i] = current
        else:
            current, who = None, key
        last_end = max(last_end, q.end)


def _new_occasion(q: Quote, ctx: Contexts, doc: Document) -> bool:
    for lo, hi in ctx.regions(q)[:2]:
        if _NEW_OCCASION.search(ctx.masked, lo, hi):
            return True
        if any(lo <= d.span.start < hi for d in doc.dates):
            return True
    return False


def _later_deletions(doc: Document, order: list[int], found_at: dict[int, Found], ctx: Contexts,
                     people: People) -> None:
    """Mark a post deleted when a later sentence says its author (or the text) deleted it."""
    posts = {id(f): f for f in found_at.values() if is_post(f.channel) and not f.channel.deleted}
    if not posts:
        return
    for pattern in (_DELETER, _DELETED_PASSIVE, _DELETED_RELATIVE):
        for m in pattern.finditer(ctx.masked):
            earlier = [f for f in posts.values() if f.start <= m.start()]
            if not earlier:
                continue
            target = max(earlier, key=lambda f: f.start)
            if pattern is not _DELETED_PASSIVE and not _same_author(m, target, doc, found_at, people):
                continue
            target.channel.deleted = True
            log.debug("post at %d marked deleted by %r", target.start, m.group())


def _same_author(m: re.Match, target: Found, doc: Document, found_at: dict[int, Found], people: People) -> bool:
    """The deleter is the person quoted from that post."""
    authors = {doc.quotes[i].speaker.person_id for i, f in found_at.items() if f is target} - {None}
    s, e = m.span("who")
    word = doc.text[s:e].lower()
    if word in ("she", "he", "they"):
        p = people.pronoun(s, e)
    else:
        ts, te = trim_name(doc.text, s, e)
        p = people.name(ts, te) if te > ts else None
    if p is None:
        # an unresolved pronoun right after the post's own story: trust it only when the post
        # had a single author whose gender agrees
        return bool(authors) and len(authors) == 1 and word in ("she", "he") and _gender_ok(people, authors, word)
    return p.id in authors


def _gender_ok(people: People, authors: set[str], word: str) -> bool:
    want = "female" if word == "she" else "male"
    return all((people.get(a) is not None and people.get(a).gender in (want, None)) for a in authors)


def _hedge(q: Quote, ctx: Contexts) -> None:
    cue = (q.cue.start, q.cue.end) if q.cue else None
    mention = (q.speaker.mention.start, q.speaker.mention.end) if q.speaker.mention else None
    anchor = cue or mention
    if anchor is None:
        return
    region = ctx.sentence(anchor[0])
    found = find_hedge(ctx.masked, cue, region, mention)
    if found:
        q.hedged = True
        q.hedge = Span.of(ctx.text, *found)


__all__ = ["annotate_provenance", "Channel"]
