#!/usr/bin/env bash
# Builds CaseLoop and starts it on Open Liberty with the embedded database and the demo dataset:
# http://localhost:9080/ (Ctrl+C stops it). Set CASELOOP_DB=postgresql and CASELOOP_DB_* to use PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl '!integration-tests'
exec mvn -B -pl server-config liberty:run "$@"
