"""`kg ingest https://...`: pages served by a real local HTTP server, with its failures."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

import loaders
from kg import KnowledgeGraph
from kg.cli import cli
from kg.errors import LoaderError
from kg.model import Document, Extraction

from .test_formats import PARAGRAPHS, write_pdf

PAGE = (
    "<html lang='en'><head><title>Cloud money</title><meta name='author' content='A. Writer'>"
    "<meta property='article:published_time' content='2023-09-25'>"
    "<link rel='canonical' href='https://news.example/cloud-money'></head><body><nav>Home</nav>"
    f"<article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></body></html>"
).encode()
FEED = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>"
    + "".join(
        f"<item><title>Story {i}</title><link>https://news.example/{i}</link><description>{p}</description></item>"
        for i, p in enumerate(PARAGRAPHS, start=1)
    )
    + "</channel></rss>"
).encode()
FACTS = (
    b"@prefix kg: <https://w3id.org/kg/ontology#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    b"<https://x.example/softbank> a kg:Organization ; rdfs:label 'SoftBank' ;\n"
    b"    kg:invests-in <https://x.example/openai> .\n"
    b"<https://x.example/openai> a kg:Organization ; rdfs:label 'OpenAI' .\n"
)


class Pages(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, media: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        try:
            if self.path == "/slow":
                time.sleep(2)
                self.send(200, "text/plain", b"Amazon invested in Anthropic.")
            elif self.path == "/trickle":  # every byte on time, the whole too late
                self.send(200, "text/plain", b"", length=False)
                for _ in range(12):
                    self.wfile.write(b"Amazon invested in Anthropic. " * 10)
                    self.wfile.flush()
                    time.sleep(0.25)
            elif self.path == "/big":  # no Content-Length: only counting while streaming can stop it
                self.send(200, "text/plain", b"", length=False)
                for _ in range(100):
                    self.wfile.write(b"Amazon invested in Anthropic. " * 100)
            elif self.path in self.routes:
                self.send(200, *self.routes[self.path])
            else:
                self.send(404, "text/html", b"<h1>Not here</h1>")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should past a limit


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    Pages.routes = {
        "/news/cloud-money": ("text/html; charset=utf-8", PAGE),
        "/report.pdf": ("application/pdf", write_pdf(tmp_path_factory.mktemp("pdf") / "r.pdf").read_bytes()),
        "/feed": ("application/rss+xml", FEED),
        "/facts": ("text/turtle", FACTS),
        "/logo.png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        "/declared-big": ("text/plain", b"Amazon invested in Anthropic. " * 5000),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_page_is_ingested_with_its_metadata_and_its_url_as_source(site: str, tmp_path: Path):
    url = f"{site}/news/cloud-money"
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        report = graph.ingest([url])
        assert report.added == 1 and not report.skipped
        (document,) = graph.documents()
        assert document.uri == url and document.format == "html"
        assert (document.title, document.published, document.language) == ("Cloud money", "2023-09-25", "en")
        assert document.metadata["author"] == "A. Writer" and document.metadata["content_type"] == "text/html"
        assert document.metadata["canonical"] == "https://news.example/cloud-money"
        assert "path" not in document.metadata and "Home" not in document.text
        (relation,) = graph.relations(subject="Amazon", relation="invests-in", object="Anthropic")
        assert {e.document for e in relation.evidence} == {document.id}


def test_a_missing_page_is_named_and_the_batch_goes_on(site: str, tmp_path: Path):
    missing, logo, page = f"{site}/gone", f"{site}/logo.png", f"{site}/news/cloud-money"
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        report = graph.ingest([missing, logo, page])
    assert report.added == 1
    reasons = dict(report.skipped)
    assert set(reasons) == {missing, logo}
    assert reasons[missing].startswith(missing) and "HTTP 404" in reasons[missing]
    assert "image/png" in reasons[logo]


def test_a_type_kg_cannot_read_is_refused_naming_url_and_type(site: str):
    with pytest.raises(LoaderError, match=r"/logo\.png: content type 'image/png' is not one kg reads"):
        loaders.load(f"{site}/logo.png")


@pytest.mark.parametrize("route", ["/big", "/declared-big"])
def test_a_page_over_the_size_limit_is_refused(site: str, route: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_FETCH_MAX_BYTES", "50000")
    with pytest.raises(LoaderError, match=rf"{route}: more than 50000 bytes, over the limit"):
        loaders.load(site + route)


@pytest.mark.parametrize("route", ["/slow", "/trickle"])
def test_a_slow_server_gives_a_timeout_error(site: str, route: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_FETCH_TIMEOUT_S", "1")
    started = time.monotonic()
    with pytest.raises(LoaderError, match=rf"{route}: no complete answer within 1 s"):
        loaders.load(site + route)
    assert time.monotonic() - started < 2.5  # stopped at the limit, not when the server finished


def test_each_content_type_goes_to_its_loader(site: str):
    (pdf,) = loaders.load(f"{site}/report.pdf")
    assert isinstance(pdf, Document) and pdf.format == "pdf" and pdf.uri == f"{site}/report.pdf"
    assert [p[0] for p in pdf.metadata["pages"]] == [1, 2]
    items = loaders.load(f"{site}/feed")
    assert [d.uri for d in items if isinstance(d, Document)] == [f"https://news.example/{i}" for i in (1, 2, 3)]
    (facts,) = loaders.load(f"{site}/facts")
    assert isinstance(facts, Extraction) and facts.document.uri == f"{site}/facts"
    (relation,) = facts.relations
    assert relation.evidence[0].document == facts.document.id and relation.evidence[0].qualifiers == {"line": 4}


def test_the_cli_ingests_a_url_beside_a_missing_page(site: str, tmp_path: Path):
    result = CliRunner().invoke(
        cli, ["ingest", f"{site}/news/cloud-money", f"{site}/gone", "--store", str(tmp_path / "store")]
    )
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output and "html: 1 document" in result.output
    assert f"skipped: 1 ({site}/gone: HTTP 404" in result.output
