"""Memory of a rebuild of the RDF view from the embedded store (`kg reindex`, and the end of a large
ingest): peak RSS of the process above its RSS before the rebuild, at three sizes of generated graph,
with the growth exponent (0 = flat, 1 = grows with the graph). kg's rebuild reads entities, relations
and documents a page at a time and bulk-loads pyoxigraph in parts of bounded size; the baseline, run in
the same process on the same store, is the previous path: entities and documents read as whole lists and
every quad handed to one pyoxigraph bulk load (whose loader buffers up to ~2 GB per thread). Each
rebuild runs in a fresh child process, so one does not inherit the other's freed memory. Not in the
default `python -m bench` run (about ten minutes here); run it by name."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

import ontology
from bench.child import in_child
from bench.generate import extractions
from bench.memory import PeakRss, tree_rss_mb
from bench.timing import growth_exponent, ratio
from kg import rdf
from kg.graph import KnowledgeGraph
from kg.stores import RelationFilter
from kg.stores.ladybug_store import LadybugStore

SIZES, QUICK_SIZES = (30_000, 100_000, 300_000), (2_000, 5_000, 10_000)
PER_DOCUMENT, RELATIONS_PER_ENTITY = 25, 5
BUFFER_POOL_MB = "1024"


def _previous_rebuild(graph: KnowledgeGraph) -> None:
    """The rebuild as it was: whole lists, one bulk load of every quad."""
    everything = 10**9
    view = graph.view
    with view.lock:
        view.store.clear()
        view.store.load(ontology.load().turtle(), format=ox.RdfFormat.TURTLE)
        view.store.bulk_extend(
            rdf.view_quads(
                graph.store.search_entities(limit=everything),
                graph.store.iter_relations(RelationFilter()),
                graph.store.documents(limit=everything),
            )
        )


def _rebuild(folder: str, previous: bool) -> tuple[float, float, int]:
    """Open the store, rebuild its view one way: seconds, peak RSS growth (MiB), triples."""
    with KnowledgeGraph.open(folder) as graph:
        before = tree_rss_mb()
        start = time.perf_counter()
        with PeakRss(interval=0.05) as peak:
            if previous:
                _previous_rebuild(graph)
            else:
                graph.reindex()
        return time.perf_counter() - start, peak.mb - before, len(graph.view.store)


def run(quick: bool = False) -> dict[str, Any]:
    os.environ["KG_BUFFER_POOL_MB"] = BUFFER_POOL_MB
    values: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as work:
        for size in QUICK_SIZES if quick else SIZES:
            folder = Path(work) / str(size)
            store = LadybugStore(folder)
            entities = size // RELATIONS_PER_ENTITY
            store.bulk_load(extractions(size // PER_DOCUMENT, PER_DOCUMENT, entities=entities, seed=7))
            store.close()
            seconds, grown, triples = in_child(_rebuild, str(folder), False)
            old_seconds, old_grown, old_triples = in_child(_rebuild, str(folder), True)
            if triples != old_triples:
                raise AssertionError(f"{size} relations: the rebuilds differ ({triples} and {old_triples} triples)")
            point = {"relations": size, "triples": triples, "seconds": seconds, "peak_mb": grown}
            values.append(point | {"previous_seconds": old_seconds, "previous_peak_mb": old_grown})
            print(f"view_rebuild {json.dumps(values[-1])}", file=sys.stderr, flush=True)
    rows = [
        {
            "case": f"rebuild, {v['relations']} relations ({v['triples']} triples)",
            "measured": f"peak +{v['peak_mb']:.0f} MiB RSS, {v['seconds']:.1f} s",
            "baseline": f"previous path: peak +{v['previous_peak_mb']:.0f} MiB RSS, {v['previous_seconds']:.1f} s",
            "ratio": f"memory {ratio(v['peak_mb'], v['previous_peak_mb'])}, "
            f"time {ratio(v['seconds'], v['previous_seconds'])}",
        }
        for v in values
    ]
    sizes = [v["relations"] for v in values]
    exponent = growth_exponent(sizes, [max(v["peak_mb"], 1.0) for v in values])
    old_exponent = growth_exponent(sizes, [max(v["previous_peak_mb"], 1.0) for v in values])
    rows.append(
        {
            "case": f"growth exponent of peak memory, {sizes[0]} to {sizes[-1]} relations",
            "measured": f"{exponent}",
            "baseline": f"previous path: {old_exponent}",
            "ratio": "-",
        }
    )
    return {"description": __doc__.replace("\n", " "), "rows": rows, "values": values}
