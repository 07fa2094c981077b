# Sourced by scripts/test.sh and bench/run.sh: starts a private PostgreSQL instance for this run on a
# free port, stops and deletes it when the calling script exits, and exports the CASELOOP_DB_*
# variables that point the server at it.

pg_bin=${CASELOOP_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin); set CASELOOP_PG_BIN" >&2
    exit 1
fi

pg_port=${CASELOOP_TEST_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
pg_dir=$(mktemp -d /tmp/caseloop-pg.XXXXXX)
pg_password=caseloop-test

# initdb refuses to run as root: run PostgreSQL as the postgres user then.
as_pg() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_private_postgres() {
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/db" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}
trap stop_private_postgres EXIT

echo "$pg_password" > "$pg_dir/.pw"
if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$pg_dir"
fi
as_pg "$pg_bin/initdb" -D "$pg_dir/db" -U caseloop --pwfile="$pg_dir/.pw" --auth=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/db" -l "$pg_dir/postgres.log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200 ${CASELOOP_PG_OPTIONS:-}" \
    start >/dev/null
PGPASSWORD=$pg_password "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U caseloop -d postgres -qc "CREATE DATABASE caseloop"
echo "Private PostgreSQL on 127.0.0.1:$pg_port"

export CASELOOP_DB=postgresql
export CASELOOP_DB_HOST=127.0.0.1
export CASELOOP_DB_PORT=$pg_port
export CASELOOP_DB_NAME=caseloop
export CASELOOP_DB_USER=caseloop
export CASELOOP_DB_PASSWORD=$pg_password
