"""The real API under concurrent load: one process serves, another reads, while documents are posted.

No request may fail, no read may see a half-written document (a relation without evidence, a count
that goes down while the graph only grows), and afterwards the graph holds exactly what was posted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bench import loadgen
from bench.generate import articles
from bench.server import ROOT, api_server
from kg.build import build
from kg.model import Document

KEY = "load-test-key"


def _call(base: str, path: str, body: dict[str, Any] | None = None, key: str | None = KEY) -> tuple[int, Any]:
    request = urllib.request.Request(base + path, method="POST" if body is not None else "GET")
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("content-type", "application/json")
    if key:
        request.add_header("x-api-key", key)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _all_relations(base: str) -> dict[str, int]:
    """Every stored relation id with its evidence count, page by page."""
    found: dict[str, int] = {}
    offset = 0
    while True:
        status, page = _call(base, f"/relations?limit=1000&offset={offset}")
        assert status == 200, page
        found.update({item["id"]: len(item["evidence"]) for item in page["items"]})
        if page["count"] < 1000:
            return found
        offset += 1000


def test_reads_stay_consistent_while_documents_are_posted(tmp_path: Path):
    texts = articles(48, sentences=6, seed=29)
    first, rest = texts[:8], texts[8:]
    expected = [build(Document(text=text)) for text in texts]
    evidence: dict[str, set[str]] = defaultdict(set)
    touching: dict[str, set[str]] = defaultdict(set)  # entity id -> ids of the relations it is an end of
    for extraction in expected:
        for relation in extraction.relations:
            evidence[relation.id] |= {e.id for e in relation.evidence}
            touching[relation.subject.id].add(relation.id)
            touching[relation.object.id].add(relation.id)
    early = {r.subject.id for e in expected[:8] for r in e.relations} | {
        r.object.id for e in expected[:8] for r in e.relations
    }
    late = {r.subject.id for e in expected[8:] for r in e.relations} | {
        r.object.id for e in expected[8:] for r in e.relations
    }
    watched = sorted(early & late)[:4]  # present from the start, and gaining relations during the run
    assert len(watched) >= 4, "the generated corpus should revisit entities"

    with api_server(tmp_path / "store", env={"KG_API_KEY": KEY}) as base:
        assert _call(base, "/documents", {"text": first[0]}, key=None)[0] == 401  # writes need the key
        for text in first:
            assert _call(base, "/documents", {"text": text})[0] == 201
        paths = ["/health"]
        for entity in watched:
            paths += [
                f"/entities/{entity}",
                f"/entities/{entity}/relations?limit=1000",
                f"/relations?subject={entity}&limit=1000",
                f"/relations?object={entity}&limit=1000",
            ]
        (tmp_path / "paths.json").write_text(json.dumps(paths))
        stop = tmp_path / "stop"
        options = ["--concurrency", "4", "--duration", "90", "--stop-file", str(stop), "--check"]
        reader = subprocess.Popen(
            [sys.executable, "-m", "bench.loadgen", base, "--paths", str(tmp_path / "paths.json"), *options],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            with ThreadPoolExecutor(2) as writers:  # two clients posting at once, beside the readers
                statuses = list(writers.map(lambda text: _call(base, "/documents", {"text": text}), rest))
        finally:
            stop.touch()
            out, _ = reader.communicate(timeout=120)
        assert reader.returncode == 0
        result = json.loads(out)
        assert [s for s, body in statuses if s != 201] == [], statuses
        assert result["errors"] == 0, result["error_samples"]
        assert result["violations"] == 0, result["violation_samples"]
        assert result["requests"] >= len(paths), result  # the readers went through the paths during the ingest
        assert result["grown"] > 0, "reads overlapped the writes and saw the graph grow"

        stored = _all_relations(base)
        assert stored == {rid: len(ids) for rid, ids in evidence.items()}
        health = _call(base, "/health")[1]
        assert (health["documents"], health["relations"]) == (len(texts), len(evidence))
        for entity in watched:
            assert _call(base, f"/entities/{entity}")[1]["relation_count"] == len(touching[entity])


def test_the_load_checks_catch_a_shrinking_or_unsupported_answer():
    tally = loadgen.Tally()
    seen: dict[str, dict[str, int]] = {}
    relation = {"id": "rel-1", "evidence": [{"document": "d"}]}
    loadgen._check("/r", {"items": [relation, {"id": "rel-2", "evidence": [{}, {}]}]}, seen, tally)
    assert tally.violations == []
    loadgen._check("/r", {"items": [relation, {"id": "rel-2", "evidence": [{}]}]}, seen, tally)
    loadgen._check("/r", {"items": [{"id": "rel-1", "evidence": []}]}, seen, tally)
    loadgen._check("/e", {"relation_count": 3, "document_count": 2}, seen, tally)
    loadgen._check("/e", {"relation_count": 2, "document_count": 2}, seen, tally)
    assert len(tally.violations) == 4  # evidence 2 -> 1; rel-2 gone; rel-1 without evidence; count 3 -> 2
    assert any("no evidence" in v for v in tally.violations)
