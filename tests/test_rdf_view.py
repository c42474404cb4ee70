"""The RDF view: kept in step with the store by every write, persisted, rebuilt by `kg reindex`, and
SPARQL over it stopped at its time limit (CLI and HTTP)."""

import json
import os
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ontology
from kg import KnowledgeGraph, check, rdf
from kg.cli import cli
from kg.errors import QueryTimeout
from kg.model import Document
from kg.stores import RelationFilter

from .conftest import EXAMPLES

CUBE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # one solution, never comes
SENTENCES = [
    "Microsoft invested $10 billion in OpenAI.",
    "Microsoft invested in OpenAI again in 2021.",
    "Nvidia supplies chips to OpenAI.",
    "OpenAI runs its models on Microsoft Azure.",
    "Amazon invested in Anthropic.",
    "Google plans to invest in Anthropic.",
    "Anthropic acquired Humanloop.",
]


def view_quads(graph: KnowledgeGraph) -> set[str]:
    return {str(q) for q in graph.view.store.quads_for_pattern(None, None, None)}


def rebuilt_quads(graph: KnowledgeGraph) -> set[str]:
    """The view derived from scratch from what the store holds now."""
    fresh = ox.Store()
    fresh.load(ontology.load().turtle(), format=ox.RdfFormat.TURTLE)
    everything = 10**9
    fresh.extend(
        list(
            rdf.view_quads(
                graph.store.search_entities(limit=everything),
                graph.store.relations(RelationFilter(), limit=everything),
                graph.store.documents(limit=everything),
            )
        )
    )
    return {str(q) for q in fresh.quads_for_pattern(None, None, None)}


def assert_in_step(graph: KnowledgeGraph) -> None:
    assert not graph.view.stale
    assert view_quads(graph) == rebuilt_quads(graph)
    report = check.check(graph)
    assert report.ok, report.store + report.view


# -- time limit ------------------------------------------------------------------------------------
def test_a_cartesian_product_is_stopped_at_the_time_limit(example_graph: KnowledgeGraph):
    limit = 1000
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match=f"time limit of {limit} ms"):
        example_graph.sparql(CUBE, timeout_ms=limit)
    assert time.monotonic() - started < 2 * limit / 1000
    # the next query gets a fresh worker and a right answer
    count = json.loads(example_graph.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0])
    assert int(count["results"]["bindings"][0]["n"]["value"]) == len(example_graph.view.store)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


@pytest.mark.parametrize("spin_us", [0, 2000])
def test_a_worker_polls_for_its_next_query_only_briefly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spin_us):
    monkeypatch.setenv("KG_SPARQL_SPIN_US", str(spin_us))
    graph = KnowledgeGraph.open(str(tmp_path / "store"))
    try:
        graph.ingest_text(" ".join(SENTENCES), title="spin")
        ask = "ASK { ?s kg:invests-in ?o }"
        assert json.loads(graph.sparql(ask, timeout_ms=5000)[0])["boolean"] is True
        with pytest.raises(QueryTimeout):
            graph.sparql(CUBE, timeout_ms=300)
        assert json.loads(graph.sparql(ask, timeout_ms=5000)[0])["boolean"] is True
        (worker,) = graph.view._workers._idle
        time.sleep(0.2)  # past any polling
        before = _cpu_seconds(worker.process.pid)
        time.sleep(1.0)
        assert _cpu_seconds(worker.process.pid) - before < 0.05  # blocked, not polling, while idle
    finally:
        graph.close()


@pytest.mark.parametrize(
    "query, accept",
    [
        ("SELECT ?s ?o WHERE { ?s kg:invests-in ?o } ORDER BY ?s ?o", "application/sparql-results+json"),
        ("SELECT ?t WHERE { ?e a kg:Evidence ; kg:text ?t } ORDER BY ?t", "text/csv"),
        ("ASK { ?s a kg:Statement }", "application/sparql-results+xml"),
        ("CONSTRUCT { ?s kg:invests-in ?o } WHERE { ?s kg:invests-in ?o }", "application/n-triples"),
    ],
)
def test_limited_queries_answer_as_unlimited_ones(example_graph: KnowledgeGraph, query, accept):
    limited, media = example_graph.sparql(query, accept, timeout_ms=10_000)
    unlimited, same_media = example_graph.sparql(query, accept, timeout_ms=0)  # in this process
    assert media == same_media == accept
    if accept == "application/n-triples":
        assert sorted(limited.splitlines()) == sorted(unlimited.splitlines()) and limited
    else:
        assert limited == unlimited


