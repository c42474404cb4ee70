"""Pages on the web: fetched with a time and a size limit, and read by the loader of their content type."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from kg.errors import LoaderError
from kg.settings import get_settings

# Content type -> the file extension whose loader reads it.
CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/csv": ".csv",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/turtle": ".ttl",
    "application/ld+json": ".jsonld",
    "application/json": ".json",
}
UNTYPED = {"", "application/octet-stream", "binary/octet-stream"}


def is_url(source: object) -> bool:
    return isinstance(source, str) and source[:8].lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    media_type: str
    suffix: str  # the extension whose loader reads it
    data: bytes

    @property
    def file_name(self) -> str:
        """A file name for the page: the URL's last path segment (or its host), with the loader's extension."""
        parts = urlsplit(self.url)
        stem = PurePosixPath(parts.path).stem or parts.hostname or "page"
        return (re.sub(r"[^\w.-]+", "-", stem).strip(".-") or "page")[:100] + self.suffix


def _suffix(url: str, media_type: str, known: set[str]) -> str:
    if media_type in CONTENT_TYPES:
        return CONTENT_TYPES[media_type]
    extension = PurePosixPath(urlsplit(url).path).suffix.lower()
    if media_type in UNTYPED and extension in known:
        return extension
    accepted = ", ".join(sorted(CONTENT_TYPES))
    raise LoaderError(f"{url}: content type {media_type or '(none)'!r} is not one kg reads (accepted: {accepted})")


def fetch(url: str, known: set[str]) -> Fetched:
    """GET `url`: refused when the status is an error, the type has no loader, or it is too big or too slow."""
    import httpx

    settings = get_settings()
    limit, timeout = settings.fetch_max_bytes, settings.fetch_timeout_s
    deadline = time.monotonic() + timeout
    too_slow = f"{url}: no complete answer within {timeout:g} s (KG_FETCH_TIMEOUT_S)"
    too_big = f"{url}: more than {limit} bytes, over the limit (KG_FETCH_MAX_BYTES)"
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": "kg-ingest"}) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise LoaderError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            suffix = _suffix(str(response.url), media_type, known)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise LoaderError(too_big)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise LoaderError(too_big)
                if time.monotonic() > deadline:
                    raise LoaderError(too_slow)
                chunks.append(chunk)
            return Fetched(url, str(response.url), media_type, suffix, b"".join(chunks))
    except httpx.TimeoutException as error:
        raise LoaderError(too_slow) from error
    except httpx.HTTPError as error:
        raise LoaderError(f"{url}: {type(error).__name__}: {error}") from error
