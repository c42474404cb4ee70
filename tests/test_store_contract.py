"""The store contract, run unchanged on every backend (embedded LadybugDB and a real Neo4j)."""

import json
import time

import pytest

from kg import KnowledgeGraph
from kg.build import build
from kg.errors import QueryError, QueryTimeout, ValidationError
from kg.model import Document
from kg.stores import RelationFilter

from .conftest import EXAMPLES

FIRST = "Microsoft invested $10 billion in OpenAI. OpenAI runs its models on Microsoft Azure."
SECOND = "Microsoft invested in OpenAI again in 2021. Nvidia supplies chips to OpenAI."


def investors(graph: KnowledgeGraph, name: str = "OpenAI") -> list[str]:
    return [r.subject.name for r in graph.relations(object=name, relation="invests-in")]


def test_write_close_reopen_read(store_uri: str):
    with KnowledgeGraph.open(store_uri) as graph:
        graph.ingest_text(FIRST, title="first")
    with KnowledgeGraph.open(store_uri) as graph:
        (relation,) = graph.relations(subject="Microsoft", relation="invests-in")
        assert relation.object.name == "OpenAI"
        assert relation.qualifiers["amount"]["value"] == 1e10
        (evidence,) = relation.evidence
        assert evidence.text == "Microsoft invested $10 billion in OpenAI."
        assert (evidence.start, evidence.end) == (0, 41)
        assert graph.document(evidence.document).title == "first"


def test_reingesting_a_document_changes_nothing(graph: KnowledgeGraph):
    first = graph.ingest_text(FIRST)
    before = graph.stats()
    again = graph.ingest_text(FIRST)
    assert first.relations == 2 and again.unchanged
    assert graph.stats() == before


def test_paged_iterators_give_every_document_and_entity_once(graph: KnowledgeGraph):
    for index, text in enumerate([FIRST, SECOND, "Oracle partners with SoftBank.", "Arm supplies Nvidia."]):
        graph.ingest_text(text, title=f"doc {index}")
    documents = graph.store.documents(limit=100)
    entities = graph.store.search_entities(limit=100)
    for page_size in (1, 3, 1000):
        assert [d.id for d in graph.store.iter_documents(page_size)] == [d.id for d in documents]
        paged = list(graph.store.iter_entities(page_size))
        assert sorted(e.id for e in paged) == sorted(e.id for e in entities) and len(paged) == len(entities)
    assert [d.title for d in graph.store.iter_documents(2)] == [d.title for d in documents]


def test_deleting_a_document_keeps_facts_another_document_supports(graph: KnowledgeGraph):
    first = graph.ingest_text(FIRST)
    graph.ingest_text(SECOND)
    (shared,) = graph.relations(subject="Microsoft", relation="invests-in")
    assert len(shared.evidence) == 2
    graph.delete_document(first.document)
    (shared,) = graph.relations(subject="Microsoft", relation="invests-in")
    assert [e.text for e in shared.evidence] == ["Microsoft invested in OpenAI again in 2021."]
    assert graph.relations(relation="hosts-on") == []
    assert graph.search("Azure") == []
    assert [e.name for e in graph.search("Nvidia")] == ["Nvidia"]


def test_an_updated_document_replaces_its_facts(graph: KnowledgeGraph):
    graph.ingest_document(Document(text=FIRST, uri="https://example.org/a", id="doc-a"))
    summary = graph.ingest_document(Document(text=SECOND, uri="https://example.org/a", id="doc-a"))
    assert summary.replaced
    assert graph.relations(relation="hosts-on") == []
    assert [r.subject.name for r in graph.relations(relation="supplies")] == ["Nvidia"]


def test_a_changed_text_from_the_same_source_uri_replaces_the_earlier_version(graph: KnowledgeGraph):
    graph.ingest_text(SECOND, uri="https://example.org/other")
    first = graph.ingest_text(FIRST, uri="https://example.org/a")
    second = graph.ingest_text(SECOND + " Oracle partners with SoftBank.", uri="https://example.org/a")
    assert first.document != second.document
    assert second.replaced and second.superseded == [first.document]
    assert graph.store.document(first.document) is None
    assert sorted(d.uri for d in graph.store.documents(limit=10)) == [
        "https://example.org/a",
        "https://example.org/other",
    ]
    assert graph.relations(relation="hosts-on") == [] and graph.search("Azure") == []
    (shared,) = graph.relations(subject="Microsoft", relation="invests-in")
    assert {e.document for e in shared.evidence} == {
        second.document,
        graph.store.versions(["https://example.org/other"])["https://example.org/other"][0],
    }
    assert [r.subject.name for r in graph.relations(relation="partners-with")] in (["Oracle"], ["SoftBank"])
    again = graph.ingest_text(SECOND + " Oracle partners with SoftBank.", uri="https://example.org/a")
    assert again.unchanged and again.superseded == []


