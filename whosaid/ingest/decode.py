"""Bytes to text: refuse binary junk, honour BOMs and declared charsets, guess only with care."""

from __future__ import annotations

import codecs
import logging

from ..errors import InputError

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never appear in text (everything below 0x20 except \t \n \f \r, plus DEL).
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read: NUL bytes or many control bytes."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False  # UTF-16/32 text legitimately contains NUL bytes
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(2, len(head) // 100)


def check_declared(source: str, encoding: str) -> str:
    """Return the codec name for a declared encoding, or raise an InputError naming it."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}") from None


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data`` read from ``source``; raise :class:`InputError` when it is not text.

    Order: binary check, BOM, the declared encoding, UTF-8, then a charset-normalizer guess that
    must be confident. A failed guess is an error ("unknown encoding"), never mojibake.
    """
    if not data.strip():
        raise InputError(source, "empty file")
    if looks_binary(data):
        raise InputError(source, "binary data, not text (is this the right file?)")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {name} text at byte {exc.start}") from None
    if declared:
        codec = check_declared(source, declared)
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            log.warning("%s: declared encoding %s does not fit the bytes; guessing", source, declared)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    guess = _guess(data)
    if guess is None:
        raise InputError(
            source,
            f"unknown encoding (not UTF-8: bad byte at {utf8_error.start}, and no confident guess); "
            "re-encode as UTF-8 or pass --encoding",
        )
    log.warning("%s: not UTF-8, read as %s", source, guess)
    return data.decode(guess)


def _guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.2:
        return None
    try:
        data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return best.encoding
