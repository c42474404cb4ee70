#!/usr/bin/env bash
# Run neo4j-admin from the Neo4j Community 5.26 jars run.sh uses, with NEO4J_HOME in a folder of its own.
# Usage: bash tests/neo4j/admin.sh HOME ARGS...   e.g. HOME database import full neo4j --nodes=... --relationships=...
set -euo pipefail
cd "$(dirname "$0")"
[ -s cp.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt
home="$1"
shift
mkdir -p "$home/conf"
NEO4J_HOME="$home" NEO4J_CONF="$home/conf" exec java -Xmx512m \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "$(cat cp.txt)" org.neo4j.cli.AdminTool "$@"
