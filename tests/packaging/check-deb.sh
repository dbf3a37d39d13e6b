#!/usr/bin/env bash
# Builds the .deb with cpack in the build tree (BUILD_DIR/packaging-test/deb, where the install test takes it from)
# and checks it as Debian would: lintian reports no error and no warning (overrides, each with its reason, are in
# packaging/linux/lintian-overrides), the documentation policy asks for is there, and Depends names what Marquee loads
# at run time, and nothing it does not.
# Usage: check-deb.sh BUILD_DIR PROJECT_VERSION. Without lintian or dpkg-deb it skips (77), which fails the run in CI.
set -euo pipefail
build=$1
version=$2
# shellcheck source=SCRIPTDIR/../support/skip.sh
source "$(dirname "$0")/../support/skip.sh"

for tool in cpack dpkg-deb lintian; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (Debian: cmake, dpkg, lintian)"
done
fail() { echo "FAIL: $*"; exit 1; }

out="$build/packaging-test/deb"
rm -rf "$out"
mkdir -p "$out"
echo "== cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" > "$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; fail "cpack -G DEB"; }
deb="$out/marquee_${version}-1_$(dpkg --print-architecture).deb"
[[ -f $deb ]] || { cat "$out/cpack.log"; fail "cpack made no $deb"; }
dpkg-deb --info "$deb"

echo "== lintian"
# --pedantic and --display-info show every tag; errors and warnings fail the test, the others are printed for reading.
# lintian refuses nothing as root but says it is not recommended; that line is not about the package.
lintian --pedantic --display-info --display-experimental --show-overrides "$deb" 2>&1 \
    | grep -v '^running with root privileges' | tee "$out/lintian.log" || true
if grep -qE '^[EW]: ' "$out/lintian.log"; then
    fail "lintian reports errors or warnings (see above; an override needs a reason in packaging/linux/lintian-overrides)"
fi

echo "== Depends"
depends=$(dpkg-deb --field "$deb" Depends)
# The run-time plug-ins and data no linker sees, and the linked libraries dpkg-shlibdeps found.
for wanted in libqt6sql6-psql libqt6svg6 fonts-tlwg-loma libqt6widgets6 libqt6charts6 libqt6printsupport6 \
    libqt6keychain1 libqrencode4; do
    grep -qw -- "$wanted" <<<"$depends" || fail "Depends lacks $wanted: $depends"
done
# Packages that hold nothing Marquee loads on Debian 12: qt6-translations-l10n has no qtbase_th.qm (and an empty
# qtbase_en.qm), qt6-qpa-plugins only the VNC and TUIO plug-ins (X11's is in libqt6gui6).
for unwanted in qt6-translations-l10n qt6-qpa-plugins; do
    ! grep -qw -- "$unwanted" <<<"$depends" || fail "Depends lists $unwanted, which holds nothing Marquee loads"
done

echo "== description"
# Policy: a synopsis under 80 characters, description lines of at most 80 (lintian checks too; this says which).
dpkg-deb --field "$deb" Description | awk 'length > 80 { print "FAIL: description line longer than 80: " $0; bad = 1 }
    END { exit bad }' || fail "shorten the description lines in packaging/packaging.cmake"

echo "== documentation"
files=$(dpkg-deb --contents "$deb" | awk '{ print $6 }')
for wanted in ./usr/share/doc/marquee/copyright ./usr/share/doc/marquee/changelog.Debian.gz \
    ./usr/share/doc/marquee/changelog.gz ./usr/share/man/man1/marquee.1.gz ./usr/bin/marquee \
    ./usr/share/applications/org.marquee.Marquee.desktop ./usr/share/metainfo/org.marquee.Marquee.metainfo.xml; do
    grep -qxF "$wanted" <<<"$files" || fail "the .deb does not hold $wanted"
done
root="$out/contents"
dpkg-deb --extract "$deb" "$root"
# The copyright file carries packaging/LICENSE's text in DEP-5 form: a space before each line, " ." for a blank one.
licence_in_copyright=$(awk '/^License: Expat$/ { n++ } n == 2 && /^ / { sub(/^ /, ""); if ($0 == ".") $0 = ""; print }' \
    "$root/usr/share/doc/marquee/copyright")
licence=$(sed -n '/^Permission is hereby granted/,$p' "$(dirname "$0")/../../packaging/LICENSE")
[[ "$licence_in_copyright" == "$licence" ]] || fail "the copyright file's licence text differs from packaging/LICENSE"
zcat "$root/usr/share/doc/marquee/changelog.Debian.gz" | head -n1 | grep -qF "marquee (${version}-1)" \
    || fail "changelog.Debian.gz does not start with marquee (${version}-1): add an entry to packaging/linux/changelog.Debian"
echo "PASS: $deb"
