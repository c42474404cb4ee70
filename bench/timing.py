"""Small timing helpers shared by the measurements."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def percentiles_ms(action: Callable[[int], object], repeats: int) -> dict[str, float]:
    samples = []
    for index in range(repeats):
        start = time.perf_counter()
        action(index)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {"p50": round(statistics.median(samples), 3), "p99": round(samples[int(0.99 * (len(samples) - 1))], 3)}


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("inf")


def growth_exponent(sizes: list[int], times: list[float]) -> float:
    """Slope of log(time) against log(size), least squares: 1.0 is linear, 2.0 quadratic."""
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    return round(slope, 2)
