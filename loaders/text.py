"""Plain text and Markdown: the text is kept as it is, so evidence offsets index the file itself."""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import LoaderError
from kg.model import Document
from kg.settings import get_settings

_TITLE_LINE = re.compile(r"^(?:#\s+|TITLE:\s*)(?P<title>.+)$", re.M)
_SOURCE_LINE = re.compile(r"^SOURCE:\s*(?P<uri>\S+)\s*$", re.M)


def max_bytes() -> int:
    """The largest file a loader reads: KG_MAX_DOCUMENT_BYTES (20 MiB by default)."""
    return get_settings().max_document_bytes


def check_size(path: Path) -> None:
    """Refuse a file over the limit before reading it."""
    try:
        size, limit = path.stat().st_size, max_bytes()
    except OSError as error:
        raise LoaderError(f"{path}: cannot read ({error.strerror})") from error
    if size > limit:
        raise LoaderError(f"{path}: {size} bytes is over the limit of {limit} (KG_MAX_DOCUMENT_BYTES)")


def read_text(path: Path) -> str:
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoaderError(f"{path}: cannot read ({error.strerror})") from error
    if not data.strip():
        raise LoaderError(f"{path}: empty file")
    if b"\x00" in data[:8192]:
        raise LoaderError(f"{path}: binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoaderError(f"{path}: not valid UTF-8 (byte {error.start})") from error


def load_text(path: Path) -> list[Document]:
    text = read_text(path)
    title = _TITLE_LINE.search(text[:2000])
    source = _SOURCE_LINE.search(text[:2000])
    return [
        Document(
            text=text,
            title=title.group("title").strip() if title else path.stem,
            uri=source.group("uri") if source else None,
            format="text",
            metadata={"path": str(path)},
        )
    ]


def load_markdown(path: Path) -> list[Document]:
    text = read_text(path)
    title = _TITLE_LINE.search(text)
    return [
        Document(
            text=text,
            title=title.group("title").strip() if title else path.stem,
            format="markdown",
            metadata={"path": str(path)},
        )
    ]
