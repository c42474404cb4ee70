"""Documents in: a loader registry by file extension, each loader turning a file into Documents."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import LoaderError
from kg.model import Document

from .text import load_markdown, load_text

Loader = Callable[[Path], list[Document]]

LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".text": load_text,
    ".md": load_markdown,
    ".markdown": load_markdown,
}


def loader_for(path: Path) -> Loader:
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoaderError(
            f"{path}: no loader for '{path.suffix or 'files without an extension'}' "
            f"(known: {', '.join(sorted(LOADERS))})"
        )
    return loader


def discover(paths: list[Path]) -> Iterator[Path]:
    """Files named directly, and files with a known extension under folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in LOADERS)
        elif path.exists():
            yield path
        else:
            raise LoaderError(f"{path}: no such file or folder")


def load(path: Path) -> list[Document]:
    return loader_for(path)(path)
