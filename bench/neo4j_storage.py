"""Disk per million relations in Neo4j beside the embedded store: the same generated relations (documents
of 25 relations over a pool of organisations, the data of store_writes) written by each store's batched
path at two sizes, each into a fresh store. Neo4j is a real server that is shut down cleanly (a
checkpoint) with its store files and transaction logs kept and not preallocated, so that their size is
the data's; the logs are counted apart, since Neo4j keeps them for a retention period (two days by
default) and then prunes them. The baseline is the LadybugDB folder for the same relations, in the same
run. Per million relations is marginal: the growth from the smaller to the larger size, so that the
empty store's fixed files do not count. Not in the default `python -m bench` run (two Neo4j starts); run
it by name."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bench.memory import folder_mb
from bench.store_writes import relations_data, write_in_batches
from bench.timing import ratio
from kg.model import Extraction
from kg.stores.ladybug_store import LadybugStore
from kg.stores.neo4j_store import Neo4jStore
from tests.neo4j_server import neo4j_server


def _neo4j_mb(data: list[Extraction], work: Path) -> tuple[float, float]:
    """(store files, transaction logs) in MiB once the server that wrote `data` has stopped."""
    with neo4j_server(work, keep_store=True) as uri:
        store = Neo4jStore(uri)
        write_in_batches(store, data)
        store.close()
    (databases,) = work.glob("*/data/databases/neo4j")
    (logs,) = work.glob("*/data/transactions/neo4j")
    return folder_mb(databases), folder_mb(logs)


def _embedded_mb(data: list[Extraction], folder: Path) -> float:
    store = LadybugStore(folder)
    write_in_batches(store, data)
    store.close()
    return folder_mb(folder)


def run(quick: bool = False) -> dict[str, Any]:
    sizes = [2_000, 6_000] if quick else [20_000, 60_000]
    measured: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as work:
        for size in sizes:
            data = relations_data(size)
            store_mb, logs_mb = _neo4j_mb(data, Path(work) / f"neo4j-{size}")
            embedded_mb = _embedded_mb(data, Path(work) / f"embedded-{size}")
            measured[size] = {"neo4j_store_mb": store_mb, "neo4j_logs_mb": logs_mb, "embedded_mb": embedded_mb}
    rows = []
    for size, m in measured.items():
        neo4j_mb = m["neo4j_store_mb"] + m["neo4j_logs_mb"]
        rows.append(
            {
                "case": f"Neo4j on disk, {size} relations",
                "measured": f"{neo4j_mb:.1f} MiB (store files {m['neo4j_store_mb']:.1f}, "
                f"transaction logs {m['neo4j_logs_mb']:.1f})",
                "baseline": f"LadybugDB {m['embedded_mb']:.1f} MiB",
                "ratio": ratio(neo4j_mb, m["embedded_mb"]),
            }
        )
    small, large = (measured[s] for s in sizes)
    scale = 1_000_000 / (sizes[1] - sizes[0])
    per_million = {key: (large[key] - small[key]) * scale for key in small}
    neo4j_per_million = per_million["neo4j_store_mb"] + per_million["neo4j_logs_mb"]
    rows.append(
        {
            "case": f"disk per million relations, Neo4j ({sizes[0]} to {sizes[1]} relations)",
            "measured": f"{neo4j_per_million:.0f} MiB (store files {per_million['neo4j_store_mb']:.0f}, "
            f"transaction logs {per_million['neo4j_logs_mb']:.0f})",
            "baseline": f"LadybugDB {per_million['embedded_mb']:.0f} MiB",
            "ratio": ratio(neo4j_per_million, per_million["embedded_mb"]),
        }
    )
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {"sizes": sizes, "measured": {str(k): v for k, v in measured.items()}, "per_million": per_million},
    }
