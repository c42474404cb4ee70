"""Kill -9 an ingest at random points: every document is then fully present or absent, the store passes
`kg check`, and the RDF view is in step or (killed between store and view) repaired by `kg check --repair`."""

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner, Result

from bench.generate import articles
from kg import KnowledgeGraph
from kg.build import build
from kg.cli import cli
from kg.model import Document

WRITER = """
import sys
from kg import KnowledgeGraph
from kg.model import Document
texts = open(sys.argv[2]).read().split("\\n=====\\n")
with KnowledgeGraph.open(sys.argv[1]) as graph:
    for index, text in enumerate(texts):
        graph.ingest_document(Document(text=text, id=f"doc-{index}"))
        print(index, flush=True)
"""


def test_a_killed_ingest_leaves_each_document_whole_or_absent(tmp_path: Path):
    texts = articles(40, sentences=6, seed=3)
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n=====\n".join(texts))
    expected = {f"doc-{i}": build(Document(text=t, id=f"doc-{i}")) for i, t in enumerate(texts)}
    rng = random.Random(17)
    partial_rounds = view_interrupted = 0
    for round_ in range(6):
        store = tmp_path / f"store-{round_}"
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store), str(corpus)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert writer.stdout is not None
        target = rng.randint(1, len(texts) - 5)
        for line in writer.stdout:  # kill once `target` documents are in, at a random moment of the next
            if int(line) >= target:
                break
        time.sleep(rng.uniform(0.0, 0.05))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        with KnowledgeGraph.open(store) as graph:
            stored = {d.id for d in graph.documents(limit=1000)}
            partial_rounds += 0 < len(stored) < len(texts)
            evidence_total = 0
            for document_id in stored:
                extraction = graph.store.extraction(document_id)
                assert extraction is not None
                held = sum(len(r.evidence) for r in extraction.relations)
                wanted = sum(len(r.evidence) for r in expected[document_id].relations)
                assert held == wanted, f"round {round_}: {document_id} is half-written"
                evidence_total += held
            assert graph.stats()["evidence"] == evidence_total
            assert graph.stats()["relation_total"] == len({r.id for d in stored for r in expected[d].relations})
        view_interrupted += kg_check_after_a_kill(store)
    assert partial_rounds == 6, "every kill lands in the middle of the ingest"
    print(f"{view_interrupted} of 6 kills left the RDF view to rebuild")


def kg_check_after_a_kill(store: Path) -> bool:
    """`kg check` (the real command) finds the store consistent; a view the kill interrupted is the only
    problem allowed, and `--repair` fixes it. Returns whether the view had to be repaired."""

    def kg_check(*args: str) -> Result:
        return CliRunner().invoke(cli, ["check", "--store", str(store), *args])

    found = kg_check()
    problems = [line for line in found.output.splitlines() if line.startswith("problem:")]
    assert all(line.startswith("problem: RDF view:") for line in problems), found.output
    if found.exit_code == 0:
        assert found.output.strip().endswith("consistent") and not problems
        return False
    repaired = kg_check("--repair")
    assert repaired.exit_code == 0 and "repaired: RDF view rebuilt" in repaired.output, repaired.output
    again = kg_check()
    assert again.exit_code == 0 and again.output.strip().endswith("consistent"), again.output
    return True


def test_a_killed_ingest_into_neo4j_leaves_each_document_whole_or_absent(neo4j_uri: str, tmp_path: Path):
    """The same kill -9 against a real Neo4j: the server drops the transaction the writer had open, so each
    document is whole or absent and the store's own invariants (`kg check`'s audit) hold."""
    from kg.check import check

    texts = articles(30, sentences=6, seed=4)
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n=====\n".join(texts))
    expected = {f"doc-{i}": build(Document(text=t, id=f"doc-{i}")) for i, t in enumerate(texts)}
    rng = random.Random(23)
    partial_rounds = 0
    for round_ in range(4):
        with KnowledgeGraph.open(neo4j_uri) as graph:
            graph.store.clear()  # type: ignore[attr-defined]
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, neo4j_uri, str(corpus)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert writer.stdout is not None
        target = rng.randint(1, len(texts) - 5)
        for line in writer.stdout:
            if int(line) >= target:
                break
        time.sleep(rng.uniform(0.0, 0.05))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        with KnowledgeGraph.open(neo4j_uri) as graph:
            stored = {d.id for d in graph.documents(limit=1000)}
            partial_rounds += 0 < len(stored) < len(texts)
            evidence_total = 0
            for document_id in stored:
                extraction = graph.store.extraction(document_id)
                assert extraction is not None
                held = sum(len(r.evidence) for r in extraction.relations)
                wanted = sum(len(r.evidence) for r in expected[document_id].relations)
                assert held == wanted, f"round {round_}: {document_id} is half-written"
                evidence_total += held
            assert graph.stats()["evidence"] == evidence_total
            assert graph.stats()["relation_total"] == len({r.id for d in stored for r in expected[d].relations})
            verdict = check(graph)
            assert not verdict.store, verdict.store
    assert partial_rounds == 4, "every kill lands in the middle of the ingest"
