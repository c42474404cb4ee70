"""Load generator, run as its own process: `python -m bench.loadgen URL --paths FILE ...`.

Threads (one keep-alive HTTP connection each) cycle through GET paths until a duration ends or a stop
file appears, then print one JSON object: request count, requests/s, latency percentiles, errors and,
with --check, consistency violations. Checks assume a graph that only grows while it runs: every
relation has evidence, and what one thread saw on a path (relation ids, evidence counts, entity and
health counts) never shrinks on a later request of the same thread.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MAX_REPORTED = 20  # errors and violations listed in full; the rest are only counted


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    grown: int = 0  # requests that saw more than the previous request of the same path


def _facts(body: Any) -> dict[str, int]:
    """What must not shrink in a response: counts, and each relation's evidence count under its id."""
    if isinstance(body, dict) and "items" in body:
        facts = {"items": len(body["items"])}
        facts.update({item["id"]: len(item["evidence"]) for item in body["items"]})
        return facts
    if isinstance(body, dict) and "relation_count" in body:
        return {"relation_count": body["relation_count"], "document_count": body["document_count"]}
    if isinstance(body, dict) and "status" in body:
        return {"documents": body["documents"], "relations": body["relations"]}
    return {}


def _check(path: str, body: Any, seen: dict[str, dict[str, int]], tally: Tally) -> None:
    for item in body.get("items", []) if isinstance(body, dict) else []:
        if not item.get("evidence"):
            tally.violations.append(f"{path}: relation {item.get('id')} has no evidence")
    now, before = _facts(body), seen.get(path, {})
    shrunk = [f"{key} {value} -> {now.get(key, 'gone')}" for key, value in before.items() if now.get(key, -1) < value]
    if shrunk:
        tally.violations.append(f"{path}: shrank while only adding: {', '.join(shrunk[:3])}")
    tally.grown += bool(before) and now != before
    seen[path] = now


def _worker(
    base: str, paths: list[str], seed: int, deadline: float, stop: Path | None, check: bool, tally: Tally
) -> None:
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port or 80, timeout=30)
    order = paths[:]
    random.Random(seed).shuffle(order)
    seen: dict[str, dict[str, int]] = {}
    index = 0
    while time.monotonic() < deadline and not (stop is not None and index % 10 == 0 and stop.exists()):
        path = order[index % len(order)]
        index += 1
        start = time.perf_counter()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            tally.errors.append(f"{path}: {type(error).__name__}: {error}")
            connection.close()
            connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port or 80, timeout=30)
            continue
        tally.latencies_ms.append((time.perf_counter() - start) * 1000)
        if response.status != 200:
            tally.errors.append(f"{path}: HTTP {response.status}: {data[:200]!r}")
        elif check:
            _check(path, json.loads(data), seen, tally)
    connection.close()


def percentile(ordered: list[float], share: float) -> float:
    return round(ordered[int(share * (len(ordered) - 1))], 3) if ordered else 0.0


def run(
    base: str, paths: list[str], concurrency: int, duration: float, stop: Path | None = None, check: bool = False
) -> dict[str, Any]:
    """Hold `concurrency` clients on `paths` for `duration` seconds (or until `stop` exists)."""
    tallies = [Tally() for _ in range(concurrency)]
    deadline = time.monotonic() + duration
    threads = [
        threading.Thread(target=_worker, args=(base, paths, seed, deadline, stop, check, tally))
        for seed, tally in enumerate(tallies)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies = sorted(x for t in tallies for x in t.latencies_ms)
    errors = [e for t in tallies for e in t.errors]
    violations = [v for t in tallies for v in t.violations]
    return {
        "concurrency": concurrency,
        "requests": len(latencies),
        "seconds": round(elapsed, 3),
        "rps": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": percentile(latencies, 0.5),
        "p99_ms": percentile(latencies, 0.99),
        "max_ms": round(latencies[-1], 3) if latencies else 0.0,
        "errors": len(errors),
        "error_samples": errors[:MAX_REPORTED],
        "violations": len(violations),
        "violation_samples": violations[:MAX_REPORTED],
        "grown": sum(t.grown for t in tallies),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", help="base URL of the API, e.g. http://127.0.0.1:8000")
    parser.add_argument("--paths", type=Path, required=True, help="JSON file: a list of GET paths")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds (the most, with --stop-file)")
    parser.add_argument("--stop-file", type=Path, help="stop as soon as this file exists")
    parser.add_argument("--check", action="store_true", help="check consistency of a graph that only grows")
    args = parser.parse_args(argv)
    paths = json.loads(args.paths.read_text())
    if not paths:
        parser.error(f"{args.paths}: no paths")
    result = run(args.url.rstrip("/"), paths, args.concurrency, args.duration, args.stop_file, args.check)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
