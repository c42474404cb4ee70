"""Where results go and how docs/benchmarks.md is written from them."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
TABLE = ROOT / "docs" / "benchmarks.md"
RUN = RESULTS / "run.json"  # how long the last whole default run took
TARGET_S = 15 * 60  # the whole default run
MEASUREMENTS = [
    "extraction",
    "neo4j_writes",
    "cypher_latency",
    "rdf_view",
    "concurrent_writes",
    "exports",
    "store_writes",
    "ingest_scale",
    "rest_load",
    "query_latency",
]
OPT_IN = ["ingest_100k", "view_rebuild", "neo4j_storage"]  # run by name only: too long for the default run


def machine() -> dict[str, Any]:
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()}


def _run_line() -> list[str]:
    """The last whole default run: its length against the 15-minute target, and how busy the machine was."""
    if not RUN.exists():
        return []
    run = json.loads(RUN.read_text())
    minutes, seconds = divmod(run["seconds"], 60)
    met = "met" if run["seconds"] < TARGET_S else "NOT met"
    parts = ", ".join(f"{name} {s} s" for name, s in run["per_measurement"].items())
    return [
        f"Last whole run (`python -m bench`): {minutes} min {seconds} s on {run['machine']['cpus']} CPUs "
        f"(target under {TARGET_S // 60} min: {met}; load average {run['load_average_at_start']:.1f} at the "
        f"start). Per measurement: {parts}.",
        "",
    ]


def write_table() -> None:
    lines = [
        "# Benchmarks",
        "",
        "Written by `python -m bench`; every figure is a ratio against a baseline",
        "measured in the same run, with the absolute values beside it. How the store's write path was",
        "profiled and changed, and the figures measured by hand: docs/performance.md.",
        "",
        *_run_line(),
    ]
    for name, path in [(n + s, RESULTS / f"{n}{s}.json") for n in MEASUREMENTS + OPT_IN for s in ("", "-full")]:
        if not path.exists():
            continue
        result = json.loads(path.read_text())
        lines += [
            f"## {name.replace('-full', ' (--full sizes)')}",
            "",
            result["description"],
            "",
            f"Machine: {result['machine']['cpus']} CPUs, Python {result['machine']['python']}, "
            f"{result['machine']['platform']}.",
            "",
            "| case | measured | baseline | ratio |",
            "|---|---|---|---|",
        ]
        for row in result["rows"]:
            ratio = "-" if row["ratio"] is None else row["ratio"]
            lines.append(f"| {row['case']} | {row['measured']} | {row['baseline']} | {ratio} |")
        lines.append("")
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_text("\n".join(lines))
