"""The embedded store's bulk write path: packed rows round-trip exactly, aggregates match one-at-a-time."""

import os
from pathlib import Path

import pytest

from bench.generate import extractions
from kg import KnowledgeGraph
from kg.errors import StoreError
from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.stores.ladybug_store import LadybugStore, StoreWarning
from kg.stores.protocol import RelationFilter


def _relation(text: str, document: str, subject: Entity, object_: Entity) -> Relation:
    evidence = Evidence(document=document, text=text, start=0, end=len(text), confidence=0.7, qualifiers={"k": text})
    return Relation(subject=subject, relation="invests-in", object=object_, evidence=[evidence], confidence=0.7)


def test_awkward_values_round_trip(tmp_path: Path):
    plain = Entity(name="Acme", type="Organization")
    odd = Entity(name="Odd\x1fCo", type="Organization", aliases=["O\x1eC", "Odd"], wikidata="Q1")
    empty = Entity(name="Blank", type="Organization", aliases=[], wikidata=None)
    text = "Acme invested in Odd\x1fCo; '' \"quoted\", comma, [bracket] é ü."
    document = Document(text=text, id="doc-odd", title="")
    relations = [
        _relation(text, document.id, plain, odd),
        _relation("Blank invested in Acme.", document.id, empty, plain),
    ]
    store = LadybugStore(tmp_path / "store")
    store.write(Extraction(document=document, relations=relations))
    stored = {r.subject.name: r for r in store.relations(RelationFilter(), limit=10)}
    assert stored["Acme"].object.name == "Odd\x1fCo" and stored["Acme"].object.aliases == ["O\x1eC", "Odd"]
    assert stored["Acme"].evidence[0].text == text and stored["Acme"].qualifiers == {"k": text}
    assert stored["Blank"].subject.aliases == [] and stored["Blank"].subject.wikidata is None
    assert store.entity(odd.id) is not None and store.entity(odd.id).entity.wikidata == "Q1"  # type: ignore[union-attr]
    assert store.document("doc-odd").title == ""  # type: ignore[union-attr]
    store.close()


def test_batches_give_the_same_aggregates_as_one_document_at_a_time(tmp_path: Path):
    data = list(extractions(60, 25, entities=40, seed=3))  # a small pool: relations repeat across documents

    def content(graph: KnowledgeGraph) -> list[tuple[object, ...]]:
        return sorted(
            (r.id, r.confidence, len(r.evidence), sorted({e.document for e in r.evidence}))
            for r in graph.store.relations(RelationFilter(), limit=10**6)
        )

    with KnowledgeGraph.open(tmp_path / "batched") as batched, KnowledgeGraph.open(tmp_path / "single") as single:
        for start in range(0, len(data), 25):
            batched.store.write_many(data[start : start + 25])
        for extraction in data:
            single.store.write(extraction)
        assert content(batched) == content(single)
        assert any(count > 1 for _id, _c, count, _d in content(batched))
        raw = batched.cypher("MATCH ()-[r:INVESTS_IN]->() RETURN r.evidence_count, size(r.documents)").rows
        assert raw and all(count >= documents >= 1 for count, documents in raw)


def test_a_write_beyond_the_page_cache_fails_whole_and_names_the_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_BUFFER_POOL_MB", "32")
    store = LadybugStore(tmp_path / "store")
    small = list(extractions(2, 5, entities=50, seed=3))
    store.write_many(small)
    kept = store.stats()
    with pytest.raises(StoreError, match="KG_BUFFER_POOL_MB=32"):
        store.write_many(list(extractions(400, 25, entities=2000, seed=4)))
    assert store.stats() == kept  # nothing of the failed write, everything from before
    store.close()


def test_after_a_failed_checkpoint_the_store_is_reopened_and_keeps_every_write(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_BUFFER_POOL_MB", "48")  # small enough that a checkpoint runs out of it
    monkeypatch.setenv("KG_CHECKPOINT_MB", "1")
    store = LadybugStore(tmp_path / "store")
    data = list(extractions(1800, 25, entities=5000, seed=5))
    with pytest.warns(StoreWarning, match="post-commit checkpoint failed.*reopening the store"):
        for first in range(0, len(data), 50):
            store.write_many(data[first : first + 50])
    assert store.stats()["documents"] == 1800
    store.close()
    monkeypatch.setenv("KG_BUFFER_POOL_MB", "1024")
    with KnowledgeGraph.open(tmp_path / "store") as graph:  # and all of it is there once reopened
        assert graph.store.stats()["documents"] == 1800
        assert graph.store.stats()["relation_total"] == len({r.id for e in data for r in e.relations})


def test_freed_memory_is_handed_back_after_each_write(tmp_path, monkeypatch):
    trimmed: list[int] = []
    monkeypatch.setattr("kg.stores.ladybug_store._malloc_trim", lambda: trimmed.append)
    store = LadybugStore(tmp_path / "store")
    store.write_many(list(extractions(3, 5, entities=20, seed=6)))
    store.write_many(list(extractions(3, 5, entities=20, seed=7)))
    assert trimmed == [0, 0] and store.stats()["documents"] == 6
    store.close()


@pytest.mark.parametrize(("setting", "threads"), [(None, "1"), ("2", "2"), ("0", str(os.cpu_count()))])
def test_each_query_runs_on_the_configured_number_of_engine_threads(tmp_path, monkeypatch, setting, threads):
    if setting is not None:
        monkeypatch.setenv("KG_QUERY_THREADS", setting)
    store = LadybugStore(tmp_path / "store")
    assert store.cypher("CALL current_setting('threads') RETURN *").rows == [[threads]]
    store.close()


def test_an_older_store_learns_its_documents_uris_when_opened(tmp_path):
    """LadybugDB finds a document by its source URI through the DocumentUri table (keyed by URI: the engine
    indexes primary keys only); a store made before it has the table filled when opened, so that a changed
    version of a document it holds still replaces it."""
    from kg import KnowledgeGraph

    store = tmp_path / "store"
    with KnowledgeGraph.open(store) as graph:
        first = graph.ingest_text("Microsoft invested $10 billion in OpenAI.", uri="https://news.example/a")
        graph.store._rows("MATCH (v:DocumentUri) DELETE v")  # type: ignore[attr-defined]  # as in an older store
        assert graph.store.versions(["https://news.example/a"]) == {}
    with KnowledgeGraph.open(store) as graph:
        assert graph.store.versions(["https://news.example/a"]) == {"https://news.example/a": [first.document]}
        second = graph.ingest_text("Nvidia supplies chips to OpenAI.", uri="https://news.example/a")
        assert second.superseded == [first.document]
        assert graph.store.versions(["https://news.example/a"]) == {"https://news.example/a": [second.document]}
        graph.delete_document(second.document)
        assert graph.store.versions(["https://news.example/a"]) == {}
