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

    Order: binary check, BOM, the declared encoding, UTF-8, then Windows-1252 when it fits. A failed guess is an error ("unknown encoding"), never mojibake.
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
    # Legacy news pages and exports are overwhelmingly Windows-1252/Latin-1. Short texts defeat
    # statistical detectors (they read French Latin-1 as Mac Central European), so the only guess
    # made is cp1252, and only when every byte decodes and no control character results.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and not any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
        log.warning("%s: not UTF-8, read as Windows-1252 (pass --encoding to choose another)", source)
        return text
    raise InputError(
        source,
        f"unknown encoding (not UTF-8: bad byte at {utf8_error.start}, and not Windows-1252); "
        "re-encode as UTF-8 or pass --encoding",
    )
