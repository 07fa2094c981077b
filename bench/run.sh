#!/usr/bin/env bash
# The CaseLoop benchmark (results in docs/benchmarks.md): a private PostgreSQL, the demo organisation,
# N generated cases (default 1,000,000), then REST intake throughput and home-dashboard latency
# measured by bench/CaseLoadBench.java on loopback.
#   bench/run.sh [cases] [intakes] [clients]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-1000000}
intakes=${2:-5000}
clients=${3:-16}

. scripts/lib/private-postgres.sh
# Asked for explicitly: the demo organisation is the benchmark's organisation, and the test-data
# generator (no production API) is switched on for this database.
export CASELOOP_DEMO_DATA=true
export CASELOOP_BENCH_GENERATOR=true

mvn -B -q install -DskipTests -pl '!integration-tests'
mvn -B -q -pl server-config liberty:create
server=server-config/target/liberty/wlp/bin/server
"$server" start caseloop >/dev/null
trap '"$server" stop caseloop >/dev/null 2>&1 || true; stop_private_postgres' EXIT
for _ in $(seq 1 120); do
    curl -sf http://localhost:9080/health/ready >/dev/null && break
    sleep 2
done

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== generating $cases cases"
start=$(date +%s)
remaining=$cases
seed=1
while [ "$remaining" -gt 0 ]; do
    chunk=$(( remaining > 100000 ? 100000 : remaining ))
    curl -sf -u caseoffice:Demo@2026 -X POST -H 'Content-Type: application/json' \
        "http://localhost:9080/cases/api/admin/generated-cases?count=$chunk&seed=$seed&days=730" ; echo
    remaining=$(( remaining - chunk ))
    seed=$(( seed + 1 ))
done
echo "== generated $cases cases in $(( $(date +%s) - start )) s"
PGPASSWORD=$CASELOOP_DB_PASSWORD "$pg_bin/psql" -h 127.0.0.1 -p "$CASELOOP_DB_PORT" -U caseloop -d caseloop -qc "VACUUM ANALYZE"

echo "== load"
java bench/CaseLoadBench.java http://localhost:9080 "$intakes" "$clients" 500
