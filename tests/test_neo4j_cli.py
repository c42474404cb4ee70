"""`kg` on a real Neo4j from the command line: credentials and database as options, the README demo's
ingest and queries, and `kg sync` both ways."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import KnowledgeGraph
from kg.cli import cli

from .conftest import EXAMPLES

NEO4J_VARIABLES = ("KG_NEO4J_USER", "KG_NEO4J_PASSWORD", "KG_NEO4J_DATABASE")


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[str]:
    """The test server, emptied; the KG_NEO4J_* variables the options set are restored afterwards."""
    saved = {name: os.environ.get(name) for name in NEO4J_VARIABLES}
    with KnowledgeGraph.open(neo4j_uri) as opened:
        opened.store.clear()  # type: ignore[attr-defined]
    yield neo4j_uri
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def kg(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def investors(store: str) -> list[str]:
    query = "MATCH (a)-[:INVESTS_IN]->(b {name: $n}) RETURN a.name ORDER BY a.name"
    return json.loads(kg("query", "cypher", query, "--param", "n=OpenAI", "--format", "json", "--store", store))["rows"]


def test_the_database_option_reaches_the_server(neo4j_store: str):
    refused = CliRunner().invoke(cli, ["--neo4j-database", "nosuchdb", "stats", "--store", neo4j_store])
    assert refused.exit_code == 1 and "nosuchdb" in refused.output and "Traceback" not in refused.output
    assert "documents" in kg("--neo4j-database", "neo4j", "--neo4j-user", "neo4j", "stats", "--store", neo4j_store)


def test_the_readme_demo_runs_on_neo4j_and_sync_copies_it_both_ways(neo4j_store: str, tmp_path: Path):
    assert "0 skipped" in kg("ingest", str(EXAMPLES), "--store", neo4j_store)
    on_neo4j = investors(neo4j_store)
    assert ["Microsoft"] in on_neo4j
    folder = str(tmp_path / "copy")
    kg("sync", "--from", neo4j_store, "--to", folder)
    assert investors(folder) == on_neo4j
    with KnowledgeGraph.open(neo4j_store) as graph:
        graph.store.clear()  # type: ignore[attr-defined]
    kg("sync", "--from", folder, "--to", neo4j_store)
    assert investors(neo4j_store) == on_neo4j
    with KnowledgeGraph.open(folder) as copy, KnowledgeGraph.open(neo4j_store) as back:
        assert copy.stats()["relation_total"] == back.stats()["relation_total"] > 0


def test_the_schema_comes_from_the_ontology(neo4j_store: str):
    import ontology

    with KnowledgeGraph.open(neo4j_store) as graph, graph.store._driver.session() as session:  # type: ignore[attr-defined]
        constraints = {
            (record["labelsOrTypes"][0], record["properties"][0])
            for record in session.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type")
            if record["type"] == "UNIQUENESS"
        }
        indexes = {
            (record["labelsOrTypes"][0], record["properties"][0])
            for record in session.run("SHOW INDEXES YIELD labelsOrTypes, properties WHERE labelsOrTypes IS NOT NULL")
        }
    classes = ontology.load().classes
    assert {("Entity", "id"), ("Document", "id"), ("Evidence", "id")} | {(c, "id") for c in classes} <= constraints
    assert {(c, "name") for c in classes} | {("Document", "uri"), ("Evidence", "document")} <= indexes
    types = {rel.neo4j_type for rel in ontology.load().relations.values()}
    assert {(t, "id") for t in types} <= indexes
