#!/usr/bin/env bash
# Runs every test of CaseLoop: unit tests, then the Arquillian tests in a real Liberty server against
# a private PostgreSQL instance that this script starts for the run and stops afterwards.
# Extra arguments go to Maven, e.g.  scripts/test.sh -Dit.test=AuditIT
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)

pg_bin=${CASELOOP_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin); set CASELOOP_PG_BIN" >&2
    exit 1
fi

# A free port for this run.
port=${CASELOOP_TEST_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
data=$(mktemp -d /tmp/caseloop-pg.XXXXXX)
password=caseloop-test

# initdb refuses to run as root: run PostgreSQL as the postgres user then.
as_pg() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" = 0 ]; then
    chown postgres "$data"
fi

stop_pg() {
    as_pg "$pg_bin/pg_ctl" -D "$data/db" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$data"
}
trap stop_pg EXIT

pwfile="$data/.pw"
echo "$password" > "$pwfile"
[ "$(id -u)" = 0 ] && chown postgres "$pwfile"
as_pg "$pg_bin/initdb" -D "$data/db" -U caseloop --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync off: a throw-away test database need not survive a power cut.
as_pg "$pg_bin/pg_ctl" -D "$data/db" -l "$data/postgres.log" -w \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
PGPASSWORD=$password "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U caseloop -d postgres -qc "CREATE DATABASE caseloop"
echo "PostgreSQL for the tests on 127.0.0.1:$port"

export CASELOOP_DB=postgresql
export CASELOOP_DB_HOST=127.0.0.1
export CASELOOP_DB_PORT=$port
export CASELOOP_DB_NAME=caseloop
export CASELOOP_DB_USER=caseloop
export CASELOOP_DB_PASSWORD=$password
export CASELOOP_ADMIN_INITIAL_PASSWORD='Initial#Boot2026x'

cd "$top"
mvn -B verify "$@"
