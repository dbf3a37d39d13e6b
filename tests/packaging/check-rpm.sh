#!/usr/bin/env bash
# Builds the .rpm with cpack in the build tree and checks what it declares: the run-time plugin and translation
# packages (which no linker sees), the linked Qt libraries found by autoreq, and the installed files.
# Usage: check-rpm.sh BUILD_DIR PROJECT_VERSION. Without rpmbuild it skips (77), which fails the run in CI.
set -euo pipefail
build=$1
version=$2
# shellcheck source=../support/skip.sh
source "$(dirname "$0")/../support/skip.sh"

for tool in rpmbuild rpm cpack; do
    if ! command -v "$tool" >/dev/null; then
        skip "$tool is not installed (Debian: rpm)"
    fi
done
fail() { echo "FAIL: $*"; exit 1; }

out="$build/packaging-test/rpm"
rm -rf "$out"
mkdir -p "$out"
cpack --config "$build/CPackConfig.cmake" -G RPM -B "$out" > "$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; fail "cpack -G RPM"; }
rpm=$(ls "$out"/marquee-"$version"-1.*.rpm 2>/dev/null | head -n1)
[[ -n $rpm ]] || { cat "$out/cpack.log"; fail "no marquee-$version-1.*.rpm in $out"; }
echo "Built $rpm"

rpm -qp --queryformat '%{NAME} %{VERSION}-%{RELEASE} %{ARCH} %{LICENSE} %{URL}\n' "$rpm"
requires=$(rpm -qpR "$rpm")
echo "Requires:"
echo "$requires"
for wanted in '(qt6-qtbase-postgresql or qt6-sql-postgresql)' '(qt6-qtbase-gui or qt6-gui)' \
    '(qt6-qtsvg or qt6-svg)' '(qt6-qttranslations or qt6-translations)' \
    'libQt6Widgets.so.6()(64bit)' 'libQt6Sql.so.6()(64bit)' 'libQt6Charts.so.6()(64bit)' 'libqrencode.so.4()(64bit)'; do
    grep -qxF "$wanted" <<<"$requires" || fail "the .rpm does not require $wanted"
done

files=$(rpm -qpl "$rpm")
for wanted in /usr/bin/marquee /usr/share/applications/org.marquee.Marquee.desktop \
    /usr/share/applications/org.marquee.Marquee.Kiosk.desktop /usr/share/metainfo/org.marquee.Marquee.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.marquee.Marquee.svg /usr/share/icons/hicolor/48x48/apps/org.marquee.Marquee.png \
    /usr/share/marquee/migrations/0001_schema.sql /usr/share/doc/marquee/LICENSE; do
    grep -qxF "$wanted" <<<"$files" || fail "the .rpm does not hold $wanted"
done
# Directories the filesystem or theme packages own would make the install conflict with them.
for shared in /usr /usr/bin /usr/share /usr/share/applications /usr/share/icons /usr/share/icons/hicolor \
    /usr/share/icons/hicolor/48x48/apps /usr/share/metainfo /usr/share/doc; do
    ! grep -qxF "$shared" <<<"$files" || fail "the .rpm claims the shared directory $shared"
done
echo "PASS: $rpm"
