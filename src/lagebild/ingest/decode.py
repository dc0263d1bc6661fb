"""Bytes to text: size and binary checks, UTF-8 first, then a detected encoding."""

from __future__ import annotations

import charset_normalizer

from lagebild import settings
from lagebild.errors import InputError

# Control characters other than tab, newline, carriage return and form feed mark binary data.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))


def check_size(size: int, source: str) -> None:
    limit = int(settings.get("max_bytes"))
    if size > limit:
        raise InputError(
            "E004",
            f"{size:,} bytes is over the limit of {limit:,} (setting max_bytes / LAGEBILD_MAX_BYTES)",
            source,
        )


def decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise InputError("E002", "the input is empty", source)
    check_size(len(data), source)
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise InputError("E003", "the input contains NUL bytes; it looks like a binary file", source)
    if sum(head.count(bytes([c])) for c in _CONTROL) > max(8, len(head) // 50):
        raise InputError("E003", "the input is full of control characters; it looks like a binary file", source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("E005", "the input is neither UTF-8 nor any encoding that could be detected", source)
    return str(best)
