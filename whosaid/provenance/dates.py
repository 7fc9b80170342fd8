"""Relative dates ("Wednesday", "last year", "in July", "two weeks ago") resolved against publication.

Each mention keeps the article's own words (``DateMention.span``) and gets ``value``: an ISO
date ("2024-03-06"), ISO week ("2024-W10"), month ("2024-03") or year ("2024").  When the
publication date is unknown or unreadable, mentions are kept with ``value=None``: nothing is
guessed from the clock of the machine that runs the extraction.

Rules, with P the publication date:
* yesterday / today / tonight / tomorrow / last night -> P -1, 0, 0, +1, -1 days
* a weekday -> the latest such day on or before P ("last Monday": strictly before P's week day);
  the next one on or after P when the sentence speaks of the future ("will", "next", "set to")
* last / this / next week|month|year (and "earlier this ...") -> that week, month or year
* N days|weeks|months|years ago -> P minus N units
* "over the weekend" -> the ISO week of the latest Saturday on or before P
* last / this / next spring|summer|fall|winter -> the year that season falls in
* a month name ("in July", "last March", "July 4") -> the occurrence nearest to P, or the
  past/future one when "last"/"next" or a future cue says so; with a year, that year
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from email.utils import parsedate_to_datetime

from ..records import DateMention, Document, Span

log = logging.getLogger(__name__)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3}

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
# Every branch starts at a word boundary with one of these characters ("(?i:a|one|...)" also
# matches "A", "O"..., and "s" the long s "ſ"): checking them first skips the seven branches at
# most positions, which made this the slowest pattern of provenance.
_FIRST = r"\b(?=[\dABDEFIJLMNOPSTUWYabdefilmnopstuyſ])"
DATE_RE = re.compile(
    _FIRST + r"(?:"
    r"(?P<day_word>\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast\s+night)\b)"
    rf"|(?P<wd_phrase>\b(?:(?P<wd_mod>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+)?{_WD}(?:\s+(?:morning|afternoon|evening|night))?\b)"
    r"|(?P<rel_phrase>\b(?:(?P<rel_mod>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)|(?:[Ee]arlier|[Ll]ater)\s+this)\s+(?P<unit>week|weekend|month|year)\b)"
    r"|(?P<weekend>\b(?:over|during)\s+the\s+weekend\b)"
    r"|(?P<season_phrase>\b(?P<season_mod>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<season>spring|summer|fall|autumn|winter)\b)"
    r"|(?P<ago_phrase>\b(?P<n>\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few))"
    r"\s+(?P<ago_unit>day|week|month|year)s?\s+ago\b)"
    rf"|(?P<mon_phrase>\b(?:(?P<mon_mod>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-?|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Ff]rom)\s*)?"
    rf"{_MON}(?:\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)"
    r")"
)
_FUTURE = re.compile(r"\b(?:will|'ll|’ll|shall|set\s+to|scheduled|planned|plans?\s+to|going\s+to|expected\s+to|upcoming|next)\b", re.I)


def parse_published(value: str | None) -> dt.date | None:
    """The publication date from an ISO 8601 or RFC 2822 string; None when missing or unreadable."""
    if not value:
        return None
    v = value.strip()
    try:
        return dt.datetime.fromisoformat(v.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(v).date()
    except (TypeError, ValueError, IndexError):
        log.debug("unreadable publication date %r", value)
        return None


def find_dates(doc: Document) -> list[DateMention]:
    """Relative date mentions of ``doc`` outside boilerplate, resolved when ``published`` is known."""
    pub = parse_published(doc.published)
    out = []
    for m in DATE_RE.finditer(doc.text):
        s, e = m.span()
        if m.group("mon_phrase"):
            if not _is_month_use(m):
                continue
            mod = (m.group("mon_mod") or "").strip().lower()
            if mod in ("in", "since", "by", "until", "through", "from"):  # keep the date words only
                s = m.start("mon")
        if doc.in_boilerplate(s, e):
            continue
        future = bool(_FUTURE.search(_clause_before(doc.text, s)))
        value = _resolve(m, pub, future) if pub else None
        out.append(DateMention(span=Span.of(doc.text, s, e), value=value))
    return out


def _is_month_use(m: re.Match) -> bool:
    """"May" and "March" are words too: a month needs a modifier, a day, a year or a capital mid-sentence."""
    mon = m.group("mon")
    if m.group("mon_mod") or m.group("mday") or m.group("year"):
        return True
    return mon.lower() not in ("may", "march", "august") and not mon.endswith(".")


def _clause_before(text: str, pos: int) -> str:
    start = max(max(text.rfind(c, 0, pos) for c in ".!?\n") + 1, pos - 200)
    return text[start:pos]


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _resolve(m: re.Match, pub: dt.date, future: bool) -> str | None:
    if m.group("day_word"):
        w = re.sub(r"\s+", " ", m.group("day_word").lower())
        delta = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1}[w]
        return (pub + dt.timedelta(days=delta)).isoformat()
    if m.group("wd_phrase"):
        target = WEEKDAYS.index(m.group("wd").lower())
        mod = (m.group("wd_mod") or "").lower()
        back = (pub.weekday() - target) % 7
        if mod == "next" or (future and mod != "last" and mod != "past"):
            ahead = (target - pub.weekday()) % 7
            if mod == "next" and ahead == 0:
                ahead = 7
            return (pub + dt.timedelta(days=ahead)).isoformat()
        if mod in ("last", "past") and back == 0:
            back = 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if m.group("rel_phrase"):
        mod = (m.group("rel_mod") or "this").lower()
        delta = {"last": -1, "past": -1, "this": 0, "next": 1}[mod]
        unit = m.group("unit").lower()
        if unit in ("week", "weekend"):
            y, w, _ = (pub + dt.timedelta(weeks=delta)).isocalendar()
            return f"{y}-W{w:02d}"
        if unit == "month":
            y, mo = _month_add(pub.year, pub.month, delta)
            return f"{y}-{mo:02d}"
        return str(pub.year + delta)
    if m.group("weekend"):  # the latest weekend before publication
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        y, w, _ = sat.isocalendar()
        return f"{y}-W{w:02d}"
    if m.group("season_phrase"):
        # the year in which that season starts (winter: its December); northern hemisphere
        start = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[m.group("season").lower()]
        recent = pub.year if pub.month >= start else pub.year - 1  # latest start on or before P
        in_season = (pub.year * 12 + pub.month) - (recent * 12 + start) < 3
        mod = m.group("season_mod").lower()
        if mod == "last":
            return str(recent - 1 if in_season else recent)
        if mod == "next":
            return str(recent + 1)
        return str(recent if in_season or start != 12 and recent == pub.year else recent + 1)
    if m.group("ago_phrase"):
        raw = re.sub(r"\s+", " ", m.group("n").lower())
        n = int(raw) if raw.isdigit() else _NUM[raw]
        unit = m.group("ago_unit").lower()
        if unit == "day":
            return (pub - dt.timedelta(days=n)).isoformat()
        if unit == "week":
            return (pub - dt.timedelta(weeks=n)).isoformat()
        if unit == "month":
            y, mo = _month_add(pub.year, pub.month, -n)
            return f"{y}-{mo:02d}"
        return str(pub.year - n)
    if m.group("mon_phrase"):
        name = m.group("mon").lower().rstrip(".")
        month = MONTHS.index(name) + 1 if name in MONTHS else _MONTH_ABBR[name[:3] if name != "sept" else "sept"]
        mod = (m.group("mon_mod") or "").strip().lower()
        if m.group("year"):
            year = int(m.group("year"))
        elif mod == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif mod == "next" or future:
            year = pub.year if month >= pub.month else pub.year + 1
        else:  # the occurrence nearest to publication
            year = min((pub.year - 1, pub.year, pub.year + 1),
                       key=lambda y: (abs((y * 12 + month) - (pub.year * 12 + pub.month)), y != pub.year))
        if m.group("mday"):
            try:
                return dt.date(year, month, int(m.group("mday"))).isoformat()
            except ValueError:
                return f"{year}-{month:02d}"
        return f"{year}-{month:02d}"
    return None
