"""python -m bench [NAME ...]: run measurements, write bench/results/NAME.json and docs/benchmarks.md."""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import sys

from bench.report import MEASUREMENTS, RESULTS, machine, write_table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help=f"measurements (default all): {', '.join(MEASUREMENTS)}")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--full", action="store_true", help="add the largest sizes (slow: 1M relations)")
    args = parser.parse_args()
    for name in args.names or MEASUREMENTS:
        if name not in MEASUREMENTS:
            parser.error(f"unknown measurement {name!r}")
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}", file=sys.stderr)
        options = {"quick": args.quick}
        if args.full and "full" in inspect.signature(module.run).parameters:
            options["full"] = True
        result = module.run(**options)
        result["machine"] = machine()
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
        print(json.dumps(result["rows"], indent=2))
    write_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
