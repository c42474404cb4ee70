"""Export time and memory per format on generated graphs in the embedded store: kg's streamed exports
(the store read a page at a time, output written as it goes) beside two baselines in the same run: a pass
that only reads every relation from the store (the floor any export pays), and the pre-streaming path
(every relation read into a list, then networkx's own writers for GraphML/GEXF/Cytoscape/node-link, or the
same writer into bytes in memory for the others). Each export runs in a fresh child process with a 256 MiB
page cache; memory is the child's peak RSS above its RSS once the store is open (the page cache included),
with the growth exponent over the sizes (1 = grows with the graph, 0 = flat). The default run takes 1k-10k
relations; `--full` takes 30k, 100k and 1M relations, where the in-memory path runs at 100k only (at 1M it
would hold several GB). SVG/PNG: Graphviz holds the graph in a process of its own, whose peak RSS is given
beside; dot lays out up to 200 relations, sfdp with labels up to 10,000, and larger graphs are drawn as an
overview (points, no edge labels). The HTML viewer's cap is lifted here (KG_HTML_MAX_RELATIONS=0).
KG_BENCH_FORMATS=a,b measures those formats only (and the read-only pass beside them) and keeps the other
formats' figures, each with the read-only pass of its own run."""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any, cast

from bench.generate import extractions
from bench.report import RESULTS, ROOT

STREAMED = ["graphml", "gexf", "cytoscape", "nodelink", "dot", "csv", "turtle", "jsonld", "nquads", "html"]
GRAPHVIZ = ["svg", "png"]
GRAPHVIZ_SIZES = {"quick": [250], "default": [250], "full": [250]}  # dot's layered layout, beside the others
SIZES = {"quick": [1_000, 2_000, 4_000], "default": [1_000, 3_000, 10_000], "full": [30_000, 100_000, 1_000_000]}
IN_MEMORY_MAX = 100_000  # the pre-streaming path holds the whole graph: not run beyond this
PAGE_CACHE_MB = "256"
CACHE = Path(os.environ.get("KG_BENCH_CACHE", Path(tempfile.gettempdir()) / "kg-bench-stores"))


