#!/usr/bin/env bash
# Installs Marquee the way a venue would: builds the .deb with cpack in the build tree, installs it with apt
# (which must find every dependency), checks the installed files and `marquee --version`, starts the installed
# GUI under its own Xvfb and screenshots it (BUILD_DIR/packaging-test/deb/installed-app.png), then removes
# the package and checks nothing is left behind.
# Usage: install-test.sh BUILD_DIR PROJECT_VERSION. Needs root, or sudo without a password prompt (as a developer
# who ran the README's command with sudo has); otherwise it skips (77), which fails the run in CI.
set -euo pipefail
build=$1
version=$2
# shellcheck source=../support/skip.sh
source "$(dirname "$0")/../support/skip.sh"

as_root=(env DEBIAN_FRONTEND=noninteractive)
if [[ $(id -u) -ne 0 ]]; then
    sudo -n true 2>/dev/null || skip "installing a package needs root or sudo without a password prompt"
    as_root=(sudo -n env DEBIAN_FRONTEND=noninteractive)
fi
for tool in cpack apt-get dpkg-deb Xvfb xwininfo xwd convert; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (Debian: xvfb x11-utils x11-apps imagemagick)"
done
fail() { echo "FAIL: $*"; exit 1; }

if dpkg-query -W -f='${Status}' marquee 2>/dev/null | grep -q "install ok installed"; then
    fail "a marquee package is already installed; this test installs and removes its own: apt-get remove marquee first"
fi

out="$build/packaging-test/deb"
rm -rf "$out"
mkdir -p "$out/home" "$out/runtime"
chmod 700 "$out/runtime"
apt=("${as_root[@]}" apt-get -o DPkg::Lock::Timeout=300 -y -q)

xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    if dpkg-query -W -f='${Status}' marquee 2>/dev/null | grep -q "install ok installed"; then
        "${apt[@]}" remove marquee > /dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

echo "== cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" > "$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$out"/marquee_"$version"-1_*.deb 2>/dev/null | head -n1)
[[ -n $deb ]] || { cat "$out/cpack.log"; fail "no marquee_${version}-1_*.deb in $out"; }
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for wanted in libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n libqt6widgets6 libqt6charts6 libqt6printsupport6 \
    libqt6svg6 libqrencode4; do
    grep -qw -- "$wanted" <<<"$depends" || fail "Depends lacks $wanted: $depends"
done

echo "== apt-get install $deb"
"${apt[@]}" --no-install-recommends install "$deb" > "$out/apt-install.log" 2>&1 \
    || { cat "$out/apt-install.log"; fail "apt-get install"; }
for file in /usr/bin/marquee /usr/share/applications/org.marquee.Marquee.desktop \
    /usr/share/applications/org.marquee.Marquee.Kiosk.desktop /usr/share/metainfo/org.marquee.Marquee.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.marquee.Marquee.svg /usr/share/icons/hicolor/256x256/apps/org.marquee.Marquee.png \
    /usr/share/icons/hicolor/16x16/apps/org.marquee.Marquee.png /usr/share/marquee/migrations/0001_schema.sql \
    /usr/share/doc/marquee/LICENSE; do
    [[ -e $file ]] || fail "$file was not installed"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/org.marquee.Marquee*.desktop || fail "installed desktop files do not validate"
fi
reported=$(/usr/bin/marquee --version)
echo "$reported"
[[ $reported == "marquee $version"* ]] || fail "marquee --version says '$reported', expected marquee $version"

# The QPSQL plugin is loaded at run time: a connection attempt to a socket that does not exist must fail in
# libpq's words ("connection to server on socket ..."), not with "driver not loaded".
probe=$(LC_ALL=C /usr/bin/marquee migrate --db "host=$out/no-server dbname=none" 2>&1 || true)
echo "$probe"
grep -q "connection to server on socket" <<<"$probe" || fail "the installed app could not load the QPSQL driver and libpq"

echo "== the installed GUI under Xvfb"
# -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
exec 3> "$out/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp > "$out/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do [[ -s $out/display ]] && break; sleep 0.1; done
[[ -s $out/display ]] || fail "Xvfb did not start: $(cat "$out/xvfb.log")"
export DISPLAY=":$(head -n1 "$out/display")"
# The user's session settings, not the test harness's: real X11, a home of its own.
env -u QT_QPA_PLATFORM HOME="$out/home" XDG_CONFIG_HOME="$out/home/.config" XDG_RUNTIME_DIR="$out/runtime" \
    /usr/bin/marquee > "$out/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 100); do
    window=$(xwininfo -root -tree | grep -i '"marquee"' || true)
    [[ -n $window ]] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$out/app.log"; fail "the installed app exited at start"; }
    sleep 0.2
done
[[ -n $window ]] || { cat "$out/app.log"; fail "no Marquee window appeared within 20 s"; }
echo "Window: $window"
sleep 2 # let it paint
xwd -root -silent | convert xwd:- "$out/installed-app.png"
colours=$(convert "$out/installed-app.png" -format %k info:)
echo "Screenshot $out/installed-app.png: $colours colours"
(( colours > 8 )) || fail "the screenshot is blank"
kill -0 "$app_pid" 2>/dev/null || { cat "$out/app.log"; fail "the installed app died after showing its window"; }
if grep -q "QPSQL driver not loaded\|Could not load the Qt platform plugin" "$out/app.log"; then
    cat "$out/app.log"
    fail "a run-time plugin is missing"
fi
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

echo "== apt-get remove marquee"
"${apt[@]}" remove marquee > "$out/apt-remove.log" 2>&1 \
    || { cat "$out/apt-remove.log"; fail "apt-get remove"; }
! dpkg-query -W -f='${Status}' marquee 2>/dev/null | grep -q "install ok installed" || fail "marquee is still installed"
for file in /usr/bin/marquee /usr/share/applications/org.marquee.Marquee.desktop \
    /usr/share/icons/hicolor/256x256/apps/org.marquee.Marquee.png /usr/share/marquee; do
    [[ ! -e $file ]] || fail "$file is still there after removal"
done
echo "PASS: $deb installs, starts and removes cleanly"
