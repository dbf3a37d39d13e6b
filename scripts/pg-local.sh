#!/usr/bin/env bash
# A private PostgreSQL in a data folder, on a Unix socket inside that folder: no system service,
# no port, nothing shared with other runs. Works as a normal user and as root (initdb refuses root,
# so as root the server runs as Debian's `postgres` user).
#
#   pg-local.sh start DIR [--fast]   initialise DIR if needed and start; prints the socket directory
#   pg-local.sh stop DIR             stop the server (no error if it is not running)
#   pg-local.sh conninfo DIR         the libpq connection string of the superuser
#
# --fast turns fsync off: for throwaway test servers only (benchmarks keep it on).
set -euo pipefail

action=${1:?usage: pg-local.sh start|stop|conninfo DIR [--fast]}
dir=${2:?usage: pg-local.sh start|stop|conninfo DIR [--fast]}
fast=${3:-}

# The newest installed server (Debian keeps each major version in /usr/lib/postgresql/N).
pgbin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$pgbin" ]]; then
    pgbin=$(dirname "$(command -v pg_ctl 2>/dev/null || echo /usr/bin/pg_ctl)")
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

superuser() {
    if [[ $(id -u) -eq 0 ]]; then echo postgres; else id -un; fi
}

case "$action" in
start)
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres "$dir"
        # The server user must be able to reach the folder.
        p="$dir"; while [[ "$p" != "/" ]]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
    fi
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        as_owner mkdir -p "$dir/data"
        as_owner "$pgbin/initdb" -D "$dir/data" -A trust -U "$(superuser)" -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # Passwords are really checked: the superuser that sets things up connects by trust over the socket,
    # every other role (the terminals' logins, the demo's) only with its SCRAM-SHA-256 password.
    hba="$dir/data/pg_hba.conf"
    as_owner tee "$hba" >/dev/null <<HBA
# Written by scripts/pg-local.sh at every start.
local all $(superuser) trust
local all all scram-sha-256
HBA
    opts="-c listen_addresses='' -c password_encryption=scram-sha-256 -c unix_socket_directories='$dir' -c max_connections=300 -c shared_buffers=128MB"
    if [[ "$fast" == "--fast" ]]; then
        opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    if ! as_owner "$pgbin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null
    fi
    echo "$dir"
    ;;
stop)
    if [[ -f "$dir/data/PG_VERSION" ]]; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    ;;
conninfo)
    echo "host=$dir port=5432 user=$(superuser) dbname=postgres"
    ;;
*)
    echo "usage: pg-local.sh start|stop|conninfo DIR [--fast]" >&2
    exit 2
    ;;
esac
