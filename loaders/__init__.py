"""Documents in: a loader registry by file extension, each loader turning a file into Documents."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path

from kg.errors import LoaderError
from kg.model import Document, Extraction

from .docx import load_docx
from .feeds import load_feed
from .html import load_html
from .pdf import load_pdf
from .tabular import load_table
from .text import load_markdown, load_text

Loader = Callable[[Path], Sequence[Document | Extraction]]

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
}


@cache
def registry() -> dict[str, Loader]:
    """Built-in loaders plus plugins: entry points in group `kg.loaders` named by extension (".eml")."""
    loaders = dict(LOADERS)
    for entry in entry_points(group="kg.loaders"):
        loaders[entry.name if entry.name.startswith(".") else "." + entry.name] = entry.load()
    return loaders


def loader_for(path: Path) -> Loader:
    loader = registry().get(path.suffix.lower())
    if loader is None:
        raise LoaderError(
            f"{path}: no loader for '{path.suffix or 'files without an extension'}' "
            f"(known: {', '.join(sorted(registry()))})"
        )
    return loader


def discover(paths: list[Path]) -> Iterator[Path]:
    """Files named directly, and files with a known extension under folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in registry())
        elif path.exists():
            yield path
        else:
            raise LoaderError(f"{path}: no such file or folder")


def load(path: Path) -> list[Document | Extraction]:
    """Documents to extract from, or Extractions of known facts that need no extraction."""
    return list(loader_for(path)(path))
