"""Small helpers shared by the readers: readable stable ids, ISO 8601 dates, text joining."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

_SLUG = re.compile(r"[^a-z0-9]+")


def doc_id(key: str, hint: str | None = None) -> str:
    """A readable id that is stable for ``key`` (a URL or guid): ``last-path-words-1a2b3c4d``.

    The same URL always gives the same id, so re-ingesting updates instead of duplicating.
    """
    if hint is None:
        path = urlsplit(key).path if "://" in key else key
        hint = path.rstrip("/").rsplit("/", 1)[-1]
        hint = re.sub(r"\.(s?html?|php|aspx?)$", "", hint)
    slug = _SLUG.sub("-", (hint or "").lower()).strip("-")[:60].strip("-")
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=4).hexdigest()
    return f"{slug}-{digest}" if slug else digest


def iso_date(value: str | None) -> str | None:
    """Normalise a feed or page date (RFC 822, ISO 8601, date only) to ISO 8601; None if unreadable."""
    if not value:
        return None
    value = value.strip()
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value) if re.match(r"^\d{4}-\d\d-\d\dT", value) else value  # +0100 -> +01:00
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if len(value) == 10 and "T" not in value:
        return parsed.date().isoformat()  # a date without time stays a date
    if value.endswith("T00:00:00") and parsed.tzinfo is None:
        return parsed.date().isoformat()  # htmldate's padding of a date-only value
    return parsed.isoformat()


def struct_time_iso(value) -> str | None:  # noqa: ANN001 - time.struct_time from feedparser
    """feedparser's *_parsed struct (always UTC) to ISO 8601."""
    if not value:
        return None
    return datetime(*value[:6], tzinfo=timezone.utc).isoformat()


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs separated by one blank line, as every reader's ``text`` has them."""
    return "\n\n".join(p for p in paragraphs if p)


def with_title(title: str | None, body: str) -> str:
    """Put the headline first (headlines carry quotes too) unless the body already starts with it."""
    if not title:
        return body
    first = body.split("\n", 1)[0].strip()
    if _norm(first) == _norm(title):
        return body
    return join_paragraphs([title.strip(), body])


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()
