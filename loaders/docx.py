"""Word documents (.docx): paragraphs in order, with the core properties as metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

from kg.errors import LoaderError
from kg.model import Document

from .text import check_size


def load_docx(path: Path) -> list[Document]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_size(path)
    try:
        word = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise LoaderError(f"{path}: not a readable .docx file ({error})") from error
    paragraphs = [p.text.strip() for p in word.paragraphs if p.text.strip()]
    if not paragraphs:
        raise LoaderError(f"{path}: the document has no text")
    props = word.core_properties
    return [
        Document(
            text="\n\n".join(paragraphs),
            title=props.title or path.stem,
            format="docx",
            published=props.created.date().isoformat() if props.created else None,
            language=props.language or None,
            metadata={"path": str(path), **({"author": props.author} if props.author else {})},
        )
    ]
