#!/usr/bin/env bash
# Runs the macOS bundle fix-up and check (packaging/macos/bundle-fixup.sh, check-bundle.sh) on Linux, against fake
# otool, install_name_tool, codesign, file and PlistBuddy (fake-macos/, see its README), on a fake Marquee.app laid
# out as macdeployqt leaves it: the QPSQL plug-in (universal, as Qt's are) needs @rpath/libpq.5.dylib, which only a
# search folder has, and has a search path from Qt's build machine; libpq needs OpenSSL by absolute path and Kerberos by @loader_path, and
# Kerberos needs its own library by @rpath; the executable needs Homebrew's qrencode.
# Checks: everything ends up in Contents/Frameworks with every reference rewritten and the outside search path
# gone, the bundle is signed after the last change and check-bundle.sh passes; and check-bundle.sh refuses an
# unfixed bundle and a library newer than LSMinimumSystemVersion, bundle-fixup.sh one it cannot find.
# Usage: check-macos-bundle.sh WORK_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
macos="$here/../../packaging/macos"
work=$1
fail() { echo "FAIL: $*"; exit 1; }

rm -rf "$work"
mkdir -p "$work"
root=$(cd "$work" && pwd)
export PATH="$here/fake-macos:$PATH" MARQUEE_PLISTBUDDY="$here/fake-macos/PlistBuddy"

# macho PATH LINE...: writes a fake Mach-O file.
macho() {
    local path=$1
    shift
    mkdir -p "$(dirname "$path")"
    printf '%s\n' FAKE-MACHO "$@" > "$path"
    chmod 755 "$path"
}

# make_bundle DIR: a fresh fake Marquee.app in DIR and Homebrew-like libraries beside it.
make_bundle() {
    local dir=$1 app="$1/Marquee.app" brew="$1/opt"
    rm -rf "$dir"
    mkdir -p "$app/Contents/MacOS"
    cat > "$app/Contents/Info.plist" <<'PLIST'
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
    <key>CFBundleExecutable</key>
    <string>Marquee</string>
    <key>LSMinimumSystemVersion</key>
    <string>15.0</string>
</dict>
</plist>
PLIST
    macho "$app/Contents/MacOS/Marquee" "load @rpath/QtCore.framework/Versions/A/QtCore" \
        "load $brew/qrencode/lib/libqrencode.4.dylib" "load /usr/lib/libc++.1.dylib" \
        "rpath @executable_path/../Frameworks" "minos 15.0"
    macho "$app/Contents/Frameworks/QtCore.framework/Versions/A/QtCore" \
        "id @rpath/QtCore.framework/Versions/A/QtCore" "load /usr/lib/libSystem.B.dylib" \
        "load /System/Library/Frameworks/Foundation.framework/Versions/C/Foundation" "minos 11.0"
    macho "$app/Contents/PlugIns/sqldrivers/libqsqlpsql.dylib" "load @rpath/QtCore.framework/Versions/A/QtCore" \
        "load @rpath/libpq.5.dylib" "rpath /Users/qt/work/install/lib" "minos 11.0" fat
    mkdir -p "$app/Contents/Resources"
    echo "[Paths]" > "$app/Contents/Resources/qt.conf"
    macho "$brew/libpq/lib/libpq.5.dylib" "id $brew/libpq/lib/libpq.5.dylib" \
        "load $brew/openssl/lib/libssl.3.dylib" "load @loader_path/../../krb5/lib/libgssapi_krb5.2.2.dylib" "minos 15.0"
    macho "$brew/openssl/lib/libssl.3.dylib" "id $brew/openssl/lib/libssl.3.dylib" \
        "load $brew/openssl/lib/libcrypto.3.dylib" "minos 15.0"
    macho "$brew/openssl/lib/libcrypto.3.dylib" "id $brew/openssl/lib/libcrypto.3.dylib" "minos 15.0"
    macho "$brew/krb5/lib/libgssapi_krb5.2.2.dylib" "id @rpath/libgssapi_krb5.2.2.dylib" \
        "load @rpath/libkrb5.3.3.dylib" "rpath @loader_path" "minos 15.0"
    macho "$brew/krb5/lib/libkrb5.3.3.dylib" "id @rpath/libkrb5.3.3.dylib" "minos 15.0"
    macho "$brew/qrencode/lib/libqrencode.4.dylib" "id $brew/qrencode/lib/libqrencode.4.dylib" "minos 15.0"
}

