#!/usr/bin/env bash
# Runs every test of the project, installing or starting what they need:
#   1. the web UI's unit tests (Vitest);
#   2. the Java tests (JUnit 5, REST Assured, jqwik) against a real PostgreSQL (embedded, zonky) and a real
#      Keycloak (deploy/keycloak.sh, started by the suite), then the packaged application with Quinoa's web UI;
#   3. the browser journeys in Debian's Chromium (Playwright) against the packaged application
#      (BrowserJourneysIT); screenshots in target/screenshots.
# Needs JDK 17 and Node 20; as root it installs Chromium, a Chinese font, curl, unzip and PostgreSQL's client tools with apt.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
[ -x /usr/bin/chromium ] || need_pkgs+=(chromium)
{ command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; } || need_pkgs+=(fonts-wqy-microhei fontconfig)
command -v unzip >/dev/null || need_pkgs+=(unzip)
command -v curl >/dev/null || need_pkgs+=(curl)
# the backup and restore test (BackupRestoreIT) dumps and restores with PostgreSQL's own tools
command -v pg_dump >/dev/null || need_pkgs+=(postgresql-client)
# two copies behind a real load balancer (TwoCopiesIT)
{ command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; } || need_pkgs+=(nginx-light)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test: installing ${need_pkgs[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  else
    echo "test: missing ${need_pkgs[*]}. Install them, then run this again:" >&2
    echo "  sudo apt-get install -y chromium fonts-wqy-microhei fontconfig unzip curl postgresql-client nginx-light" >&2
    exit 1
  fi
fi
command -v node >/dev/null || { echo "test: Node.js 20 is needed (node not found)" >&2; exit 1; }

# One Keycloak for the whole run: the Java suite starts it (deploy/keycloak.sh) and we stop it at the end.
export GONGKAI_KEEP_KEYCLOAK=true
trap 'deploy/keycloak.sh stop >/dev/null 2>&1 || true' EXIT

echo "test: web UI unit tests"
(cd webui && npm ci --no-audit --no-fund --loglevel=error && npm test)

echo "test: Java tests, packaging, browser journeys"
./mvnw -B verify "$@"
echo "test: screenshots in target/screenshots"
