"""Extraction throughput: articles per second on one core and on all cores, beside a plain
regex-over-gazetteer pass (which finds names but no relations) on the same articles."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from bench.generate import articles
from bench.timing import ratio, seconds
from kg.model import Document
from loaders.extraction import RuleExtractor
from loaders.extraction.gazetteer import load_gazetteer


def _extract_all(texts: list[str]) -> int:
    extractor = RuleExtractor()
    return sum(len(extractor.extract(Document(text=t)).relations) for t in texts)


def _baseline(texts: list[str]) -> int:
    pattern = load_gazetteer().pattern
    return sum(len(pattern.findall(t)) for t in texts)


def run(quick: bool = False) -> dict[str, Any]:
    texts = articles(200 if quick else 2000)
    _extract_all(texts[:5])  # warm caches (lexicon, gazetteer)
    one_core = seconds(lambda: _extract_all(texts))
    baseline = seconds(lambda: _baseline(texts))
    workers = os.cpu_count() or 1
    chunks = [texts[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_extract_all, [texts[:2]] * workers))
        all_cores = seconds(lambda: list(pool.map(_extract_all, chunks)))
    n = len(texts)
    rows = [
        {
            "case": f"rule extractor, 1 core, {n} articles",
            "measured": f"{n / one_core:.0f} articles/s",
            "baseline": f"{n / baseline:.0f} articles/s (gazetteer regex only)",
            "ratio": ratio(baseline, one_core),
        },
        {
            "case": f"rule extractor, {workers} processes",
            "measured": f"{n / all_cores:.0f} articles/s",
            "baseline": f"{n / one_core:.0f} articles/s (1 core)",
            "ratio": ratio(one_core, all_cores),
        },
    ]
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {"articles": n, "one_core_s": one_core, "all_cores_s": all_cores, "baseline_s": baseline},
    }
