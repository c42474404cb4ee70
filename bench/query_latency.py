"""The same two questions through every interface on generated graphs of growing size: 1-hop "who invests
in X, with evidence" and 2-hop "partners of the companies X invests in", by Cypher on LadybugDB (bulk-loaded), SPARQL
on the pyoxigraph RDF view, REST (GET /relations through the ASGI app), beside plain rdflib over the same
N-Triples and networkx over the same relations. Every answer is checked against the generated data.
Each engine answers in a process of its own that opened only its own data (the store and its view, or rdflib's
graph), as a service would; networkx in the building process. Latencies are median and p99 over passes 2-5 of the
probes (steady state; the first pass, caches cold, is shown beside it); ratios are measured / baseline (below 1 is
faster).
Memory: growth of resident memory while loading (networkx: traced Python allocations), LadybugDB on disk."""

from __future__ import annotations

import asyncio
import gc
import math
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox

from api.app import create_app
from bench import interfaces as q
from bench.child import ChildFailed, in_child
from bench.generate import extractions
from bench.timing import ratio
from kg.graph import KnowledgeGraph
from kg.model import Extraction
from kg.stores.ladybug_store import LadybugStore, return_freed_memory

# the default run fits in about two minutes on 2 cores: building (the RDF view, rdflib's load) dominates;
# --full takes 10k, 100k and 1M relations: about half an hour, rdflib's load of 14M triples the most
SIZES, FULL_SIZES, QUICK_SIZES = (3_000, 10_000), (10_000, 100_000, 1_000_000), (1_000, 3_000)
TARGET_SIZE = 1_000_000
# KnowledgeGraph.rdf_view reads every relation in one ordered query, which overflows the store's default
# 256 MiB buffer pool at 100k relations ("buffer pool is full"); the bench opens its stores with more
BUFFER_POOL_MB = "2048"  # the store's page cache (KG_BUFFER_POOL_MB): room for 1M relations
# Every probe is asked PASSES times: a first pass (the engines' caches cold for most probes: each probe reaches other
# entities) and steady-state passes over the same probes. All are timed and checked; the steady passes together are
# the figure compared (what a running service answers; pooled, so that a short burst of other work on the machine
# moves the median less), the first pass is reported beside it.
PASSES = 5
PER_DOCUMENT, RELATIONS_PER_ENTITY, BATCH = 25, 5, 200  # average degree 10 at every size
RDFLIB_MEMORY_SHARE = 0.95  # skip rdflib at a size whose projected memory is over this share of free memory
# (it runs last, in a process of its own, when this one holds little: out of memory kills that process only)


def run(quick: bool = False, full: bool = False) -> dict[str, Any]:
    return measure(QUICK_SIZES if quick else FULL_SIZES if full else SIZES, probes=30 if quick else 60)


def measure(sizes: tuple[int, ...], probes: int) -> dict[str, Any]:
    """Build each size once and ask both questions `probes` times through every interface."""
    figures: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as work:
        for size in sizes:
            rdflib_per_triple = _rdflib_bytes_per_triple(figures)
            figures[size] = _measure_size(size, Path(work) / str(size), probes, rdflib_per_triple)
    return {"description": __doc__.replace("\n", " "), "rows": _rows(figures), "values": figures}


