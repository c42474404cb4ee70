"""Ingest with extraction on worker processes gives the same store as in-process ingest."""

import json
from pathlib import Path

from click.testing import CliRunner

from bench.generate import articles
from kg import KnowledgeGraph
from kg.cli import cli
from kg.stores.protocol import RelationFilter


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    texts = articles(14, sentences=6, seed=31)
    for index, text in enumerate(texts):
        (folder / f"article-{index:02d}.txt").write_text(text)
    (folder / "repeat.txt").write_text(texts[3])  # the same text in another file: a document of its own source
    (folder / "broken.jsonl").write_text("{ not json")  # skipped, named in the report
    return folder


def _content(graph: KnowledgeGraph) -> str:
    relations = [
        (r.id, r.confidence, r.qualifiers, [(e.document, e.start, e.end, e.text) for e in r.evidence])
        for r in graph.store.relations(RelationFilter(), limit=10**6)
    ]
    entities = [(e.id, e.name, e.aliases) for e in graph.search(limit=10**6)]
    documents = [(d.id, d.uri, d.text) for d in graph.documents(limit=10**6)]
    return json.dumps([sorted(relations), sorted(entities), documents, graph.stats() | {"store": None}], default=str)


def test_two_workers_store_exactly_what_one_does(tmp_path: Path):
    corpus = _corpus(tmp_path / "corpus")
    contents, skipped = [], []
    for workers in (1, 2):
        with KnowledgeGraph.open(tmp_path / f"store-{workers}") as graph:
            report = graph.ingest([corpus], batch_size=4, workers=workers)
            skipped.append([Path(path).name for path, _reason in report.skipped])
            assert report.added == 15 and report.unchanged == 0
            contents.append(_content(graph))
    assert contents[0] == contents[1]
    assert json.loads(contents[0])[3]["relation_total"] > 20
    assert skipped == [["broken.jsonl"], ["broken.jsonl"]]


def test_cli_ingest_takes_a_worker_count(tmp_path: Path):
    corpus = _corpus(tmp_path / "corpus")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--store", store, "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "15 added" in result.output and "1 skipped" in result.output
    refused = CliRunner().invoke(cli, ["ingest", str(corpus), "--store", store, "--workers", "0"])
    assert refused.exit_code != 0 and "--workers" in refused.output
