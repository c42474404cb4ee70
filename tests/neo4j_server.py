"""A real Neo4j for the tests: KG_NEO4J_URI if set, else one started from tests/neo4j/run.sh."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

RUN_SCRIPT = Path(__file__).parent / "neo4j" / "run.sh"
START_TIMEOUT_S = 300


class Neo4jUnavailable(RuntimeError):
    pass


@contextmanager
def neo4j_server(workdir: Path, *, keep_store: bool = False) -> Iterator[str]:
    """Yield a bolt URI; stop the server (SIGTERM, so it deletes its store) afterwards. `keep_store`:
    start our own server even if KG_NEO4J_URI is set, and leave its store files (checkpointed, not
    preallocated) in `workdir` once it has stopped, to be measured."""
    if os.environ.get("KG_NEO4J_URI") and not keep_store:
        yield os.environ["KG_NEO4J_URI"]
        return
    process = subprocess.Popen(
        ["bash", str(RUN_SCRIPT), "0", str(workdir)],
        env=os.environ | {"KG_NEO4J_KEEP_STORE": "1"} if keep_store else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    output: list[str] = []
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                raise Neo4jUnavailable("Neo4j did not start: " + "".join(output[-20:]))
            ready, _, _ = select.select([process.stdout], [], [], 1.0)
            if not ready:
                continue
            line = process.stdout.readline()
            output.append(line)
            if line.startswith("NEO4J_READY "):
                yield line.split()[1].rstrip("/")
                return
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
