#!/usr/bin/env bash
# Starts a kiosk under Xvfb with the Linux accessibility stack (a D-Bus session, the AT-SPI bus, Qt's bridge) and
# checks it as a screen reader would (scripts/kiosk-atspi-check.py, with pyatspi). Needs a running demo
# (scripts/demo.sh, or .demo/ with demo data) and a built marquee. Usage: scripts/kiosk-atspi-check.sh [display]
set -euo pipefail
cd "$(dirname "$0")/.."
display=${1:-:77}
build=${MARQUEE_BUILD_DIR:-build}
password=$(awk '$1 == "demo_kiosk" {print $2}' .demo/demo-logins.txt)
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
export PGPASSWORD=$password MARQUEE_KIOSK_SPEECH_ENGINE=none
# The inner script expands its own variables ($0 is the marquee binary): single quotes are meant.
# shellcheck disable=SC2016
exec dbus-run-session -- bash -c '
    "$0" --kiosk --db "host=$PWD/.demo dbname=marquee user=demo_kiosk" >/tmp/marquee-atspi-app.log 2>&1 &
    app=$!
    /usr/bin/python3 scripts/kiosk-atspi-check.py
    status=$?
    kill $app 2>/dev/null || true
    exit $status' "$build/app/marquee"
