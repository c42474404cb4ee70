"""REST relation lookups under concurrent clients: the API (`kg serve`) in one process over an embedded
store of generated relations, the load generator (bench.loadgen) in another, both on 127.0.0.1.
Each client asks `GET /relations?subject=ID&limit=50` for random organisations, back to back.
Baseline: the same lookup called in-process on KnowledgeGraph, one at a time, on the same store
before the server opens it, so the ratio is what HTTP, JSON and the server's threads add. A second,
smaller table row gives the HTTP floor (`GET /docs`, no store access) over the same stack.
The growth exponent k fits p50 ~ size^k between sizes (0: flat, 1: linear)."""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.generate import extractions
from bench.server import ROOT, api_server
from bench.timing import percentiles_ms
from kg.graph import KnowledgeGraph
from kg.stores.ladybug_store import LadybugStore

CONCURRENCY = [1, 4, 16]
TARGET_P99_MS = 20.0  # issue "Performance you can trust": REST lookup p99 under 20 ms at 100k relations
RELATIONS_PER_DOCUMENT = 25


def build(path: Path, relations: int) -> None:
    """A store of `relations` generated relations, about ten per organisation, bulk-loaded (the same
    content write_many gives, tests/test_bulk_load.py; the write path is store_writes' measurement)."""
    store = LadybugStore(path)
    store.bulk_load(
        extractions(
            relations // RELATIONS_PER_DOCUMENT, RELATIONS_PER_DOCUMENT, entities=max(100, relations // 5), seed=41
        )
    )
    store.close()


def in_process(path: Path, count: int) -> tuple[list[str], dict[str, float]]:
    """Probe entity ids (seeded) and the in-process latency of the lookup the route makes."""
    with KnowledgeGraph.open(path) as graph:
        ids = sorted(row[0] for row in graph.cypher("MATCH (n:Organization) RETURN n.id").rows)
        rng = random.Random(9)
        probes = [rng.choice(ids) for _ in range(count)]
        for probe in probes[:20]:  # warm the buffer pool, as the server's first requests would
            graph.relations(subject=probe, limit=50)
        timing = percentiles_ms(lambda i: graph.relations(subject=probes[i], limit=50), len(probes))
    return probes, timing


def load(base: str, paths: list[str], concurrency: int, seconds: float, work: Path) -> dict[str, Any]:
    """One load generator process against the running server."""
    listing = work / "paths.json"
    listing.write_text(json.dumps(paths))
    command = [sys.executable, "-m", "bench.loadgen", base, "--paths", str(listing)]
    command += ["--concurrency", str(concurrency), "--duration", str(seconds)]
    done = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    if result["errors"]:
        raise RuntimeError(f"failed requests under load: {result['error_samples']}")
    return result


def exponent(sizes: list[int], values: list[float]) -> float | None:
    """Least-squares slope of log(value) on log(size)."""
    if len(sizes) < 2 or min(values) <= 0:
        return None
    xs, ys = [math.log(s) for s in sizes], [math.log(v) for v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs), 2)


def run(quick: bool = False, full: bool = False) -> dict[str, Any]:
    sizes = [2_000, 10_000] if quick else [10_000, 100_000] + ([1_000_000] if full else [])
    seconds = 2.0 if quick else 6.0
    values: dict[str, Any] = {}
    rows: list[dict[str, Any]] = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as work:
            store = Path(work) / "store"
            print(f"building {size} relations", file=sys.stderr)
            build(store, size)
            probes, baseline = in_process(store, 300)
            figures: dict[str, Any] = {"in_process": baseline}
            paths = [f"/relations?subject={probe}&limit=50" for probe in probes]
            with api_server(store) as base:
                load(base, paths[:40], 2, 1.0, Path(work))  # warm-up, not measured
                for concurrency in CONCURRENCY:
                    figures[f"c{concurrency}"] = load(base, paths, concurrency, seconds, Path(work))
                    figures[f"floor_c{concurrency}"] = load(base, ["/docs"], concurrency, seconds / 3, Path(work))
            values[str(size)] = figures
        for concurrency in CONCURRENCY:
            got, floor = figures[f"c{concurrency}"], figures[f"floor_c{concurrency}"]
            rows.append(
                {
                    "case": f"REST /relations?subject, {size} relations, {concurrency} clients",
                    "measured": f"p50 {got['p50_ms']} ms, p99 {got['p99_ms']} ms, {got['rps']} req/s",
                    "baseline": f"in-process p50 {baseline['p50']} ms, p99 {baseline['p99']} ms; "
                    f"HTTP floor p50 {floor['p50_ms']} ms, {floor['rps']} req/s",
                    "ratio": round(got["p50_ms"] / baseline["p50"], 2) if baseline["p50"] else None,
                }
            )
    single = [values[str(s)]["c1"]["p50_ms"] for s in sizes]
    direct = [values[str(s)]["in_process"]["p50"] for s in sizes]
    growth, growth_direct = exponent(sizes, single), exponent(sizes, direct)
    rows.append(
        {
            "case": f"growth exponent of p50, {sizes[0]} to {sizes[-1]} relations (1 client)",
            "measured": f"k = {growth}",
            "baseline": f"in-process k = {growth_direct}",
            "ratio": None,
        }
    )
    if 100_000 in sizes:
        p99 = values["100000"]["c1"]["p99_ms"]
        rows.append(
            {
                "case": f"target: p99 < {TARGET_P99_MS:g} ms at 100000 relations, 1 client: "
                + ("met" if p99 < TARGET_P99_MS else "NOT met"),
                "measured": f"p99 {p99} ms",
                "baseline": f"{TARGET_P99_MS:g} ms",
                "ratio": round(p99 / TARGET_P99_MS, 2),
            }
        )
    load_average = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    description = " ".join(__doc__.split()) + f" Machine load average at the end of the run: {load_average}."
    return {"description": description, "rows": rows, "values": values, "growth": growth}
