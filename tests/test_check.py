"""`kg check [--repair]`: finds what breaks the store's invariants or the view's agreement, and fixes it."""

from pathlib import Path

from click.testing import CliRunner

from kg import KnowledgeGraph, check
from kg.cli import cli
from kg.model import Document

from .test_store_contract import FIRST, SECOND


def snapshot(graph: KnowledgeGraph) -> tuple[object, ...]:
    relations = {
        (r.id, r.confidence, str(r.qualifiers), tuple(e.text for e in r.evidence)) for r in graph.relations(limit=1000)
    }
    return relations, graph.stats() | {"store": None}


def ghost_entity(graph: KnowledgeGraph) -> None:
    """An entity no document mentions, created behind the graph's back."""
    label = "Organization:Entity" if graph.store.uri.startswith("bolt") else "Organization"
    graph.cypher(f"CREATE (n:{label} {{id: 'organization:ghost', name: 'Ghost', aliases: []}})", write=True)


def test_a_store_written_through_the_graph_is_consistent(graph: KnowledgeGraph):
    first = graph.ingest_text(FIRST)
    graph.ingest_document(Document(text=SECOND, id="second"))
    graph.ingest_document(Document(text=FIRST + " " + SECOND, id="second"))
    graph.delete_document(first.document)
    report = check.check(graph)
    assert report.ok, report.store + report.view
    assert report.counts["documents"] == 1 and report.counts["relations"] == len(graph.relations(limit=100))


def test_tampered_aggregates_a_lost_edge_and_an_orphan_are_found_and_repaired(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    graph.ingest_text(SECOND)
    expected = snapshot(graph)
    (shared,) = graph.relations(subject="Microsoft", relation="invests-in")
    (supplies,) = graph.relations(relation="supplies")
    graph.cypher(
        "MATCH ()-[r]->() WHERE r.id = $id SET r.confidence = 0.01, r.evidence_count = 7, r.evidence_ids = ['ev-x']",
        {"id": shared.id},
        write=True,
    )
    graph.cypher("MATCH ()-[r]->() WHERE r.id = $id DELETE r", {"id": supplies.id}, write=True)
    ghost_entity(graph)

    report = check.check(graph)
    assert not report.ok
    problems = "\n".join(report.store)
    assert f"relation {shared.id}: count 7 (evidence gives 2); confidence 0.01" in problems
    assert "evidence_ids ['ev-x'] (evidence gives ['ev-" in problems
    assert f"supports relation {supplies.id}, which is missing" in problems
    assert "entity organization:ghost is mentioned by no document" in problems
    assert f"RDF view: statement {supplies.id} has no relation in the store" in report.view
    assert any("organization/ghost" in p or "organization:ghost" in p for p in report.view)

    done = check.repair(graph, report)
    assert any("re-created" in line for line in done) and any("rebuilt" in line for line in done)
    after = check.check(graph)
    assert after.ok, after.store + after.view
    assert snapshot(graph) == expected


def test_a_document_deleted_behind_the_graphs_back_is_cleaned_up(graph: KnowledgeGraph, tmp_path: Path):
    first = graph.ingest_text(FIRST)
    graph.ingest_text(SECOND)
    graph.cypher("MATCH (d:Document {id: $id}) DETACH DELETE d", {"id": first.document}, write=True)
    report = check.check(graph)
    assert any(f"cites document {first.document!r}, which is gone" in p for p in report.store)
    check.repair(graph, report)
    assert check.check(graph).ok
    with KnowledgeGraph.open(tmp_path / "reference") as reference:
        reference.ingest_text(SECOND)
        assert snapshot(graph) == snapshot(reference)


def test_cli_check_exits_1_on_problems_and_repair_fixes_them(tmp_path: Path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    runner.invoke(cli, ["ingest", str(tmp_path), "--store", store])  # an empty folder: an empty store
    with KnowledgeGraph.open(store) as graph:
        graph.ingest_text(FIRST)
    clean = runner.invoke(cli, ["check", "--store", store])
    assert clean.exit_code == 0 and clean.output.strip().endswith("consistent")
    with KnowledgeGraph.open(store) as graph:
        ghost_entity(graph)
        statement = next(iter(graph.view.counts().statements))
        for quad in list(graph.view.store.quads_for_pattern(None, None, None)):
            if statement in str(quad.subject):
                graph.view.store.remove(quad)
    found = runner.invoke(cli, ["check", "--store", store])
    assert found.exit_code == 1
    assert "problem: entity organization:ghost is mentioned by no document" in found.output
    assert f"problem: RDF view: no statement for relation {statement}" in found.output
    repaired = runner.invoke(cli, ["check", "--repair", "--store", store])
    assert repaired.exit_code == 0, repaired.output
    assert "repaired: 1 orphan entities dropped" in repaired.output and "repaired: RDF view rebuilt" in repaired.output
    assert runner.invoke(cli, ["check", "--store", store]).exit_code == 0
