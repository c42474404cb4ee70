"""The query benchmark asks the same questions through every interface and gets the same answers."""

import asyncio
import random

import httpx
import pytest

from api.app import create_app
from bench import interfaces as q
from bench.generate import extractions
from bench.query_latency import _exponent, measure
from kg.graph import KnowledgeGraph
from kg.stores.ladybug_store import LadybugStore


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    data = list(extractions(24, 25, entities=120, seed=3))
    graph = KnowledgeGraph(LadybugStore(tmp_path_factory.mktemp("bench") / "store"))
    graph.write(data)  # through the graph, which keeps the RDF view in step
    yield graph, q.networkx_graph(data)
    graph.close()


def test_every_interface_gives_the_generated_answer(small, tmp_path) -> None:  # type: ignore[no-untyped-def]
    graph, network = small
    rdf = q.rdflib_graph(q.dump_ntriples(graph.rdf_view(), tmp_path / "view.nt"))
    one, two = q.choose_probes(network, 8, random.Random(1))
    assert one and two
    app = create_app(graph=graph)

    async def rest(ask, probe):  # type: ignore[no-untyped-def]
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client,
        ):
            return await ask(client, probe)

    for probe in one:
        expected = q.nx_one_hop(network, probe)
        assert expected and all(x == probe and text for _, x, text in expected)
        assert q.cypher_one_hop(graph, probe) == expected
        assert q.sparql_one_hop(graph, probe) == expected
        assert q.rdflib_one_hop(rdf, probe) == expected
        assert asyncio.run(rest(q.rest_one_hop, probe)) == expected
    for probe in two:
        expected = q.nx_two_hop(network, probe)
        assert expected
        assert q.cypher_two_hop(graph, probe) == expected
        assert q.sparql_two_hop(graph, probe) == expected
        assert q.rdflib_two_hop(rdf, probe) == expected
        assert asyncio.run(rest(q.rest_two_hop, probe)) == expected


def test_measure_reports_every_interface() -> None:
    result = measure((300,), probes=3)
    latency = result["values"][300]["latency_ms"]
    assert set(latency) == {"Cypher (LadybugDB)", "SPARQL (pyoxigraph)", "networkx", "rdflib", "REST (ASGI)"}
    assert all(set(hops) == {"1-hop", "2-hop"} for hops in latency.values())
    assert any(row["case"].startswith("target: 1-hop SPARQL") for row in result["rows"])


def test_growth_exponent() -> None:
    assert _exponent([(10, 1.0), (100, 10.0), (1000, 100.0)]) == 1.0
    assert _exponent([(10, 2.0), (100, 2.0)]) == 0.0
    assert _exponent([(10, 2.0)]) is None
