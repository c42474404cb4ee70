"""PDF files: text per page; page boundaries are kept so that evidence can name its page."""

from __future__ import annotations

from pathlib import Path

from kg.errors import LoaderError
from kg.model import Document

from .text import check_size


def load_pdf(path: Path) -> list[Document]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    check_size(path)
    try:
        reader = PdfReader(path)
        pages_text = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as error:
        raise LoaderError(f"{path}: not a readable PDF ({error})") from error
    text, pages, offset = [], [], 0
    for number, page_text in enumerate(pages_text, start=1):
        if not page_text:
            continue
        pages.append([number, offset, offset + len(page_text)])
        text.append(page_text)
        offset += len(page_text) + 2
    if not text:
        raise LoaderError(f"{path}: the PDF has no extractable text (scanned images?)")
    title = str(info.title) if info is not None and info.title else path.stem
    author = str(info.author) if info is not None and info.author else None
    created = info.creation_date.date().isoformat() if info is not None and info.creation_date else None
    return [
        Document(
            text="\n\n".join(text),
            title=title,
            published=created,
            format="pdf",
            metadata={"path": str(path), "pages": pages, **({"author": author} if author else {})},
        )
    ]
