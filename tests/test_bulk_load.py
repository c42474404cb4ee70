"""A bulk load into an empty embedded store stores exactly what incremental ingest stores, and is all
or nothing: refused on a store that holds anything, and an error part-way leaves the store as it was."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.generate import articles
from kg import KnowledgeGraph
from kg.check import check
from kg.cli import cli
from kg.errors import StoreError
from kg.model import Extraction
from kg.rdf import kg_term
from kg.stores import bulk as bulk_module
from kg.stores.ladybug_store import LadybugStore
from kg.stores.protocol import RelationFilter

_OWN_TEXTS = {
    # the same relation from two documents (aggregated), an entity named two ways, a hedge and a negation
    "a.txt": "Microsoft Corp. invested $2 billion in Mistral AI in 2024. Amazon competes with Google in cloud.",
    "b.txt": "Microsoft invested in Mistral AI, the company said. Oracle considered acquiring TikTok.",
    "c.txt": "Nvidia does not compete with Microsoft. Satya Nadella, chief executive of Microsoft, spoke.",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in _OWN_TEXTS.items():
        (folder / name).write_text(text)
    for index, text in enumerate(articles(12, sentences=6, seed=5)):
        (folder / f"article-{index:02d}.txt").write_text(text)
    (folder / "repeat.txt").write_text(_OWN_TEXTS["a.txt"])  # the same text, another source: two documents
    (folder / "broken.jsonl").write_text("{ not json")  # skipped, and the load goes on
    return folder


def _content(graph: KnowledgeGraph) -> str:
    relations = [
        (r.id, r.modality, r.confidence, r.qualifiers, [(e.document, e.start, e.end, e.text) for e in r.evidence])
        for r in graph.store.relations(RelationFilter(), limit=10**6)
    ]
    entities = [(e.id, e.name, sorted(e.aliases)) for e in graph.search(limit=10**6)]
    documents = [(d.id, d.uri, d.text) for d in graph.documents(limit=10**6)]
    stats = graph.stats() | {"store": None}
    edges = graph.store.cypher(  # what the edges hold, as Cypher users see it
        "MATCH (a)-[r]->(b) WHERE label(r) <> 'MENTIONS' RETURN a.id, r.id, r.modality, r.confidence, "
        "r.qualifiers, r.evidence_count, r.documents, r.evidence_ids, b.id ORDER BY r.id"
    ).rows
    mentions = graph.store.cypher("MATCH (d:Document)-[m:MENTIONS]->(n) RETURN d.id, n.id, m.count ORDER BY d.id, n.id")
    return json.dumps(
        [sorted(relations), sorted(entities), sorted(documents), stats, edges, mentions.rows], default=str
    )


def test_a_bulk_load_stores_what_incremental_ingest_stores(tmp_path: Path):
    corpus = _corpus(tmp_path / "corpus")
    contents = []
    for bulk in (False, True):
        with KnowledgeGraph.open(tmp_path / f"store-{bulk}") as graph:
            report = graph.ingest([corpus], batch_size=3, workers=1, bulk=bulk)
            assert [Path(p).name for p, _ in report.skipped] == ["broken.jsonl"]
            contents.append(_content(graph))
            verdict = check(graph)
            assert verdict.ok, (verdict.store, verdict.view)
    assert contents[0] == contents[1]
    stored = json.loads(contents[1])
    assert stored[3]["documents"] == 16 and stored[3]["relation_total"] > 30
    assert any(len(r[4]) == 2 for r in stored[0])  # Microsoft -> Mistral AI, supported by a.txt and b.txt


def test_later_versions_of_a_document_in_the_load_replace_the_first(tmp_path: Path):
    extractor_graph = KnowledgeGraph.extract
    first = extractor_graph(_write(tmp_path / "v1.txt", "Oracle acquired Cerner in 2022."))[0]
    second = extractor_graph(_write(tmp_path / "v1.txt", "Oracle partners with Nvidia on chips."))[0]
    second = second.model_copy(update={"document": second.document.model_copy(update={"id": first.document.id})})
    store = LadybugStore(tmp_path / "store")
    summaries = store.bulk_load([first, second])
    assert [(s.document, s.replaced) for s in summaries] == [(first.document.id, False), (first.document.id, True)]
    assert [r.relation for r in store.relations(RelationFilter(), limit=10)] == ["partners-with"]
    store.close()


def test_a_store_holding_anything_is_refused_and_kept(tmp_path: Path):
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        graph.ingest_text("Microsoft invested in OpenAI.")
        before = _content(graph)
        with pytest.raises(StoreError, match="needs an empty store"):
            graph.ingest([_corpus(tmp_path / "corpus")], workers=1, bulk=True)
        assert _content(graph) == before


def test_an_error_part_way_leaves_the_store_empty_and_usable(tmp_path: Path):
    good = KnowledgeGraph.extract(_write(tmp_path / "a.txt", _OWN_TEXTS["a.txt"]))

    def failing() -> Iterator[Extraction]:
        yield from good
        raise RuntimeError("the extractor died")

    store = LadybugStore(tmp_path / "store")
    with pytest.raises(RuntimeError, match="the extractor died"):
        store.bulk_load(failing())
    assert store.stats()["documents"] == 0 and store.relations(RelationFilter(), limit=5) == []
    assert not [p.name for p in (tmp_path / "store").iterdir() if "bulk" in p.name]  # nothing left behind
    store.write_many(good)  # still a working store
    assert store.stats()["documents"] == 1
    store.close()


def test_an_engine_error_while_copying_reaches_the_caller_and_the_store_stays_empty(tmp_path: Path, monkeypatch):
    # the parts are copied on a thread of their own while the next ones are prepared: its error must not be lost
    good = KnowledgeGraph.extract(_write(tmp_path / "a.txt", _OWN_TEXTS["a.txt"]))
    monkeypatch.setattr(bulk_module, "_ends", lambda source, target: f" (from='{source}', to='NoSuchTable')")
    store = LadybugStore(tmp_path / "store")
    with pytest.raises(RuntimeError, match="NoSuchTable"):
        store.bulk_load(good)
    assert store.stats()["documents"] == 0
    assert not [p.name for p in (tmp_path / "store").iterdir() if "bulk" in p.name]
    store.write_many(good)
    assert store.stats()["documents"] == 1
    store.close()


def test_the_cli_bulk_loads_and_the_rdf_view_follows(tmp_path: Path):
    corpus = _corpus(tmp_path / "corpus")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--store", store, "--workers", "1", "--bulk"])
    assert result.exit_code == 0, result.output
    plain = CliRunner().invoke(cli, ["ingest", str(corpus), "--store", str(tmp_path / "plain"), "--workers", "1"])
    assert result.output.splitlines()[-1].replace(store, "S") == plain.output.splitlines()[-1].replace(
        str(tmp_path / "plain"), "S"
    )
    assert "16 added, 0 replaced, 0 unchanged, 1 skipped" in result.output  # repeat.txt: a.txt in another file
    with KnowledgeGraph.open(store) as graph:
        body, _ = graph.sparql(f"SELECT (COUNT(?r) AS ?n) WHERE {{ ?r a <{kg_term('Statement').value}> }}")
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(graph.stats()["relation_total"])
    again = CliRunner().invoke(cli, ["ingest", str(corpus), "--store", store, "--bulk"])
    assert again.exit_code != 0 and "needs an empty store" in again.output


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path