def store_for(relations: int) -> Path:
    """A LadybugDB store of `relations` generated relations (25 a document, one entity per 5 relations),
    bulk-loaded (the same content write_many gives); kept in CACHE and reused once complete."""
    path = CACHE / f"relations-{relations}"
    if (path / "complete").exists():
        return path
    from kg.stores.ladybug_store import LadybugStore

    if path.exists():
        for item in sorted(path.rglob("*"), reverse=True):
            item.unlink() if item.is_file() else item.rmdir()
    store = LadybugStore(path)
    started = time.perf_counter()
    store.bulk_load(extractions(relations // 25, 25, entities=max(200, relations // 5), seed=3))
    store.close()
    (path / "complete").write_text(f"built in {time.perf_counter() - started:.0f} s\n")
    return path


class _Sink:
    """Counts the bytes a streamed export writes and keeps none of them."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def _in_memory(relations: list[Any], format_: str) -> bytes:
    """The pre-streaming path: the whole graph in memory, written whole."""
    import networkx as nx

    from kg import exports

    if format_ in {"graphml", "gexf"}:
        buffer = io.BytesIO()
        (nx.write_graphml if format_ == "graphml" else nx.write_gexf)(exports.to_networkx(relations), buffer)
        return buffer.getvalue()
    if format_ == "cytoscape":
        return json.dumps(nx.cytoscape_data(exports.to_networkx(relations)), default=str).encode()
    if format_ == "nodelink":
        return json.dumps(nx.node_link_data(exports.to_networkx(relations), edges="links"), default=str).encode()
    return exports.export(relations, format_)[0]


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


_GRAPHVIZ_PEAK_KIB: list[int] = []
TIME = "/usr/bin/time"  # GNU time (Debian package time)


def _graphviz_measured(original: Any) -> Any:
    """subprocess.run, with the peak RSS of each Graphviz run it starts kept in _GRAPHVIZ_PEAK_KIB, as GNU
    time reports it (the peak of all children, or wait4 on a process forked from this one, would count
    this process's own pages); Graphviz is run as it is when GNU time is missing."""

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        if not command or command[0] != "dot" or not Path(TIME).exists():
            return cast(subprocess.CompletedProcess[bytes], original(command, **options))
        done = original([TIME, "-f", "kg-bench-peak-kib %M", *command], **options)
        errors, _, peak = done.stderr.rpartition(b"kg-bench-peak-kib ")
        if peak.strip().isdigit():
            _GRAPHVIZ_PEAK_KIB.append(int(peak))
            done.stderr = errors
        return cast(subprocess.CompletedProcess[bytes], done)

    return run


def child(store: str, format_: str, mode: str) -> dict[str, Any]:
    """One export in this process ("streamed", "in-memory", or "read": the relations read and dropped):
    seconds, and peak RSS above the RSS once the store is open (the kernel's peak is reset there)."""
    from kg import KnowledgeGraph
    from kg.exports import Selection

    subprocess.run = _graphviz_measured(subprocess.run)
    with KnowledgeGraph.open(store) as graph:
        rss_before = _status_kib("VmRSS")
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM restarts from here
        started = time.perf_counter()
        if mode == "streamed":
            sink = _Sink()
            graph.export_to(cast(IO[bytes], sink), format_)
            size = sink.size
        elif mode == "read":
            size = sum(1 for _ in graph.iter_selected(Selection()))
        else:
            relations = list(graph.iter_selected(Selection()))
            size = len(_in_memory(relations, format_))
        seconds = time.perf_counter() - started
        peak = _status_kib("VmHWM")
    result = {"seconds": round(seconds, 2), "peak_mb": round(max(0, peak - rss_before) / 1024, 1), "bytes": size}
    helper = max(_GRAPHVIZ_PEAK_KIB, default=0)  # KiB: Graphviz, for SVG and PNG
    return result | ({"graphviz_peak_mb": round(helper / 1024, 1)} if helper else {})


def _measure(store: Path, format_: str, mode: str) -> dict[str, Any]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "KG_BUFFER_POOL_MB": PAGE_CACHE_MB}
    environment["KG_HTML_MAX_RELATIONS"] = "0"
    done = subprocess.run(
        [sys.executable, "-m", "bench.exports", str(store), format_, mode],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    result: dict[str, Any] = json.loads(done.stdout)
    print(f"   {store.name} {format_} {mode}: {result}", file=sys.stderr)
    return result


def exponent(sizes: list[int], values: list[float]) -> float | None:
    """The least-squares slope of log(value) over log(size)."""
    points = [(math.log(s), math.log(v)) for s, v in zip(sizes, values, strict=True) if v > 0]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return round(sum((x - mean_x) * (y - mean_y) for x, y in points) / spread, 2) if spread else None


def run(quick: bool = False, full: bool = False) -> dict[str, Any]:
    sizes = SIZES["quick" if quick else "full" if full else "default"]
    chosen = [f for f in os.environ.get("KG_BENCH_FORMATS", "").split(",") if f]
    values: dict[str, dict[str, dict[int, dict[str, Any]]]] = {}
    partial = RESULTS / "exports.partial.json"  # kept as it goes, so that a long run can be read early
    graphviz_sizes = GRAPHVIZ_SIZES["quick" if quick else "full" if full else "default"]
    for size in [*graphviz_sizes, *sizes]:
        store = store_for(size)
        small = size in graphviz_sizes
        if not small:
            values.setdefault("read", {}).setdefault("streamed", {})[size] = _measure(store, "-", "read")
        for format_ in chosen or STREAMED + GRAPHVIZ:
            if small and format_ not in GRAPHVIZ:
                continue
            modes = ("streamed", "in-memory") if size <= IN_MEMORY_MAX else ("streamed",)
            for mode in modes:
                values.setdefault(format_, {}).setdefault(mode, {})[size] = _measure(store, format_, mode)
            values[format_]["read"] = values.get("read", {}).get("streamed", {})
            partial.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps({"sizes": sizes, "values": values}, indent=1))
    if chosen:  # the other formats as an earlier run measured them, each beside its own read-only pass
        earlier = RESULTS / f"exports{'-full' if full else ''}.json"
        kept = json.loads(earlier.read_text())["values"] if earlier.exists() else {}
        for format_, modes in kept.items():
            if format_ not in values:
                modes.setdefault("read", kept.get("read", {}).get("streamed", {}))
                values[format_] = {m: {int(k): v for k, v in runs.items()} for m, runs in modes.items()}
    return result(sizes, values)


def result(sizes: list[int], values: dict[str, dict[str, dict[int, dict[str, Any]]]]) -> dict[str, Any]:
    return {"description": __doc__.replace("\n", " "), "rows": _rows(sizes, values), "values": values}


def _rows(sizes: list[int], values: dict[str, dict[str, dict[int, dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Per format, its largest size against the read-only pass there, and the largest size the in-memory
    path ran at against the streamed export at that size."""
    rows = []
    for format_, modes in values.items():
        if format_ == "read":
            continue
        streamed, memory = modes["streamed"], modes.get("in-memory", {})
        reads = modes.get("read") or values.get("read", {}).get("streamed", {})
        measured = [s for s in sorted(streamed) if "peak_mb" in streamed[s]]
        if not measured:
            continue
        largest = measured[-1]
        ours = streamed[largest]
        growth = ""
        if len(measured) > 1:
            memory_exp = exponent(measured, [max(streamed[s]["peak_mb"], 0.1) for s in measured])
            time_exp = exponent(measured, [streamed[s]["seconds"] for s in measured])
            growth = f"; over {measured[0]}-{largest}: memory exponent {memory_exp}, time exponent {time_exp}"
        case = f"{format_}, {largest} relations"
        helper = f", Graphviz peak {ours['graphviz_peak_mb']} MiB RSS" if "graphviz_peak_mb" in ours else ""
        measured_text = f"streamed {ours['seconds']} s, peak +{ours['peak_mb']} MiB RSS{helper}{growth}"
        read = reads.get(largest, {})
        if "seconds" in read:
            rows.append(
                {
                    "case": case,
                    "measured": measured_text,
                    "baseline": f"reading the relations only: {read['seconds']} s, peak +{read['peak_mb']} MiB RSS",
                    "ratio": f"time {ours['seconds'] / read['seconds']:.2f}",
                }
            )
        both = [s for s in measured if "peak_mb" in memory.get(s, {})]
        if both:
            size = both[-1]
            mine, theirs = streamed[size], memory[size]
            rows.append(
                {
                    "case": f"{format_}, {size} relations",
                    "measured": f"streamed {mine['seconds']} s, peak +{mine['peak_mb']} MiB RSS",
                    "baseline": f"in memory: {theirs['seconds']} s, peak +{theirs['peak_mb']} MiB RSS",
                    "ratio": f"memory {mine['peak_mb'] / max(theirs['peak_mb'], 0.1):.3f}, "
                    f"time {mine['seconds'] / theirs['seconds']:.2f}",
                }
            )
        elif "seconds" not in read:
            rows.append({"case": case, "measured": measured_text, "baseline": "-", "ratio": "-"})
    return rows


def finish() -> None:
    """Results and table from what a run has kept so far (for a run stopped early)."""
    from bench.report import machine, write_table

    kept = json.loads((RESULTS / "exports.partial.json").read_text())
    values = {
        f: {m: {int(k): v for k, v in runs.items()} for m, runs in modes.items()} for f, modes in kept["values"].items()
    }
    (RESULTS / "exports.json").write_text(
        json.dumps(result(kept["sizes"], values) | {"machine": machine()}, indent=2) + "\n"
    )
    write_table()


def main(arguments: list[str]) -> int:
    if arguments == ["--finish"]:
        finish()
        return 0
    store, format_, mode = arguments
    print(json.dumps(child(store, format_, mode)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
