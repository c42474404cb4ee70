#!/usr/bin/env bash
# Install kg with its test tools and run the whole test-suite (the README's test command).
# The store contract runs against a real Neo4j started from Maven Central jars (Java 17 + Maven).
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian packages: Java + Maven (a real Neo4j), Graphviz (DOT/SVG/PNG exports), chromium (the viewer's browser test),
# a C compiler (the compiled extractor)
missing=()
command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v dot >/dev/null || missing+=(graphviz)
command -v chromium >/dev/null || missing+=(chromium)
command -v cc >/dev/null || missing+=(gcc)  # `kg compile`: the rule extractor compiled with mypyc
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check -e '.[dev,neo4j,compiled]'
kg compile  # (a few minutes the first time; nothing when the build matches the sources)
(cd tests/neo4j && { [ -s cp.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt; })
python3 -m pytest -q "$@"
