"""Relations list their evidence ids, so that evidence is reached by key; anchored lookups find entities
whatever their id looks like. On both backends, plus the upgrade of an older embedded store."""

from pathlib import Path

import ladybug

import ontology
from kg import KnowledgeGraph
from kg.model import Document, Entity, Evidence, Extraction, Relation

from .test_store_contract import FIRST, SECOND

EVIDENCE_BY_KEY = (
    "MATCH (a)-[r:INVESTS_IN]->(b) UNWIND r.evidence_ids AS i MATCH (e:Evidence {id: i}) RETURN r.id, e.text"
)


def _texts(rows: list[list[str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for relation_id, text in rows:
        found.setdefault(relation_id, []).append(text)
    return {key: sorted(value) for key, value in found.items()}


def test_evidence_ids_name_each_relations_evidence_after_adds_replacements_and_deletions(graph: KnowledgeGraph):
    first = graph.ingest_text(FIRST)
    graph.ingest_document(Document(text=SECOND, id="second"))
    graph.ingest_document(Document(text=FIRST + " " + SECOND, id="second"))
    graph.delete_document(first.document)
    expected = {r.id: sorted(e.text for e in r.evidence) for r in graph.relations(relation="invests-in", limit=100)}
    assert expected and max(len(texts) for texts in expected.values()) == 2
    assert _texts(graph.cypher(EVIDENCE_BY_KEY).rows) == expected
    by_relation_id = graph.cypher(
        "MATCH (a)-[r:INVESTS_IN]->(b) MATCH (e:Evidence) WHERE e.relation_id = r.id RETURN r.id, e.text"
    ).rows
    assert _texts(by_relation_id) == expected
    for edge in graph.store.audit().edges:
        assert len(edge.evidence_ids) == edge.evidence_count


def test_an_entity_whose_id_does_not_name_its_class_is_still_found(graph: KnowledgeGraph):
    odd = Entity(id="person:acme", name="Acme Odd", type="Organization")  # an id prefix of another class
    plain = Entity(id="beta", name="Beta", type="Organization")
    document = Document(text="Acme Odd invested in Beta.", id="odd")
    evidence = Evidence(document="odd", text=document.text, start=0, end=len(document.text), confidence=0.7)
    relation = Relation(subject=odd, relation="invests-in", object=plain, evidence=[evidence], confidence=0.7)
    graph.store.write(Extraction(document=document, entities=[odd, plain], relations=[relation]))
    assert graph.store.has_entity("person:acme") and graph.store.has_entity("beta")
    assert not graph.store.has_entity("person:nobody") and not graph.store.has_entity("organization:nobody")
    assert [r.object.id for r in graph.relations(subject="person:acme")] == ["beta"]
    assert [r.subject.id for r in graph.relations(object="beta", relation="invests-in")] == ["person:acme"]
    assert [r.id for r in graph.relations(entity="beta")] == [relation.id]
    record = graph.entity("person:acme")
    assert (record.entity.type, record.relations, record.documents) == ("Organization", 1, 1)


def test_an_older_embedded_store_gets_its_evidence_ids_when_opened(tmp_path: Path):
    folder = tmp_path / "store"
    with KnowledgeGraph.open(folder) as graph:
        graph.ingest_text(FIRST)
        graph.ingest_document(Document(text=SECOND, id="second"))
        expected = _texts(graph.cypher(EVIDENCE_BY_KEY).rows)
    database = ladybug.Database(str(folder / "graph.lbug"))
    connection = ladybug.Connection(database)
    for rel in ontology.load().relations.values():  # the schema before relations held their evidence ids
        connection.execute(f"ALTER TABLE {rel.neo4j_type} DROP evidence_ids")
    connection.close()
    database.close()
    with KnowledgeGraph.open(folder) as graph:
        assert _texts(graph.cypher(EVIDENCE_BY_KEY).rows) == expected != {}
