"""Where a quote was said: social posts, interviews with their outlet, statements, podcasts...

``find_channel(contexts, people, start, end)`` reads one stretch of attribution context and
returns the nearest channel phrase in it.  Types are stable snake_case names
(``instagram_post``, ``x_post``, ``tiktok_video``, ``interview``, ``statement``,
``press_conference``, ``podcast``...); ``name`` is the platform or outlet as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..people.lookup import NAME, People, trim_name
from ..records import Channel, Span

# platform word (lower case) -> (type prefix, display name)
PLATFORMS = {
    "instagram": ("instagram", "Instagram"), "ig": ("instagram", "Instagram"),
    "twitter": ("x", "Twitter"), "x": ("x", "X"), "tiktok": ("tiktok", "TikTok"),
    "facebook": ("facebook", "Facebook"), "youtube": ("youtube", "YouTube"),
    "threads": ("threads", "Threads"), "snapchat": ("snapchat", "Snapchat"),
    "linkedin": ("linkedin", "LinkedIn"), "truth social": ("truth_social", "Truth Social"),
    "reddit": ("reddit", "Reddit"), "bluesky": ("bluesky", "Bluesky"), "weibo": ("weibo", "Weibo"),
}
# what was put on the platform -> type suffix
POST_KINDS = {
    "post": "post", "posts": "post", "caption": "post", "message": "post", "note": "post",
    "tweet": "post", "tweets": "post", "thread": "post", "update": "post", "comment": "post",
    "video": "video", "videos": "video", "clip": "video", "reel": "video", "reels": "video",
    "story": "story", "stories": "story", "live": "live", "livestream": "live", "broadcast": "live",
}
_PLAT = r"(?P<plat>Instagram|IG|Twitter|TikTok|Facebook|YouTube|Threads|Snapchat|LinkedIn|Truth Social|Reddit|Bluesky|Weibo|X(?![\w-]))"
_KIND = r"(?P<kind>" + "|".join(sorted(POST_KINDS, key=len, reverse=True)) + r")\b"
_DELETED = r"(?:(?:since|now|later|subsequently|quickly)[-\s])?(?:deleted|removed|scrubbed)"
_DET = r"(?:a|an|the|her|his|their|its|one|two|several|multiple|this|that)"
_OUTLET = rf"(?P<outlet>(?:[Tt]he\s+)?{NAME}(?:\s+(?:magazine|newspaper|radio|TV|podcast|show))?)"

PATTERNS: list[tuple[str, re.Pattern]] = [
    # "in a since-deleted post on Instagram", "in a video shared to TikTok"
    ("post", re.compile(rf"\b{_DET}\s+(?P<pre>(?:[\w-]+\s+){{0,3}}?){_KIND}(?:\s+(?:shared|posted|uploaded|published))?\s+(?:on|to|via)\s+{_PLAT}")),
    # "an Instagram post", "her TikTok video", "in an Instagram Story"
    ("post", re.compile(rf"\b(?:{_DET}\s+)?(?P<pre>(?:[\w-]+\s+){{0,2}}?){_PLAT}\s+(?i:{_KIND})")),
    # "took to Instagram", "wrote on X", "posted to Facebook"
    ("platform", re.compile(rf"\b(?:on|to|via|through)\s+{_PLAT}")),
    # "tweeted", "tweeting", "in a tweet", "in a series of tweets" (not "Trump's tweet", the topic)
    ("tweet", re.compile(
        r"\b(?P<kind>(?:re)?tweet(?:ed|ing)|(?:in|via|with|posted|sent|wrote)\s+(?:a|an|one|his|her|their|another|two|several|a\s+series\s+of|a\s+string\s+of)\s+(?:[\w-]+\s+)?tweets?)\b")),
    # "in a BBC interview", "in an interview with Vogue", "during a sit-down interview on Good Morning America"
    ("interview", re.compile(
        rf"\b(?:in|during|for)\s+(?:a|an|the|his|her|their)\s+(?P<mods>(?:[\w-]+\s+){{0,3}}?)(?P<word>interview)\b"
        rf"(?:\s+(?:with|on|for|to)\s+{_OUTLET})?")),
    # "told People", "told the BBC", "speaking to Variety", "in comments to the Times"
    ("told", re.compile(rf"\b(?:told|telling|speaking\s+(?:to|with)|talking\s+(?:to|with)|in\s+(?:comments|remarks)\s+to|said\s+to)\s+{_OUTLET}")),
    ("reporters", re.compile(r"\b(?:told|telling|speaking\s+to|talking\s+to)\s+(?P<who>reporters|journalists|the\s+press|the\s+media)\b")),
    ("statement", re.compile(
        rf"\b(?:in|via|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?P<word>statement|press\s+release)\b"
        rf"(?:\s+(?:to|on\s+behalf\s+of|released\s+to|provided\s+to|given\s+to)\s+{_OUTLET})?")),
    ("press_conference", re.compile(
        r"\b(?:at|during|in|told|to)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:press|news)\s+(?:conference|briefing)\b")),
    ("podcast", re.compile(
        rf"\b(?:on|during\s+an?\s+episode\s+of|in\s+an?\s+episode\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:(?P<show>{NAME})\s+)?podcast\b(?:,?\s+(?P<show2>{NAME}))?")),
    ("appearance", re.compile(
        rf"\b(?:appearing|an\s+appearance|during\s+an\s+appearance|appeared)\s+on\s+(?P<show>(?:[Tt]he\s+)?{NAME})")),
    ("speech", re.compile(r"\b(?:in|during|at)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<word>speech|rally|debate|town\s+hall|hearing|testimony|address)\b")),
    ("written", re.compile(r"\b(?:in|via)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?P<word>letter|email|e-mail|op-ed|essay|memo|court\s+filing|filing|court\s+documents|court\s+papers|blog\s+post|newsletter|memoir|book)\b")),
    # "in a new TikTok": the platform's name alone is one of its videos
    ("tiktok", re.compile(r"\b(?:in|via)\s+(?:a|an|her|his|their|one)\s+(?P<pre>(?:[\w-]+\s+){0,2}?)TikToks?\b(?!\s+(?:video|clip|post|story|live|account|user))")),
    ("social", re.compile(r"\b(?:on|to|via)\s+social\s+media\b")),
]
# Words without which each pattern above cannot match (same order as PATTERNS): a region
# lacking them skips the pattern, so most of the fifteen scans of a region never run.
_PLAT_ANY = re.compile(_PLAT)
_NEEDS: list[re.Pattern] = [
    _PLAT_ANY, _PLAT_ANY, _PLAT_ANY,  # post, post, platform
    re.compile("tweet"),
    re.compile("interview"),
    re.compile("told|telling|speaking|talking|comments|remarks|said"),
    re.compile("told|telling|speaking|talking"),  # reporters
    re.compile("statement|press"),
    re.compile("conference|briefing"),
    re.compile("podcast"),
    re.compile("appear"),
    re.compile("speech|rally|debate|town|hearing|testimony|address"),
    re.compile("letter|mail|op-ed|essay|memo|court|filing|blog|book"),  # written
    re.compile("TikTok"),
    re.compile("social"),
]
assert len(_NEEDS) == len(PATTERNS)
_WRITTEN = {"letter": "letter", "email": "email", "e-mail": "email", "op-ed": "op_ed", "essay": "op_ed",
            "memo": "memo", "court filing": "court_filing", "filing": "court_filing",
            "blog post": "blog_post", "newsletter": "newsletter", "court documents": "court_filing",
            "court papers": "court_filing", "memoir": "book", "book": "book"}
_SPEECH = {"speech": "speech", "rally": "rally", "debate": "debate", "town hall": "town_hall",
           "hearing": "hearing", "testimony": "hearing", "address": "speech"}
_FOLLOWS_OUTLET = re.compile(
    r"on|in|that|last|this|about|during|at|earlier|after|before|when|while|and|but|for|from|he|she|it|"
    r"they|we|his|her|its|their|a|an|the|of|with|to|by|as|if|how|what|why|[a-z]+ed|[a-z]+ly|is|was|"
    r"has|had|will|would|says|said|reported|reports")
_NOT_OUTLET = {"tv", "radio", "press", "media", "camera", "cameras", "i", "we", "you"}
POST_TYPES = ("_post", "_video", "_story", "_live", "social_media_post", "blog_post")


@dataclass(slots=True)
class Found:
    channel: Channel
    start: int
    end: int


def is_post(channel: Channel | None) -> bool:
    return channel is not None and channel.type.endswith(POST_TYPES)


def find_channels(masked: str, text: str, start: int, end: int, people: People) -> list[Found]:
    """Every channel phrase in ``masked[start:end]`` (quotation words already blanked)."""
    out: list[Found] = []
    region = masked[start:end]
    for (kind, pattern), needs in zip(PATTERNS, _NEEDS):
        if not needs.search(region):
            continue
        for m in pattern.finditer(region):
            s, e = start + m.start(), start + m.end()
            if any(f.start < e and s < f.end for f in out):
                continue  # a stronger pattern already read these words
            ch = _build(kind, m, text, start, people)
            if ch is None:
                continue
            ch.evidence = Span.of(text, s, e)
            out.append(Found(ch, s, e))
    return out


def _plat(m: re.Match) -> tuple[str, str]:
    return PLATFORMS[m.group("plat").lower()]


def _outlet(m: re.Match, group: str, text: str, offset: int, people: People, *, strict: bool = True) -> str | None:
    """The outlet named in ``group``; ``strict`` also refuses names shaped like a person's."""
    if not m.groupdict().get(group):
        return None
    s, e = offset + m.start(group), offset + m.end(group)
    lead = re.match(r"[Tt]he\s+", text[s:e])
    core_s = s + (lead.end() if lead else 0)
    cs, ce = trim_name(text, core_s, e)
    if ce <= cs:
        return None
    tail = re.match(r"\s+(magazine|newspaper|radio|TV|podcast|show)\b", text[ce:e])
    if people.name(cs, ce) is not None:  # "told Kevin": a person, not an outlet
        return None
    if text[cs:ce].lower() in _NOT_OUTLET or re.match(r"['’]s?\b", text[ce:ce + 2]):
        return None  # "told the TV cameras", "an interview with Russia's network RT"
    nxt = re.match(r"\s+([a-z][\w-]*)", text[ce:ce + 30])
    if nxt and not tail and not _FOLLOWS_OUTLET.fullmatch(nxt.group(1)):
        return None  # "told British lawmakers", "told FBI agents": a modifier, not the outlet
    if strict and not lead and _looks_like_person(text[cs:ce]):
        return None
    # "The New York Times" keeps its capital "The"; "told the BBC" gives "BBC"
    keep_lead = lead is not None and text[s] == "T"
    return text[s if keep_lead else cs:ce + (tail.end() if tail else 0)]


