#!/usr/bin/env bash
# Installs Marquee the way a venue would: installs the .deb that packaging_deb built (BUILD_DIR/packaging-test/deb)
# with apt, which must find every dependency, checks the installed files and `marquee --version`, checks that every
# library the installed app loads (the QPSQL driver with libpq, the X11 plug-ins) comes from a package the .deb pulls
# in, and that those packages bring a font fontconfig picks for Thai; starts the installed GUI under its own Xvfb and
# screenshots it (BUILD_DIR/packaging-test/deb/installed-app.png), then removes the package and checks nothing is left.
# Usage: install-test.sh BUILD_DIR PROJECT_VERSION. Needs root, or sudo without a password prompt (as a developer
# who ran the README's command with sudo has); otherwise it skips (77), which fails the run in CI.
set -euo pipefail
build=$1
version=$2
# shellcheck source=SCRIPTDIR/../support/skip.sh
source "$(dirname "$0")/../support/skip.sh"

as_root=(env DEBIAN_FRONTEND=noninteractive)
if [[ $(id -u) -ne 0 ]]; then
    sudo -n true 2>/dev/null || skip "installing a package needs root or sudo without a password prompt"
    as_root=(sudo -n env DEBIAN_FRONTEND=noninteractive)
fi
for tool in apt-get apt-cache dpkg-query Xvfb xwininfo xwd convert fc-match; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (Debian: xvfb x11-utils x11-apps imagemagick fontconfig)"
done
fail() { echo "FAIL: $*"; exit 1; }
installed() { dpkg-query -W -f='${Status}' marquee 2>/dev/null | grep -q "install ok installed"; }

if installed; then
    fail "a marquee package is already installed; this test installs and removes its own: apt-get remove marquee first"
fi

out="$build/packaging-test/deb"
deb="$out/marquee_${version}-1_$(dpkg --print-architecture).deb"
[[ -f $deb ]] || fail "no $deb: the packaging_deb test builds it (ctest -R packaging_ runs both)"
work="$out/install"
rm -rf "$work"
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
apt=("${as_root[@]}" apt-get -o DPkg::Lock::Timeout=300 -y -q)

xvfb_pid=""
app_pid=""
cleanup() {
    if [[ -n $app_pid ]]; then kill "$app_pid" 2>/dev/null || true; fi
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    if installed; then
        "${apt[@]}" remove marquee > /dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

echo "== apt-get install $deb"
# apt needs a path with a slash to take a file rather than a package name.
"${apt[@]}" --no-install-recommends install "$(realpath "$deb")" > "$work/apt-install.log" 2>&1 \
    || { cat "$work/apt-install.log"; fail "apt-get install"; }
for file in /usr/bin/marquee /usr/share/applications/org.marquee.Marquee.desktop \
    /usr/share/applications/org.marquee.Marquee.Kiosk.desktop /usr/share/metainfo/org.marquee.Marquee.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.marquee.Marquee.svg /usr/share/icons/hicolor/256x256/apps/org.marquee.Marquee.png \
    /usr/share/icons/hicolor/16x16/apps/org.marquee.Marquee.png /usr/share/marquee/migrations/0001_schema.sql \
    /usr/share/doc/marquee/copyright /usr/share/doc/marquee/changelog.Debian.gz /usr/share/man/man1/marquee.1.gz; do
    [[ -e $file ]] || fail "$file was not installed"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/org.marquee.Marquee*.desktop || fail "installed desktop files do not validate"
fi
if command -v man >/dev/null; then
    man -w marquee | grep -qx /usr/share/man/man1/marquee.1.gz || fail "man does not find the installed marquee(1)"
fi
reported=$(/usr/bin/marquee --version)
echo "$reported"
[[ $reported == "marquee $version"* ]] || fail "marquee --version says '$reported', expected marquee $version"

# Every package that installing the .deb brings, as apt resolves its Depends (all alternatives counted).
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances marquee | grep -v '^ ' | grep -v '^<' | sed 's/:.*//' | sort -u)
# Loaded only if they are there: Qt's X11 plug-in dlopens libXcursor (which links libXrender) for themed cursors and
# draws its own cursors without it, so the .deb rightly does not depend on them.
optional="libxcursor1
libxrender1"
# owners_outside_closure FILE: prints each shared object listed in FILE whose package is not in the closure.
owners_outside_closure() {
    local path owner bad=0
    while read -r path; do
        # On a merged-/usr system the loader's /lib/… and /usr/lib/… are one file, which dpkg knows by one of them.
        owner=$(dpkg-query -S "$path" 2>/dev/null || dpkg-query -S "${path#/usr}" 2>/dev/null \
            || dpkg-query -S "/usr$path" 2>/dev/null || echo "(no package)")
        owner=${owner%%:*}
        owner=${owner%%,*}
        if ! grep -qxF "$owner" <<<"$closure" && ! grep -qxF "$owner" <<<"$optional"; then
            echo "  $path belongs to $owner, which the .deb does not depend on"
            bad=1
        fi
    done < "$1"
    return "$bad"
}