def test_http_sparql_over_its_limit_is_a_clear_400(client: TestClient, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_QUERY_TIMEOUT_MS", "500")
    response = client.get("/sparql", params={"query": CUBE})
    assert response.status_code == 400  # as a Cypher query over its limit
    assert response.json()["error"] == "QueryTimeout"
    assert "time limit of 500 ms" in response.json()["detail"]
    posted = client.post("/sparql", content=CUBE, headers={"content-type": "application/sparql-query"})
    assert posted.status_code == 400 and posted.json()["error"] == "QueryTimeout"
    assert client.get("/sparql", params={"query": "ASK { ?s a kg:Statement }"}).status_code == 200


def test_cli_sparql_timeout_ms(tmp_path: Path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    assert runner.invoke(cli, ["ingest", str(EXAMPLES), "--store", store]).exit_code == 0
    stopped = runner.invoke(cli, ["query", "sparql", CUBE, "--timeout-ms", "300", "--store", store])
    assert stopped.exit_code == 1 and "time limit of 300 ms" in stopped.output and "Traceback" not in stopped.output
    ask = runner.invoke(cli, ["query", "sparql", "ASK { ?s a kg:Statement }", "--timeout-ms", "5000", "--store", store])
    assert ask.exit_code == 0 and "true" in ask.output


# -- kept in step ----------------------------------------------------------------------------------
def test_the_view_follows_ingest_replace_and_delete(graph: KnowledgeGraph):
    assert_in_step(graph)
    first = graph.ingest_text(" ".join(SENTENCES[:4]))
    graph.ingest_document(Document(text=SENTENCES[1] + " " + SENTENCES[4], id="doc-b"))
    assert_in_step(graph)
    graph.ingest_document(Document(text=SENTENCES[5] + " " + SENTENCES[1], id="doc-b"))  # replaced
    assert_in_step(graph)
    graph.delete_document(first.document)
    assert_in_step(graph)
    ask = json.loads(graph.sparql("ASK { ?s kg:hosts-on ?o }")[0])
    assert ask["boolean"] is False


def test_the_view_follows_a_merge_of_two_entities(graph: KnowledgeGraph):
    graph.ingest_text("Microsoft invested $10 billion in Halvern AI.")
    graph.ingest_text("Microsoft invested in Halvern Labs in 2021. Nvidia supplies chips to Halvern Labs.")
    graph.merge_entities("Halvern Labs", "Halvern AI")
    assert_in_step(graph)
    ask = json.loads(graph.sparql('ASK { ?e rdfs:label "Halvern Labs" }')[0])
    assert ask["boolean"] is False


def test_the_view_drops_an_earlier_version_from_the_same_source_uri(graph: KnowledgeGraph):
    first = graph.ingest_text(" ".join(SENTENCES[:4]), uri="https://example.org/story")
    second = graph.ingest_text(SENTENCES[5] + " " + SENTENCES[1], uri="https://example.org/story")
    assert second.superseded == [first.document]
    assert_in_step(graph)
    ask = json.loads(graph.sparql("ASK { ?s kg:hosts-on ?o }")[0])
    assert ask["boolean"] is False


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["write", "delete"]),
            st.integers(0, 2),
            st.sets(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=7,
    )
)
def test_any_sequence_of_writes_and_deletes_keeps_the_view_in_step(operations):
    with tempfile.TemporaryDirectory() as folder, KnowledgeGraph.open(Path(folder) / "store") as graph:
        for action, document, sentences in operations:
            doc_id = f"doc-{document}"
            if action == "write":
                graph.ingest_document(Document(text=" ".join(SENTENCES[i] for i in sorted(sentences)), id=doc_id))
            elif graph.store.document(doc_id) is not None:
                graph.delete_document(doc_id)
        assert_in_step(graph)


def test_a_large_ingest_rebuilds_the_view_once_and_it_is_in_step(tmp_path: Path):
    for index in range(40):
        (tmp_path / f"doc-{index:02}.txt").write_text(f"{SENTENCES[index % len(SENTENCES)]} Item {index}.")
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        graph.ingest_text(SENTENCES[0])
        report = graph.ingest([tmp_path / f"doc-{index:02}.txt" for index in range(40)])
        assert report.added == 40
        assert_in_step(graph)
        graph.ingest([tmp_path / "doc-05.txt", tmp_path / "doc-06.txt"])  # small: followed
        graph.delete_document(graph.documents(limit=1)[0].id)
        assert_in_step(graph)


def test_the_view_persists_and_reindex_rebuilds_it(tmp_path: Path):
    store = tmp_path / "store"
    with KnowledgeGraph.open(store) as graph:
        graph.ingest([EXAMPLES])
        before = view_quads(graph)
    assert (store / "rdf").is_dir() and not (store / "rdf.stale").exists()
    with KnowledgeGraph.open(store) as graph:
        assert view_quads(graph) == before  # read back, not rebuilt
        statements = len(graph.relations(limit=1000))
    result = CliRunner().invoke(cli, ["reindex", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert f"{statements} statements, 10 entities, 1 documents, {len(before)} triples" in result.output


def test_a_rebuild_loaded_in_small_parts_is_the_whole_view(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("kg.rdf_view.REBUILD_PART_QUADS", 7)
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        graph.ingest([EXAMPLES])
        for sentence in SENTENCES:
            graph.ingest_text(sentence)
        counts = graph.reindex()
        assert_in_step(graph)
        assert counts.triples == len(view_quads(graph)) > 7 * 20


def test_an_interrupted_update_is_rebuilt_before_the_next_query(tmp_path: Path):
    store = tmp_path / "store"
    with KnowledgeGraph.open(store) as graph:
        graph.ingest_text(SENTENCES[4])
    with KnowledgeGraph.open(store) as graph:
        graph.view.marker.write_text("killed mid-update")  # as a process killed between store and view
        quad = next(graph.view.store.quads_for_pattern(None, rdf.kg_term("invests-in"), None))
        graph.view.store.remove(quad)
        assert json.loads(graph.sparql("ASK { ?s kg:invests-in ?o }")[0])["boolean"] is True
        assert_in_step(graph)
