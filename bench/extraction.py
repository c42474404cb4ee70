"""Extraction throughput on generated news articles of about 600 words (a third of the sentences state
a relation, the rest is background naming companies, people and figures): articles per second on one
core and on all cores, beside a plain regex-over-gazetteer pass (which finds names but no relations) on
the same articles; and on one core for a dense corpus in which every sentence states a relation. The one-core
figure that the target is read on is the median of five chunks of the corpus, each timed in CPU seconds beside the
regex baseline on the same chunk (the machine's speed moves within a run). Two builds of the extractor run on the
same articles, each in spawned processes of its own, in turn on each chunk: the pure Python modules
(KG_PURE_PYTHON=1) and the same modules compiled with mypyc (`kg compile`, built first if there is no fresh
build); their outputs are compared too."""

from __future__ import annotations

import hashlib
import os
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from bench.child import in_child
from bench.generate import articles, news_articles
from bench.timing import ratio, seconds
from kg.model import Document
from loaders.extraction import RuleExtractor, compiled
from loaders.extraction.gazetteer import load_gazetteer


def _extract_all(texts: list[str]) -> int:
    extractor = RuleExtractor()
    return sum(len(extractor.extract(Document(text=t)).relations) for t in texts)


def _baseline(texts: list[str]) -> int:
    pattern = load_gazetteer().pattern
    return sum(len(pattern.findall(t)) for t in texts)


_CHUNKS = 5


def _chunk_rates(chunk: list[str], pure: bool) -> tuple[float, float, float, float]:
    """Wall and CPU seconds of the extractor on one chunk, its articles per CPU-second and the baseline's, timed one
    after the other (the shared machine's speed moves by more than the code does: a chunk's pair sees the same
    phase of it); in a spawned process whose environment chose the build (run by `_in_build`)."""
    _check_build(pure)
    _extract_all(chunk[:5])  # warm caches (lexicon, gazetteer)
    before, started = time.process_time(), time.perf_counter()
    _extract_all(chunk)
    wall, spent = time.perf_counter() - started, time.process_time() - before
    before = time.process_time()
    for _ in range(5):  # (the regex pass is ~100x faster: repeated so that its time is measurable)
        _baseline(chunk)
    return wall, spent, len(chunk) / spent, 5 * len(chunk) / (time.process_time() - before)


def _check_build(pure: bool) -> None:
    if compiled.is_active() == pure:
        raise RuntimeError(f"asked for the {'pure Python' if pure else 'compiled'} build, the other one was loaded")


