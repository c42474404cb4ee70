"""The memory figures of the benchmarks split a process's RSS into the embedded store's page cache and
the rest, so that a growing page cache (bounded by KG_BUFFER_POOL_MB) is not mistaken for a leak."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.memory import page_cache_mb, rss_mb

_MEASURE = """
import sys
from pathlib import Path
from bench.generate import extractions
from bench.memory import page_cache_mb, rss_mb
from kg.stores.ladybug_store import LadybugStore
store = LadybugStore(Path(sys.argv[1]) / "store")
before = page_cache_mb()
store.write_many(list(extractions(200, 25, entities=2000, seed=3)))
print(before, page_cache_mb(), rss_mb())
store.close()
"""


def test_the_page_cache_is_found_in_the_rss_and_grows_with_what_the_store_reads(tmp_path: Path):
    # in a process of its own: the engine keeps the frames of stores closed earlier in the same process
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(tmp_path)], capture_output=True, text=True, check=True)
    before, after, rss = map(float, out.stdout.split())
    assert after > before  # pages written and read are held in the cache's frames
    assert after < rss  # and they are part of the process's RSS, beside the rest


def test_a_process_without_an_embedded_store_has_no_page_cache():
    other = subprocess.Popen(["sleep", "30"])
    try:
        assert page_cache_mb(other.pid) == 0.0 and rss_mb(other.pid) > 0
    finally:
        other.kill()
        other.wait()
