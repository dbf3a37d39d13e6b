#!/usr/bin/env bash
# Starts the Marquee.app a user copied out of the .dmg against a throwaway PostgreSQL: `--version`, then
# `migrate` twice (the second has nothing to do), then checks that every library the app loaded, the QPSQL driver
# and libpq among them, came from the bundle or from macOS, never from Homebrew or the Qt used for building.
# Usage: smoke-test.sh Marquee.app POSTGRESQL_BIN_DIR (initdb and pg_ctl of any PostgreSQL >= 15).
set -euo pipefail
app=$(cd "$1" && pwd -P)
pgbin=$2
fail() { echo "FAIL: $*"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/marquee-smoke.XXXXXX")
cleanup() {
    "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== PostgreSQL on a socket in $work"
"$pgbin/initdb" -D "$work/data" -A trust -U postgres -E UTF8 --no-sync >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log"; fail "initdb"; }
"$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories='$work'" start >/dev/null \
    || { cat "$work/server.log"; fail "pg_ctl start"; }
"$pgbin/createdb" -h "$work" -U postgres marquee

marquee="$app/Contents/MacOS/$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$app/Contents/Info.plist")"
# Nothing from the build: install-qt-action's QT_PLUGIN_PATH would hand the app the build's Qt plug-ins.
run() {
    env -u QT_PLUGIN_PATH -u QML2_IMPORT_PATH -u DYLD_LIBRARY_PATH -u DYLD_FRAMEWORK_PATH \
        DYLD_PRINT_LIBRARIES=1 QT_DEBUG_PLUGINS=1 "$marquee" "$@" 2>>"$work/stderr.log"
}

echo "== marquee --version"
version=$(run --version) || { cat "$work/stderr.log"; fail "marquee --version exited with $?"; }
echo "$version"
[[ $version == "marquee "* ]] || fail "marquee --version said '$version'"

conninfo="host=$work dbname=marquee user=postgres"
echo "== marquee migrate (twice)"
first=$(run migrate --db "$conninfo") || { cat "$work/stderr.log"; fail "marquee migrate exited with $?"; }
echo "$first"
grep -q "^Schema is now at version" <<<"$first" || { cat "$work/stderr.log"; fail "the first migrate applied nothing"; }
second=$(run migrate --db "$conninfo") || { cat "$work/stderr.log"; fail "the second marquee migrate failed"; }
echo "$second"
grep -q "nothing to do" <<<"$second" || fail "the second migrate did not find the schema up to date"

echo "== what the app loaded"
# dyld prints "dyld[PID]: /path" for every image it loads.
loaded=$(sed -n 's/^dyld\[[0-9]*\]: //p' "$work/stderr.log" | sort -u)
[[ -n $loaded ]] || { cat "$work/stderr.log"; fail "dyld printed no libraries (DYLD_PRINT_LIBRARIES)"; }
grep -q '/Contents/PlugIns/sqldrivers/libqsqlpsql.dylib$' <<<"$loaded" || fail "the QPSQL driver was not loaded"
grep -q '/Contents/Frameworks/libpq[.0-9]*dylib$' <<<"$loaded" || fail "libpq was not loaded from the bundle"
outside=$(grep -vE "^($app/|/usr/lib/|/System/Library/|/Library/Apple/)" <<<"$loaded" || true)
[[ -z $outside ]] || fail "the app loaded libraries from outside the bundle and macOS:
$outside"
echo "PASS: $(wc -l <<<"$loaded" | tr -d ' ') images, all from the bundle or macOS; migrate works from the .dmg's app"
