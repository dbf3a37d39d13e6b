#!/usr/bin/env bash
# A private PostgreSQL in a data folder, on a Unix socket inside that folder: no system service,
# no port, nothing shared with other runs. Works as a normal user and as root (initdb refuses root,
# so as root the server runs as Debian's `postgres` user).
#
#   pg-local.sh start DIR [--fast] [--archive ARCHIVE] [--max-connections N]
#                                    initialise DIR if needed and start; prints the socket directory
#   pg-local.sh stop DIR             stop the server at once, as a crash would (-m immediate; no error if
#                                    it is not running)
#   pg-local.sh conninfo DIR         the libpq connection string of the superuser
#
# Two servers and backups (the failover scenario of marquee-bench, README "Deploying for a venue"):
#
#   pg-local.sh standby DIR PRIMARY [--name NAME] [--archive ARCHIVE] [--max-connections N]
#                                    a streaming standby of the server running in PRIMARY, copied with
#                                    pg_basebackup and started; it connects as NAME (default: standby), the
#                                    name the primary's synchronous_standby_names uses
#   pg-local.sh promote DIR          the standby in DIR stops following and accepts writes
#   pg-local.sh backup DIR PRIMARY   a base backup of the server running in PRIMARY into DIR (not started)
#   pg-local.sh recover DIR ARCHIVE TIME
#                                    starts the base backup in DIR, replays the WAL in ARCHIVE up to TIME
#                                    (a timestamptz), and returns once it accepts writes
#
# --fast turns fsync off: for throwaway test servers only (benchmarks keep it on; never with a standby,
# whose point is a commit that is on two disks). --archive copies every finished WAL file into ARCHIVE.
# --max-connections (default 300) for many terminals (marquee-bench --scenario terminals).
set -euo pipefail

usage="usage: pg-local.sh start|stop|conninfo|standby|promote|backup|recover DIR [...] (see the script's header)"
action=${1:?$usage}
dir=${2:?$usage}
shift 2

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

# A folder the server's user may write into (as root that is Debian's postgres user).
server_folder() {
    mkdir -p "$1"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres "$1"
        # The server user must be able to reach the folder.
        local p
        p=$(absolute "$1")
        while [[ "$p" != "/" ]]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
    fi
}

absolute() {
    (cd "$1" && pwd)
}

is_running() {
    as_owner "$pgbin/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

# Starts the server whose data folder is DIR/data, unless it runs already. Extra arguments are more -c options.
start_server() {
    local folder=$1
    shift
    # Passwords are really checked: the superuser that sets things up connects by trust over the socket,
    # every other role (the terminals' logins, the demo's) only with its SCRAM-SHA-256 password. A standby
    # streams from the primary as the superuser, over the socket too.
    as_owner tee "$folder/data/pg_hba.conf" >/dev/null <<HBA
# Written by scripts/pg-local.sh at every start.
local all $(superuser) trust
local replication $(superuser) trust
local all all scram-sha-256
HBA
    local opts="-c listen_addresses='' -c password_encryption=scram-sha-256 -c unix_socket_directories='$folder' -c max_connections=300 -c shared_buffers=128MB"
    local option
    for option in "$@"; do
        opts="$opts -c $option"
    done
    if ! is_running "$folder"; then
        as_owner "$pgbin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 -o "$opts" start >/dev/null
    fi
}

# The -c options that archive every finished WAL file into $1 (never overwriting one already there).
archive_options() {
    server_folder "$1"
    local archive
    archive=$(absolute "$1")
    echo "archive_mode=on"
    echo "archive_command='test ! -f $archive/%f && cp %p $archive/%f'"
}

sql() {
    as_owner psql -X -q -At -h "$1" -p 5432 -U "$(superuser)" -d postgres -c "$2"
}

case "$action" in
start)
    fast=""
    options=()
    while [[ $# -gt 0 ]]; do
        case "$1" in
        --fast) fast=yes; shift ;;
        --archive) mapfile -t archiving < <(archive_options "${2:?--archive needs a folder}"); options+=("${archiving[@]}"); shift 2 ;;
        --max-connections) options+=("max_connections=${2:?--max-connections needs a number}"); shift 2 ;;
        *) echo "$usage" >&2; exit 2 ;;
        esac
    done
    server_folder "$dir"
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        as_owner mkdir -p "$dir/data"
        as_owner "$pgbin/initdb" -D "$dir/data" -A trust -U "$(superuser)" -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if [[ -n "$fast" ]]; then
        options+=("fsync=off" "synchronous_commit=off" "full_page_writes=off")
    fi
    start_server "$dir" ${options[@]+"${options[@]}"}
    echo "$dir"
    ;;
