"""Readers: every input becomes Articles, or a clear InputError naming it; nothing is dropped silently.

Plain text, HTML (trafilatura + htmldate), JSON Lines and RSS/Atom (feedparser). The format is
chosen by file ending and, where that says nothing, by sniffing the first bytes.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from lagebild.errors import InputError
from lagebild.ingest.decode import check_size, decode
from lagebild.ingest.text import article_from_text, content_id, parse_published
from lagebild.records import Article

__all__ = ["article_from_text", "content_id", "expand_paths", "parse_published", "read_bytes", "read_path"]

_TEXT = {".txt", ".text", ".md", ""}
_HTML = {".html", ".htm", ".xhtml"}
_JSONL = {".jsonl", ".ndjson", ".jsonlines"}
_FEED = {".rss", ".atom", ".xml", ".feed"}
_KNOWN = _TEXT | _HTML | _JSONL | _FEED


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        return "html"
    return "text"


def _format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in _HTML:
        return "html"
    if suffix in _JSONL:
        return "jsonl"
    if suffix in _FEED:
        return "feed"
    return _sniff(data)


def read_bytes(
    data: bytes, source: str, published: datetime | None = None, fmt: str | None = None
) -> Iterator[Article | InputError]:
    """Articles from the bytes of one input; errors are yielded, not raised, so a batch goes on."""
    try:
        fmt = fmt or _sniff(data)
        if fmt == "feed":
            if not data.strip():
                raise InputError("E002", "the input is empty", source)
            check_size(len(data), source)
            yield from read_feed(data, source, published)
            return
        text = decode(data, source)
        if fmt == "jsonl":
            yield from read_jsonl(text, source, published)
        elif fmt == "html":
            yield read_html(text, source, published)
        else:
            yield article_from_text(text, source=source, published=published)
    except InputError as exc:
        yield exc


def read_path(path: str | os.PathLike[str], published: datetime | None = None) -> Iterator[Article | InputError]:
    p = Path(path)
    source = str(path)
    if not p.exists():
        yield InputError("E001", "no such file or folder", source)
        return
    if not p.is_file():
        yield InputError("E009", "not a regular file", source)
        return
    try:
        check_size(p.stat().st_size, source)
        data = p.read_bytes()
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError("E001", f"cannot be read: {exc.strerror}", source)
        return
    yield from read_bytes(data, source, published, _format(p, data))


def expand_paths(specs: Iterable[str]) -> Iterator[Path | InputError]:
    """Files as given, folders walked (known endings only), globs expanded; missing ones reported."""
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and child.suffix.lower() in _KNOWN:
                    yield child
        elif p.exists():
            yield p
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield InputError("E001", "the pattern matches no file", spec)
            for m in matches:
                if Path(m).is_file():
                    yield Path(m)
        else:
            yield InputError("E001", "no such file or folder", spec)


# Imported last: the readers import ``article_from_text`` from this package's text module.
from lagebild.ingest.feed import read_feed  # noqa: E402
from lagebild.ingest.html import read_html  # noqa: E402
from lagebild.ingest.jsonl import read_jsonl  # noqa: E402
