#!/usr/bin/env bash
# Benchmarks (issue 17). Not part of the test suite.
#   deploy/bench.sh [items] [runs]          the portal's search and list SQL at N published items (default 100 000):
#                                           latency percentiles and query plans, on an embedded PostgreSQL
#   deploy/bench.sh http [items] [seconds]  the packaged application over HTTP at N items: open model (fixed arrival
#                                           rates) and closed loop (wrk), through an nginx caching proxy, a submission,
#                                           start-up and memory; results in target/bench/results.md
#   deploy/bench.sh share [seconds]         the sharing call (R40, issue 14) at 200 and 400 calls/s: a real Keycloak token, a grant
#                                           checked and counted, a small HTTP "system", 20 records masked, every call logged;
#                                           results in target/bench/share.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "share" ]; then
  shift
  deploy/keycloak.sh start
  ./mvnw -B -q package -DskipTests -Dquarkus.quinoa.enabled=false
  ./mvnw -B -q test-compile -Dquarkus.quinoa.enabled=false
  exec ./mvnw -B -q exec:java -Dexec.mainClass=org.gongkai.bench.ShareBenchmark -Dexec.classpathScope=test -Dexec.args="${1:-30}"
fi
if [ "${1:-}" = "http" ]; then
  shift
  if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk nginx-light >/dev/null || (apt-get update -q >/dev/null && apt-get install -y -q wrk nginx-light >/dev/null) || true; fi
    # the Debian package starts a server of its own on port 80: the benchmark starts its own
    pkill -x nginx 2>/dev/null || true
  fi
  ./mvnw -B -q package -DskipTests -Dquarkus.quinoa.enabled=false
  deploy/appcds.sh
  ./mvnw -B -q test-compile -Dquarkus.quinoa.enabled=false
  exec ./mvnw -B -q exec:java -Dexec.mainClass=org.gongkai.bench.HttpBenchmark -Dexec.classpathScope=test -Dexec.args="${1:-100000} ${2:-15}"
fi
./mvnw -B -q test-compile -Dquarkus.quinoa.enabled=false
./mvnw -B -q exec:java -Dexec.mainClass=org.gongkai.bench.SearchBenchmark -Dexec.classpathScope=test -Dexec.args="${1:-100000} ${2:-200}"
