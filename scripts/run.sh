#!/usr/bin/env bash
# Builds CaseLoop and starts it on Open Liberty with the embedded database and the demo dataset:
# https://localhost:9443/ (http://localhost:9080/ redirects there; Ctrl+C stops it). Set CASELOOP_DB=postgresql and CASELOOP_DB_* to use PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl '!integration-tests'
# Installs Liberty into server-config/target, with server.xml, the drivers and the EAR.
mvn -B -q -pl server-config liberty:create "$@"
exec server-config/target/liberty/wlp/bin/server run caseloop
