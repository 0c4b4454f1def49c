#!/usr/bin/env bash
# Regenerates webui/openapi.json from the running code's OpenAPI document and the web UI's types from it.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=OpenApiContractTest -Dgongkai.openapi.write=true -Dsurefire.failIfNoSpecifiedTests=false
(cd webui && npm run gen:api)
