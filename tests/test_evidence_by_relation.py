"""Relation lookups serve exactly the stored Evidence nodes (read by the ids each relation lists) after every kind
of write; evidence written by hand past the write path is found by `kg check` and taken in by its repair."""

from pathlib import Path

from bench.generate import articles
from kg import KnowledgeGraph
from kg.build import build
from kg.check import check, repair
from kg.model import Document
from kg.stores import RelationFilter


def _served(graph: KnowledgeGraph) -> dict[str, list[tuple[str, int]]]:
    """Evidence per relation as relation lookups return it."""
    return {
        r.id: sorted((e.document, e.start) for e in r.evidence)
        for r in graph.store.relations(RelationFilter(), limit=10**6)
        if r.evidence
    }


def _stored(graph: KnowledgeGraph) -> dict[str, list[tuple[str, int]]]:
    """The same, read straight from the Evidence nodes."""
    found: dict[str, list[tuple[str, int]]] = {}
    for relation_id, document, start in graph.cypher(
        "MATCH (e:Evidence) RETURN e.relation_id, e.document, e.start_offset"
    ).rows:
        found.setdefault(relation_id, []).append((document, start))
    return {key: sorted(value) for key, value in found.items()}


def test_lookups_serve_the_stored_evidence_through_adds_replacements_and_deletions(tmp_path: Path):
    texts = articles(12, sentences=6, seed=5)
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        for index, text in enumerate(texts[:8]):
            graph.ingest_document(Document(text=text, id=f"doc-{index}"))
        assert _served(graph) == _stored(graph) != {}
        graph.ingest_document(Document(text=texts[9], id="doc-1"))  # a new version of doc-1 replaces the old
        graph.ingest_document(Document(text=texts[9], id="doc-1"))  # and posting it again changes nothing
        graph.store.write_many(
            [build(Document(text=texts[10], id="doc-2")), build(Document(text=texts[11], id="doc-20"))]
        )
        assert _served(graph) == _stored(graph)
        graph.delete_document("doc-3")
        assert _served(graph) == _stored(graph)
        streamed = {
            r.id: sorted((e.document, e.start) for e in r.evidence)
            for r in graph.store.iter_relations(RelationFilter())
        }
        assert streamed == _stored(graph)


def test_evidence_written_by_hand_is_reported_by_check_and_taken_in_by_repair(tmp_path: Path):
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        for index, text in enumerate(articles(4, sentences=6, seed=7)):
            graph.ingest_document(Document(text=text, id=f"doc-{index}"))
        assert check(graph).ok
        relation_id = next(iter(_stored(graph)))
        graph.cypher(  # past the write path: the relation does not list it
            "CREATE (:Evidence {id: 'ev-by-hand', relation_id: $r, document: 'doc-0', text: 'By hand.', "
            "start_offset: 9999, end_offset: 10000, extractor: 'manual', modality: 'asserted', confidence: 0.5})",
            {"r": relation_id},
            write=True,
        )
        assert ("doc-0", 9999) not in _served(graph)[relation_id]
        report = check(graph)
        assert any(relation_id in problem and "evidence_ids" in problem for problem in report.store)
        repair(graph, report)
        assert ("doc-0", 9999) in _served(graph)[relation_id]
        assert _served(graph) == _stored(graph)
        assert check(graph).ok
