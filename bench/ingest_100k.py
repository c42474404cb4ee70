"""Ingest of 100,000 generated news articles (~600 words each, the news mix of bench/generate.py) into
one embedded store with `KnowledgeGraph.ingest` on all cores (transactional batches of 64 documents),
checkpointed every tenth of the corpus: articles per second of each tenth and the peak RSS of the process
tree (parent, forkserver, extraction workers) up to it. The baseline is the first tenth of the same run:
a flat rate and a flat peak RSS across tenths mean that the build scales with the corpus; the store's page
cache (KG_BUFFER_POOL_MB, in the parent's RSS) fills up to its size and stays there. Not in the default
`python -m bench` run (about 85 minutes here); run it by name."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.ingest_scale import _corpus
from bench.memory import PeakRss
from bench.timing import ratio
from kg import KnowledgeGraph
from kg.settings import get_settings


def run(quick: bool = False) -> dict[str, Any]:
    count = 2_000 if quick else 100_000
    workers = os.cpu_count() or 1
    checkpoints: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as work:
        corpus = _corpus(Path(work) / "corpus", count)
        done = 0
        with KnowledgeGraph.open(Path(work) / "store") as graph, PeakRss() as peak:
            start = time.perf_counter()

            def progress(_source: object) -> None:
                nonlocal done
                done += 1
                if done % (count // 10) == 0:
                    checkpoints.append({"articles": done, "seconds": time.perf_counter() - start, "peak_mb": peak.mb})
                    print(f"ingest_100k checkpoint {checkpoints[-1]}", file=sys.stderr, flush=True)

            report = graph.ingest([corpus], batch_size=64, workers=workers, progress=progress)
            elapsed = time.perf_counter() - start
            stats = graph.stats()
    rows = []
    previous = {"articles": 0, "seconds": 0.0}
    first_rate = checkpoints[0]["articles"] / checkpoints[0]["seconds"]
    for point in checkpoints:
        rate = (point["articles"] - previous["articles"]) / (point["seconds"] - previous["seconds"])
        rows.append(
            {
                "case": f"articles {previous['articles'] + 1}-{point['articles']:.0f}",
                "measured": f"{rate:.1f} articles/s, peak RSS so far {point['peak_mb']:.0f} MiB",
                "baseline": f"{first_rate:.1f} articles/s, {checkpoints[0]['peak_mb']:.0f} MiB (first tenth)",
                "ratio": ratio(rate, first_rate),
            }
        )
        previous = point
    rows.append(
        {
            "case": f"whole ingest: {count} articles, {stats['relation_total']} relations, {workers} workers, "
            f"page cache {get_settings().buffer_pool_mb} MiB",
            "measured": f"{count / elapsed:.1f} articles/s ({elapsed / 60:.0f} min), "
            f"{report.relations / elapsed:.0f} relations/s, peak RSS {peak.mb:.0f} MiB",
            "baseline": f"{first_rate:.1f} articles/s (first tenth)",
            "ratio": ratio(count / elapsed, first_rate),
        }
    )
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {
            "buffer_pool_mb": get_settings().buffer_pool_mb,
            "checkpoints": checkpoints,
            "seconds": elapsed,
            "stats": stats,
            "load_average": os.getloadavg(),
        },
    }
