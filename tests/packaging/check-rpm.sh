#!/usr/bin/env bash
# Builds the .rpm with cpack in the build tree and checks it: rpmlint reports no error except no-signature (the
# repository that publishes the package signs it), and it declares the run-time plug-ins and the Thai font (which no
# linker sees), the linked Qt libraries found by autoreq, the installed files and the changelog.
# Usage: check-rpm.sh BUILD_DIR PROJECT_VERSION. Without rpmbuild or rpmlint it skips (77), which fails the run in CI.
set -euo pipefail
build=$1
version=$2
# shellcheck source=SCRIPTDIR/../support/skip.sh
source "$(dirname "$0")/../support/skip.sh"

for tool in rpmbuild rpm cpack rpmlint; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (Debian: rpm, rpmlint)"
done
fail() { echo "FAIL: $*"; exit 1; }

out="$build/packaging-test/rpm"
rm -rf "$out"
mkdir -p "$out"
cpack --config "$build/CPackConfig.cmake" -G RPM -B "$out" > "$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; fail "cpack -G RPM"; }
rpm="$out/marquee-$version-1.$(uname -m).rpm"
[[ -f $rpm ]] || { cat "$out/cpack.log"; fail "cpack made no $rpm"; }
echo "Built $rpm"

echo "== rpmlint"
# Its warnings are printed for reading. On Debian's rpmlint 2.4 three of them are about rpmlint, not the package:
# invalid-license (Debian configures no licence list), manpage-not-compressed bz2 (Debian's default extension;
# Fedora and openSUSE gzip man pages) and no-manual-page-for-binary (2.4 compares the man section, not the name).
rpmlint "$rpm" 2>&1 | tee "$out/rpmlint.log" || true
errors=$(grep -E '^[^ ]+: E: ' "$out/rpmlint.log" | grep -v ': E: no-signature' || true)
[[ -z $errors ]] || fail "rpmlint reports errors: $errors"
grep -qE '[0-9]+ packages and [0-9]+ specfiles checked' "$out/rpmlint.log" || fail "rpmlint did not check the package"

rpm -qp --queryformat '%{NAME} %{VERSION}-%{RELEASE} %{ARCH} %{LICENSE} %{URL}\n' "$rpm"
requires=$(rpm -qpR "$rpm")
echo "Requires:"
echo "$requires"
for wanted in '(qt6-qtbase-postgresql or qt6-sql-postgresql)' '(qt6-qtbase-gui or qt6-gui)' \
    '(qt6-qtsvg or qt6-svg)' '(google-noto-sans-thai-fonts or noto-sans-thai-fonts)' \
    'libQt6Widgets.so.6()(64bit)' 'libQt6Sql.so.6()(64bit)' 'libQt6Charts.so.6()(64bit)' 'libqrencode.so.4()(64bit)'; do
    grep -qxF "$wanted" <<<"$requires" || fail "the .rpm does not require $wanted"
done

files=$(rpm -qpl "$rpm")
for wanted in /usr/bin/marquee /usr/share/applications/org.marquee.Marquee.desktop \
    /usr/share/applications/org.marquee.Marquee.Kiosk.desktop /usr/share/metainfo/org.marquee.Marquee.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.marquee.Marquee.svg /usr/share/icons/hicolor/48x48/apps/org.marquee.Marquee.png \
    /usr/share/marquee/migrations/0001_schema.sql /usr/share/doc/marquee/copyright \
    /usr/share/doc/marquee/changelog.gz /usr/share/man/man1/marquee.1.gz; do
    grep -qxF "$wanted" <<<"$files" || fail "the .rpm does not hold $wanted"
done
for debian_only in /usr/share/doc/marquee/changelog.Debian.gz /usr/share/lintian/overrides/marquee; do
    ! grep -qxF "$debian_only" <<<"$files" || fail "the .rpm holds Debian's $debian_only"
done
rpm -qp --changelog "$rpm" | head -n1 | grep -qF -- "- $version-1" \
    || fail "the .rpm's changelog does not start with $version-1: add an entry to packaging/linux/changelog.rpm"
# Directories the filesystem or theme packages own would make the install conflict with them.
for shared in /usr /usr/bin /usr/share /usr/share/applications /usr/share/icons /usr/share/icons/hicolor \
    /usr/share/icons/hicolor/48x48/apps /usr/share/metainfo /usr/share/doc /usr/share/man /usr/share/man/man1; do
    ! grep -qxF "$shared" <<<"$files" || fail "the .rpm claims the shared directory $shared"
done
echo "PASS: $rpm"
