"""Shared fixtures: real stores in temporary folders, the example graph, an in-process API client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kg import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def graph(tmp_path: Path) -> Iterator[KnowledgeGraph]:
    with KnowledgeGraph.open(tmp_path / "store") as opened:
        yield opened


@pytest.fixture(scope="session")
def example_graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    """The graph built from examples/, shared by read-only tests."""
    with KnowledgeGraph.open(tmp_path_factory.mktemp("example") / "store") as opened:
        report = opened.ingest([EXAMPLES])
        assert report.added >= 1 and not report.skipped
        yield opened


@pytest.fixture(scope="session")
def client(example_graph: KnowledgeGraph) -> Iterator[TestClient]:
    with TestClient(create_app(graph=example_graph)) as test_client:
        yield test_client
