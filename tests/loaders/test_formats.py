"""Every format gives the same facts for the same article, with its metadata; bad files are named."""

from pathlib import Path

import docx
import pytest
from fpdf import FPDF

import loaders
from kg import KnowledgeGraph
from kg.errors import LoaderError
from kg.model import Document, Extraction
from loaders.extraction import RuleExtractor

PARAGRAPHS = [
    "Amazon invested $4 billion in Anthropic in 2023.",
    "Anthropic runs its models on Amazon Web Services.",
    "Microsoft CEO Satya Nadella praised the deal.",
]


def facts(document: Document) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.relation, r.object.name) for r in RuleExtractor().extract(document).relations}


def only_document(path: Path) -> Document:
    (item,) = loaders.load(path)
    assert isinstance(item, Document)
    return item


def write_html(path: Path) -> Path:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    path.write_text(
        "<html lang='en'><head><title>Cloud money</title><meta name='author' content='A. Writer'>"
        "<meta property='article:published_time' content='2023-09-25'></head><body>"
        "<nav><a href='/'>Home</a> Amazon acquires Nothing Corp.</nav><script>var x = 'OpenAI invested';</script>"
        f"<article><h1>Cloud money</h1>{body}</article><footer>Copyright</footer></body></html>"
    )
    return path


def write_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_title("Cloud money")
    pdf.set_font("helvetica", size=11)
    for index, paragraph in enumerate(PARAGRAPHS):
        if index in (0, 2):
            pdf.add_page()
        pdf.multi_cell(0, 8, paragraph)
        pdf.ln(4)
    pdf.output(str(path))
    return path


def write_docx(path: Path) -> Path:
    word = docx.Document()
    word.core_properties.title = "Cloud money"
    word.core_properties.author = "A. Writer"
    for paragraph in PARAGRAPHS:
        word.add_paragraph(paragraph)
    word.save(str(path))
    return path


@pytest.mark.parametrize(
    "writer, suffix", [(write_html, ".html"), (write_pdf, ".pdf"), (write_docx, ".docx")], ids=["html", "pdf", "docx"]
)
def test_the_same_article_gives_the_same_relations_in_every_format(tmp_path, writer, suffix):
    text_file = tmp_path / "article.txt"
    text_file.write_text("\n\n".join(PARAGRAPHS))
    document = only_document(writer(tmp_path / f"article{suffix}"))
    assert facts(document) == facts(only_document(text_file))
    assert ("Amazon", "invests-in", "Anthropic") in facts(document)
    assert document.title == "Cloud money"


def test_html_drops_navigation_and_scripts_and_keeps_metadata(tmp_path):
    document = only_document(write_html(tmp_path / "a.html"))
    assert "Home" not in document.text and "var x" not in document.text and "Copyright" not in document.text
    assert document.published == "2023-09-25" and document.language == "en"
    assert document.metadata["author"] == "A. Writer"


def test_pdf_keeps_page_numbers_for_evidence(tmp_path):
    document = only_document(write_pdf(tmp_path / "a.pdf"))
    pages = document.metadata["pages"]
    assert [p[0] for p in pages] == [1, 2]
    nadella = document.text.index("Satya Nadella")
    assert next(number for number, start, end in pages if start <= nadella < end) == 2


def test_a_feed_of_n_items_gives_n_documents(tmp_path):
    items = "".join(
        f"<item><title>Story {i}</title><link>https://news.example/{i}</link>"
        f"<pubDate>Mon, 0{i} Jan 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;{p}&lt;/p&gt;</description></item>"
        for i, p in enumerate(PARAGRAPHS, start=1)
    )
    feed = tmp_path / "news.rss"
    feed.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>{items}</channel></rss>")
    documents = loaders.load(feed)
    assert len(documents) == 3
    first = documents[0]
    assert isinstance(first, Document)
    assert first.uri == "https://news.example/1" and first.published == "2024-01-01"
    assert ("Amazon", "invests-in", "Anthropic") in facts(first)