echo "== an unfixed bundle is refused"
make_bundle "$root/unfixed"
codesign --force --deep --sign - "$root/unfixed/Marquee.app"
if "$macos/check-bundle.sh" "$root/unfixed/Marquee.app" > "$root/unfixed.log" 2>&1; then
    cat "$root/unfixed.log"
    fail "check-bundle.sh passed a bundle that loads Homebrew's libraries"
fi
grep -q "FAIL: Contents/MacOS/Marquee loads .*libqrencode.4.dylib from outside the bundle" "$root/unfixed.log" \
    || { cat "$root/unfixed.log"; fail "check-bundle.sh did not name the outside library"; }
grep -q "FAIL: Contents/PlugIns/sqldrivers/libqsqlpsql.dylib loads @rpath/libpq.5.dylib, which is not in the bundle" \
    "$root/unfixed.log" || { cat "$root/unfixed.log"; fail "check-bundle.sh did not name the missing libpq"; }
grep -q "searches /Users/qt/work/install/lib, outside the bundle" "$root/unfixed.log" \
    || { cat "$root/unfixed.log"; fail "check-bundle.sh did not name the outside search path"; }

echo "== bundle-fixup.sh makes it self-contained"
make_bundle "$root/fixed"
app="$root/fixed/Marquee.app"
"$macos/bundle-fixup.sh" "$app" "$root/fixed/opt/libpq/lib" > "$root/fixup.log" 2>&1 \
    || { cat "$root/fixup.log"; fail "bundle-fixup.sh failed"; }
cat "$root/fixup.log"
for lib in libpq.5.dylib libssl.3.dylib libcrypto.3.dylib libgssapi_krb5.2.2.dylib libkrb5.3.3.dylib libqrencode.4.dylib; do
    [[ -f $app/Contents/Frameworks/$lib ]] || fail "Contents/Frameworks has no $lib"
    grep -qx "id @executable_path/../Frameworks/$lib" "$app/Contents/Frameworks/$lib" \
        || fail "$lib's id was not rewritten: $(grep '^id' "$app/Contents/Frameworks/$lib")"
done
grep -qx "load @executable_path/../Frameworks/libpq.5.dylib" "$app/Contents/PlugIns/sqldrivers/libqsqlpsql.dylib" \
    || fail "the QPSQL plug-in's reference to libpq was not rewritten"
! grep -q "^rpath /Users" "$app/Contents/PlugIns/sqldrivers/libqsqlpsql.dylib" \
    || fail "the plug-in still searches Qt's build machine"
grep -qx "load @executable_path/../Frameworks/libkrb5.3.3.dylib" "$app/Contents/Frameworks/libgssapi_krb5.2.2.dylib" \
    || fail "Kerberos' @rpath reference (found through its original folder) was not rewritten"
grep -qx "load @rpath/QtCore.framework/Versions/A/QtCore" "$app/Contents/MacOS/Marquee" \
    || fail "the reference to the bundled QtCore should have stayed as it was"
! grep -rq "$root/fixed/opt" "$app" || fail "something in the bundle still names the Homebrew folder"
grep -q "PASS:" "$root/fixup.log" || fail "bundle-fixup.sh did not end with a passing check-bundle.sh"
"$macos/check-bundle.sh" "$app" > /dev/null || fail "check-bundle.sh refuses the fixed bundle"

echo "== a library newer than LSMinimumSystemVersion is refused"
macho "$app/Contents/Frameworks/libnew.dylib" "id @executable_path/../Frameworks/libnew.dylib" "minos 26.0"
codesign --force --deep --sign - "$app"
if "$macos/check-bundle.sh" "$app" > "$root/newer.log" 2>&1; then
    fail "check-bundle.sh passed a library that needs macOS 26.0 in a bundle that promises 15.0"
fi
grep -q "libnew.dylib needs macOS 26.0, but Info.plist promises 15.0" "$root/newer.log" \
    || { cat "$root/newer.log"; fail "check-bundle.sh did not say which library is too new"; }

echo "== a library found nowhere fails the fix-up"
make_bundle "$root/missing"
if "$macos/bundle-fixup.sh" "$root/missing/Marquee.app" "$root/missing/nowhere" > "$root/missing.log" 2>&1; then
    fail "bundle-fixup.sh succeeded without libpq"
fi
grep -q "needs @rpath/libpq.5.dylib; not found in" "$root/missing.log" \
    || { cat "$root/missing.log"; fail "bundle-fixup.sh did not say what it could not find"; }
echo "PASS: bundle-fixup.sh and check-bundle.sh, against fake macOS tools"