def test_of_two_versions_in_one_batch_the_later_is_kept(graph: KnowledgeGraph):
    older = build(Document(text=FIRST, uri="https://example.org/a"))
    newer = build(Document(text=SECOND, uri="https://example.org/a"))
    graph.write([older, newer])
    assert [d.id for d in graph.store.documents(limit=10)] == [newer.document.id]
    assert graph.relations(relation="hosts-on") == []


def test_relations_by_the_publication_dates_of_their_documents(graph: KnowledgeGraph):
    graph.ingest_text(FIRST, published="2023-01-10")
    graph.ingest_text(SECOND, published="2024-06-01")
    graph.ingest_text("Oracle partners with SoftBank.")  # undated

    def kinds(**dates: str) -> list[str]:
        return sorted(r.relation for r in graph.relations(limit=100, **dates))

    assert kinds(since="2024-01-01") == ["invests-in", "supplies"]
    assert kinds(until="2023-12-31") == ["hosts-on", "invests-in"]
    assert kinds(since="2023-01-10", until="2023-01-10") == ["hosts-on", "invests-in"]
    assert kinds(since="2025-01-01") == []
    assert kinds() == ["hosts-on", "invests-in", "partners-with", "supplies"]
    (shared,) = graph.relations(relation="invests-in", since="2024-01-01")
    assert len(shared.evidence) == 2  # the relation keeps all its evidence
    with pytest.raises(ValidationError, match="since must be an ISO date"):
        graph.relations(since="last spring")


def test_evidence_keeps_its_page(graph: KnowledgeGraph):
    page_two = FIRST.index("OpenAI runs")
    pages = [[1, 0, page_two - 1], [2, page_two, len(FIRST)]]
    graph.ingest_document(Document(text=FIRST, metadata={"pages": pages}))
    (invests,) = graph.relations(relation="invests-in")
    (hosts,) = graph.relations(relation="hosts-on")
    assert [e.page for e in invests.evidence] == [1] and [e.page for e in hosts.evidence] == [2]


def test_merging_two_entities_keeps_all_their_evidence(graph: KnowledgeGraph):
    graph.ingest_text("Microsoft invested $10 billion in Halvern AI.")
    graph.ingest_text("Microsoft invested in Halvern Labs in 2021. Nvidia supplies chips to Halvern Labs.")
    graph.ingest_text("Halvern AI competes with Halvern Labs. Microsoft invested in Halvern AI again.")
    merged = graph.merge_entities("Halvern Labs", "Halvern AI")
    assert (merged.entity, merged.removed, merged.documents) == (
        "organization:halvern-ai",
        "organization:halvern-labs",
        2,
    )
    assert graph.store.entity("organization:halvern-labs") is None
    assert "Halvern Labs" in graph.entity("Halvern AI").entity.aliases
    (invests,) = graph.relations(subject="Microsoft", relation="invests-in")
    assert invests.object.name == "Halvern AI"
    assert sorted(e.text for e in invests.evidence) == [
        "Microsoft invested $10 billion in Halvern AI.",
        "Microsoft invested in Halvern AI again.",
        "Microsoft invested in Halvern Labs in 2021.",
    ]
    (supplies,) = graph.relations(relation="supplies")
    assert (supplies.subject.name, supplies.object.name) == ("Nvidia", "Halvern AI")
    assert graph.relations(relation="competes-with") == []  # no entity competes with itself
    with pytest.raises(ValidationError, match="already one entity"):
        graph.merge_entities("Halvern AI", "organization:halvern-ai")