def _measure_size(size: int, folder: Path, probes: int, rdflib_per_triple: float | None) -> dict[str, Any]:
    out: dict[str, Any] = {"build_s": {}, "memory_mb": {}, "latency_ms": {}}

    def generated() -> Iterator[Extraction]:  # generated again where needed: at 1M a list holds GBs
        return extractions(size // PER_DOCUMENT, PER_DOCUMENT, entities=size // RELATIONS_PER_ENTITY, seed=41)

    start = time.perf_counter()
    tracemalloc.start()  # networkx is all Python objects: counted exactly, not by resident memory
    network = q.networkx_graph(generated())
    out["memory_mb"]["networkx"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
    tracemalloc.stop()
    _note(out, size, "generate + networkx", start)
    one_probes, two_probes = q.choose_probes(network, probes, random.Random(size))
    os.environ["KG_BUFFER_POOL_MB"] = BUFFER_POOL_MB
    folder.mkdir(parents=True, exist_ok=True)
    store = LadybugStore(folder / "store")
    start = time.perf_counter()
    store.bulk_load(generated())
    _note(out, size, "generate + LadybugDB bulk_load", start)
    out["memory_mb"]["LadybugDB on disk"] = q.folder_mb(folder / "store")
    graph = KnowledgeGraph(store)
    start = time.perf_counter()
    view = graph.rdf_view()
    _note(out, size, "pyoxigraph RDF view from the store", start)
    out["triples"] = len(view)
    triples = q.dump_ntriples(view, folder / "view.nt")
    before, start = q.rss_mb(), time.perf_counter()
    loaded = ox.Store()
    loaded.load(path=str(triples), format=ox.RdfFormat.N_TRIPLES)
    _note(out, size, "pyoxigraph N-Triples load", start)
    out["memory_mb"]["pyoxigraph"] = q.rss_mb() - before
    del loaded
    truth: dict[str, dict[str, set[Any]]] = {"1-hop": {p: q.nx_one_hop(network, p) for p in one_probes}}
    truth["2-hop"] = {p: q.nx_two_hop(network, p) for p in two_probes}
    out["latency_ms"]["networkx"] = {
        "1-hop": _timed(lambda p: q.nx_one_hop(network, p), truth["1-hop"]),
        "2-hop": _timed(lambda p: q.nx_two_hop(network, p), truth["2-hop"]),
    }
    del view  # the view's last handle here: its folder must be unlocked for the measuring process
    graph.close()  # the store and its view on disk: opened again by the process that measures them
    network.clear()  # its memory back before rdflib loads
    try:
        out["latency_ms"].update(in_child(_ours, folder / "store", truth))
    except ChildFailed as failure:
        print(f"  {size} relations: measuring Cypher, SPARQL and REST failed: {failure}", file=sys.stderr)
        raise
    gc.collect()
    return_freed_memory()  # the allocator keeps freed pages otherwise: rdflib was once skipped for want of them
    # rdflib last, in a child process of its own, with this one holding little: at 1M relations it takes
    # ~16 GB, which does not fit beside the store, the view and the networkx graph
    projected = None if rdflib_per_triple is None else rdflib_per_triple * out["triples"] / 2**20
    if projected is None or projected < RDFLIB_MEMORY_SHARE * q.available_mb():
        try:
            found = in_child(_rdflib, triples, truth)
        except ChildFailed as failure:
            print(f"  {size} relations: rdflib failed: {failure}", file=sys.stderr)
            out["rdflib_failed"] = str(failure)
        else:
            out["build_s"]["rdflib N-Triples load"] = found["load_s"]
            print(f"  {size} relations: rdflib N-Triples load {found['load_s']} s", file=sys.stderr, flush=True)
            out["memory_mb"]["rdflib"] = found["memory_mb"]
            out["latency_ms"]["rdflib"] = found["latency_ms"]
    else:
        print(
            f"  {size} relations: rdflib skipped, it would take about {projected:.0f} MB "
            f"({q.available_mb():.0f} MB available, this process holding {q.rss_mb():.0f} MB)",
            file=sys.stderr,
        )
    triples.unlink()
    return out


def _ours(store: Path, truth: dict[str, dict[str, set[Any]]]) -> dict[str, Any]:
    """Cypher, SPARQL and REST on the store and its RDF view, opened by a process of its own (run in a child)."""
    os.environ["KG_BUFFER_POOL_MB"] = BUFFER_POOL_MB
    graph = KnowledgeGraph.open(store)
    try:
        if graph.view.stale:
            raise RuntimeError(f"{store}: the RDF view is stale; the bench built it before measuring")
        latency = {
            "Cypher (LadybugDB)": {
                "1-hop": _timed(lambda p: q.cypher_one_hop(graph, p), truth["1-hop"]),
                "2-hop": _timed(lambda p: q.cypher_two_hop(graph, p), truth["2-hop"]),
            },
            "SPARQL (pyoxigraph)": {
                "1-hop": _timed(lambda p: q.sparql_one_hop(graph, p), truth["1-hop"]),
                "2-hop": _timed(lambda p: q.sparql_two_hop(graph, p), truth["2-hop"]),
            },
        }
        latency["REST (ASGI)"] = asyncio.run(_rest(graph, truth))
        return latency
    finally:
        graph.close()


async def _rest(graph: KnowledgeGraph, truth: dict[str, dict[str, set[Any]]]) -> dict[str, dict[str, float]]:
    app = create_app(graph=graph)
    transport = httpx.ASGITransport(app=app)  # runs no lifespan: enter it here, as a server would
    async with app.router.lifespan_context(app), httpx.AsyncClient(transport=transport, base_url="http://b") as client:
        results = {}
        for hop, ask in (("1-hop", q.rest_one_hop), ("2-hop", q.rest_two_hop)):
            samples = []
            for probe in list(truth[hop]) * PASSES:
                start = time.perf_counter()
                answer = await ask(client, probe)
                samples.append((time.perf_counter() - start) * 1000)
                _check(f"REST {hop}", probe, answer, truth[hop][probe])
            results[hop] = _passes(samples)
    return results


def _rdflib(triples: Path, truth: dict[str, dict[str, set[Any]]]) -> dict[str, Any]:
    """rdflib's load and both questions (run in a process of its own)."""
    before, start = q.rss_mb(), time.perf_counter()
    graph = q.rdflib_graph(triples)
    load_s = round(time.perf_counter() - start, 2)
    memory = q.rss_mb() - before
    latency = {
        "1-hop": _timed(lambda p: q.rdflib_one_hop(graph, p), truth["1-hop"]),
        "2-hop": _timed(lambda p: q.rdflib_two_hop(graph, p), truth["2-hop"]),
    }
    return {"load_s": load_s, "memory_mb": memory, "latency_ms": latency}


def _timed(ask: Callable[[str], set[Any]], truth: dict[str, set[Any]]) -> dict[str, float]:
    samples = []
    for probe in list(truth) * PASSES:
        start = time.perf_counter()
        answer = ask(probe)
        samples.append((time.perf_counter() - start) * 1000)
        _check(ask, probe, answer, truth[probe])
    return _passes(samples)


def _passes(samples: list[float]) -> dict[str, float]:
    """p50 and p99 of the steady passes (2 to PASSES), and the first pass's p50 beside them."""
    first = len(samples) // PASSES
    return {**q.summary(samples[first:]), "first_pass_p50": q.summary(samples[:first])["p50"]}


def _check(who: object, probe: str, answer: set[Any], expected: set[Any]) -> None:
    if answer != expected:
        raise AssertionError(f"{who} answered {sorted(answer)[:5]} for {probe}, expected {sorted(expected)[:5]}")


def _note(out: dict[str, Any], size: int, step: str, start: float) -> None:
    """Record how long a build step took, and say so on stderr (a large run is long)."""
    out["build_s"][step] = round(time.perf_counter() - start, 2)
    print(f"  {size} relations: {step} {out['build_s'][step]} s", file=sys.stderr, flush=True)


def _first(values: dict[str, float]) -> str:
    return f" (first pass p50 {values['first_pass_p50']} ms)" if "first_pass_p50" in values else ""


def _rdflib_bytes_per_triple(figures: dict[int, dict[str, Any]]) -> float | None:
    measured = [f["memory_mb"]["rdflib"] * 2**20 / f["triples"] for f in figures.values() if "rdflib" in f["memory_mb"]]
    return max(measured) if measured else None


def _exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(latency) over log(size): 0 is flat, 1 grows with the graph."""
    if len(points) < 2:
        return None
    xs, ys = [math.log(s) for s, _ in points], [math.log(max(v, 1e-6)) for _, v in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs), 2)


def _rows(figures: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    largest = max(figures)
    for size, f in figures.items():
        lat = f["latency_ms"]
        base_name = "rdflib" if "rdflib" in lat else "networkx"
        for hop in ("1-hop", "2-hop"):
            base = lat[base_name][hop]
            for name, values in lat.items():
                if name == base_name:
                    continue
                rows.append(
                    {
                        "case": f"{hop} {name}, {size} relations",
                        "measured": f"p50 {values[hop]['p50']} ms, p99 {values[hop]['p99']} ms{_first(values[hop])}",
                        "baseline": f"{base_name} p50 {base['p50']} ms, p99 {base['p99']} ms{_first(base)}",
                        "ratio": ratio(values[hop]["p50"], base["p50"]),
                    }
                )
        builds = f["build_s"]
        rows.append(
            {
                "case": f"RDF view build (pyoxigraph, one-off), {size} relations, {f['triples']} triples",
                "measured": f"{builds['pyoxigraph RDF view from the store']} s",
                "baseline": f"generating and bulk-loading the store {builds['generate + LadybugDB bulk_load']} s",
                "ratio": ratio(builds["pyoxigraph RDF view from the store"], builds["generate + LadybugDB bulk_load"]),
            }
        )
        if "rdflib N-Triples load" in builds:
            rows.append(
                {
                    "case": f"N-Triples load, pyoxigraph, {size} relations",
                    "measured": f"{builds['pyoxigraph N-Triples load']} s",
                    "baseline": f"rdflib {builds['rdflib N-Triples load']} s",
                    "ratio": ratio(builds["pyoxigraph N-Triples load"], builds["rdflib N-Triples load"]),
                }
            )
    memory = figures[largest]["memory_mb"]
    per_million = {k: round(v * 1_000_000 / largest) for k, v in memory.items()}
    base = "rdflib" if "rdflib" in per_million else "networkx"
    for name, value in per_million.items():
        if name != base:
            rows.append(
                {
                    "case": f"memory per million relations, {name} (at {largest} relations)",
                    "measured": f"{value} MB",
                    "baseline": f"{base} {per_million[base]} MB",
                    "ratio": ratio(value, per_million[base]),
                }
            )
    names = {n for f in figures.values() for n in f["latency_ms"]}
    for name in sorted(names):
        for hop in ("1-hop", "2-hop"):
            points = [(s, f["latency_ms"][name][hop]["p50"]) for s, f in figures.items() if name in f["latency_ms"]]
            exponent = _exponent(points)
            if exponent is not None:
                sizes = ", ".join(str(s) for s, _ in points)
                rows.append(
                    {
                        "case": f"growth exponent of p50, {hop} {name} (sizes {sizes})",
                        "measured": exponent,
                        "baseline": "0 = flat, 1 = linear in the graph",
                        "ratio": None,
                    }
                )
    with_rdflib = [size for size, f in figures.items() if "rdflib" in f["latency_ms"]]
    if with_rdflib:
        rows += _target_rows(figures, max(with_rdflib))
    return rows


def _verdict(speedup: float, at: int) -> str:
    if at < TARGET_SIZE:
        return "not judged below 1M (run --full)"
    return "met" if speedup >= 10 else "NOT met"


def _target_rows(figures: dict[int, dict[str, Any]], at: int) -> list[dict[str, Any]]:
    """The 1-hop target against rdflib, at the largest size rdflib ran at."""
    top = figures[at]["latency_ms"]
    scope = "" if at >= TARGET_SIZE else f" (at {at} relations, the largest size rdflib ran at here)"
    rows = []
    for name in ("SPARQL (pyoxigraph)", "Cypher (LadybugDB)"):
        speedup = round(top["rdflib"]["1-hop"]["p50"] / top[name]["1-hop"]["p50"], 1)
        rows.append(
            {
                "case": f"target: 1-hop {name} >= 10x faster than rdflib at 1M relations{scope}",
                "measured": f"{speedup}x faster",
                "baseline": f"rdflib p50 {top['rdflib']['1-hop']['p50']} ms",
                "ratio": _verdict(speedup, at),
            }
        )
    return rows
