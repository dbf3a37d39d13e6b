#!/usr/bin/env bash
# Validates Marquee's desktop integration files: both .desktop entries (desktop-file-validate), the AppStream
# metainfo (appstreamcli and appstream-util, offline), the metainfo's release and every changelog (upstream's, the
# .deb's, the .rpm's) against the project version, and the rendered icon sizes. Usage: check-metadata.sh SOURCE_DIR PROJECT_VERSION. Without the validators it skips (77),
# which fails the run in CI (tests/support/skip.sh).
set -euo pipefail
src=$1
version=$2
# shellcheck source=SCRIPTDIR/../support/skip.sh
source "$(dirname "$0")/../support/skip.sh"
linux="$src/packaging/linux"
id=org.marquee.Marquee

for tool in desktop-file-validate appstreamcli appstream-util file dpkg-parsechangelog; do
    if ! command -v "$tool" >/dev/null; then
        skip "$tool is not installed (Debian: desktop-file-utils, appstream, appstream-util, file, dpkg-dev)"
    fi
done

fail() { echo "FAIL: $*"; exit 1; }

for desktop in "$linux/$id.desktop" "$linux/$id.Kiosk.desktop"; do
    desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
    grep -qx "Icon=$id" "$desktop" || fail "$desktop: Icon= must be $id, the installed icon's name"
done
grep -qx "Exec=marquee --kiosk" "$linux/$id.Kiosk.desktop" || fail "the kiosk entry must start marquee --kiosk"

metainfo="$linux/$id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"
appstream-util validate-relax --nonet "$metainfo" || fail "appstream-util validate-relax $metainfo"
grep -q "<release version=\"$version\"" "$metainfo" \
    || fail "$metainfo has no <release version=\"$version\">: add the release that project(VERSION) names"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "metainfo launchable is not $id.desktop"

# One release, four records of it: each must name the version project(VERSION) says.
changelog=$(dpkg-parsechangelog -l "$linux/changelog.Debian" -S Version) || fail "$linux/changelog.Debian does not parse"
[[ $changelog == "$version-1" ]] || fail "$linux/changelog.Debian is at $changelog: add an entry for $version-1"
head -n1 "$linux/changelog.rpm" | grep -qE "^\* [A-Z][a-z]{2} [A-Z][a-z]{2} [0-9]{1,2} [0-9]{4} .+ - $version-1\$" \
    || fail "$linux/changelog.rpm does not start with an entry '* Day Mon DD YYYY Name <mail> - $version-1'"
grep -q "^## $version " "$src/packaging/CHANGELOG.md" || fail "packaging/CHANGELOG.md has no '## $version' section"

icons="$src/resources/icons"
file "$icons/marquee.svg" | grep -q "SVG" || fail "marquee.svg is not an SVG"
for size in 16 32 48 64 128 256; do
    file "$icons/marquee-$size.png" | grep -q "PNG image data, $size x $size" \
        || fail "marquee-$size.png is not a ${size}x${size} PNG (run packaging/linux/render-icons.sh)"
done
echo "PASS: desktop entries, metainfo, changelogs and icons"
