"""The two benchmark questions asked through each interface, each answer as a set of plain tuples.

1-hop, "who invests in X, with evidence": {(investor id, X, evidence sentence)}.
2-hop, "partners of the companies X invests in": {(company id, partner id)}, partnership either way.
"""

from __future__ import annotations

import json
import os
import random
import statistics
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import networkx as nx
import pyoxigraph as ox
import rdflib

import ontology
from kg.graph import KnowledgeGraph
from kg.model import Extraction
from kg.rdf import PREFIXES, entity_iri

OneHop = set[tuple[str, str, str]]
TwoHop = set[tuple[str, str]]

# a relation lists its evidence ids (`r.evidence_ids`): each Evidence node is then found by primary key,
# where `MATCH (e:Evidence) WHERE e.relation_id = r.id` joins against every Evidence node (no index there)
CYPHER_ONE = (
    "MATCH (a)-[r:INVESTS_IN]->(b:Organization {id: $id}) UNWIND r.evidence_ids AS i "
    "MATCH (e:Evidence {id: i}) RETURN a.id, b.id, e.text"
)
CYPHER_TWO = "MATCH (x:Organization {id: $id})-[:INVESTS_IN]->(m)-[:PARTNERS_WITH]-(p) RETURN DISTINCT m.id, p.id"
SPARQL_ONE = (
    "SELECT ?s ?text WHERE {{ ?st kg:object {x} ; kg:relation kg:invests-in ; kg:subject ?s ; kg:evidence ?ev . "
    "?ev kg:text ?text }}"
)
SPARQL_TWO = (
    "SELECT DISTINCT ?m ?p WHERE {{ {x} kg:invests-in ?m . "
    "{{ ?m kg:partners-with ?p }} UNION {{ ?p kg:partners-with ?m }} }}"
)


def _id(iri: str) -> str:
    return unquote(iri.removeprefix(ontology.ENTITY_BASE))


def _iri(entity: str) -> str:
    return str(entity_iri(entity))  # "<...>"


# -- networkx: the ground truth and the in-memory baseline ------------------------------------------
def networkx_graph(data: Iterable[Extraction]) -> nx.MultiDiGraph:
    """One edge per relation id (as the store merges them), holding its kind and evidence sentences."""
    graph = nx.MultiDiGraph()
    for extraction in data:
        for rel in extraction.relations:
            s, o = rel.subject.id, rel.object.id
            if graph.has_edge(s, o, key=rel.id):
                graph.edges[s, o, rel.id]["evidence"].update(e.text for e in rel.evidence)
            else:
                graph.add_edge(s, o, key=rel.id, relation=rel.relation, evidence={e.text for e in rel.evidence})
    return graph


def nx_one_hop(graph: nx.MultiDiGraph, x: str) -> OneHop:
    return {
        (s, x, text)
        for s, _, d in graph.in_edges(x, data=True)
        if d["relation"] == "invests-in"
        for text in d["evidence"]
    }


def nx_two_hop(graph: nx.MultiDiGraph, x: str) -> TwoHop:
    found: TwoHop = set()
    for _, m, d in graph.out_edges(x, data=True):
        if d["relation"] == "invests-in":
            found |= {(m, p) for _, p, e in graph.out_edges(m, data=True) if e["relation"] == "partners-with"}
            found |= {(m, p) for p, _, e in graph.in_edges(m, data=True) if e["relation"] == "partners-with"}
    return found


def choose_probes(graph: nx.MultiDiGraph, count: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Entities with a non-empty answer to each question, sampled with a fixed seed."""
    nodes = sorted(graph.nodes)
    one = [n for n in nodes if any(d["relation"] == "invests-in" for *_, d in graph.in_edges(n, data=True))]
    two = [n for n in nodes if nx_two_hop(graph, n)]
    return rng.sample(one, min(count, len(one))), rng.sample(two, min(count, len(two)))


# -- Cypher and SPARQL through the KnowledgeGraph facade --------------------------------------------
def cypher_one_hop(graph: KnowledgeGraph, x: str) -> OneHop:
    return {(a, b, t) for a, b, t in graph.cypher(CYPHER_ONE, {"id": x}).rows}


def cypher_two_hop(graph: KnowledgeGraph, x: str) -> TwoHop:
    return {(m, p) for m, p in graph.cypher(CYPHER_TWO, {"id": x}).rows}


def _bindings(data: bytes) -> list[dict[str, Any]]:
    bindings: list[dict[str, Any]] = json.loads(data)["results"]["bindings"]
    return bindings


def sparql_one_hop(graph: KnowledgeGraph, x: str) -> OneHop:
    data, _ = graph.sparql(SPARQL_ONE.format(x=_iri(x)))
    return {(_id(b["s"]["value"]), x, b["text"]["value"]) for b in _bindings(data)}


def sparql_two_hop(graph: KnowledgeGraph, x: str) -> TwoHop:
    data, _ = graph.sparql(SPARQL_TWO.format(x=_iri(x)))
    return {(_id(b["m"]["value"]), _id(b["p"]["value"])) for b in _bindings(data)}


# -- rdflib over the same N-Triples -----------------------------------------------------------------
def dump_ntriples(view: ox.Store, path: Path) -> Path:
    """The view's default graph written to an N-Triples file (a file, not bytes: 2 GB at 1M relations)."""
    view.dump(str(path), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return path


def rdflib_graph(triples: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(source=str(triples), format="nt")
    return graph


def rdflib_one_hop(graph: rdflib.Graph, x: str) -> OneHop:
    rows = graph.query(SPARQL_ONE.format(x=_iri(x)), initNs={"kg": PREFIXES["kg"]})
    return {(_id(str(row[0])), x, str(row[1])) for row in rows}  # type: ignore[index]


def rdflib_two_hop(graph: rdflib.Graph, x: str) -> TwoHop:
    rows = graph.query(SPARQL_TWO.format(x=_iri(x)), initNs={"kg": PREFIXES["kg"]})
    return {(_id(str(row[0])), _id(str(row[1]))) for row in rows}  # type: ignore[index]


# -- REST: what a client of GET /relations does ------------------------------------------------------
async def _relations(client: httpx.AsyncClient, **params: str) -> list[dict[str, Any]]:
    response = await client.get("/relations", params={**params, "limit": "1000"})
    if response.status_code != 200:
        raise AssertionError(f"GET /relations {params}: {response.status_code} {response.text}")
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def rest_one_hop(client: httpx.AsyncClient, x: str) -> OneHop:
    items = await _relations(client, relation="invests-in", object=x)
    return {(i["subject"]["id"], i["object"]["id"], e["text"]) for i in items for e in i["evidence"]}


async def rest_two_hop(client: httpx.AsyncClient, x: str) -> TwoHop:
    found: TwoHop = set()
    for item in await _relations(client, relation="invests-in", subject=x):
        m = item["object"]["id"]
        found |= {(m, i["object"]["id"]) for i in await _relations(client, relation="partners-with", subject=m)}
        found |= {(m, i["subject"]["id"]) for i in await _relations(client, relation="partners-with", object=m)}
    return found


# -- measuring -------------------------------------------------------------------------------------
def summary(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    return {
        "p50": round(statistics.median(ordered), 3),
        "p99": round(ordered[int(0.99 * (len(ordered) - 1))], 3),
    }


def rss_mb() -> float:
    """Resident memory of this process now (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def available_mb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 1024
    return float("inf")


def folder_mb(folder: Path) -> float:
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20, 1)
