#!/usr/bin/env bash
# Writes the class-data sharing archive of the packaged application (issue 17: start-up): the classes that the
# application's static initialisation loads (Quarkus' generation mode: it initialises and exits, no database needed)
# are dumped once, already parsed and verified, and mapped by every later start instead of being loaded from the jars.
#   deploy/appcds.sh [JAR] [JAVA]    default target/quarkus-app/quarkus-run.jar and java; writes app-cds.jsa beside JAR
# Start the application with the same JVM, the same settings and JAR written exactly as here, plus
#   -XX:SharedArchiveFile=<the archive>
# (a JVM that finds the archive out of date — another JDK build, another jar — warns once and starts without it).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/quarkus-app/quarkus-run.jar}
JAVA=${2:-java}
ARCHIVE="$(dirname "$JAR")/app-cds.jsa"
rm -f "$ARCHIVE"
mapfile -t OPTS < <(grep -v '^#' "${GONGKAI_JVM_OPTIONS:-deploy/jvm.options}" | sed '/^\s*$/d')
"$JAVA" "${OPTS[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit="$ARCHIVE" -Dquarkus.appcds.generate=true \
  -jar "$JAR" >/dev/null 2>&1 || true
[ -s "$ARCHIVE" ] || { echo "appcds: no archive written for $JAR" >&2; exit 1; }
echo "appcds: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
