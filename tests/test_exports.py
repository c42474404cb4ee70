"""Each export is read back by a reference reader with the same counts and the qualifiers intact."""

import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph, Namespace

from kg import KnowledgeGraph, exports, rdf
from kg.cli import cli
from kg.errors import ValidationError
from kg.exports import Selection

NEO4J_ADMIN = Path(__file__).parent / "neo4j" / "admin.sh"

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
    by_id = {r.id: r for r in relations}
    for edge in parsed["edges"]:  # what Graphviz read back of each edge: qualifiers, evidence, modality
        relation = by_id[edge["id"]]
        assert json.loads(edge["qualifiers"]) == relation.qualifiers
        assert edge["evidence"] == " ".join(relation.evidence[0].text.split())
        assert (edge["modality"], float(edge["confidence"])) == (str(relation.modality), relation.confidence)
        assert int(edge["evidence_count"]) == len(relation.evidence)
    assert example_graph.export("svg")[0].lstrip().startswith(b"<?xml")
    assert example_graph.export("png")[0].startswith(b"\x89PNG")


def test_the_neo4j_admin_csv_is_imported_by_a_real_neo4j_admin(example_graph, expected, tmp_path):
    relations, nodes = expected
    with zipfile.ZipFile(io.BytesIO(example_graph.export("csv")[0])) as archive:
        assert sorted(archive.namelist()) == ["nodes.csv", "relationships.csv"]
        archive.extractall(tmp_path)
    node_rows = list(csv.reader((tmp_path / "nodes.csv").open(newline="")))
    edge_rows = list(csv.reader((tmp_path / "relationships.csv").open(newline="")))
    assert node_rows[0] == exports.NEO4J_NODE_HEADER and len(node_rows) - 1 == len(nodes)
    assert edge_rows[0] == exports.NEO4J_EDGE_HEADER and len(edge_rows) - 1 == len(relations)
    if shutil.which("java") is None and not os.environ.get("CI"):
        pytest.skip("no Java here for neo4j-admin")
    imported = subprocess.run(
        [
            *("bash", str(NEO4J_ADMIN), str(tmp_path / "home"), "database", "import", "full", "neo4j"),
            *(f"--nodes={tmp_path / 'nodes.csv'}", f"--relationships={tmp_path / 'relationships.csv'}"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert imported.returncode == 0, imported.stdout[-3000:] + imported.stderr[-3000:]
    assert f"{len(nodes)} nodes" in imported.stdout and f"{len(relations)} relationships" in imported.stdout


def test_filters_are_shared_by_every_format(example_graph):
    only = example_graph.select(Selection(relations=("invests-in",)))
    assert only and all(r.relation == "invests-in" for r in only)
    around = example_graph.select(Selection(around="Mustafa Suleyman", depth=1))
    assert {r.relation for r in around} == {"employs"}
    people = example_graph.select(Selection(entity_types=("Organization",)))
    assert all(r.subject.type == r.object.type == "Organization" for r in people)
    everything = example_graph.select(Selection())
    modalities = {str(r.modality) for r in everything}
    assert len(modalities) > 1  # the example says more than plain facts
    for modality in modalities:
        chosen = example_graph.select(Selection(modality=modality))
        assert chosen and {r.id for r in chosen} == {r.id for r in everything if str(r.modality) == modality}
    threshold = sorted(r.confidence for r in everything)[len(everything) // 2]
    confident = example_graph.select(Selection(min_confidence=threshold))
    assert {r.id for r in confident} == {r.id for r in everything if r.confidence >= threshold} != set()
    document = everything[0].evidence[0].document
    from_one = example_graph.select(Selection(document=document))
    assert {r.id for r in from_one} == {r.id for r in everything if any(e.document == document for e in r.evidence)}


def test_export_route_and_unknown_format(client: TestClient):
    response = client.get("/export/graphml", params={"relation": "invests-in"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/graphml")
    assert client.get("/export/pdf").status_code == 422


STREAMED = ["graphml", "gexf", "cytoscape", "nodelink", "dot", "turtle", "jsonld", "nquads", "csv", "html"]


@pytest.mark.parametrize("format_", STREAMED)
def test_a_streamed_export_read_in_small_pages_equals_one_read_whole(example_graph, expected, format_):
    relations, _ = expected
    assert len(relations) > 6  # several pages of 3
    paged, whole = io.BytesIO(), io.BytesIO()
    assert example_graph.export_to(paged, format_, page_size=3) == example_graph.export_to(
        whole, format_, page_size=10**6
    )
    assert paged.getvalue() == whole.getvalue() and whole.getvalue()


@pytest.mark.parametrize(
    "format_, writer, reader", [("graphml", nx.write_graphml, nx.read_graphml), ("gexf", nx.write_gexf, nx.read_gexf)]
)
def test_streamed_xml_reads_back_as_networkx_own_writer_does(
    example_graph, expected, tmp_path, format_, writer, reader
):
    relations, _ = expected
    ours, theirs = tmp_path / f"ours.{format_}", tmp_path / f"theirs.{format_}"
    with ours.open("wb") as file:
        example_graph.export_to(file, format_, page_size=4)
    writer(exports.to_networkx(relations), theirs)
    a, b = reader(ours), reader(theirs)
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=str) == sorted(b.edges(keys=True, data=True), key=str)


def test_streamed_json_holds_what_networkx_gives(example_graph, expected):
    relations, _ = expected
    graph = exports.to_networkx(relations)
    for format_, reference, nodes, edges in (
        ("cytoscape", nx.cytoscape_data(graph), lambda d: d["elements"]["nodes"], lambda d: d["elements"]["edges"]),
        ("nodelink", nx.node_link_data(graph, edges="links"), lambda d: d["nodes"], lambda d: d["links"]),
    ):
        ours = json.loads(example_graph.export(format_)[0])
        theirs = json.loads(json.dumps(reference, default=str))
        assert {k: v for k, v in ours.items() if k not in {"elements", "nodes", "links"}} == {
            k: v for k, v in theirs.items() if k not in {"elements", "nodes", "links"}
        }
        assert sorted(nodes(ours), key=str) == sorted(nodes(theirs), key=str)
        assert sorted(edges(ours), key=str) == sorted(edges(theirs), key=str)


def test_streamed_rdf_holds_every_entity_and_relation_triple(example_graph, expected):
    relations, _ = expected
    triples = {t for e in exports.entities_of(relations) for t in rdf.entity_triples(e)}
    triples |= {t for r in relations for t in rdf.relation_triples(r)}
    for format_, syntax in (
        ("turtle", ox.RdfFormat.TURTLE),
        ("jsonld", ox.RdfFormat.JSON_LD),
        ("nquads", ox.RdfFormat.N_QUADS),
    ):
        assert {q.triple for q in ox.parse(example_graph.export(format_)[0], format=syntax)} == triples


def _page_data(page: bytes) -> dict:
    import re

    return json.loads(re.search(rb"window\.KG_DATA = (\{.*?\});</script>", page, re.S).group(1))


def test_the_html_page_carries_every_entity_once_and_every_relation_with_its_evidence(example_graph, expected):
    relations, _ = expected
    page = io.BytesIO()
    example_graph.export_to(page, "html", page_size=3)
    data = _page_data(page.getvalue())
    assert data["nodes"] == [e.model_dump() for e in exports.entities_of(relations)]
    assert [e["id"] for e in data["edges"]] == [r.id for r in relations]
    assert all(edge["evidence"] and edge["evidence"][0]["text"] for edge in data["edges"])


def test_the_html_export_refuses_a_selection_above_its_cap_before_writing(
    example_graph, expected, client: TestClient, monkeypatch
):
    relations, _ = expected
    monkeypatch.setenv("KG_HTML_MAX_RELATIONS", str(len(relations) - 1))
    page = io.BytesIO()
    with pytest.raises(ValidationError, match=f"at most {len(relations) - 1} relations"):
        example_graph.export_to(page, "html")
    assert page.getvalue() == b""  # nothing half-written
    refused = client.get("/export/html")
    assert refused.status_code == 422 and "KG_HTML_MAX_RELATIONS" in refused.json()["detail"]
    for cap in (len(relations), 0):  # at the cap, and 0 for none
        monkeypatch.setenv("KG_HTML_MAX_RELATIONS", str(cap))
        assert len(_page_data(example_graph.export("html")[0])["edges"]) == len(relations)


def test_the_export_route_streams_and_reports_early_errors(client: TestClient, example_graph):
    for format_ in ("nquads", "graphml"):
        with client.stream("GET", f"/export/{format_}") as response:
            assert response.status_code == 200 and "content-length" not in response.headers
            assert b"".join(response.iter_bytes()) == example_graph.export(format_)[0]
    missing = client.get("/export/graphml", params={"around": "No Such Entity Anywhere"})
    assert missing.status_code == 404 and "No Such Entity" in missing.json()["detail"]


def test_the_export_command_writes_a_file_or_nothing(tmp_path):
    store = str(tmp_path / "store")
    with KnowledgeGraph.open(store) as graph:
        graph.ingest_text("Microsoft invested $10 billion in OpenAI. Nvidia supplies chips to OpenAI.")
        reference = graph.export("graphml")[0]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "graph.graphml"
    done = CliRunner().invoke(cli, ["export", "--format", "graphml", "-o", str(target), "--store", store])
    assert done.exit_code == 0, done.output
    assert target.read_bytes() == reference
    failed = out / "bad.graphml"
    done = CliRunner().invoke(
        cli, ["export", "--format", "graphml", "--around", "Nobody", "-o", str(failed), "--store", store]
    )
    assert done.exit_code == 1 and "Nobody" in done.output
    assert list(out.iterdir()) == [target]


def test_the_viewer_draws_with_the_palette_and_vocabulary_of_the_exports(client: TestClient, example_graph):
    import re

    import ontology
    from kg.model import Modality

    served = client.get("/").text
    exported = example_graph.export("html")[0].decode()
    for page in (served, exported):
        config = json.loads(re.search(r"window\.KG_CONFIG = (\{.*?\});</script>", page).group(1))
        assert config["colours"] == exports.NODE_COLOURS
        assert config["styles"] == {rel: exports.EDGE_STYLES.get(rel, "solid") for rel in ontology.load().relations}
        assert config["symmetric"] == sorted(r.id for r in ontology.load().relations.values() if r.symmetric)
        assert config["modalities"] == [m.value for m in Modality]
    script = (exports.VIEWER_DIR / "viewer.js").read_text()
    assert not any(colour in script for colour in exports.NODE_COLOURS.values())  # no second copy of the palette


def test_svg_of_a_graph_too_large_for_a_layered_layout_is_laid_out_force_directed(tmp_path):
    from bench.generate import extractions

    with KnowledgeGraph.open(tmp_path / "store") as graph:
        graph.write(list(extractions(40, 25, entities=300, seed=3)))
        relations = graph.select(Selection())
        assert len(relations) > exports.DOT_LAYOUT_MAX_EDGES  # dot took minutes from 1,000 edges on
        svg = graph.export("svg")[0].decode()
    assert svg.count('class="edge"') == len(relations)


def test_svg_and_png_of_a_graph_above_the_overview_size_draw_every_edge_without_labels(tmp_path, monkeypatch):
    from PIL import Image

    from bench.generate import extractions

    with KnowledgeGraph.open(tmp_path / "store") as graph:
        graph.write(list(extractions(20, 25, entities=100, seed=4)))
        relations = graph.select(Selection())
        monkeypatch.setattr(exports, "OVERVIEW_MIN_EDGES", len(relations) - 1)
        svg, png = graph.export("svg")[0].decode(), graph.export("png")[0]
    edges = svg.split('class="edge"')[1:]
    assert len(edges) == len(relations)
    assert not any("<text" in edge.split("</g>")[0] for edge in edges)  # labels dropped, edges all drawn
    assert {r.id for r in relations} <= {html.unescape(i) for i in re.findall(r'<g id="([^"]+)" class="edge"', svg)}
    assert max(Image.open(io.BytesIO(png)).size) == 40 * 72  # scaled up to the page, whatever the graph
