"""With KG_SPARQL_UPDATES=true, SPARQL 1.1 Update may change one named graph of the RDF view, the annotations
graph: users' own statements about the graph, kept across rebuilds; the rest of the view follows the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kg import KnowledgeGraph
from kg.check import check
from kg.rdf import ANNOTATIONS
from kg.settings import Settings

PREFIXES = "PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX x: <https://w3id.org/kg/entity/> "
CHECKED = (
    PREFIXES + f'INSERT {{ GRAPH <{ANNOTATIONS.value}> {{ ?st kg:checkedBy "analyst-7" }} }} '
    "WHERE { ?st kg:subject ?a ; kg:relation kg:invests-in . ?a <http://www.w3.org/2000/01/rdf-schema#label> "
    '"Microsoft" }'
)
WHO_CHECKED = PREFIXES + f"SELECT ?st ?who WHERE {{ GRAPH <{ANNOTATIONS.value}> {{ ?st kg:checkedBy ?who }} }}"


def rows(graph: KnowledgeGraph, query: str) -> list[dict[str, str]]:
    data = json.loads(graph.sparql(query)[0])
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


@pytest.fixture
def annotated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_SPARQL_UPDATES", "true")
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        graph.ingest_text("Microsoft invested $10 billion in OpenAI. Oracle partners with SoftBank.")
        yield graph


def test_an_update_annotates_a_statement_and_queries_see_it(annotated: KnowledgeGraph):
    with TestClient(create_app(graph=annotated)) as client:
        done = client.post("/sparql", content=CHECKED, headers={"content-type": "application/sparql-update"})
        assert done.status_code == 204
    (row,) = rows(annotated, WHO_CHECKED)
    (invests,) = annotated.relations(relation="invests-in")
    assert row == {"st": f"https://w3id.org/kg/statement/{invests.id}", "who": "analyst-7"}
    assert check(annotated).ok  # what users said is no part of the store's view


def test_an_update_of_the_stores_view_is_refused_and_changes_nothing(annotated: KnowledgeGraph):
    before = annotated.view.counts()
    with TestClient(create_app(graph=annotated)) as client:
        for update in (PREFIXES + "DELETE WHERE { ?s kg:relation ?r }", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"):
            refused = client.post("/sparql", data={"update": update})
            assert refused.status_code == 400
            assert f"only the graph <{ANNOTATIONS.value}> may change" in refused.json()["detail"]
    assert annotated.view.counts() == before and check(annotated).ok


def test_annotations_survive_a_rebuild_and_later_ingests(annotated: KnowledgeGraph):
    annotated.sparql_update(CHECKED)
    annotated.reindex()
    annotated.ingest_text("Nvidia supplies chips to OpenAI.")
    assert [r["who"] for r in rows(annotated, WHO_CHECKED)] == ["analyst-7"]


def test_an_update_needs_the_key_and_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_SPARQL_UPDATES", "true")
    with (
        KnowledgeGraph.open(tmp_path / "store") as graph,
        TestClient(create_app(graph=graph, settings=Settings(api_key="s3cret"))) as keyed,
    ):
        headers = {"content-type": "application/sparql-update"}
        assert keyed.post("/sparql", content=CHECKED, headers=headers).status_code == 401
        assert keyed.post("/sparql", content=CHECKED, headers={**headers, "x-api-key": "s3cret"}).status_code == 204
        monkeypatch.delenv("KG_SPARQL_UPDATES")
        refused = keyed.post("/sparql", content=CHECKED, headers={**headers, "x-api-key": "s3cret"})
        assert refused.status_code == 400 and "KG_SPARQL_UPDATES=true" in refused.json()["detail"]
