"""Ingest of 100,000 generated news articles (~600 words each, the news mix of bench/generate.py) into
one embedded store with `KnowledgeGraph.ingest` on all cores (transactional batches of 64 documents),
checkpointed every tenth of the corpus: articles per second of each tenth and the peak RSS of the process
tree (parent, forkserver, extraction workers) in it, whole and beyond the page cache. The baseline is the
first tenth of the same run: a flat rate and a flat peak RSS across tenths mean that the build scales with
the corpus. At each tenth the RSS of the moment is split: the store's page cache (the resident part of the
region LadybugDB reserves for it, which fills up to KG_BUFFER_POOL_MB as the store grows and stays there),
the rest of the parent, and the extraction processes; beside the store's size on disk. Not in the default
`python -m bench` run (30-85 minutes here); run it by name."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.ingest_scale import _corpus
from bench.memory import PeakRss, folder_mb, page_cache_mb, rss_mb, tree_rss_mb
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
        with KnowledgeGraph.open(Path(work) / "store") as graph, PeakRss(0.25, split=True) as peak:
            start = time.perf_counter()

            def progress(_source: object) -> None:
                nonlocal done
                done += 1
                if done % (count // 10) == 0:
                    seconds, cache, parent = time.perf_counter() - start, page_cache_mb(), rss_mb()
                    tenth, beyond = peak.window()
                    point = {"articles": done, "seconds": seconds, "peak_mb": tenth, "page_cache_mb": cache}
                    point["peak_beyond_cache_mb"] = beyond
                    point |= {"parent_rest_mb": parent - cache, "workers_mb": tree_rss_mb() - parent}
                    checkpoints.append(point | {"store_mb": folder_mb(Path(work) / "store")})
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
                "measured": f"{rate:.1f} articles/s, peak RSS {point['peak_mb']:.0f} MiB "
                f"({point['peak_beyond_cache_mb']:.0f} MiB beyond the page cache); now: page cache "
                f"{point['page_cache_mb']:.0f} MiB, rest of the parent {point['parent_rest_mb']:.0f} MiB, extraction "
                f"processes {point['workers_mb']:.0f} MiB; store {point['store_mb']:.0f} MiB on disk",
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
    first, last = checkpoints[0], checkpoints[-1]
    beyond = [point["peak_beyond_cache_mb"] for point in (first, last)]
    rows.append(
        {
            "case": "target: flat memory while ingesting (peak RSS of the tree beyond the page cache, in the last "
            "tenth against the first)",
            "measured": f"{beyond[1]:.0f} MiB (page cache {last['page_cache_mb']:.0f} MiB beside it, store "
            f"{last['store_mb']:.0f} MiB)",
            "baseline": f"{beyond[0]:.0f} MiB (page cache {first['page_cache_mb']:.0f} MiB, store "
            f"{first['store_mb']:.0f} MiB)",
            "ratio": ratio(beyond[1], beyond[0]),
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
