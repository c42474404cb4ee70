"""A file whose name has no loader's extension is read by what its bytes look like, as if properly named;
a file whose bytes are clearly another binary format than its extension says is read by its bytes."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import loaders
from kg.errors import LoaderError
from kg.model import Document, Extraction

from .test_formats import PARAGRAPHS, write_docx, write_html, write_pdf
from .test_properties import documents_or_a_loader_error

ARTICLE = "\n\n".join(PARAGRAPHS)


def write_rss(path: Path) -> Path:
    items = "".join(
        f"<item><title>Story {i}</title><link>https://news.example/{i}</link><description>{p}</description></item>"
        for i, p in enumerate(PARAGRAPHS, start=1)
    )
    path.write_text(f"<?xml version='1.0'?>\n<rss version='2.0'><channel><title>News</title>{items}</channel></rss>")
    return path


def write_atom(path: Path) -> Path:
    entries = "".join(
        f"<entry><title>Story {i}</title><link href='https://news.example/{i}'/><id>urn:{i}</id>"
        f"<updated>2024-01-0{i}T10:00:00Z</updated><summary>{p}</summary></entry>"
        for i, p in enumerate(PARAGRAPHS, start=1)
    )
    path.write_text(f"<feed xmlns='http://www.w3.org/2005/Atom'><title>News</title>{entries}</feed>")
    return path


def write_doctype_html(path: Path) -> Path:
    """An upper-case doctype after a BOM and white space."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    path.write_bytes(b"\xef\xbb\xbf \n\t<!DOCTYPE HTML>\n" + f"<HTML><BODY>{body}</BODY></HTML>".encode())
    return path


def write_json(path: Path) -> Path:
    path.write_text(json.dumps([{"text": p, "title": f"Story {i}"} for i, p in enumerate(PARAGRAPHS, start=1)]))
    return path


def write_jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps({"text": p}) + "\n" for p in PARAGRAPHS))
    return path


def write_text(path: Path) -> Path:
    path.write_text(ARTICLE)
    return path


Writer = Callable[[Path], Path]
# writer, the extension that names its format, and the format of its documents
CASES: dict[str, tuple[Writer, str, str]] = {
    "pdf": (write_pdf, ".pdf", "pdf"),
    "docx": (write_docx, ".docx", "docx"),
    "rss": (write_rss, ".rss", "feed"),
    "atom": (write_atom, ".atom", "feed"),
    "html": (write_html, ".html", "html"),
    "doctype-html": (write_doctype_html, ".html", "html"),
    "json": (write_json, ".json", "json"),
    "jsonl": (write_jsonl, ".jsonl", "jsonl"),
    "text": (write_text, ".txt", "text"),
}


def essence(items: list[Document | Extraction]) -> list[dict[str, Any]]:
    """What a loader read, apart from where the file is (the path, and the file URI given to a document)."""
    found = []
    for item in items:
        assert isinstance(item, Document)
        data = item.model_dump(exclude={"id"})
        data["metadata"].pop("path", None)
        if str(data["uri"]).startswith("file:"):
            data["uri"] = None
        found.append(data)
    return found


def load_both(tmp_path: Path, writer: Writer, suffix: str, name: str) -> tuple[list[Any], list[Any]]:
    """The documents of a properly named file and of the same bytes under `name` (the same stem: titles agree)."""
    named, other = tmp_path / "named", tmp_path / "other"
    named.mkdir()
    other.mkdir()
    proper = writer(named / f"{name.split('.')[0]}{suffix}")
    (other / name).write_bytes(proper.read_bytes())
    return essence(loaders.load(proper)), essence(loaders.load(other / name))


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("name", ["report", "report.dat"], ids=["no-extension", "unknown-extension"])
def test_a_file_without_a_known_extension_reads_like_the_properly_named_file(
    tmp_path: Path, case: str, name: str
) -> None:
    writer, suffix, format_ = CASES[case]
    proper, sniffed = load_both(tmp_path, writer, suffix, name)
    assert sniffed == proper
    assert {d["format"] for d in sniffed} == {format_}
    assert any("Amazon invested $4 billion in Anthropic" in d["text"] for d in sniffed)


