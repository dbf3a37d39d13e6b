#!/usr/bin/env bash
# The first README command: install what is needed, build, start a private PostgreSQL in .demo/,
# migrate, load the demo season and open Marquee signed in as the database owner (an admin).
# Stop the server afterwards with: scripts/pg-local.sh stop .demo
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build=${MARQUEE_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target marquee

socket=$(scripts/pg-local.sh start .demo)
# As root the server runs as Debian's postgres user (see pg-local.sh), and that is its superuser.
if [[ $(id -u) -eq 0 ]]; then superuser=postgres; else superuser=$(id -un); fi
psql_cmd=(psql -q -h "$socket" -U "$superuser" -d postgres -v ON_ERROR_STOP=1)
if ! "${psql_cmd[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'marquee'" | grep -q 1; then
    "${psql_cmd[@]}" -c "CREATE DATABASE marquee"
fi
conninfo="host=$socket dbname=marquee user=$superuser"
# The demo logins get random passwords, kept in a file only this user can read.
"$build/app/marquee" demo-data --db "$conninfo" --logins-file .demo/demo-logins.txt

# The app signs in as the demo admin (every view), never as the superuser: its password comes from a libpq
# password file beside the logins file, readable by this user only.
pgpass=.demo/pgpass
(umask 077 && awk -v socket="$socket" '!/^#/ && NF == 2 { print socket ":5432:marquee:" $1 ":" $2 }' \
    .demo/demo-logins.txt > "$pgpass")
export PGPASSFILE="$PWD/$pgpass"
app_conninfo="host=$socket dbname=marquee user=demo_admin"

echo
echo "PostgreSQL is running in .demo/ (socket $socket). Demo logins: demo_admin, demo_box_office, demo_kiosk, demo_door;"
echo "their passwords: cat .demo/demo-logins.txt. Stop it with: scripts/pg-local.sh stop .demo"
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting Marquee under Xvfb is up to you, e.g."
    echo "  PGPASSFILE=$PGPASSFILE xvfb-run $build/app/marquee --db \"$app_conninfo\""
    exit 0
fi
exec "$build/app/marquee" --db "$app_conninfo" "$@"
