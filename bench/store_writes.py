"""Relations written per second into the embedded store (LadybugDB, `write_many` with 200 documents of
25 relations per transaction) at three sizes, each into a fresh store, with the growth exponent of the
time (slope of log time against log size: 1.0 = linear); beside a baseline measured in the same run:
the same relations added to an in-memory networkx MultiDiGraph (no evidence, no durability). Memory:
store folder size and peak RSS per million relations, marginal (smallest to largest size). And the same
relations bulk-loaded (`bulk_load`: COPY FROM Parquet into an empty store, `kg ingest --bulk`), beside
write_many."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx

from bench.generate import extractions
from bench.memory import PeakRss, folder_mb, tree_rss_mb
from bench.timing import growth_exponent, ratio, seconds
from kg.model import Extraction
from kg.stores.ladybug_store import LadybugStore
from kg.stores.protocol import Store

PER_DOCUMENT, BATCH = 25, 200


def relations_data(relations: int) -> list[Extraction]:
    """Documents of PER_DOCUMENT generated relations each, over a pool of a fifth as many organisations."""
    return list(extractions(relations // PER_DOCUMENT, PER_DOCUMENT, entities=max(2000, relations // 5), seed=41))


def write_in_batches(store: Store, data: list[Extraction]) -> None:
    """`data` through the store's batched path, BATCH documents per transaction."""
    for start in range(0, len(data), BATCH):
        store.write_many(data[start : start + BATCH])


def _networkx(data: list[Extraction]) -> None:
    graph = nx.MultiDiGraph()
    for extraction in data:
        for rel in extraction.relations:
            graph.add_node(rel.subject.id, name=rel.subject.name)
            graph.add_node(rel.object.id, name=rel.object.name)
            graph.add_edge(rel.subject.id, rel.object.id, key=rel.id, relation=rel.relation, evidence=rel.evidence)


def _embedded(data: list[Extraction], folder: Path) -> tuple[float, float, float]:
    """Seconds to write, store size (MiB) and peak RSS (MiB) while writing."""
    store = LadybugStore(folder)
    with PeakRss() as peak:
        elapsed = seconds(lambda: write_in_batches(store, data))
    store.close()
    return elapsed, folder_mb(folder), peak.mb


def _bulk(data: list[Extraction], folder: Path) -> tuple[float, float]:
    """Seconds to bulk-load (COPY) into a fresh store, and its size (MiB)."""
    store = LadybugStore(folder)
    elapsed = seconds(lambda: store.bulk_load(data))
    store.close()
    return elapsed, folder_mb(folder)


def run(quick: bool = False, full: bool = False) -> dict[str, Any]:
    sizes = [2_000, 5_000, 10_000] if quick else [10_000, 100_000, 1_000_000] if full else [10_000, 30_000, 100_000]
    rows: list[dict[str, Any]] = []
    values: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as work:
        warm = relations_data(1_000)
        _embedded(warm, Path(work) / "warm")  # imports, query plans
        for size in sizes:
            data = relations_data(size)
            baseline = seconds(lambda data=data: _networkx(data))  # type: ignore[misc]
            before = tree_rss_mb()
            elapsed, disk, peak = _embedded(data, Path(work) / f"store-{size}")
            values.append(
                {"relations": size, "seconds": elapsed, "networkx_s": baseline, "disk_mb": disk, "peak_rss_mb": peak}
            )
            rate, base_rate = size / elapsed, size / baseline
            rows.append(
                {
                    "case": f"LadybugDB write_many, {size} relations",
                    "measured": f"{rate:.0f} relations/s; store {disk:.1f} MiB, peak RSS {peak:.0f} MiB "
                    f"({peak - before:+.0f} MiB while writing)",
                    "baseline": f"{base_rate:.0f} relations/s (networkx in memory)",
                    "ratio": ratio(rate, base_rate),
                }
            )
            bulk_s, bulk_disk = _bulk(data, Path(work) / f"bulk-{size}")
            values[-1] |= {"bulk_s": bulk_s, "bulk_disk_mb": bulk_disk}
            rows.append(
                {
                    "case": f"LadybugDB bulk_load (COPY into an empty store), {size} relations",
                    "measured": f"{size / bulk_s:.0f} relations/s; store {bulk_disk:.1f} MiB",
                    "baseline": f"{rate:.0f} relations/s (write_many)",
                    "ratio": ratio(size / bulk_s, rate),
                }
            )
            del data
    best = max(v["relations"] / v["bulk_s"] for v in values)
    rows.append(
        {
            "case": "target: embedded store >= 50k relations/s written (bulk load, best size): "
            + ("met" if best >= 50_000 else "NOT met"),
            "measured": f"{best:.0f} relations/s",
            "baseline": "50000 relations/s",
            "ratio": ratio(best, 50_000),
        }
    )
    exponent = growth_exponent([v["relations"] for v in values], [v["seconds"] for v in values])
    rows.append(
        {
            "case": f"growth exponent of write time, {sizes[0]} to {sizes[-1]} relations",
            "measured": f"{exponent} (time ~ size^{exponent})",
            "baseline": "1.0 (linear)",
            "ratio": exponent,
        }
    )
    first, last = values[0], values[-1]
    per_million = 1_000_000 / (last["relations"] - first["relations"])  # marginal: the empty schema costs too
    rows.append(
        {
            "case": f"memory per million relations ({sizes[0]} to {sizes[-1]})",
            "measured": f"store {(last['disk_mb'] - first['disk_mb']) * per_million:.0f} MiB on disk, "
            f"peak RSS {(last['peak_rss_mb'] - first['peak_rss_mb']) * per_million:.0f} MiB "
            "(the bench holds its input in memory too)",
            "baseline": f"{first['disk_mb']:.1f} MiB on disk at {first['relations']} relations",
            "ratio": "-",
        }
    )
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {"sizes": values, "load_average": os.getloadavg()},
    }
