# shellcheck shell=bash
# Mach-O helpers for bundle-fixup.sh and check-bundle.sh (sourced; macOS's otool and PlistBuddy; bash 3.2).
# tests/packaging/check-macos-bundle.sh runs both scripts on Linux against fakes of these tools.

# macho_files APP: every Mach-O file (executable, framework binary, dylib, plug-in) inside APP, one per line.
macho_files() {
    find "$1/Contents" -type f -print0 | while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q '^Mach-O'; then
            echo "$file"
        fi
    done
}

# plist_value APP KEY: a value from the bundle's Info.plist (MARQUEE_PLISTBUDDY: the fake the Linux test uses).
plist_value() {
    "${MARQUEE_PLISTBUDDY:-/usr/libexec/PlistBuddy}" -c "Print :$2" "$1/Contents/Info.plist"
}

# main_executable APP: the path of the bundle's executable, as its Info.plist names it.
main_executable() {
    echo "$1/Contents/MacOS/$(plist_value "$1" CFBundleExecutable)"
}

# is_system_library REFERENCE: part of macOS itself (in the dyld shared cache), never bundled.
is_system_library() {
    [[ $1 == /usr/lib/* || $1 == /System/Library/* ]]
}

# load_commands FILE: the libraries FILE loads (install names, as written in it).
load_commands() {
    otool -l "$1" | awk '$1 == "cmd" { want = ($2 ~ /^LC_(LOAD|LOAD_WEAK|REEXPORT|LAZY_LOAD|LOAD_UPWARD)_DYLIB$/) }
        want && $1 == "name" { print $2; want = 0 }'
}

# rpaths FILE: FILE's run-path search list (LC_RPATH), as written in it.
rpaths() {
    otool -l "$1" | awk '$1 == "cmd" { want = ($2 == "LC_RPATH") } want && $1 == "path" { print $2; want = 0 }'
}

# minimum_macos FILE: the oldest macOS FILE runs on (LC_BUILD_VERSION minos, or LC_VERSION_MIN_MACOSX version).
minimum_macos() {
    otool -l "$1" | awk '$1 == "cmd" { want = ($2 == "LC_BUILD_VERSION" || $2 == "LC_VERSION_MIN_MACOSX") }
        want && ($1 == "minos" || $1 == "version") { print $2; exit }'
}

# version_greater A B: true when version A (e.g. 15.2) is newer than B (e.g. 15.0).
version_greater() {
    awk -v a="$1" -v b="$2" 'BEGIN { n = split(a, x, "."); m = split(b, y, "."); if (m > n) n = m
        for (i = 1; i <= n; i++) { if (x[i] + 0 > y[i] + 0) exit 0; if (x[i] + 0 < y[i] + 0) exit 1 }
        exit 1 }'
}

# resolve_reference REFERENCE LOADER EXECUTABLE: the existing file REFERENCE names when LOADER loads it in an app
# whose main executable is EXECUTABLE, as dyld resolves it (@executable_path, @loader_path, @rpath through LOADER's
# and then the executable's search paths); fails when there is none.
resolve_reference() {
    local reference=$1 loader=$2 executable=$3 loader_dir exe_dir rpath candidate
    loader_dir=$(dirname "$loader")
    exe_dir=$(dirname "$executable")
    case $reference in
    @executable_path/*) candidate="$exe_dir/${reference#@executable_path/}" ;;
    @loader_path/*) candidate="$loader_dir/${reference#@loader_path/}" ;;
    @rpath/*)
        while IFS= read -r rpath; do
            [[ -n $rpath ]] || continue
            rpath=${rpath/#@loader_path/$loader_dir}
            rpath=${rpath/#@executable_path/$exe_dir}
            if [[ -f "$rpath/${reference#@rpath/}" ]]; then
                candidate="$rpath/${reference#@rpath/}"
                break
            fi
        done <<<"$(rpaths "$loader"; [[ $loader == "$executable" ]] || rpaths "$executable")"
        ;;
    *) candidate=$reference ;;
    esac
    [[ -n ${candidate:-} && -f $candidate ]] || return 1
    # The real path, so that "inside the bundle" can be decided by prefix.
    echo "$(cd "$(dirname "$candidate")" && pwd -P)/$(basename "$candidate")"
}
