"""Extraction throughput on generated news articles of about 600 words (a third of the sentences state
a relation, the rest is background naming companies, people and figures): articles per second on one
core and on all cores, beside a plain regex-over-gazetteer pass (which finds names but no relations) on
the same articles; and on one core for a dense corpus in which every sentence states a relation."""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from bench.generate import articles, news_articles
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
    texts = news_articles(100 if quick else 1000)
    words = sum(len(t.split()) for t in texts) / len(texts)
    dense = articles(len(texts) // 4, sentences=65)  # ~600 words, a relation in every sentence
    _extract_all(texts[:5])  # warm caches (lexicon, gazetteer)
    cpu = time.process_time()
    one_core = seconds(lambda: _extract_all(texts))
    cpu = time.process_time() - cpu  # CPU seconds: what one core costs, whatever else shares the machine
    dense_core = seconds(lambda: _extract_all(dense))
    baseline = seconds(lambda: _baseline(texts))
    workers = os.cpu_count() or 1
    chunks = [texts[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_extract_all, [texts[:2]] * workers))
        all_cores = seconds(lambda: list(pool.map(_extract_all, chunks)))
    n = len(texts)
    rows = [
        {
            "case": f"rule extractor, 1 core, {n} articles of {words:.0f} words",
            "measured": f"{n / one_core:.0f} articles/s ({n / cpu:.0f} per CPU-second)",
            "baseline": f"{n / baseline:.0f} articles/s (gazetteer regex only)",
            "ratio": ratio(baseline, one_core),
        },
        {
            "case": f"rule extractor, {workers} processes",
            "measured": f"{n / all_cores:.0f} articles/s",
            "baseline": f"{n / one_core:.0f} articles/s (1 core)",
            "ratio": ratio(one_core, all_cores),
        },
        {
            "case": f"rule extractor, 1 core, {len(dense)} dense articles (a relation in every sentence)",
            "measured": f"{len(dense) / dense_core:.0f} articles/s",
            "baseline": f"{n / one_core:.0f} articles/s (news mix, 1 core)",
            "ratio": ratio(len(dense) / dense_core, n / one_core),
        },
        {
            "case": "target: >= 50 articles/s per core (news mix, per CPU-second): "
            + ("met" if n / cpu >= 50 else "NOT met"),
            "measured": f"{n / cpu:.0f} articles per CPU-second, {n / one_core:.0f} articles/s wall",
            "baseline": "50 articles/s",
            "ratio": ratio(n / cpu, 50),
        },
    ]
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {
            "articles": n,
            "words_per_article": words,
            "dense_articles": len(dense),
            "dense_s": dense_core,
            "one_core_s": one_core,
            "one_core_cpu_s": cpu,
            "all_cores_s": all_cores,
            "baseline_s": baseline,
        },
    }
