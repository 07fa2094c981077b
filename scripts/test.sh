#!/usr/bin/env bash
# Runs every test of CaseLoop: unit tests, then the Arquillian tests in a real Liberty server against
# a private PostgreSQL instance that this script starts for the run and stops afterwards.
# Extra arguments go to Maven, e.g.  scripts/test.sh -Dit.test=AuditIT
set -euo pipefail
cd "$(dirname "$0")/.."

# fsync off: a throw-away test database need not survive a power cut.
CASELOOP_PG_OPTIONS="-c fsync=off -c synchronous_commit=off"
. scripts/lib/private-postgres.sh
export CASELOOP_ADMIN_INITIAL_PASSWORD='Initial#Boot2026x'

mvn -B verify "$@"
