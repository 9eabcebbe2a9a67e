#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1 for the history-store tests
# (crates/compat-store/tests, crates/compat/tests/history_cli.rs) and prints
# the line to eval: `export COMPAT_TEST_POSTGRES=postgres://...`.
# Needs the `postgresql` package; run as root (the cluster is run as the
# postgres user). The role may create databases: each test makes its own.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
port=${COMPAT_TEST_PG_PORT:-5432}
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sudo -u postgres sh -c "$*"; fi; }

version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
[ -n "$version" ] || { echo "start-test-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
cluster=$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v {print $2; exit}')
if [ -z "$cluster" ]; then
  cluster=main
  pg_createcluster --port "$port" "$version" "$cluster" >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $3}')
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$cluster" start -- -o "-c listen_addresses=127.0.0.1" >&2
fi
for _ in $(seq 1 30); do
  as_pg "psql -p $port -Atqc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
as_pg "psql -p $port -v ON_ERROR_STOP=1 -qc \"DO \\\$\\\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'compat_test') THEN
    CREATE ROLE compat_test LOGIN CREATEDB PASSWORD 'compat_test';
  END IF; END \\\$\\\$;\"" >&2
as_pg "psql -p $port -Atqc \"SELECT 1 FROM pg_database WHERE datname = 'compat_test'\"" | grep -q 1 \
  || as_pg "createdb -p $port -O compat_test compat_test" >&2
echo "export COMPAT_TEST_POSTGRES=postgres://compat_test:compat_test@127.0.0.1:$port/compat_test"