def _looks_like_person(name: str) -> bool:
    """Two or three plain capitalised words ("Maria Lopez") read as a person, not an outlet."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)


def _build(kind: str, m: re.Match, text: str, offset: int, people: People) -> Channel | None:
    if kind == "post":
        prefix, plat_name = _plat(m)
        suffix = POST_KINDS[m.group("kind").lower()]
        deleted = bool(re.search(_DELETED, m.group("pre") or "", re.I))
        return Channel(type=f"{prefix}_{suffix}", name=plat_name, deleted=deleted)
    if kind == "tiktok":
        return Channel(type="tiktok_video", name="TikTok", deleted=bool(re.search(_DELETED, m.group("pre") or "", re.I)))
    if kind == "platform":
        prefix, plat_name = _plat(m)
        return Channel(type=f"{prefix}_post", name=plat_name)
    if kind == "tweet":  # "in a since-deleted tweet"
        return Channel(type="x_post", name="X", deleted=bool(re.search(_DELETED, m.group(), re.I)))
    if kind == "interview":
        mods = (m.group("mods") or "").strip()
        outlet = _outlet(m, "outlet", text, offset, people, strict=False)
        if outlet is None and mods:
            # "a CNN interview", "a BBC Radio 4 interview": capitalised words before "interview"
            caps = re.findall(r"\b(?:[A-Z][\w&'-]*|\d+)(?:\s+(?:[A-Z][\w&'-]*|\d+))*", mods)
            caps = [c for c in caps if c.lower() not in ("tv", "a", "an", "the")]
            outlet = caps[-1] if caps else None
        return Channel(type="interview", name=outlet)
    if kind == "told":
        outlet = _outlet(m, "outlet", text, offset, people)
        return Channel(type="interview", name=outlet) if outlet else None
    if kind == "reporters":
        return Channel(type="press_remarks", name=None)
    if kind == "statement":
        word = re.sub(r"\s+", " ", m.group("word").lower())
        return Channel(type="statement" if word == "statement" else "press_release",
                       name=_outlet(m, "outlet", text, offset, people))
    if kind == "press_conference":
        return Channel(type="press_conference", name=None)
    if kind == "podcast":
        show = m.group("show") or m.group("show2")
        return Channel(type="podcast", name=show)
    if kind == "appearance":
        s, e = offset + m.start("show"), offset + m.end("show")
        cs, ce = trim_name(text, s + (4 if text[s:s + 4].lower() == "the " else 0), e)
        if ce <= cs or people.name(cs, ce) is not None or text[cs:ce].lower() in PLATFORMS:
            return None
        return Channel(type="tv_appearance", name=text[s:ce])
    if kind == "speech":
        return Channel(type=_SPEECH[re.sub(r"\s+", " ", m.group("word").lower())], name=None)
    if kind == "written":
        return Channel(type=_WRITTEN[re.sub(r"\s+", " ", m.group("word").lower())], name=None)
    if kind == "social":
        return Channel(type="social_media_post", name=None)
    return None