standby)
    primary=$(absolute "${1:?usage: pg-local.sh standby DIR PRIMARY [--name NAME] [--archive ARCHIVE]}")
    shift
    name=standby
    options=()
    while [[ $# -gt 0 ]]; do
        case "$1" in
        --name) name=${2:?--name needs a name}; shift 2 ;;
        --archive) mapfile -t archiving < <(archive_options "${2:?--archive needs a folder}"); options+=("${archiving[@]}"); shift 2 ;;
        --max-connections) options+=("max_connections=${2:?--max-connections needs a number}"); shift 2 ;;
        *) echo "$usage" >&2; exit 2 ;;
        esac
    done
    server_folder "$dir"
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        # -R writes standby.signal and primary_conninfo (with application_name, the standby's name on the
        # primary); -X stream copies the WAL written meanwhile, so the copy is consistent by itself.
        as_owner "$pgbin/pg_basebackup" -d "host=$primary port=5432 user=$(superuser) application_name=$name" \
            -D "$dir/data" -X stream -c fast -R >"$dir/basebackup.log" 2>&1 \
            || { cat "$dir/basebackup.log" >&2; exit 1; }
        # The copy would wait for a synchronous standby of its own once promoted: that is the primary's setting.
        as_owner sed -i '/^synchronous_standby_names/d' "$dir/data/postgresql.auto.conf"
    fi
    start_server "$dir" ${options[@]+"${options[@]}"}
    echo "$dir"
    ;;
promote)
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -w -t 60 promote >/dev/null
    ;;
backup)
    primary=$(absolute "${1:?usage: pg-local.sh backup DIR PRIMARY}")
    server_folder "$dir"
    if [[ -e "$dir/data" ]]; then
        echo "pg-local.sh backup: $dir/data exists already" >&2
        exit 1
    fi
    as_owner "$pgbin/pg_basebackup" -h "$primary" -p 5432 -U "$(superuser)" -D "$dir/data" -X stream -c fast \
        >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; exit 1; }
    ;;
recover)
    archive=$(absolute "${1:?usage: pg-local.sh recover DIR ARCHIVE TIME}")
    target=${2:?usage: pg-local.sh recover DIR ARCHIVE TIME}
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        echo "pg-local.sh recover: no base backup in $dir/data (pg-local.sh backup first)" >&2
        exit 1
    fi
    # Replays the archive up to the target, then ends recovery and accepts writes (a new timeline).
    as_owner tee -a "$dir/data/postgresql.auto.conf" >/dev/null <<CONF
restore_command = 'cp $archive/%f %p'
recovery_target_time = '$target'
recovery_target_action = 'promote'
CONF
    # A copy of a primary that had a synchronous standby would wait for one once it accepts writes.
    as_owner sed -i '/^synchronous_standby_names/d' "$dir/data/postgresql.auto.conf"
    as_owner touch "$dir/data/recovery.signal"
    start_server "$dir"
    for _ in $(seq 1 600); do
        if [[ $(sql "$dir" "SELECT pg_is_in_recovery()" 2>/dev/null || true) == f ]]; then
            echo "$dir"
            exit 0
        fi
        if ! is_running "$dir"; then
            echo "pg-local.sh recover: the server stopped during recovery:" >&2
            tail -n 20 "$dir/server.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "pg-local.sh recover: still recovering after 60 s (see $dir/server.log)" >&2
    exit 1
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
    echo "$usage" >&2
    exit 2
    ;;
esac