def _measure(texts: list[str], dense: list[str], pure: bool) -> dict[str, Any]:
    """The dense corpus, the baseline, all cores and a digest of the output, for one build (run by `_in_build`)."""
    _check_build(pure)
    _extract_all(texts[:5])
    dense_core = seconds(lambda: _extract_all(dense))
    baseline = seconds(lambda: _baseline(texts))
    workers = os.cpu_count() or 1
    chunks = [texts[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:  # (the workers inherit the environment, hence the build)
        list(pool.map(_extract_all, [texts[:2]] * workers))
        all_cores = seconds(lambda: list(pool.map(_extract_all, chunks)))
    extractor = RuleExtractor()
    output = [extractor.extract(Document(text=t)).model_dump_json() for t in texts[:100]]
    return {
        "dense_s": dense_core,
        "baseline_s": baseline,
        "all_cores_s": all_cores,
        "workers": workers,
        "output_digest": hashlib.sha256("\n".join(output).encode()).hexdigest(),
    }


def _in_build(function: Callable[..., Any], *args: Any, pure: bool) -> Any:
    """`function(*args, pure)` in a spawned process that loads the pure Python or the compiled build."""
    saved = os.environ.get("KG_PURE_PYTHON")
    os.environ["KG_PURE_PYTHON"] = "1" if pure else "0"
    try:
        return in_child(function, *args, pure)
    finally:
        if saved is None:
            del os.environ["KG_PURE_PYTHON"]
        else:
            os.environ["KG_PURE_PYTHON"] = saved


def _builds(texts: list[str], dense: list[str], builds: tuple[bool, ...]) -> dict[bool, dict[str, Any]]:
    """The timings of each build (pure Python: True, compiled: False): chunk by chunk, the builds one after the
    other on the same chunk (in turn first), then the rest of each."""
    size = max(1, len(texts) // _CHUNKS)
    results: dict[bool, dict[str, Any]] = {
        pure: {"one_core_s": 0.0, "one_core_cpu_s": 0.0, "chunk_rates": [], "chunk_baseline_rates": []}
        for pure in builds
    }
    for index, start in enumerate(range(0, len(texts), size)):
        for pure in builds if index % 2 == 0 else builds[::-1]:
            wall, cpu, rate, baseline_rate = _in_build(_chunk_rates, texts[start : start + size], pure=pure)
            result = results[pure]
            result["one_core_s"] += wall
            result["one_core_cpu_s"] += cpu
            result["chunk_rates"].append(round(rate, 1))
            result["chunk_baseline_rates"].append(round(baseline_rate, 1))
    for pure in builds:
        results[pure].update(_in_build(_measure, texts, dense, pure=pure))
    return results


def _rows(label: str, n: int, words: float, dense: int, m: dict[str, Any]) -> list[dict[str, Any]]:
    rates, baseline_rates = m["chunk_rates"], m["chunk_baseline_rates"]
    one_core, median_rate = m["one_core_s"], statistics.median(rates)
    return [
        {
            "case": f"{label}, 1 core, {n} articles of {words:.0f} words",
            "measured": f"{n / one_core:.0f} articles/s ({n / m['one_core_cpu_s']:.0f} per CPU-second)",
            "baseline": f"{n / m['baseline_s']:.0f} articles/s (gazetteer regex only)",
            "ratio": ratio(m["baseline_s"], one_core),
        },
        {
            "case": f"{label}, {m['workers']} processes",
            "measured": f"{n / m['all_cores_s']:.0f} articles/s",
            "baseline": f"{n / one_core:.0f} articles/s (1 core)",
            "ratio": ratio(one_core, m["all_cores_s"]),
        },
        {
            "case": f"{label}, 1 core, {dense} dense articles (a relation in every sentence)",
            "measured": f"{dense / m['dense_s']:.0f} articles/s",
            "baseline": f"{n / one_core:.0f} articles/s (news mix, 1 core)",
            "ratio": ratio(dense / m["dense_s"], n / one_core),
        },
        {
            "case": f"{label}, 1 core, per chunk of {n // _CHUNKS} articles ({_CHUNKS} chunks)",
            "measured": f"median {median_rate:.0f} articles per CPU-second (chunks {min(rates):.0f}-{max(rates):.0f})",
            "baseline": f"gazetteer regex on the same chunk right after: median {statistics.median(baseline_rates):.0f}"
            f" articles per CPU-second ({min(baseline_rates):.0f}-{max(baseline_rates):.0f})",
            "ratio": round(statistics.median(r / b for r, b in zip(rates, baseline_rates, strict=True)), 4),
        },
    ]


def run(quick: bool = False) -> dict[str, Any]:
    texts = news_articles(100 if quick else 1000)
    words = sum(len(t.split()) for t in texts) / len(texts)
    dense = articles(len(texts) // 4, sentences=65)  # ~600 words, a relation in every sentence
    unavailable = ""
    if compiled.status() != "fresh":
        try:
            compiled.build()  # (a few minutes: mypyc and the C compiler)
        except compiled.CompileError as error:
            unavailable = str(error)  # (no C compiler here, say: the pure Python build is measured alone)
    results = _builds(texts, dense, (True,) if unavailable else (True, False))
    pure, fast = results[True], results.get(False)
    n = len(texts)
    rows = _rows("pure Python", n, words, len(dense), pure)
    pure_rate = statistics.median(pure["chunk_rates"])
    if fast is None:
        rows.append(
            {
                "case": "target: >= 50 articles/s per core (news mix, median chunk, per CPU-second), pure Python "
                f"(no compiled build: {unavailable}): " + ("met" if pure_rate >= 50 else "NOT met"),
                "measured": f"{pure_rate:.0f} articles per CPU-second",
                "baseline": "50 articles/s",
                "ratio": ratio(pure_rate, 50),
            }
        )
        return {"description": __doc__.replace("\n", " "), "rows": rows, "values": {"articles": n, "pure": pure}}
    fast_rate = statistics.median(fast["chunk_rates"])
    same = pure["output_digest"] == fast["output_digest"]
    rows += _rows("compiled (mypyc)", n, words, len(dense), fast)
    rows += [
        {
            "case": "compiled against pure Python on the same chunks (median of the chunk pairs); output of the first "
            f"100 articles {'identical' if same else 'DIFFERENT'}",
            "measured": f"{fast_rate:.0f} articles per CPU-second (compiled, median chunk)",
            "baseline": f"{pure_rate:.0f} articles per CPU-second (pure Python, median chunk)",
            "ratio": round(
                statistics.median(f / p for f, p in zip(fast["chunk_rates"], pure["chunk_rates"], strict=True)), 2
            ),
        },
        {
            "case": "target: >= 50 articles/s per core (news mix, median chunk, per CPU-second), compiled build: "
            + ("met" if fast_rate >= 50 else "NOT met")
            + f"; pure Python: {'met' if pure_rate >= 50 else 'not met'}",
            "measured": f"{fast_rate:.0f} articles per CPU-second compiled (all {n} at once: "
            f"{n / fast['one_core_cpu_s']:.0f} per CPU-second); pure Python {pure_rate:.0f}",
            "baseline": "50 articles/s",
            "ratio": ratio(fast_rate, 50),
        },
    ]
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {
            "articles": n,
            "words_per_article": words,
            "dense_articles": len(dense),
            "pure": pure,
            "compiled": fast,
        },
    }