def test_jsonl_and_csv_documents_carry_their_columns(tmp_path):
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(
        '{"text": "Amazon invested in Anthropic.", "title": "A", "url": "https://x/a", "lang": "en"}\n'
        '{"text": "Microsoft acquired GitHub.", "title": "B"}\n'
    )
    first, second = loaders.load(jsonl)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.uri == "https://x/a" and first.metadata["lang"] == "en" and second.title == "B"
    table = tmp_path / "docs.csv"
    table.write_text('title,text,published\nA,"Amazon invested in Anthropic.",2024-05-01\n')
    (row,) = loaders.load(table)
    assert isinstance(row, Document) and row.published == "2024-05-01"


def test_known_facts_go_straight_into_the_graph_with_their_row_as_evidence(tmp_path):
    table = tmp_path / "facts.csv"
    table.write_text("subject,relation,object,stake\nSoftBank,invests-in,OpenAI,0.11\nOpenAI,HOSTS_ON,Oracle,\n")
    (extraction,) = loaders.load(table)
    assert isinstance(extraction, Extraction)
    with KnowledgeGraph.open(tmp_path / "s") as graph:
        report = graph.ingest([table])
        assert report.relations == 2
        (relation,) = graph.relations(subject="SoftBank", relation="invests-in")
        assert relation.qualifiers["stake"] == "0.11"
        (evidence,) = relation.evidence
        assert evidence.text == "SoftBank,invests-in,OpenAI,0.11" and evidence.extractor == "facts"


def test_a_fact_outside_the_ontology_names_its_row(tmp_path):
    table = tmp_path / "facts.csv"
    table.write_text("subject,relation,object\nSoftBank,invests-in,OpenAI\nSoftBank,loves,OpenAI\n")
    with pytest.raises(LoaderError, match=r"row 2.*loves"):
        loaders.load(table)


BAD_FILES = {
    "binary.txt": b"\x00\x01\x02\xff" * 100,
    "latin1.txt": "Soci\xe9t\xe9 G\xe9n\xe9rale invested.".encode("latin-1"),
    "empty.md": b"   \n",
    "truncated.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog",
    "broken.docx": b"PK\x03\x04 not really a zip",
    "nested.jsonl": ('{"a": ' * 50 + "1" + "}" * 50 + "\n").encode(),
    "scripts.html": b"<html><body><script>alert(1)</script><style>p{}</style></body></html>",
    "notjson.jsonl": b"{not json}\n",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_get_an_error_naming_the_file_and_the_reason(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    with pytest.raises(LoaderError) as error:
        loaders.load(path)
    assert str(path) in str(error.value) and len(str(error.value)) > len(str(path)) + 5


def test_a_batch_goes_on_past_bad_files_and_lists_them(tmp_path):
    for name, data in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(PARAGRAPHS[0])
    with KnowledgeGraph.open(tmp_path.parent / f"{tmp_path.name}-store") as graph:
        report = graph.ingest([tmp_path])
    assert report.added == 1
    assert sorted(Path(path).name for path, _ in report.skipped) == sorted(BAD_FILES)


def test_a_fifty_megabyte_text_file_is_refused_not_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(LoaderError, match="over the limit"):
        loaders.load(big)


def test_the_document_size_limit_is_a_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_DOCUMENT_BYTES", "1000")
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text(PARAGRAPHS[0])
    big.write_text(" ".join(PARAGRAPHS) * 20)
    assert only_document(small).text == PARAGRAPHS[0]
    with pytest.raises(LoaderError, match=r"big.txt: \d+ bytes is over the limit of 1000 \(KG_MAX_DOCUMENT_BYTES\)"):
        loaders.load(big)
    report = write_docx(tmp_path / "report.docx")
    with pytest.raises(LoaderError, match=r"report\.docx: .* over the limit of 1000"):
        loaders.load(report)


@pytest.mark.parametrize("name", ["deep.jsonl", "deep.json", "deep.extraction.jsonl"])
def test_json_nested_a_hundred_thousand_deep_is_refused_by_name(tmp_path, name):
    path = tmp_path / name
    path.write_text('{"a": ' * 100_000 + "1" + "}" * 100_000 + "\n")
    with pytest.raises(LoaderError, match=rf"{name}: .*(?:nested|deep)"):
        loaders.load(path)
