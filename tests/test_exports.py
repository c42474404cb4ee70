"""Each export is read back by a reference reader with the same counts and the qualifiers intact."""

import json
import subprocess

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph, Namespace

from kg import KnowledgeGraph
from kg.exports import Selection

KG = Namespace("https://w3id.org/kg/ontology#")


@pytest.fixture(scope="module")
def expected(example_graph: KnowledgeGraph):
    relations = example_graph.select(Selection())
    nodes = {e.id for r in relations for e in (r.subject, r.object)}
    return relations, nodes


@pytest.mark.parametrize("format_, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_networkx(example_graph, expected, tmp_path, format_, reader):
    relations, nodes = expected
    path = tmp_path / f"g.{format_}"
    path.write_bytes(example_graph.export(format_)[0])
    graph = reader(path)
    assert graph.number_of_nodes() == len(nodes) and graph.number_of_edges() == len(relations)
    edge = next(d for _, _, d in graph.edges(data=True) if d["relation"] == "invests-in")
    assert "modality" in edge and "confidence" in edge and json.loads(edge["qualifiers"]) is not None
    assert edge["evidence"]


def test_cytoscape_and_node_link_json(example_graph, expected):
    relations, nodes = expected
    cyto = json.loads(example_graph.export("cytoscape")[0])
    assert len(cyto["elements"]["nodes"]) == len(nodes) and len(cyto["elements"]["edges"]) == len(relations)
    links = json.loads(example_graph.export("nodelink")[0])
    assert len(links["nodes"]) == len(nodes) and len(links["links"]) == len(relations)
    assert all(node["color"].startswith("#") for node in links["nodes"])


def test_turtle_and_json_ld_read_back_with_rdflib(example_graph, expected):
    relations, _ = expected
    for format_, rdflib_format in (("turtle", "turtle"), ("jsonld", "json-ld")):
        graph = Graph().parse(data=example_graph.export(format_)[0].decode(), format=rdflib_format)
        assert len(set(graph.subjects(predicate=KG.relation))) == len(relations)
        assert len(set(graph.objects(predicate=KG.qualifiers))) >= 1


def test_n_quads_put_each_documents_facts_in_its_own_named_graph(example_graph, expected):
    relations, _ = expected
    dataset = Dataset()
    dataset.parse(data=example_graph.export("nquads")[0].decode(), format="nquads")
    statements = {s for s, _, _, _ in dataset.quads((None, KG.relation, None, None))}
    assert len(statements) == len(relations)
    graphs = {str(g) for _, _, _, g in dataset.quads((None, KG.relation, None, None))}
    assert all("/document/" in g for g in graphs)


def test_dot_is_read_by_graphviz_and_svg_png_are_rendered(example_graph, expected):
    relations, nodes = expected
    layout = subprocess.run(["dot", "-Tjson"], input=example_graph.export("dot")[0], capture_output=True, check=True)
    parsed = json.loads(layout.stdout)
    assert len(parsed["objects"]) == len(nodes) and len(parsed["edges"]) == len(relations)
    assert example_graph.export("svg")[0].lstrip().startswith(b"<?xml")
    assert example_graph.export("png")[0].startswith(b"\x89PNG")


def test_neo4j_admin_csv_has_the_import_headers(example_graph, expected):
    relations, nodes = expected
    text = example_graph.export("csv")[0].decode()
    node_part, edge_part = text.split("# relationships.csv\n")
    assert len(edge_part.splitlines()) - 1 == len(relations)
    assert node_part.splitlines()[1].startswith("id:ID,name")
    assert len(node_part.splitlines()) - 2 == len(nodes)
    assert edge_part.splitlines()[0].startswith(":START_ID,:END_ID,:TYPE")


def test_filters_are_shared_by_every_format(example_graph):
    only = example_graph.select(Selection(relations=("invests-in",)))
    assert only and all(r.relation == "invests-in" for r in only)
    around = example_graph.select(Selection(around="Mustafa Suleyman", depth=1))
    assert {r.relation for r in around} == {"employs"}
    people = example_graph.select(Selection(entity_types=("Organization",)))
    assert all(r.subject.type == r.object.type == "Organization" for r in people)


def test_export_route_and_unknown_format(client: TestClient):
    response = client.get("/export/graphml", params={"relation": "invests-in"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/graphml")
    assert client.get("/export/pdf").status_code == 422
