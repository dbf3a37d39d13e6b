#!/usr/bin/env bash
# Checks that Marquee.app is self-contained and honest about the macOS it needs:
#   - the QPSQL plug-in is there (its `otool -L` is printed: libpq must come from the bundle);
#   - every library each Mach-O file in the bundle loads resolves inside the bundle or is part of macOS;
#   - no search path (LC_RPATH) points outside the bundle;
#   - no file needs a newer macOS than Info.plist's LSMinimumSystemVersion promises;
#   - the signature is valid.
# Usage: check-bundle.sh Marquee.app. Run by bundle-fixup.sh at install time and by CI on the app in the .dmg.
set -euo pipefail
app=$(cd "$1" && pwd -P)
here=$(cd "$(dirname "$0")" && pwd -P)
# shellcheck source=SCRIPTDIR/macho.sh
source "$here/macho.sh"
fail() { echo "FAIL: $*"; exit 1; }

executable=$(main_executable "$app")
[[ -x $executable ]] || fail "no executable $executable"
plugin="$app/Contents/PlugIns/sqldrivers/libqsqlpsql.dylib"
[[ -f $plugin ]] || fail "the bundle has no QPSQL driver ($plugin): Marquee could not reach PostgreSQL"
echo "== otool -L ${plugin#"$app"/}"
otool -L "$plugin"

minimum=$(plist_value "$app" LSMinimumSystemVersion)
echo "== every Mach-O file against the bundle and macOS $minimum"
bad=0
count=0
while IFS= read -r file; do
    count=$((count + 1))
    short=${file#"$app"/}
    while IFS= read -r reference; do
        [[ -n $reference ]] || continue
        is_system_library "$reference" && continue
        if ! resolved=$(resolve_reference "$reference" "$file" "$executable"); then
            echo "FAIL: $short loads $reference, which is not in the bundle"
            bad=1
        elif [[ $resolved != "$app/"* ]]; then
            echo "FAIL: $short loads $reference from outside the bundle: $resolved"
            bad=1
        fi
    done <<<"$(load_commands "$file")"
    while IFS= read -r rpath; do
        if [[ -n $rpath && $rpath != @* ]]; then
            echo "FAIL: $short searches $rpath, outside the bundle"
            bad=1
        fi
    done <<<"$(rpaths "$file")"
    needs=$(minimum_macos "$file")
    if [[ -n $needs ]] && version_greater "$needs" "$minimum"; then
        echo "FAIL: $short needs macOS $needs, but Info.plist promises $minimum"
        bad=1
    fi
done < <(macho_files "$app")
[[ $count -gt 0 ]] || fail "found no Mach-O files in $app"
[[ $bad -eq 0 ]] || fail "Marquee.app is not self-contained (see above)"

codesign --verify --deep --strict --verbose=2 "$app"
echo "PASS: $count Mach-O files load only the bundle and macOS; signature valid"
