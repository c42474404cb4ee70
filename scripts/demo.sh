#!/usr/bin/env bash
# Install kg, build a fresh graph from examples/ and serve it (REST, Cypher, OpenAPI at /docs).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e .
store="${KG_DEMO_STORE:-./demo-data}"
rm -rf "$store"
kg ingest examples --store "$store"
echo "serving on http://${HOST:-127.0.0.1}:${PORT:-8000}/docs"
exec kg serve --store "$store" --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
