"""RSS and Atom feeds: each item is a document with its link, title and date."""

from __future__ import annotations

import time
from pathlib import Path

from kg.errors import LoaderError
from kg.model import Document

from .html import html_to_document
from .text import read_text


def load_feed(path: Path) -> list[Document]:
    import feedparser

    parsed = feedparser.parse(read_text(path))
    if parsed.bozo and not parsed.entries:
        raise LoaderError(f"{path}: not a readable RSS/Atom feed ({parsed.bozo_exception})")
    documents = []
    for entry in parsed.entries:
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        text = html_to_document(f"<article><p>{body}</p></article>", str(path)).text if body else ""
        title = entry.get("title", "").strip()
        full = "\n\n".join(part for part in (title, text) if part)
        if not full:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        documents.append(
            Document(
                text=full,
                title=title or None,
                uri=entry.get("link"),
                format="feed",
                published=time.strftime("%Y-%m-%d", stamp) if stamp else None,
                metadata={"path": str(path), "feed": parsed.feed.get("title")},
            )
        )
    if not documents:
        raise LoaderError(f"{path}: the feed has no items")
    return documents
