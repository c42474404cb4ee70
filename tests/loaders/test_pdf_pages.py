"""The page of a PDF travels with the evidence: stored, served by REST and in the RDF view."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from kg import KnowledgeGraph

from .test_formats import write_pdf


def test_each_evidence_sentence_keeps_the_page_it_starts_on(tmp_path: Path):
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        report = graph.ingest([write_pdf(tmp_path / "money.pdf")])
        assert report.added == 1
        (invests,) = graph.relations(relation="invests-in")
        (employs,) = graph.relations(relation="employs")
        assert [(e.text, e.page) for e in invests.evidence] == [("Amazon invested $4 billion in Anthropic in 2023.", 1)]
        assert [(e.text, e.page) for e in employs.evidence] == [("Microsoft CEO Satya Nadella praised the deal.", 2)]
        with TestClient(create_app(graph=graph)) as client:
            served = client.get("/relations", params={"relation": "employs"}).json()["items"]
            assert [e["page"] for e in served[0]["evidence"]] == [2]
        pages = json.loads(graph.sparql("SELECT ?p WHERE { ?e kg:page ?p }", "application/sparql-results+json")[0])
        assert sorted(int(b["p"]["value"]) for b in pages["results"]["bindings"]) == [1, 1, 2]


def test_evidence_of_an_unpaged_text_has_no_page(tmp_path: Path):
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        graph.ingest_text("Amazon invested $4 billion in Anthropic.")
        (invests,) = graph.relations(relation="invests-in")
        assert [e.page for e in invests.evidence] == [None]
