"""What a file holds, from its bytes: the suffix of the loader that reads it.

The name decides when it has a loader's extension, unless the bytes are clearly another binary format
(a PDF named `.txt`). A file without an extension, or with one no loader has, is read by what it looks like:
PDF, DOCX, HTML, an RSS or Atom feed, JSON (or JSON Lines), or else UTF-8 text.
"""

from __future__ import annotations

import codecs
import json
import re
import zipfile
from pathlib import Path

from kg.errors import LoaderError

from .text import max_bytes

HEAD = 8192  # bytes enough to tell a binary format or markup
# Before the first element: a UTF-8 BOM, white space, an XML declaration, comments, and a doctype other than HTML's.
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s|<\?xml[^>]*>|<!--.*?-->|<!doctype(?!\s+html\b)[^>]*>)*", re.I | re.S)
_FIRST_TAG = re.compile(rb"<!doctype\s+(html)\b|<([a-z][\w:.-]*)", re.I)


def sniff(path: Path, named: str | None = None) -> str | None:
    """The suffix whose loader reads `path`: `named` (the loader's extension the name has, if any) unless the
    first bytes are PDF or DOCX; without one, what the content looks like; None for content kg does not read."""
    try:
        with path.open("rb") as file:
            head = file.read(HEAD)
            binary = _binary(path, head)
            if binary or named:
                return binary or named
            markup = _markup(head)
            if markup:
                return markup
            limit = max_bytes()
            data = head + file.read(limit + 1 - len(head))
    except OSError as error:
        raise LoaderError(f"{path}: cannot read ({error.strerror})") from error
    return _text(data, complete=len(data) <= limit)


def _binary(path: Path, head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04"):  # a ZIP: DOCX when it holds a Word document's body
        try:
            with zipfile.ZipFile(path) as archive:
                return ".docx" if "word/document.xml" in archive.namelist() else None
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
    return None


def _markup(head: bytes) -> str | None:
    """HTML, or an RSS/Atom feed, by the first element (or HTML's doctype)."""
    prolog = _PROLOG.match(head)
    tag = _FIRST_TAG.match(head, prolog.end() if prolog else 0)
    name = (tag.group(1) or tag.group(2)).lower() if tag else b""
    if name == b"html":
        return ".html"
    if name == b"rss" or (name == b"rdf:rdf" and b"purl.org/rss/1.0" in head):  # RSS 2.0 or 1.0
        return ".rss"
    if name == b"feed":
        return ".atom"
    return None


def _text(data: bytes, complete: bool) -> str | None:
    """JSON, JSON Lines or plain text when `data` is UTF-8 without NUL bytes (`complete`: the whole file)."""
    if b"\x00" in data:
        return None
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=complete)
    except UnicodeDecodeError:
        return None
    if complete and text.lstrip()[:1] in ("{", "["):
        if _is_json(text):
            return ".json"
        lines = [line for line in text.splitlines() if line.strip()]
        if lines and all(line.lstrip().startswith("{") and _is_json(line) for line in lines):
            return ".jsonl"
    return ".txt"


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True
