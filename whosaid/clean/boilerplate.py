"""Rules that find publisher furniture inside an article body, as spans of the text.

Whole-line rules (a line is one paragraph, or one line of a paragraph with line breaks):
  syndication_footer  "The post TITLE appeared first on SITE." / "This article originally appeared on SITE"
  related_link        "Related: ..." / "Read more: ..." / "See also: ..."
  image_credit        "[Image via A/Instagram, B]" / "(Photo by A/Agency)" / "Image credit: A"
  other               share, follow and newsletter lines
Sentence rule (anywhere in a line):
  reader_prompt       a call to comment ("Let us know in the comments below.") with the reader-
                      addressed questions just before it ("Reactions, readers?")

Nothing is deleted: each hit is a span, so offsets into the text never move.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..records import Boilerplate

_I = re.IGNORECASE

FOOTERS = [
    re.compile(r"^The post (?P<title>.+) (?:appeared first|first appeared) on (?P<site>.+?)\.?$", _I),
    re.compile(
        r"^(?:This|The) (?:article|story|post|piece|report)(?: was)?(?: originally| first)?"
        r" (?:appeared|published|posted|ran)(?: first| originally)? (?:on|in|at|by|with) (?P<site>.+?)\.?$",
        _I,
    ),
    re.compile(r"^(?:Originally|First) (?:published|posted|appeared) (?:on|in|at|by) (?P<site>.+?)\.?$", _I),
]

RELATED = re.compile(
    r"^(?:related(?: stories| story| articles?| coverage| reading| content)?|read more|read also|also read"
    r"|see also|also see|read next|up next|more|more from [\w' ]{1,40}|don['’]t miss|must read|recommended(?: reading)?|watch|trending"
    r"|you (?:may|might) also like)\s*(?::|—|–|>>|\|)\s*\S",
    _I,
)

_CREDIT_WORD = r"(?:featured |header |top |cover |lead )?(?:image|images|photo|photos|picture|pictures|pic|pics|video|illustration)s?"
IMAGE_CREDITS = [
    # bracketed or parenthesised: [Image via A/Instagram, B]  (Photo by A/Getty Images)  [Photo: A]
    re.compile(
        rf"^[\[(]\s*{_CREDIT_WORD}(?:\s+credits?)?\s*(?:via|by|from|:|courtesy(?: of)?|source:)\s*(?P<src>[^\])]+?)\s*[\])]\.?$",
        _I,
    ),
    re.compile(r"^[\[(]\s*(?:credits?|source)\s*:\s*(?P<src>[^\])]+?)\s*[\])]\.?$", _I),
    # a bare line: Photo: A/Agency   Image credit: A   Photo by A   Image via A
    re.compile(
        rf"^{_CREDIT_WORD}(?:\s+credits?|\s+source)?\s*(?:via|by|:|courtesy(?: of)?)\s*(?P<src>[^.!?]{{2,150}}?)\.?$",
        _I,
    ),
    re.compile(r"^(?:credits?|image source|photo source)\s*:\s*(?P<src>[^.!?]{2,150}?)\.?$", _I),
]

OTHER = [
    re.compile(r"^share (?:this|on|via|the|article|story|post)\b", _I),
    re.compile(r"^(?:follow|like) (?:us|@\w+) on\b", _I),
    re.compile(r"^(?:sign up|subscribe|register)\b.{0,160}\b(?:newsletter|inbox|updates|briefing|alerts)\b", _I),
    re.compile(r"^get (?:the|our) .{0,100}\b(?:newsletter|briefing)?\b.{0,40}\bin(?:to)? your inbox\b", _I),
    re.compile(r"\bsubscribe to our newsletter\b", _I),
    re.compile(r"^(?:click|tap) here to (?:subscribe|sign up|download|read more)\b", _I),
    re.compile(r"^(?:advertisement|sponsored content|story continues below(?: advertisement)?)\.?$", _I),
]
_OTHER_MAX = 250  # a share/newsletter line is short; a long paragraph that mentions one is article

# A sentence that asks readers to comment, and the reader-addressed question that often leads it in.
COMMENT_CALL = re.compile(
    r"\b(?:let us know|tell us|sound off|share your (?:thoughts|views|opinions?|reactions?)|leave (?:a|your) comment"
    r"|drop (?:a comment|your thoughts|us a (?:line|comment))|weigh in|hit (?:up )?the comments|join the (?:conversation|discussion))\b",
    _I,
)
COMMENT_WORDS = re.compile(r"\b(?:comments?|comment section|below|down there|on (?:twitter|x|facebook|social))\b", _I)
READER_QUESTION = re.compile(r"\b(?:readers?|you|your|y['’]all|fans|thoughts|reactions?|folks)\b", _I)
_IN_THE_COMMENTS = re.compile(r"\b(?:in|to) the comments\b", _I)
READERS_ADDRESSED = re.compile(r",\s*(?:\w+\s+)?(?:readers|fans|folks|y['’]all)\s*\?$", _I)
_QUOTE_MARKS = "\"“”«»„"
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’)]*|$)")

_MAX_LINE = {"related_link": 300, "image_credit": 200, "syndication_footer": 400}


@dataclass(slots=True)
class Findings:
    spans: list[Boilerplate] = field(default_factory=list)
    original_publisher: str | None = None
    image_sources: list[str] = field(default_factory=list)


def find_boilerplate(text: str) -> Findings:
    """Every boilerplate span in ``text`` (sorted, non-overlapping) and the metadata they carry."""
    found = Findings()
    for start, end in _lines(text):
        line = text[start:end]
        hit = _whole_line(line, found)
        if hit:
            found.spans.append(Boilerplate(hit, start, end, line))
            continue
        for s, e in _reader_prompts(line):
            found.spans.append(Boilerplate("reader_prompt", start + s, start + e, line[s:e]))
    found.spans.sort(key=lambda b: b.start)
    return found


def _lines(text: str) -> Iterator[tuple[int, int]]:
    for match in re.finditer(r"[^\r\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def _whole_line(line: str, found: Findings) -> str | None:
    for pattern in FOOTERS:
        match = pattern.match(line)
        if match and len(line) <= _MAX_LINE["syndication_footer"]:
            site = _clean_site(match.group("site"))
            if site and found.original_publisher is None:
                found.original_publisher = site
            return "syndication_footer"
    if len(line) <= _MAX_LINE["related_link"] and RELATED.match(line) and not _starts_quoted(line):
        return "related_link"
    if len(line) <= _MAX_LINE["image_credit"]:
        for pattern in IMAGE_CREDITS:
            match = pattern.match(line)
            if match:
                for source in split_sources(match.group("src")):
                    if source not in found.image_sources:
                        found.image_sources.append(source)
                return "image_credit"
    if len(line) <= _OTHER_MAX and any(p.search(line) for p in OTHER) and not _has_quote(line):
        return "other"
    return None


def split_sources(credit: str) -> list[str]:
    """"Dana Roe/Instagram, Getty" -> ["Dana Roe/Instagram", "Getty"]; a slash joins a
    person or account to its platform or agency, so it stays inside one source."""
    parts = re.split(r"\s*(?:,|;|\band\b|&|\|)\s*", credit.strip())
    out = []
    for part in parts:
        part = re.sub(r"\s*/\s*", "/", part.strip(" .\t"))
        if part:
            out.append(part)
    return out


def _clean_site(site: str) -> str:
    site = site.strip().rstrip(".").strip()
    return re.sub(r"\s+", " ", site)


def _has_quote(s: str) -> bool:
    return any(mark in s for mark in _QUOTE_MARKS)


def _starts_quoted(s: str) -> bool:
    return s[:1] in _QUOTE_MARKS


def _reader_prompts(line: str) -> Iterator[tuple[int, int]]:
    """Spans of reader prompts inside one line: a comment call plus the reader questions before it,
    or a line that is only a short question to the readers ("Thoughts, readers?")."""
    if (line.endswith("?") and len(line.split()) <= 10 and READERS_ADDRESSED.search(line)
            and not _has_quote(line) and len(_SENTENCE.findall(line)) <= 2):
        yield 0, len(line)
        return
    # a comment call's words are in the line too: most lines need no sentence split
    if not (COMMENT_CALL.search(line) or _IN_THE_COMMENTS.search(line)):
        return
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(line) if line[m.start():m.end()].strip()]
    sentences = [_trim(line, s, e) for s, e in sentences]
    i = 0
    while i < len(sentences):
        s, e = sentences[i]
        sentence = line[s:e]
        if _is_comment_call(sentence):
            first = i
            while first > 0:
                ps, pe = sentences[first - 1]
                prev = line[ps:pe]
                if prev.endswith("?") and len(prev.split()) <= 12 and READER_QUESTION.search(prev) and not _has_quote(prev):
                    first -= 1
                else:
                    break
            last = i
            while last + 1 < len(sentences) and _is_comment_call(line[slice(*sentences[last + 1])]):
                last += 1
            yield sentences[first][0], sentences[last][1]
            i = last + 1
        else:
            i += 1


def _is_comment_call(sentence: str) -> bool:
    if _has_quote(sentence) or len(sentence.split()) > 25:
        return False
    return bool(COMMENT_CALL.search(sentence) and COMMENT_WORDS.search(sentence)) or bool(
        _IN_THE_COMMENTS.search(sentence) and re.search(r"\b(?:you|your|us)\b|^\w+ off\b", sentence, _I)
    )


def _trim(line: str, s: int, e: int) -> tuple[int, int]:
    while s < e and line[s].isspace():
        s += 1
    while e > s and line[e - 1].isspace():
        e -= 1
    return s, e
