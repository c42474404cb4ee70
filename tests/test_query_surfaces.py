"""One graph, three interfaces: SPARQL, Cypher and REST give the same answers, evidence included."""

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from pyshacl import validate
from rdflib import Graph

import ontology
from kg import KnowledgeGraph

from .conftest import EXAMPLES

SPARQL_INVESTORS = """
SELECT ?investor ?text WHERE {
  ?s a kg:Statement ; kg:relation kg:invests-in ; kg:subject ?i ; kg:object ?o ; kg:evidence ?e .
  ?o rdfs:label "OpenAI" . ?i rdfs:label ?investor . ?e kg:text ?text .
}"""
CYPHER_INVESTORS = """
MATCH (a)-[r:INVESTS_IN]->(b {name: $name}) MATCH (e:Evidence) WHERE e.relation_id = r.id
RETURN a.name, e.text"""


def test_who_invests_in_openai_is_the_same_through_sparql_cypher_and_rest(client: TestClient):
    sparql = client.get(
        "/sparql", params={"query": SPARQL_INVESTORS}, headers={"accept": "application/sparql-results+json"}
    )
    assert sparql.status_code == 200
    by_sparql = {(b["investor"]["value"], b["text"]["value"]) for b in sparql.json()["results"]["bindings"]}
    cypher = client.post("/query/cypher", json={"query": CYPHER_INVESTORS, "parameters": {"name": "OpenAI"}})
    by_cypher = {tuple(row) for row in cypher.json()["rows"]}
    rest = client.get("/relations", params={"relation": "invests-in", "object": "OpenAI"}).json()["items"]
    by_rest = {(r["subject"]["name"], e["text"]) for r in rest for e in r["evidence"]}
    assert by_sparql == by_cypher == by_rest
    assert any(investor == "Microsoft" for investor, _ in by_sparql)


def test_sparql_protocol_post_and_content_negotiation(client: TestClient):
    response = client.post(
        "/sparql", content=SPARQL_INVESTORS, headers={"content-type": "application/sparql-query", "accept": "text/csv"}
    )
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["investor", "text"] and len(rows) > 1
    xml = client.post(
        "/sparql", data={"query": "ASK { ?s a kg:Statement }"}, headers={"accept": "application/sparql-results+xml"}
    )
    assert "<boolean>true</boolean>" in xml.text


@pytest.mark.parametrize(
    "media, rdflib_format",
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")],
)
def test_construct_results_parse_as_rdf(client: TestClient, media, rdflib_format):
    response = client.get(
        "/sparql",
        params={"query": "CONSTRUCT { ?s kg:invests-in ?o } WHERE { ?s kg:invests-in ?o }"},
        headers={"accept": media},
    )
    graph = Graph().parse(data=response.text, format=rdflib_format)
    assert len(graph) >= 1


def test_sparql_updates_and_bad_queries_are_refused(client: TestClient):
    update = client.post("/sparql", data={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert update.status_code == 400 and "refused" in update.json()["detail"]
    for protocol_update in (
        {"data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
        {
            "content": "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "headers": {"content-type": "application/sparql-update"},
        },
    ):
        refused = client.post("/sparql", **protocol_update)
        assert refused.status_code == 400 and "SPARQL updates are refused" in refused.json()["detail"]
    assert client.get("/sparql", params={"query": "SELECT nonsense"}).status_code == 400


def test_ontology_is_served_as_turtle_and_json_ld(client: TestClient):
    turtle = Graph().parse(data=client.get("/ontology").text, format="turtle")
    jsonld = client.get("/ontology", headers={"accept": "application/ld+json"})
    assert len(turtle) == len(Graph().parse(data=jsonld.text, format="json-ld")) > 50


def test_the_rdf_view_conforms_to_the_shacl_shapes(example_graph: KnowledgeGraph):
    data = example_graph.sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")[0]
    graph = Graph().parse(data=data.decode(), format="nt")
    conforms, _, report = validate(graph, shacl_graph=ontology.load().shapes())
    assert conforms, report


def test_the_rdf_view_follows_deletes(graph: KnowledgeGraph):
    summary = graph.ingest_text("Amazon invested in Anthropic.")
    ask = "ASK { ?s kg:invests-in ?o }"
    assert json.loads(graph.sparql(ask)[0])["boolean"] is True
    graph.delete_document(summary.document)
    assert json.loads(graph.sparql(ask)[0])["boolean"] is False


@pytest.mark.parametrize("path", sorted((EXAMPLES / "queries").glob("*.cypher")), ids=lambda p: p.stem)
def test_example_cypher_queries_run_and_find_something(example_graph: KnowledgeGraph, path):
    result = example_graph.cypher(path.read_text(), {"name": "OpenAI"} if "$name" in path.read_text() else {})
    assert result.rows, path.name