@pytest.mark.parametrize(
    "case, name", [("pdf", "report.txt"), ("docx", "report.txt"), ("pdf", "report.html"), ("docx", "report.md")]
)
def test_bytes_of_another_binary_format_than_the_extension_are_read_by_the_bytes(
    tmp_path: Path, case: str, name: str
) -> None:
    writer, suffix, format_ = CASES[case]
    proper, sniffed = load_both(tmp_path, writer, suffix, name)
    assert sniffed == proper and sniffed[0]["format"] == format_


def test_a_text_extension_on_markup_keeps_its_loader(tmp_path: Path) -> None:
    """Only binary formats overrule the extension: HTML named .txt is text the user chose to read as text."""
    page = write_html(tmp_path / "page.txt")
    (document,) = loaders.load(page)
    assert isinstance(document, Document) and document.format == "text" and "<article>" in document.text


def write_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes/readme.txt", ARTICLE)


JUNK: dict[str, Callable[[Path], object]] = {
    "bytes": lambda path: path.write_bytes(bytes(range(256)) * 4),
    "nul-in-text": lambda path: path.write_bytes(ARTICLE.encode() + b"\x00" + ARTICLE.encode()),
    "latin-1": lambda path: path.write_bytes("Soci\xe9t\xe9 G\xe9n\xe9rale invested.".encode("latin-1")),
    "zip-without-a-word-document": write_zip,
}


@pytest.mark.parametrize("junk", sorted(JUNK))
@pytest.mark.parametrize("name", ["blob", "blob.dat"], ids=["no-extension", "unknown-extension"])
def test_binary_junk_without_a_known_extension_is_refused_naming_the_file(tmp_path: Path, junk: str, name: str) -> None:
    path = tmp_path / name
    JUNK[junk](path)
    with pytest.raises(LoaderError) as error:
        loaders.load(path)
    message = str(error.value)
    assert message.startswith(f"{path}: no loader for ") and "content is none kg recognises" in message


def test_folders_still_pick_only_files_with_a_known_extension_but_named_files_are_sniffed(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    write_pdf(folder / "report")
    write_text(folder / "notes.txt")
    unread: list[Path] = []
    assert list(loaders.discover([folder], unread)) == [folder / "notes.txt"]
    assert unread == [folder / "report"]
    assert list(loaders.discover([folder / "report"])) == [folder / "report"]
    (document,) = loaders.load(folder / "report")
    assert isinstance(document, Document) and document.format == "pdf"


def test_sniffed_facts_and_errors_name_the_file_itself(tmp_path: Path) -> None:
    facts = tmp_path / "facts"
    facts.write_text(json.dumps([{"subject": "SoftBank", "relation": "invests-in", "object": "OpenAI"}]))
    (extraction,) = loaders.load(facts)
    assert isinstance(extraction, Extraction)
    assert extraction.document.title == "facts" and extraction.document.metadata["path"] == str(facts)
    assert [(r.subject.name, r.relation, r.object.name) for r in extraction.relations] == [
        ("SoftBank", "invests-in", "OpenAI")
    ]
    assert {e.document for r in extraction.relations for e in r.evidence} == {extraction.document.id}
    rows = tmp_path / "rows.dat"
    rows.write_text(json.dumps([{"headline": "no text column"}]))
    with pytest.raises(LoaderError, match=f"^{re.escape(str(rows))}: needs a text column"):
        loaders.load(rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start=st.sampled_from([b"", b"%PDF-", b"PK\x03\x04", b"\xef\xbb\xbf<!doctype html>", b"<?xml ?><rss>", b"{", b"["]),
    data=st.one_of(st.binary(max_size=600), st.text(max_size=600).map(str.encode)),
    name=st.sampled_from(["input", "input.dat"]),
)
def test_any_bytes_without_a_known_extension_give_documents_or_a_loader_error(
    tmp_path: Path, start: bytes, data: bytes, name: str
) -> None:
    documents_or_a_loader_error(tmp_path / name, start + data)
