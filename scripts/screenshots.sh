#!/usr/bin/env bash
# The three screenshots of the packaging metadata: the kiosk, the box office and the admin view at
# 1366x768, against the demo season in a private PostgreSQL, on a private X server. Nothing of the
# person's own (settings, display, database) is touched; everything started is stopped again.
#
#   scripts/screenshots.sh [BUILD_DIR]     (default: build; the `marquee` target must be built)
#
# Writes packaging/screenshots/{kiosk,boxoffice,admin}.png and, driven by xdotool, docs/screenshots/
# desk-seatmap.png (the desk's seat map), kiosk-seatmap.png (the kiosk's seat page) and admin-seating.png (the
# admin's Seating tab). Works as root and as a normal user.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
app="$build/app/marquee"
if [[ ! -x "$app" ]]; then
    echo "screenshots: $app not found; build it first: cmake --build $build --target marquee" >&2
    exit 1
fi
app=$(cd "$(dirname "$app")" && pwd)/marquee
out=packaging/screenshots
mkdir -p "$out"

work=$(mktemp -d "${TMPDIR:-/tmp}/marquee-shots.XXXXXX")
pg="$work/pg"
xvfb_pid=""
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; fi
    if [[ -n "$xvfb_pid" ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    scripts/pg-local.sh stop "$pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "screenshots: starting PostgreSQL in $pg"
socket=$(scripts/pg-local.sh start "$pg" --fast)
# As root the server runs as Debian's postgres user (see pg-local.sh), and that is its superuser.
if [[ $(id -u) -eq 0 ]]; then superuser=postgres; else superuser=$(id -un); fi
psql -q -h "$socket" -U "$superuser" -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE marquee" >/dev/null
# The demo logins get random passwords; the shots sign in with them through a libpq password file.
"$app" demo-data --db "host=$socket dbname=marquee user=$superuser" --logins-file "$work/logins.txt" >/dev/null
(umask 077 && awk -v socket="$socket" '!/^#/ && NF == 2 { print socket ":5432:marquee:" $1 ":" $2 }' \
    "$work/logins.txt" > "$work/pgpass")
export PGPASSFILE="$work/pgpass"

# A free display chosen by Xvfb itself (-displayfd), so parallel runs do not collide.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do [[ -s "$work/display" ]] && break; sleep 0.1; done
display=":$(head -1 "$work/display")"
echo "screenshots: X server on $display"

# Own settings and runtime folders: no saved language or profile of the person leaks in.
mkdir -p "$work/config" "$work/runtime"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=xcb DISPLAY="$display"
unset WAYLAND_DISPLAY SESSION_MANAGER

# shot NAME VIEW ARGS...: opens Marquee, waits for the window titled "VIEW — Marquee", lets the
# view load its data, runs the function named in $shot_steps if any (xdotool keys, to show a screen
# that needs a few steps), writes the whole screen to $shot_dir/NAME.png and closes the app.
shot_dir=$out
shot_steps=""
shot() {
    local name=$1 title=$2
    shift 2
    "$app" --lang en "$@" >"$work/$name.log" 2>&1 &
    app_pid=$!
    local found=""
    for _ in $(seq 100); do
        if xwininfo -root -tree 2>/dev/null | grep -Eq -- "\"$title.*Marquee"; then found=yes; break; fi
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.2
    done
    if [[ -z "$found" ]]; then
        echo "screenshots: the $name window did not appear; the app said:" >&2
        cat "$work/$name.log" >&2
        exit 1
    fi
    sleep "${MARQUEE_SCREENSHOT_SETTLE:-3}"
    if [[ -n "$shot_steps" ]]; then "$shot_steps"; fi
    xwd -root -silent -display "$display" | convert xwd:- "$shot_dir/$name.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    echo "screenshots: wrote $shot_dir/$name.png"
}

demo="dbname=marquee host=$socket"
shot kiosk "Kiosk" --kiosk --db "$demo user=demo_kiosk"
shot boxoffice "Box office" --db "$demo user=demo_box_office"
shot admin "Admin" --db "$demo user=demo_admin"

# The desk's seat map (issue #14): Hamlet in the Grand Theatre picked by keyboard, then "4 stalls" and Enter
# hold the best four stalls seats together; they are listed beside the map with their ticket types.
desk_seat_map() {
    xdotool type --delay 40 "hamlet"
    sleep 1
    xdotool key Return
    sleep "${MARQUEE_SCREENSHOT_SETTLE:-3}"
    xdotool type --delay 40 "4 stalls"
    xdotool key Return
    sleep 2
}
mkdir -p docs/screenshots
shot_dir=docs/screenshots shot_steps=desk_seat_map shot desk-seatmap "Box office" --db "$demo user=demo_box_office"

# The admin's Seating tab (Alt+T): the first plan is chosen and previewed by itself. No window manager here:
# focus the window and type through XTEST (Qt ignores sent key events).
admin_seating() {
    xdotool windowfocus "$(xdotool search --name "Admin.*Marquee" | head -1)" 2>/dev/null || true
    xdotool key alt+t
    sleep "${MARQUEE_SCREENSHOT_SETTLE:-3}"
}
shot_dir=docs/screenshots shot_steps=admin_seating shot admin-seating "Admin" --db "$demo user=demo_admin"

# The kiosk's seat page (issue #14): Buy tickets, the first seated evening (Hamlet, third in the demo's list),
# Next, and two seats tapped. The places are those of the 1366x768 screen in the standard theme.
kiosk_seats() {
    xdotool mousemove 695 272 click 1; sleep 2        # Buy tickets
    xdotool mousemove 400 630 click 1; sleep 2        # Hamlet (Grand Theatre)
    xdotool mousemove 1020 700 click 1; sleep 3       # Next: the seat page
    xdotool mousemove 196 424 click 1; sleep 1        # row K, seat 2
    xdotool mousemove 181 441 click 1; sleep 2        # row L, seat 1
}
shot_dir=docs/screenshots shot_steps=kiosk_seats shot kiosk-seatmap "Kiosk" --kiosk --db "$demo user=demo_kiosk"
