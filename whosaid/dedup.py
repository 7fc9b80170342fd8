"""Near-duplicate detection: copies of one story syndicated under other URLs or sites.

(The same URL, feed guid or canonical URL twice is the store's job; this module links copies
whose *text* is nearly the same.)

A :class:`Signature` is a 128-value MinHash of the article's 5-word shingles, boilerplate
removed, plus the shingle count. Two signatures estimate Jaccard similarity (shared shingles /
all shingles) and containment (shared / the smaller text), so an excerpt of a longer story is
found too. :class:`StoryIndex` finds candidates by locality-sensitive hashing (42 bands of 3
values) and links an article to the story of its best match. Signatures serialise to bytes, so
the store can persist them and rebuild an index.

The hash family is fixed (seeded), so signatures made in different processes and runs compare.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .records import Document

NUM_PERM = 128
SHINGLE_WORDS = 5
BANDS, ROWS = 42, 3  # candidate probability 0.94 at Jaccard 0.4, 0.29 at 0.2
JACCARD_THRESHOLD = 0.5  # same story when estimated Jaccard reaches this...
CONTAINMENT_THRESHOLD = 0.8  # ...or when the smaller text is this much inside the larger
MIN_SHINGLES_FOR_CONTAINMENT = 40  # a one-paragraph brief is not "contained" story evidence

_rng = np.random.default_rng(20240614)
_A = (_rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)  # odd multipliers
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
_EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
_WORD = re.compile(r"\w+")
_VERSION = 1


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash of one text: ``values`` (uint32 x 128) and ``size`` (number of distinct shingles)."""

    values: np.ndarray
    size: int

    def to_bytes(self) -> bytes:
        """Serialise for storage (a SQLite BLOB): version, size, then 128 little-endian uint32."""
        return struct.pack("<BI", _VERSION, self.size) + self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        version, size = struct.unpack_from("<BI", data)
        if version != _VERSION:
            raise ValueError(f"signature version {version}, expected {_VERSION}")
        values = np.frombuffer(data, dtype="<u4", offset=5).astype(np.uint32)
        return cls(values, size)

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        if self.size == 0 or other.size == 0:
            return 0.0
        return float(np.mean(self.values == other.values))

    def containment(self, other: Signature) -> float:
        """Estimated share of the smaller text's shingles found in the larger one."""
        j = self.jaccard(other)
        smaller = min(self.size, other.size)
        if smaller == 0:
            return 0.0
        shared = j * (self.size + other.size) / (1 + j)
        return min(1.0, shared / smaller)

    def same_story(self, other: Signature) -> bool:
        """The rule the index links by: high Jaccard, or a long-enough excerpt of the other."""
        if self.jaccard(other) >= JACCARD_THRESHOLD:
            return True
        return (min(self.size, other.size) >= MIN_SHINGLES_FOR_CONTAINMENT
                and self.containment(other) >= CONTAINMENT_THRESHOLD)


def normalise(text: str) -> list[str]:
    """Words, case-folded and accent-stable, with quote and dash styles erased."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(text)


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct 64-bit hashes of the text's k-word shingles (the whole text when shorter)."""
    words = normalise(text)
    if not words:
        return np.empty(0, dtype=np.uint64)
    grams = {" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}
    digests = b"".join(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest() for g in grams)
    return np.frombuffer(digests, dtype="<u8").astype(np.uint64)


def signature(text: str) -> Signature:
    """The MinHash signature of ``text``."""
    hashes = shingle_hashes(text)
    if hashes.size == 0:
        return Signature(_EMPTY.copy(), 0)
    with np.errstate(over="ignore"):  # multiply-add-shift hashing wraps modulo 2**64 on purpose
        mixed = (hashes[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return Signature(mixed.min(axis=0).astype(np.uint32), int(hashes.size))


def body_text(doc: Document) -> str:
    """The article without its boilerplate spans and headline (copies retitle and re-footer)."""
    parts, pos = [], 0
    for b in sorted(doc.boilerplate, key=lambda b: b.start):
        if b.start > pos:
            parts.append(doc.text[pos : b.start])
        pos = max(pos, b.end)
    parts.append(doc.text[pos:])
    text = "\n".join(parts)
    if doc.title and text.lstrip().startswith(doc.title):
        text = text.lstrip()[len(doc.title) :]
    return text


def document_signature(doc: Document) -> Signature:
    """The signature of a document's body (call after :func:`whosaid.clean.mark_boilerplate`)."""
    return signature(body_text(doc))


class StoryIndex:
    """Links near-duplicate articles into stories as they are added.

    >>> index = StoryIndex()
    >>> index.add("a", "the full story text ...")           # -> "a" (a new story)
    >>> index.add("b", "the same story text, resyndicated") # -> "a" when it is a near-duplicate
    """

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
        self._signatures: dict[str, Signature] = {}
        self._story: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def story_of(self, doc_id: str) -> str | None:
        return self._story.get(doc_id)

    def signature_of(self, doc_id: str) -> Signature | None:
        return self._signatures.get(doc_id)

    def query(self, item: str | Signature | Document) -> list[tuple[str, float]]:
        """Indexed articles that are the same story as ``item``, best first, with Jaccard estimates."""
        sig = _as_signature(item)
        candidates = {d for key in band_keys(sig) for d in self._buckets.get(key, ())}
        hits = [(d, sig.jaccard(self._signatures[d])) for d in candidates if sig.same_story(self._signatures[d])]
        return sorted(hits, key=lambda h: (-h[1], h[0]))

    def add(self, doc_id: str, item: str | Signature | Document, *, story_id: str | None = None) -> str:
        """Index ``doc_id`` and return its story id: the best match's story, else ``story_id`` or
        ``doc_id`` itself. Adding an id again replaces its signature."""
        sig = _as_signature(item)
        if doc_id in self._signatures:
            self.remove(doc_id)
        if story_id is None:
            matches = self.query(sig)
            story_id = self._story[matches[0][0]] if matches else doc_id
        self._signatures[doc_id] = sig
        self._story[doc_id] = story_id
        if sig.size:
            for key in band_keys(sig):
                self._buckets[key].append(doc_id)
        return story_id

    def remove(self, doc_id: str) -> None:
        sig = self._signatures.pop(doc_id, None)
        self._story.pop(doc_id, None)
        if sig is not None:
            for key in band_keys(sig):
                bucket = self._buckets.get(key)
                if bucket and doc_id in bucket:
                    bucket.remove(doc_id)


def _as_signature(item: str | Signature | Document) -> Signature:
    if isinstance(item, Signature):
        return item
    if isinstance(item, Document):
        return document_signature(item)
    return signature(item)


def band_keys(sig: Signature) -> list[tuple[int, bytes]]:
    """The LSH keys (band number, band bytes) of a signature: two signatures that share one are
    candidates. A store can persist these in an indexed table to find candidates in SQL."""
    if sig.size == 0:
        return []
    return [(b, sig.values[b * ROWS : (b + 1) * ROWS].tobytes()) for b in range(BANDS)]


__all__ = [
    "Signature",
    "StoryIndex",
    "band_keys",
    "body_text",
    "document_signature",
    "normalise",
    "shingle_hashes",
    "signature",
]

