#!/usr/bin/env bash
# Benchmark of the portal's search and list queries at N published items (default 100 000) on an embedded
# PostgreSQL: latency percentiles and query plans. Not part of the test suite.
#   deploy/bench.sh [items] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dquarkus.quinoa.enabled=false
./mvnw -B -q exec:java -Dexec.mainClass=org.gongkai.bench.SearchBenchmark -Dexec.classpathScope=test -Dexec.args="${1:-100000} ${2:-200}"
