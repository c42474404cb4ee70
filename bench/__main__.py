"""python -m bench [NAME ...]: run measurements, write bench/results/NAME.json and docs/benchmarks.md."""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import sys
import time

from bench.report import MEASUREMENTS, OPT_IN, RESULTS, RUN, machine, write_table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "names",
        nargs="*",
        help=f"measurements (default all): {', '.join(MEASUREMENTS)}; by name only: {', '.join(OPT_IN)}",
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--full", action="store_true", help="also the largest sizes (1M relations), where offered")
    args = parser.parse_args()
    run_started, load_before, seconds = time.perf_counter(), os.getloadavg(), {}
    for name in args.names or MEASUREMENTS:
        if name not in MEASUREMENTS + OPT_IN:
            parser.error(f"unknown measurement {name!r}")
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}", file=sys.stderr)
        started = time.perf_counter()
        options = {"full": args.full} if "full" in inspect.signature(module.run).parameters else {}
        result = module.run(quick=args.quick, **options)
        result["machine"] = machine()
        RESULTS.mkdir(parents=True, exist_ok=True)
        suffix = "-full" if options.get("full") else ""  # the large sizes are kept beside the default run's
        (RESULTS / f"{name}{suffix}.json").write_text(json.dumps(result, indent=2) + "\n")
        print(json.dumps(result["rows"], indent=2))
        seconds[name] = round(time.perf_counter() - started)
        print(f"== {name}: {seconds[name]} s", file=sys.stderr)
    if not args.names and not args.quick and not args.full:  # the whole default run: what the target is about
        total = round(time.perf_counter() - run_started)
        run = {"seconds": total, "per_measurement": seconds, "load_average_at_start": load_before[0]}
        RUN.write_text(json.dumps({**run, "machine": machine()}, indent=2) + "\n")
        print(f"== python -m bench: {total} s", file=sys.stderr)
    write_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