# The QPSQL plug-in is loaded at run time: a connection attempt to a socket that does not exist must fail in
# libpq's words ("connection to server on socket ..."), not with "driver not loaded". The loader's log names every
# object it initialised, the plug-in and libpq among them.
echo "== the QPSQL driver"
probe=$(LC_ALL=C LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld-migrate" \
    /usr/bin/marquee migrate --db "host=$work/no-server dbname=none" 2>&1 || true)
echo "$probe"
grep -q "connection to server on socket" <<<"$probe" || fail "the installed app could not load the QPSQL driver and libpq"
sed -n 's/.*calling init: //p' "$work"/ld-migrate.* | sort -u > "$work/loaded-migrate"
grep -q '/sqldrivers/libqsqlpsql\.so$' "$work/loaded-migrate" || fail "the loader never initialised libqsqlpsql.so"
owners_outside_closure "$work/loaded-migrate" || fail "marquee migrate loads libraries from packages not in Depends"

# Thai needs a font that has its glyphs. A private fontconfig that sees only the fonts of the packages the .deb
# pulls in (not whatever else this machine has) must pick one for Thai sans-serif text, as Qt asks fontconfig to.
echo "== a Thai font among the dependencies"
mkdir -p "$work/fonts" "$work/fontcache"
while read -r package; do
    dpkg-query -L "$package" 2>/dev/null | grep -E '\.(ttf|otf|ttc)$' || true
done <<<"$closure" | sort -u | while read -r font; do ln -sf "$font" "$work/fonts/"; done
cat > "$work/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$work/fonts</dir>
  <cachedir>$work/fontcache</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
CONF
fc() { env HOME="$work/home" XDG_DATA_HOME="$work/home" XDG_CONFIG_HOME="$work/home" FONTCONFIG_FILE="$work/fonts.conf" "$@"; }
thai=$(fc fc-match -f '%{family}|%{lang}' 'sans-serif:lang=th')
echo "fontconfig picks for Thai: ${thai%%|*} (from $(find "$work/fonts" -name '*.*' | wc -l) font files of the dependencies)"
[[ "|${thai#*|}|" == *"|th|"* ]] || fail "no font among the .deb's dependencies has Thai glyphs (fontconfig picked ${thai%%|*})"

echo "== the installed GUI under Xvfb"
# -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
exec 3> "$work/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
DISPLAY=":$(head -n1 "$work/display")"
export DISPLAY
# The user's session settings, not the test harness's: real X11, a home of its own.
env -u QT_QPA_PLATFORM HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/runtime" \
    /usr/bin/marquee > "$work/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 100); do
    window=$(xwininfo -root -tree | grep -i '"marquee"' || true)
    [[ -n $window ]] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "the installed app exited at start"; }
    sleep 0.2
done
[[ -n $window ]] || { cat "$work/app.log"; fail "no Marquee window appeared within 20 s"; }
echo "Window: $window"
sleep 2 # let it paint
xwd -root -silent | convert xwd:- "$out/installed-app.png"
colours=$(convert "$out/installed-app.png" -format %k info:)
echo "Screenshot $out/installed-app.png: $colours colours"
(( colours > 8 )) || fail "the screenshot is blank"
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "the installed app died after showing its window"; }
if grep -q "QPSQL driver not loaded\|Could not load the Qt platform plugin" "$work/app.log"; then
    cat "$work/app.log"
    fail "a run-time plugin is missing"
fi
# What the running GUI has mapped: Qt, the X11 platform plug-in and its GL integration, image and icon plug-ins.
grep -oE '/[^ ]+\.so(\.[0-9.]+)?$' "/proc/$app_pid/maps" | sort -u > "$work/loaded-gui"
grep -q '/platforms/libqxcb\.so$' "$work/loaded-gui" || fail "the GUI did not load the X11 platform plug-in"
owners_outside_closure "$work/loaded-gui" || fail "the GUI loads libraries from packages not in Depends"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

echo "== apt-get remove marquee"
"${apt[@]}" remove marquee > "$work/apt-remove.log" 2>&1 \
    || { cat "$work/apt-remove.log"; fail "apt-get remove"; }
! installed || fail "marquee is still installed"
for file in /usr/bin/marquee /usr/share/applications/org.marquee.Marquee.desktop \
    /usr/share/icons/hicolor/256x256/apps/org.marquee.Marquee.png /usr/share/marquee /usr/share/doc/marquee \
    /usr/share/man/man1/marquee.1.gz; do
    [[ ! -e $file ]] || fail "$file is still there after removal"
done
echo "PASS: $deb installs, loads only what it depends on, starts and removes cleanly"
