"""Many writers, one Neo4j: workers extract shards of a corpus to extraction files, then several processes
store those files at once into the same database. The graph must hold each entity, relation and evidence
once, with aggregates that count every supporting document, and equal what one writer stores."""

from __future__ import annotations

import json
import multiprocessing
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from kg import KnowledgeGraph
from kg.cli import cli

WRITERS = 4
DOCUMENTS = 48
HUBS = ["OpenAI", "Microsoft"]  # in every document: every writer locks these nodes
OTHERS = ["Google", "Amazon", "Nvidia", "Oracle", "SoftBank", "Intel", "AMD", "Meta", "Apple", "IBM"]
TEMPLATES = [
    "{a} invested in {b} this year.",
    "{a} announced a partnership with {b}.",
    "{a} competes with {b} in cloud services.",
    "{a} agreed to acquire {b}.",
]


def corpus(folder: Path) -> Path:
    """Seeded articles that all mention the same hubs, in varying order, with shared pairs."""
    rng = random.Random(5)
    folder.mkdir()
    for number in range(DOCUMENTS):
        names = [*HUBS, *rng.sample(OTHERS, 4)]
        rng.shuffle(names)
        pairs = [(names[i], names[j]) for i in range(len(names)) for j in range(i + 1, len(names))]
        sentences = [rng.choice(TEMPLATES).format(a=a, b=b) for a, b in rng.sample(pairs, 5)]
        (folder / f"article-{number:03}.txt").write_text(f"Article {number}. " + " ".join(sentences) + "\n")
    return folder


def extract_shards(articles: Path, out: Path) -> list[Path]:
    """What each worker machine runs: `kg extract CORPUS --shard K/N --format extraction > part`."""
    parts = []
    for k in range(1, WRITERS + 1):
        result = CliRunner().invoke(
            cli, ["extract", str(articles), "--shard", f"{k}/{WRITERS}", "--format", "extraction"]
        )
        assert result.exit_code == 0, result.output
        part = out / f"part-{k}.extraction.jsonl"
        part.write_text(result.stdout)
        parts.append(part)
    return parts


def write_part(uri: str, part: str, start: Any, results: Any) -> None:
    """One writer process: ingest its extraction file in small batches (many transactions to interleave)."""
    try:
        with KnowledgeGraph.open(uri) as graph:
            start.wait()
            report = graph.ingest([part], batch_size=4)
        results.put((part, None, report.added + report.unchanged + report.replaced, len(report.skipped)))
    except BaseException as error:  # reported to the test, which fails naming it
        results.put((part, f"{type(error).__name__}: {error}", 0, 0))


def write_concurrently(uri: str, parts: list[Path]) -> list[tuple[str, str | None, int, int]]:
    spawn = multiprocessing.get_context("spawn")  # no driver state copied from the parent
    start, results = spawn.Barrier(len(parts)), spawn.Queue()
    processes = [spawn.Process(target=write_part, args=(uri, str(p), start, results)) for p in parts]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return outcomes


def snapshot(graph: KnowledgeGraph) -> dict[str, Any]:
    """Everything the store holds, in an order that does not depend on who wrote first."""

    def rows(query: str) -> list[list[Any]]:
        return sorted(graph.cypher(query).rows, key=json.dumps)

    entities = [
        [i, label, name, sorted(aliases or [])]
        for i, label, name, aliases in rows(
            "MATCH (n:Entity) RETURN n.id, [l IN labels(n) WHERE l <> 'Entity'], n.name, n.aliases"
        )
    ]
    return {
        "documents": rows("MATCH (d:Document) RETURN d.id, d.text"),
        "entities": entities,
        "relations": rows(
            "MATCH (a)-[r]->(b) WHERE type(r) <> 'MENTIONS' RETURN r.id, type(r), a.id, b.id, r.modality, "
            "r.evidence_count, r.documents, r.confidence, r.qualifiers"
        ),
        "evidence": rows("MATCH (e:Evidence) RETURN e.id, e.relation_id, e.document, e.start_offset"),
        "mentions": rows("MATCH (d:Document)-[m:MENTIONS]->(n) RETURN d.id, n.id, m.count"),
    }


def expected_support(parts: list[Path]) -> dict[str, tuple[set[str], set[str]]]:
    """Per relation id: the evidence ids and the documents supporting it, read from the extraction files."""
    support: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for part in parts:
        for line in part.read_text().splitlines():
            for relation in json.loads(line)["relations"]:
                for evidence in relation["evidence"]:
                    key = (evidence["document"], evidence["start"], evidence["end"])
                    support[relation["id"]][0].add(json.dumps(key))
                    support[relation["id"]][1].add(evidence["document"])
    return support


def test_concurrent_writers_store_each_fact_once_and_equal_one_writer(neo4j_uri: str, tmp_path: Path):
    parts = extract_shards(corpus(tmp_path / "articles"), tmp_path)
    # a worker re-run: each part also carries two documents of the next part, written twice at the same time
    lines = [p.read_text().splitlines() for p in parts]
    for i, part in enumerate(parts):
        part.write_text("\n".join(lines[i] + lines[(i + 1) % len(parts)][:2]) + "\n")
    support = expected_support(parts)
    shared = [r for r, (_, documents) in support.items() if len(documents) >= WRITERS]
    assert len(shared) >= 3, "the corpus must give relations that several writers store at once"

    with KnowledgeGraph.open(neo4j_uri) as graph:
        graph.store.clear()  # type: ignore[attr-defined]
        try:
            outcomes = write_concurrently(neo4j_uri, parts)
            assert [error for _, error, _, _ in outcomes if error] == []
            assert all(skipped == 0 for *_, skipped in outcomes)
            concurrent = snapshot(graph)

            duplicates = graph.cypher("MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id").rows
            assert duplicates == []
            edge_copies = graph.cypher(
                "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN id"
            ).rows
            assert edge_copies == []
            assert len(concurrent["documents"]) == DOCUMENTS
            assert {r[0] for r in concurrent["relations"]} == set(support)
            for relation_id, _type, _s, _o, _modality, count, documents, _c, _q in concurrent["relations"]:
                evidence, supporting = support[relation_id]
                assert count == len(evidence) == len(supporting), relation_id
                assert documents == sorted(supporting), relation_id
            assert len(concurrent["evidence"]) == sum(len(e) for e, _ in support.values())

            graph.store.clear()  # type: ignore[attr-defined]
            single = graph.ingest(parts, batch_size=4)
            assert single.added == DOCUMENTS and not single.skipped
            assert snapshot(graph) == concurrent
        finally:
            graph.store.clear()  # type: ignore[attr-defined]


def test_an_extraction_file_round_trips_and_is_refused_when_made_with_another_gazetteer(tmp_path: Path):
    articles = corpus(tmp_path / "articles")
    part = extract_shards(articles, tmp_path)[0]
    originals = {e.document.id: e for f in sorted(articles.iterdir()) for e in KnowledgeGraph.extract(f)}
    loaded = KnowledgeGraph.extract(part)
    assert loaded and all(e == originals[e.document.id] for e in loaded)

    first = json.loads(part.read_text().splitlines()[0])
    first["made_with"]["gazetteer"] = "000000000000"
    other = tmp_path / "other.extraction.jsonl"
    other.write_text(json.dumps(first) + "\n")
    result = CliRunner().invoke(cli, ["ingest", str(other), "--store", str(tmp_path / "store")])
    assert "line 1 was extracted with another gazetteer" in result.output
    assert "0 added" in result.output
