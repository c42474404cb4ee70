"""Shared fixtures: real stores in temporary folders, the example graph, an in-process API client."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kg import KnowledgeGraph

from .neo4j_server import Neo4jUnavailable, neo4j_server

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Neo4j; in CI a failure to start it fails the run instead of skipping."""
    try:
        with neo4j_server(tmp_path_factory.mktemp("neo4j")) as uri:
            yield uri
    except Neo4jUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(str(error))
        pytest.skip(f"no Neo4j here: {error}")


@pytest.fixture(params=["ladybug", "neo4j"])
def store_uri(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store of each backend."""
    if request.param == "ladybug":
        return str(tmp_path / "store")
    uri: str = request.getfixturevalue("neo4j_uri")
    with KnowledgeGraph.open(uri) as opened:
        opened.store.clear()  # type: ignore[attr-defined]
    return uri


@pytest.fixture
def graph(store_uri: str) -> Iterator[KnowledgeGraph]:
    with KnowledgeGraph.open(store_uri) as opened:
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
