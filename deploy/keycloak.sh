#!/usr/bin/env bash
# Fetches Keycloak (org.keycloak:keycloak-quarkus-dist from Maven Central) and runs it with the gongkai realm
# for development and tests: deploy/keycloak/gongkai-realm.json (the production realm: roles, clients, policies)
# merged with deploy/keycloak/gongkai-demo.json (demo users, test clients). Needs Node.js for the merge.
#   deploy/keycloak.sh start    start in the background, wait until the realm answers (http://localhost:8180)
#   deploy/keycloak.sh stop     stop it
#   deploy/keycloak.sh run      run in the foreground
# KC_HOME (default target/keycloak) is where it is unpacked; KC_PORT (default 8180).
set -euo pipefail
cd "$(dirname "$0")/.."
KC_VERSION=26.7.3
KC_PORT=${KC_PORT:-8180}
KC_BASE=${KC_BASE:-$PWD/target/keycloak}
KC_HOME="$KC_BASE/keycloak-$KC_VERSION"
PIDFILE="$KC_BASE/keycloak.pid"
LOG="$KC_BASE/keycloak.log"
READY_URL="http://localhost:$KC_PORT/realms/gongkai/.well-known/openid-configuration"

fetch() {
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    mkdir -p "$KC_BASE"
    local zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
    if [ ! -f "$zip" ]; then
      echo "keycloak: fetching keycloak-quarkus-dist $KC_VERSION from Maven Central" >&2
      ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$KC_BASE" -Dmdep.useBaseVersion=true
      zip="$KC_BASE/keycloak-quarkus-dist-$KC_VERSION.zip"
    fi
    (cd "$KC_BASE" && unzip -q -o "$zip")
  fi
  mkdir -p "$KC_HOME/data/import"
  # the production realm plus the demo users and test clients (deploy/keycloak/gongkai-demo.json)
  node deploy/keycloak/merge-demo.mjs "$KC_HOME/data/import/gongkai-realm.json"
}

ready() { curl -fsS -o /dev/null "$READY_URL" 2>/dev/null; }

args=(start-dev --http-port "$KC_PORT" --import-realm --hostname "http://localhost:$KC_PORT" --health-enabled=false)

case "${1:-start}" in
  start)
    if ready; then echo "keycloak: already running on $KC_PORT"; exit 0; fi
    fetch
    # a fresh database each start: the realm file is the truth
    rm -rf "$KC_HOME/data/h2"
    export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" nohup "$KC_HOME/bin/kc.sh" "${args[@]}" >"$LOG" 2>&1 &
    echo $! >"$PIDFILE"
    for _ in $(seq 1 180); do
      if ready; then echo "keycloak: ready on http://localhost:$KC_PORT (realm gongkai)"; exit 0; fi
      if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then echo "keycloak: exited; see $LOG" >&2; tail -40 "$LOG" >&2; exit 1; fi
      sleep 1
    done
    echo "keycloak: not ready after 180 s; see $LOG" >&2; tail -40 "$LOG" >&2; exit 1 ;;
  stop)
    if [ -f "$PIDFILE" ]; then
      pid=$(cat "$PIDFILE")
      pkill -TERM -P "$pid" 2>/dev/null || true
      kill "$pid" 2>/dev/null || true
      rm -f "$PIDFILE"
      echo "keycloak: stopped"
    fi ;;
  run)
    fetch
    export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
    exec "$KC_HOME/bin/kc.sh" "${args[@]}" ;;
  *) echo "usage: $0 start|stop|run" >&2; exit 2 ;;
esac
