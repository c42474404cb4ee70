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
from kg.model import Document, Extraction

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


def write_corpus(folder: Path, count: int, seed: int) -> tuple[Path, dict[str, Extraction]]:
    """Generated articles in one file for WRITER, and what each should store as doc-N."""
    texts = articles(count, sentences=6, seed=seed)
    corpus = folder / "corpus.txt"
    corpus.write_text("\n=====\n".join(texts))
    return corpus, {f"doc-{i}": build(Document(text=t, id=f"doc-{i}")) for i, t in enumerate(texts)}


def kill_mid_ingest(store: str, corpus: Path, documents: int, rng: random.Random) -> None:
    """Start WRITER into `store` and kill -9 it once a random number of documents are in, at a random moment of
    the next one."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, store, str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert writer.stdout is not None
    target = rng.randint(1, documents - 5)
    for line in writer.stdout:
        if int(line) >= target:
            break
    time.sleep(rng.uniform(0.0, 0.05))
    writer.send_signal(signal.SIGKILL)
    writer.wait()


def whole_or_absent(graph: KnowledgeGraph, expected: dict[str, Extraction], round_: int) -> bool:
    """Each stored document holds all its evidence and the counts agree; returns whether the kill left some
    documents in and some out."""
    stored = {d.id for d in graph.documents(limit=1000)}
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
    return 0 < len(stored) < len(expected)


def test_a_killed_ingest_leaves_each_document_whole_or_absent(tmp_path: Path):
    corpus, expected = write_corpus(tmp_path, 40, seed=3)
    rng = random.Random(17)
    partial_rounds = view_interrupted = 0
    for round_ in range(6):
        store = tmp_path / f"store-{round_}"
        kill_mid_ingest(str(store), corpus, len(expected), rng)
        with KnowledgeGraph.open(store) as graph:
            partial_rounds += whole_or_absent(graph, expected, round_)
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

    corpus, expected = write_corpus(tmp_path, 30, seed=4)
    rng = random.Random(23)
    partial_rounds = 0
    for round_ in range(4):
        with KnowledgeGraph.open(neo4j_uri) as graph:
            graph.store.clear()  # type: ignore[attr-defined]
        kill_mid_ingest(neo4j_uri, corpus, len(expected), rng)
        with KnowledgeGraph.open(neo4j_uri) as graph:
            partial_rounds += whole_or_absent(graph, expected, round_)
            verdict = check(graph)
            assert not verdict.store, verdict.store
    assert partial_rounds == 4, "every kill lands in the middle of the ingest"
