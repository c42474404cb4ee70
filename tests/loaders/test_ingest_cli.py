"""`kg ingest` on a mixed folder: a summary by format; metadata given on the command line."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from kg import KnowledgeGraph
from kg.cli import cli

from .test_formats import PARAGRAPHS, write_docx, write_html
from .test_rdf_facts import TURTLE


def make_folder(folder: Path) -> Path:
    folder.mkdir()
    write_html(folder / "one.html")
    (folder / "two.html").write_text(f"<html><body><p>{PARAGRAPHS[1]}</p></body></html>")
    write_docx(folder / "report.docx")
    (folder / "notes.md").write_text("# Notes\n\nMicrosoft acquired GitHub in 2018.\n")
    (folder / "facts.ttl").write_text(TURTLE)
    (folder / "empty.txt").write_text("  \n")
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type")
    (folder / "binary.bin").write_bytes(bytes(range(256)))
    return folder


def ingest(*args: str) -> str:
    result = CliRunner().invoke(cli, ["ingest", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_mixed_folder_gives_a_summary_by_format(tmp_path: Path):
    store = str(tmp_path / "store")
    output = ingest(str(make_folder(tmp_path / "docs")), "--store", store)
    (line,) = [line for line in output.splitlines() if line.startswith("by format: ")]
    counted = dict(re.findall(r"(\w+): (\d+ documents?, \d+ relations?)", line))
    with KnowledgeGraph.open(store) as graph:
        documents = graph.documents(limit=100)
        expected = {}
        for format_ in {d.format for d in documents}:
            ids = [d.id for d in documents if d.format == format_]
            relations = sum(len(graph.relations(document=i, limit=1000)) for i in ids)
            expected[format_] = (
                f"{len(ids)} document{'s' * (len(ids) != 1)}, {relations} relation{'s' * (relations != 1)}"
            )
    assert counted == expected
    assert set(counted) == {"html", "docx", "markdown", "facts"} and counted["html"].startswith("2 documents")
    assert counted["facts"] == "1 document, 3 relations"
    skipped = line.split("skipped: ", 1)[1]
    assert (
        skipped.startswith("2 (") and "empty.txt: empty file" in skipped and "truncated.pdf: not a readable" in skipped
    )
    assert "not read (no loader): 1 (binary.bin)" in output


def test_metadata_options_override_the_files_only_where_given(tmp_path: Path):
    store = str(tmp_path / "store")
    page = write_html(tmp_path / "page.html")
    ingest(str(page), "--store", store, "--author", "B. Editor", "--published", "2024-05-01T10:00:00Z")
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nMicrosoft acquired GitHub.\n")
    ingest(
        str(notes), "--store", store, "--title", "Deal notes", "--source", "https://notes.example/1", "--language", "de"
    )
    with KnowledgeGraph.open(store) as graph:
        by_format = {d.format: d for d in graph.documents()}
        relations = graph.relations(relation="acquires")
    html, markdown = by_format["html"], by_format["markdown"]
    assert (html.title, html.language, html.metadata["author"]) == ("Cloud money", "en", "B. Editor")
    assert html.published == "2024-05-01"
    assert (markdown.title, markdown.uri, markdown.language) == ("Deal notes", "https://notes.example/1", "de")
    assert markdown.published is None and "author" not in markdown.metadata
    assert {e.document for r in relations for e in r.evidence} == {markdown.id}  # evidence follows the new id


def test_a_bad_published_date_is_refused_before_anything_is_stored(tmp_path: Path):
    store = str(tmp_path / "store")
    result = CliRunner().invoke(
        cli, ["ingest", str(write_html(tmp_path / "a.html")), "--store", store, "--published", "soon"]
    )
    assert result.exit_code == 1 and "published date 'soon' is not an ISO date" in result.output
    assert "Traceback" not in result.output
    with KnowledgeGraph.open(store) as graph:
        assert graph.stats()["documents"] == 0


def test_an_edited_file_ingested_again_replaces_its_earlier_version(tmp_path: Path):
    store, notes = str(tmp_path / "store"), tmp_path / "notes.md"
    notes.write_text("# Notes\n\nMicrosoft acquired GitHub in 2018. Oracle partners with SoftBank.\n")
    assert "1 added" in ingest(str(notes), "--store", store)
    notes.write_text("# Notes\n\nMicrosoft acquired GitHub in 2018. Nvidia supplies chips to OpenAI.\n")
    assert "0 added, 1 replaced" in ingest(str(notes), "--store", store)
    assert "0 added, 0 replaced, 1 unchanged" in ingest(str(notes), "--store", store)
    with KnowledgeGraph.open(store) as graph:
        (document,) = graph.documents()
        assert document.uri == notes.resolve().as_uri()
        assert graph.relations(relation="partners-with") == []
        (supply,) = graph.relations(relation="supplies")
        (acquisition,) = graph.relations(relation="acquires")
        assert [e.document for e in acquisition.evidence] == [document.id] == [e.document for e in supply.evidence]


def test_the_same_text_in_two_files_is_two_documents(tmp_path: Path):
    store = str(tmp_path / "store")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Microsoft acquired GitHub in 2018.\n")
    assert "2 added" in ingest(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--store", store)
    with KnowledgeGraph.open(store) as graph:
        (acquisition,) = graph.relations(relation="acquires")
        assert len(acquisition.evidence) == 2


def test_one_source_uri_for_several_files_is_refused(tmp_path: Path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Microsoft acquired GitHub in 2018.\n")
    result = CliRunner().invoke(
        cli, ["ingest", str(tmp_path), "--source", "https://example.org/x", "--store", str(tmp_path / "store")]
    )
    assert result.exit_code == 2 and "--source names one document's source; this call reads 2 sources" in result.output


def test_kg_entities_merge_moves_the_evidence(tmp_path: Path):
    store = str(tmp_path / "store")
    (tmp_path / "a.txt").write_text("Microsoft invested $10 billion in Halvern AI.\n")
    (tmp_path / "b.txt").write_text("Microsoft invested in Halvern Labs in 2021.\n")
    ingest(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--store", store)
    result = CliRunner().invoke(cli, ["entities", "merge", "Halvern Labs", "Halvern AI", "--store", store])
    assert result.exit_code == 0, result.output
    assert "merged organization:halvern-labs into organization:halvern-ai: 1 documents stored again" in result.output
    with KnowledgeGraph.open(store) as graph:
        (invests,) = graph.relations(relation="invests-in")
        assert invests.object.name == "Halvern AI" and len(invests.evidence) == 2


def test_ingest_shows_progress_in_a_log_too(tmp_path: Path):
    folder = make_folder(tmp_path / "docs")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    steps = re.findall(r"^ingesting (\d+)/(\d+) \((\d+)%\) (\S+)$", result.stderr, re.M)
    total = len(KnowledgeGraph.discover([folder]))
    assert [int(done) for done, *_ in steps] == list(range(1, total + 1))  # fewer than 20 sources: each one
    assert all(int(of) == total for _, of, _, _ in steps) and steps[-1][2] == "100"
    assert {Path(path).name for *_, path in steps} == {p.name for p in KnowledgeGraph.discover([folder])}
