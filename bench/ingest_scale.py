"""End-to-end ingest of generated news-like articles (~600 words, .txt files) into the embedded store
with `KnowledgeGraph.ingest` (extraction on all cores, batched writes): articles per second and peak RSS
of the process tree (sampled every 0.1 s) at three sizes, each into a fresh store; flat memory means peak
RSS roughly constant across sizes. Baseline: the single-process ingest (workers=1) of the smallest size,
in the same run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from bench.generate import news_articles
from bench.memory import PeakRss
from bench.timing import growth_exponent, ratio, seconds
from kg import KnowledgeGraph


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for start in range(0, count, 1000):  # generate in slices: the corpus never sits whole in memory
        for offset, text in enumerate(news_articles(min(1000, count - start), seed=start + 1)):
            (folder / f"article-{start + offset:06d}.txt").write_text(text)
    return folder


def _ingest(corpus: Path, store: Path, workers: int) -> tuple[float, float, int]:
    """Seconds, peak RSS (MiB) and relations stored."""
    with KnowledgeGraph.open(store) as graph, PeakRss() as peak:
        elapsed = seconds(lambda: graph.ingest([corpus], batch_size=64, workers=workers))
        relations = graph.stats()["relation_total"]
    return elapsed, peak.mb, relations


def run(quick: bool = False, full: bool = False) -> dict[str, Any]:
    sizes = [50, 100, 200] if quick else [1_000, 10_000, 100_000] if full else [200, 500, 1_000]
    workers = os.cpu_count() or 1
    values = []
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        warm = _corpus(root / "warm", 10)
        _ingest(warm, root / "warm-store", workers)
        smallest = _corpus(root / "corpus-0", sizes[0])
        single_s, single_rss, _ = _ingest(smallest, root / "single", 1)
        for index, size in enumerate(sizes):
            corpus = smallest if index == 0 else _corpus(root / f"corpus-{index}", size)
            elapsed, peak, relations = _ingest(corpus, root / f"store-{index}", workers)
            values.append({"articles": size, "seconds": elapsed, "peak_rss_mb": peak, "relations": relations})
    single_rate = sizes[0] / single_s
    rows = [
        {
            "case": f"ingest {v['articles']} articles ({v['relations']} relations), {workers} workers",
            "measured": f"{v['articles'] / v['seconds']:.1f} articles/s, peak RSS {v['peak_rss_mb']:.0f} MiB",
            "baseline": f"{single_rate:.1f} articles/s, peak RSS {single_rss:.0f} MiB (1 process, {sizes[0]} articles)",
            "ratio": ratio(v["articles"] / v["seconds"], single_rate),
        }
        for v in values
    ]
    peaks = [v["peak_rss_mb"] for v in values]
    rows.append(
        {
            "case": f"memory across sizes, {sizes[0]} to {sizes[-1]} articles",
            "measured": f"peak RSS {min(peaks):.0f} to {max(peaks):.0f} MiB; time exponent "
            f"{growth_exponent(sizes, [v['seconds'] for v in values])}",
            "baseline": f"{peaks[0]:.0f} MiB at {sizes[0]} articles",
            "ratio": ratio(max(peaks), peaks[0]),
        }
    )
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {"workers": workers, "single_process_s": single_s, "sizes": values, "load_average": os.getloadavg()},
    }
