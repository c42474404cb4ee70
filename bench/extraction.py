"""Extraction throughput on generated news articles of about 600 words (a third of the sentences state
a relation, the rest is background naming companies, people and figures): articles per second on one
core and on all cores, beside a plain regex-over-gazetteer pass (which finds names but no relations) on
the same articles; and on one core for a dense corpus in which every sentence states a relation. The one-core
figure that the target is read on is the median of five chunks of the corpus, each timed in CPU seconds beside the
regex baseline on the same chunk (the machine's speed moves within a run)."""

from __future__ import annotations

import os
import statistics
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


_CHUNKS = 5


def _chunked_rates(texts: list[str]) -> tuple[float, float, list[float], list[float]]:
    """Wall and CPU seconds for all the texts, and per chunk the articles per CPU-second of the extractor and of
    the baseline, timed one after the other on the same chunk: the shared machine's speed moves by more than
    the code does within a run, and a chunk's pair sees the same phase of it."""
    size = max(1, len(texts) // _CHUNKS)
    wall = cpu = 0.0
    rates, baseline_rates = [], []
    for start in range(0, len(texts), size):
        chunk = texts[start : start + size]
        before, started = time.process_time(), time.perf_counter()
        _extract_all(chunk)
        wall += time.perf_counter() - started
        spent = time.process_time() - before
        cpu += spent
        rates.append(len(chunk) / spent)
        before = time.process_time()
        for _ in range(5):  # (the regex pass is ~100x faster: repeated so that its time is measurable)
            _baseline(chunk)
        baseline_rates.append(5 * len(chunk) / (time.process_time() - before))
    return wall, cpu, rates, baseline_rates


def run(quick: bool = False) -> dict[str, Any]:
    texts = news_articles(100 if quick else 1000)
    words = sum(len(t.split()) for t in texts) / len(texts)
    dense = articles(len(texts) // 4, sentences=65)  # ~600 words, a relation in every sentence
    _extract_all(texts[:5])  # warm caches (lexicon, gazetteer)
    # CPU seconds: what one core costs, whatever else shares the machine
    one_core, cpu, rates, baseline_rates = _chunked_rates(texts)
    median_rate = statistics.median(rates)
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
            "case": f"rule extractor, 1 core, per chunk of {len(texts) // _CHUNKS} articles ({_CHUNKS} chunks)",
            "measured": f"median {median_rate:.0f} articles per CPU-second (chunks {min(rates):.0f}-{max(rates):.0f})",
            "baseline": f"gazetteer regex on the same chunk right after: median {statistics.median(baseline_rates):.0f}"
            f" articles per CPU-second ({min(baseline_rates):.0f}-{max(baseline_rates):.0f})",
            "ratio": round(statistics.median(r / b for r, b in zip(rates, baseline_rates, strict=True)), 4),
        },
        {
            "case": "target: >= 50 articles/s per core (news mix, median chunk, per CPU-second): "
            + ("met" if median_rate >= 50 else "NOT met"),
            "measured": f"{median_rate:.0f} articles per CPU-second (all {n} at once: {n / cpu:.0f} per CPU-second, "
            f"{n / one_core:.0f} articles/s wall)",
            "baseline": "50 articles/s",
            "ratio": ratio(median_rate, 50),
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
            "chunk_rates": [round(r, 1) for r in rates],
            "chunk_baseline_rates": [round(r, 1) for r in baseline_rates],
            "all_cores_s": all_cores,
            "baseline_s": baseline,
        },
    }
