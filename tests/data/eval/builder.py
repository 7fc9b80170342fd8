"""Shared mechanics of the evaluation-set builders (build_*.py in this folder).

A builder script makes a `GoldSet`, registers its articles with `art(...)` and calls `main()`,
which computes every offset, checks every span, mention, alias, relation and boilerplate string,
and writes `<name>.gold.jsonl` in the seed's gold format (see README.md). Quotes are given as
(substring, kind, speaker, speaker_kind, mention, cue, channel[, occurrence]).

Every check runs on every set unless the set names it in `skip` (a set written before the check
existed and failing it); see CHECKS.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

D, I = "direct", "indirect"
P, O, A, U = "person", "organization", "anonymous", "unknown"

OPEN_MARKS, CLOSE_MARKS = "\"'‘“", "\"'’”"

# Checks a set may skip. The basic ones (every span found, unambiguous without an occurrence,
# mention/cue/alias/evidence/boilerplate in the text, kind and speaker_kind valid) always run.
CHECKS = frozenset({
    "speaker_null_iff_anonymous",  # speaker is None exactly when speaker_kind is anonymous/unknown
    "no_overlap",                  # gold quote spans do not overlap
    "speaker_listed",              # a named speaker is among the article's people/organisations
    "org_aliases",                 # organisations' aliases occur in the text too
    "no_edge_space",               # a quote span has no surrounding white space
    "direct_in_marks",             # a direct span sits right inside quotation marks
    "indirect_no_marks",           # an indirect span neither starts nor ends with a quotation mark
    "relation_listed",             # a relation's head and tail are listed people/organisations
    "boilerplate_unique",          # a boilerplate string occurs once in the text
})


def find(text: str, sub: str, occ: int = 0, what: str = "") -> int:
    """Start of the occ-th occurrence of sub in text; exits naming the article when absent."""
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            raise SystemExit(f"{what}: {sub!r} (occurrence {occ}) not in text")
    return pos


def _quote(a: dict, q: tuple, run: frozenset[str]) -> dict:
    """One gold quote record from its tuple, with its offsets computed and checked."""
    text, aid = a["text"], a["id"]
    sub, kind, speaker, skind, mention, cue, channel, *rest = q
    occ = rest[0] if rest else 0
    s = find(text, sub, occ, aid)
    if not rest and text.count(sub) > 1:
        raise SystemExit(f"{aid}: ambiguous quote {sub!r}; give its occurrence")
    if "no_edge_space" in run and sub != sub.strip():
        raise SystemExit(f"{aid}: quote {sub!r} has surrounding white space")
    for w in (mention, cue):
        if w and w not in text:
            raise SystemExit(f"{aid}: mention/cue {w!r} not in text")
    if kind not in (D, I):
        raise SystemExit(f"{aid}: quote {sub!r} has kind {kind!r}")
    if skind not in (P, O, A, U):
        raise SystemExit(f"{aid}: quote {sub!r} has speaker_kind {skind!r}")
    if "speaker_null_iff_anonymous" in run and (speaker is None) != (skind in (A, U)):
        raise SystemExit(f"{aid}: quote {sub!r}: speaker {speaker!r} does not fit speaker_kind {skind!r}")
    if kind == D and "direct_in_marks" in run:
        before, after = text[s - 1] if s else "", text[s + len(sub)] if s + len(sub) < len(text) else ""
        if before not in OPEN_MARKS or after not in CLOSE_MARKS:
            raise SystemExit(f"{aid}: direct quote {sub!r} not inside quotation marks")
    if kind == I and "indirect_no_marks" in run and (sub[0] in OPEN_MARKS or sub[-1] in CLOSE_MARKS):
        raise SystemExit(f"{aid}: indirect quote {sub!r} starts or ends with a quotation mark")
    return dict(start=s, end=s + len(sub), text=sub, kind=kind, speaker=speaker, speaker_kind=skind,
                mention=mention, cue=cue, channel=channel)


def build(a: dict, skip: Iterable[str] = ()) -> dict:
    """The gold record of one registered article; exits naming the article on the first failed check."""
    unknown = set(skip) - CHECKS
    if unknown:
        raise ValueError(f"unknown checks to skip: {sorted(unknown)}")
    run = CHECKS - set(skip)
    text, aid = a["text"], a["id"]
    quotes = sorted((_quote(a, q, run) for q in a["quotes"]), key=lambda q: q["start"])
    if "no_overlap" in run:
        for prev, nxt in zip(quotes, quotes[1:]):
            if prev["end"] > nxt["start"]:
                raise SystemExit(f"{aid}: overlapping quotes {prev['text']!r} / {nxt['text']!r}")
    names = {n for n, _ in a["people"]} | {n for n, _ in a["orgs"]}
    if "speaker_listed" in run:
        for q in quotes:
            if q["speaker"] and q["speaker"] not in names:
                raise SystemExit(f"{aid}: speaker {q['speaker']!r} not among people/organizations")
    for _, aliases in list(a["people"]) + (list(a["orgs"]) if "org_aliases" in run else []):
        for al in aliases:
            if al not in text:
                raise SystemExit(f"{aid}: alias {al!r} not in text")
    rels = []
    for head, rel, tail, ev in a["relations"]:
        find(text, ev, 0, aid)
        if "relation_listed" in run and (head not in names or tail not in names):
            raise SystemExit(f"{aid}: relation {head!r} {rel} {tail!r} names someone not listed")
        rels.append(dict(head=head, relation=rel, tail=tail, evidence=ev))
    bps = []
    for kind, bt in a["boilerplate"]:
        s = find(text, bt, 0, aid)
        if "boilerplate_unique" in run and text.count(bt) > 1:
            raise SystemExit(f"{aid}: ambiguous boilerplate {bt!r}")
        bps.append(dict(kind=kind, start=s, end=s + len(bt), text=bt))
    return dict(id=aid, url=a["url"], site=a["site"], published=a["published"], text=text, quotes=quotes,
                people=[dict(name=n, aliases=list(al)) for n, al in a["people"]],
                organizations=[dict(name=n, aliases=list(al)) for n, al in a["orgs"]],
                relations=rels, boilerplate=bps)


class GoldSet:
    """The articles of one evaluation set and the file they are written to."""

    def __init__(self, out: Path, skip: Iterable[str] = ()) -> None:
        self.out, self.skip, self.articles = out, tuple(skip), []

    def art(self, id, site, published, text, quotes, people, relations=(), boilerplate=(), orgs=(), url=None) -> None:
        """Register one article (text is stripped of its leading and trailing newlines)."""
        self.articles.append(dict(id=id, url=url or f"https://example.invalid/{id}", site=site,
                                  published=published, text=text.strip("\n"), quotes=quotes, people=people,
                                  relations=relations, boilerplate=boilerplate, orgs=orgs))

    def write(self) -> list[dict]:
        """Build every article and write them one JSON object per line; returns the records."""
        docs = [build(a, self.skip) for a in self.articles]
        with self.out.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        return docs

    def main(self) -> None:
        docs = self.write()
        n = sum(len(d["quotes"]) for d in docs)
        nd = sum(q["kind"] == D for d in docs for q in d["quotes"])
        print(f"{self.out}: {len(docs)} articles, {n} quotes ({nd} direct, {n - nd} indirect)")