def test_cypher_reads_with_parameters(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    result = graph.cypher("MATCH (a)-[:INVESTS_IN]->(b {name: $n}) RETURN a.name", {"n": "OpenAI"})
    assert result.rows == [["Microsoft"]]


def test_cypher_returns_nodes_and_relationships_as_json_with_their_properties(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    result = graph.cypher("MATCH (a {name: $n})-[r:INVESTS_IN]->(b) RETURN a, r, b", {"n": "Microsoft"})
    ((a, r, b),) = result.rows
    assert a == {"kind": "node", "label": "Organization", "properties": a["properties"]}
    assert (a["properties"]["id"], a["properties"]["name"]) == ("organization:microsoft", "Microsoft")
    assert "wikidata" not in a["properties"] or a["properties"]["wikidata"]  # no nulls listed
    assert (b["label"], b["properties"]["name"]) == ("Organization", "OpenAI")
    assert (r["kind"], r["type"]) == ("relationship", "INVESTS_IN")
    assert r["properties"]["modality"] == "asserted" and r["properties"]["evidence_count"] == 1
    assert json.loads(r["properties"]["qualifiers"])["amount"]["value"] == 1e10
    json.dumps(result.rows)  # JSON as it is


def test_cypher_writes_are_refused_by_default(graph: KnowledgeGraph):
    with pytest.raises(QueryError, match="read-only"):
        graph.cypher("CREATE (n:Organization {id: 'x', name: 'X'})")
    assert graph.search("X") == [] or all(e.name != "X" for e in graph.search("X"))


@pytest.mark.parametrize(
    "query",
    [
        "match (n:Organization) set n.name = 'renamed'",
        "MATCH (n:Organization)\nDETACH   DELETE n",
        "MATCH ()-[r]->() delete r",
        "create (n:Organization {id: 'y', name: 'Y'})",
        "MERGE (n:Organization {id: 'z'}) RETURN n",
    ],
)
def test_cypher_writes_in_any_spelling_are_refused_and_change_nothing(graph: KnowledgeGraph, query: str):
    graph.ingest_text(FIRST)
    before = graph.cypher("MATCH (n:Organization) RETURN n.id, n.name ORDER BY n.id").rows
    with pytest.raises(QueryError, match="read-only"):
        graph.cypher(query)
    assert graph.cypher("MATCH (n:Organization) RETURN n.id, n.name ORDER BY n.id").rows == before


def test_a_read_that_mentions_a_write_word_still_reads(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    rows = graph.cypher("MATCH (a {name: 'Microsoft'}) RETURN a.name, 'set and create' AS words").rows
    assert rows == [["Microsoft", "set and create"]]


# a billion rows that no index shortens: seconds on either engine, so a 300 ms limit must stop it
_SLOW = (
    "UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b UNWIND range(1, 1000) AS c "
    "WITH a + b + c AS s WHERE s = -1 RETURN count(*)"
)


def test_a_read_over_its_time_limit_is_stopped_and_the_next_one_answers(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="time limit of 300 ms"):
        graph.cypher(_SLOW, timeout_ms=300)
    assert time.monotonic() - started < 30  # stopped, not run to its end
    result = graph.cypher("MATCH (a)-[:INVESTS_IN]->(b {name: $n}) RETURN a.name", {"n": "OpenAI"}, timeout_ms=300)
    assert result.rows == [["Microsoft"]]


def test_bad_cypher_reports_the_engines_message(graph: KnowledgeGraph):
    with pytest.raises(QueryError, match="RETURN"):
        graph.cypher("MATCH (n RETURN n")


def test_entity_counts_and_lookup_by_name_or_alias(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    record = graph.entity("MSFT")
    assert record.entity.id == "organization:microsoft"
    assert record.relations == 1 and record.documents == 1


def test_example_queries_give_the_same_answers_as_the_embedded_store(
    graph: KnowledgeGraph, example_graph: KnowledgeGraph
):
    graph.ingest([EXAMPLES])
    for path in sorted((EXAMPLES / "queries").glob("*.cypher")):
        query = path.read_text()
        parameters = {"name": "OpenAI"} if "$name" in query else {}
        expected = sorted(map(str, example_graph.cypher(query, parameters).rows))
        assert sorted(map(str, graph.cypher(query, parameters).rows)) == expected, path.name


def test_evidence_round_trips_with_mention_offsets(graph: KnowledgeGraph):
    graph.ingest_text("Intro.\nSoftBank invested in OpenAI.")
    (relation,) = graph.relations(relation="invests-in")
    (evidence,) = relation.evidence
    document = graph.document(evidence.document)
    assert document.text[evidence.start : evidence.end] == "SoftBank invested in OpenAI."
    assert (
        evidence.subject_span and document.text[evidence.subject_span.start : evidence.subject_span.end] == "SoftBank"
    )
    assert evidence.object_span and document.text[evidence.object_span.start : evidence.object_span.end] == "OpenAI"


def test_sync_copies_a_store_into_another_backend_exactly(graph: KnowledgeGraph, example_graph: KnowledgeGraph):
    assert example_graph.sync_to(graph) == 1
    assert graph.stats() | {"store": None} == example_graph.stats() | {"store": None}
    copied = {(r.id, r.confidence, tuple(e.text for e in r.evidence)) for r in graph.relations(limit=1000)}
    original = {(r.id, r.confidence, tuple(e.text for e in r.evidence)) for r in example_graph.relations(limit=1000)}
    assert copied == original
    example_graph.sync_to(graph)
    assert graph.stats()["relation_total"] == example_graph.stats()["relation_total"]


def test_a_batch_of_documents_gives_the_same_graph_as_one_at_a_time(graph: KnowledgeGraph, tmp_path):
    texts = [FIRST, SECOND, "Nvidia supplies chips to OpenAI.", FIRST]
    extractions = [build(Document(text=t)) for t in texts]
    summaries = graph.store.write_many(extractions)
    assert len(summaries) == 3  # the repeated document is written once
    with KnowledgeGraph.open(tmp_path / "one-by-one") as reference:
        for text in texts:
            reference.ingest_text(text)
        assert graph.stats() | {"store": None} == reference.stats() | {"store": None}


def test_pages_past_the_end_are_empty_not_errors(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    assert graph.documents(limit=5, offset=1_000_000) == []
    assert graph.relations(limit=5, offset=1_000_000) == []
    assert len(graph.relations(limit=1, offset=1)) == 1


def test_footprint_and_lookups_by_id_agree_with_the_filtered_reads(graph: KnowledgeGraph):
    first = graph.ingest_text(FIRST)
    graph.ingest_text(SECOND)
    relations, entities = graph.store.footprint([first.document])
    own = graph.relations(document=first.document, limit=100)
    assert relations == {r.id for r in own} and len(relations) == 2
    assert entities == {e.id for e in graph.store.extraction(first.document).entities}
    assert graph.store.footprint(["no-such-document"]) == (set(), set())
    by_id = {r.id: r for r in graph.store.relations_by_id([*relations, "rel-missing"])}
    assert by_id == {r.id: r for r in own}
    found = graph.store.entities_by_id([*entities, "organization:nobody"])
    assert sorted(e.id for e in found) == sorted(entities)
    assert {e.id: e for e in found}["organization:microsoft"] == graph.entity("Microsoft").entity


def test_audit_reports_what_the_reads_give(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    graph.ingest_text(SECOND)
    audit = graph.store.audit()
    stats = graph.stats()
    assert len(audit.documents) == stats["documents"] and len(audit.evidence) == stats["evidence"]
    assert len(audit.edges) == stats["relation_total"] and len(audit.mentions) == stats["entity_total"]
    (shared,) = graph.relations(subject="Microsoft", relation="invests-in")
    (edge,) = [e for e in audit.edges if e.id == shared.id]
    assert (edge.subject_id, edge.object_id, edge.modality) == (
        "organization:microsoft",
        "organization:openai",
        "asserted",
    )
    assert (edge.evidence_count, len(edge.documents), edge.confidence) == (2, 2, shared.confidence)
    assert audit.mentions["organization:openai"] == 2


def test_iter_relations_reads_every_relation_once_in_pages_of_any_size(graph: KnowledgeGraph):
    graph.ingest_text(FIRST)
    graph.ingest_text(SECOND)
    graph.ingest_text("Google invested in Anthropic. Amazon invested in Anthropic. Anthropic competes with OpenAI.")
    everything = graph.relations(limit=1000)
    assert len(everything) >= 5
    whole = list(graph.store.iter_relations(RelationFilter(), page_size=1000))
    assert sorted(whole, key=lambda r: r.id) == sorted(everything, key=lambda r: r.id)
    for page_size in (1, 2, 3):
        assert list(graph.store.iter_relations(RelationFilter(), page_size=page_size)) == whole
    where = RelationFilter(relation="invests-in", modality="asserted")
    wanted = sorted(graph.store.relations(where, limit=1000), key=lambda r: r.id)
    assert len(wanted) >= 2 and sorted(graph.store.iter_relations(where, page_size=1), key=lambda r: r.id) == wanted
    document = everything[0].evidence[0].document
    own = sorted(graph.relations(document=document, limit=1000), key=lambda r: r.id)
    assert sorted(graph.store.iter_relations(RelationFilter(document=document), page_size=2), key=lambda r: r.id) == own
    around = RelationFilter(entity="organization:anthropic")
    either_end = sorted(graph.store.relations(around, limit=1000), key=lambda r: r.id)
    assert len(either_end) >= 3 and sorted(graph.store.iter_relations(around), key=lambda r: r.id) == either_end
    with pytest.raises(ValueError, match="page_size"):
        next(graph.store.iter_relations(RelationFilter(), page_size=0))
