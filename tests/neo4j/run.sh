#!/usr/bin/env bash
# Start a real Neo4j Community 5.26 in-process (Bolt on 127.0.0.1, auth off) for tests and demos.
# Usage: bash tests/neo4j/run.sh [PORT|0] [WORKDIR]   (0 = a free port; read the NEO4J_READY line)
# The first run resolves the jars from Maven Central into ~/.m2 (about a minute).
set -euo pipefail
cd "$(dirname "$0")"
[ -s cp.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt
exec java -Xms512m -Xmx2g -XX:+UseG1GC \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true \
  -cp "$(cat cp.txt)" Neo4jTestServer.java "${1:-0}" "${2:-/tmp/kg-neo4j}"
