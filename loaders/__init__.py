"""Documents in: a loader registry by file extension, each loader turning a file into Documents.

Sources are files, folders, or http(s) URLs (fetched, then read by the loader of their content type).
A file whose name has no loader's extension is read by what its bytes look like (see `sniff`); plugins
add loaders as entry points in group `kg.loaders`."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path

from kg.errors import LoaderError
from kg.model import Document, Extraction

from .docx import load_docx
from .extractions import load_extractions
from .feeds import load_feed
from .html import load_html
from .jsonld import load_json, load_jsonld
from .metadata import amend, check_sources, overrides
from .pdf import load_pdf
from .sniff import sniff
from .tabular import load_table
from .text import load_markdown, load_text
from .turtle import load_turtle
from .web import fetch, is_url

Loader = Callable[[Path], Sequence[Document | Extraction]]
Source = Path | str  # a file or folder, or an http(s) URL

__all__ = [
    "LOADERS",
    "Loader",
    "Source",
    "check_sources",
    "discover",
    "is_url",
    "load",
    "loader_for",
    "overrides",
    "registry",
]

LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".text": load_text,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".rss": load_feed,
    ".atom": load_feed,
    ".xml": load_feed,
    ".jsonl": load_table,
    ".ndjson": load_table,
    ".csv": load_table,
    ".ttl": load_turtle,
    ".turtle": load_turtle,
    ".jsonld": load_jsonld,
    ".json": load_json,
    ".extraction.jsonl": load_extractions,  # picked before ".jsonl" (see loader_for)
}


@cache
def registry() -> dict[str, Loader]:
    """Built-in loaders plus plugins: entry points in group `kg.loaders` named by extension (".eml")."""
    loaders = dict(LOADERS)
    for entry in entry_points(group="kg.loaders"):
        loaders[entry.name if entry.name.startswith(".") else "." + entry.name] = entry.load()
    return loaders


def _named(path: Path, loaders: Mapping[str, Loader]) -> str | None:
    """The longest registered suffix of the name (".extraction.jsonl" before ".jsonl"), if any."""
    double = "".join(path.suffixes[-2:]).lower()
    if len(path.suffixes) > 1 and double in loaders:
        return double
    return path.suffix.lower() if path.suffix.lower() in loaders else None


def loader_for(path: Path) -> Loader:
    """The loader of the name's extension, unless the bytes are clearly another binary format (a PDF named
    `.txt`); for a name no loader has, the loader of what the content looks like. A plugin's extension is
    the plugin's: its files are not sniffed."""
    loaders = registry()
    named = _named(path, loaders)
    if named is not None and loaders[named] is not LOADERS.get(named):
        return loaders[named]
    suffix = sniff(path, named)
    if suffix is None:
        raise LoaderError(
            f"{path}: no loader for '{path.suffix or 'files without an extension'}' and the content is none "
            f"kg recognises (PDF, DOCX, HTML, RSS/Atom, JSON, UTF-8 text); known: {', '.join(sorted(loaders))}"
        )
    return loaders[suffix] if suffix == named else _as_named(loaders[suffix], suffix)


def _as_named(loader: Loader, suffix: str) -> Loader:
    """`loader` given the file under a name ending with `suffix`, as a loader may go by the name (the table
    loader tells JSON Lines from CSV by it); the documents and errors name the file itself."""

    def load_named(path: Path) -> list[Document | Extraction]:
        with tempfile.TemporaryDirectory(prefix="kg-sniffed-") as folder:
            alias = Path(folder) / (path.stem + suffix)
            try:
                alias.symlink_to(path.resolve())
            except OSError:  # no symbolic links here: the loader reads the file under its own name
                return list(loader(path))
            try:
                items = list(loader(alias))
            except LoaderError as error:
                raise LoaderError(str(error).replace(str(alias), str(path))) from error
        return [_renamed(item, alias, path) for item in items]

    return load_named


def _renamed(item: Document | Extraction, alias: Path, path: Path) -> Document | Extraction:
    document = item.document if isinstance(item, Extraction) else item
    changes: dict[str, object] = {}
    if document.metadata.get("path") == str(alias):
        changes["metadata"] = {"path": str(path)}
    if document.title == alias.name:  # a title from the file name (facts files)
        changes["title"] = path.name
    return amend(item, **changes) if changes else item


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def discover(sources: Iterable[str | Path], unread: list[Path] | None = None) -> Iterator[Source]:
    """URLs and files named directly, and files with a known extension under folders, in a stable order.

    Files under folders that no loader reads (hidden ones aside) are appended to `unread` when given."""
    for source in sources:
        if is_url(source):
            yield str(source)
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            yield from (p for p in files if p.suffix.lower() in registry())
            if unread is not None:
                unread.extend(p for p in files if p.suffix.lower() not in registry() and not _hidden(p, path))
        elif path.exists():
            yield path
        else:
            raise LoaderError(f"{path}: no such file or folder")


def _load_url(url: str) -> list[Document | Extraction]:
    """The page's documents, with the URL as their source (a feed's items keep their own links)."""
    page = fetch(url, set(registry()))
    with tempfile.TemporaryDirectory(prefix="kg-fetch-") as folder:
        path = Path(folder) / page.file_name
        path.write_bytes(page.data)
        try:
            items = list(registry()[page.suffix](path))
        except LoaderError as error:
            raise LoaderError(str(error).replace(str(path), url)) from error
    found = []
    for item in items:
        document = item.document if isinstance(item, Extraction) else item
        own_uri = document.uri if len(items) > 1 and document.uri else None
        extra = {
            "path": None,
            "content_type": page.media_type,
            "final_url": page.final_url if page.final_url != url else None,
            "canonical": document.uri if document.uri and document.uri != url and not own_uri else None,
        }
        found.append(amend(item, uri=own_uri or url, metadata=extra))
    return found


def load(source: Source, metadata: Mapping[str, str | None] | None = None) -> list[Document | Extraction]:
    """Documents to extract from, or Extractions of known facts that need no extraction.

    `metadata` (title, source, author, published, language) overrides what the source says, where given."""
    changes = overrides(metadata)
    items = _load_url(str(source)) if is_url(source) else _with_file_uri(Path(source))
    given = changes.pop("uri", None)
    items = [amend(item, **changes) for item in items] if changes else items
    if given:  # the source the user names: the document's own, or, one per item, with its number after '#'
        items = [amend(item, uri=given if len(items) == 1 else f"{given}#{n}") for n, item in enumerate(items, 1)]
    return items


def _with_file_uri(path: Path) -> list[Document | Extraction]:
    """A file's documents; one that names no source of its own has the file's URI (with its number after '#'
    when the file holds several), so that the file's next version replaces it."""
    items = list(loader_for(path)(path))
    uri = path.resolve().as_uri()
    return [
        item
        if (item.document if isinstance(item, Extraction) else item).uri
        else amend(item, uri=uri if len(items) == 1 else f"{uri}#{n}")
        for n, item in enumerate(items, 1)
    ]
