#!/usr/bin/env bash
# Makes Marquee.app self-contained after macdeployqt has copied Qt into it. macdeployqt leaves libraries it cannot
# resolve (the QPSQL plug-in's @rpath/libpq.5.dylib) and Homebrew's libraries (libpq's OpenSSL, krb5, icu4c, ...)
# outside the bundle, so the app would work only on a Mac with Homebrew. This script, run at install time by
# packaging/packaging.cmake (so the .dmg gets the result):
#   1. walks every Mach-O file in the bundle, and every library it copies in, following each reference;
#   2. copies every library that is neither inside the bundle nor part of macOS into Contents/Frameworks,
#      found where the reference points or, for @rpath/… and paths that do not exist here, in SEARCH_DIRs;
#   3. rewrites each such reference (and each copied library's own id) to @executable_path/../Frameworks/NAME,
#      and deletes search paths (LC_RPATH) that point outside the bundle;
#   4. signs the bundle ad hoc (rewriting a Mach-O file breaks its signature; arm64 Macs refuse unsigned code);
#   5. runs check-bundle.sh, which fails if anything still points outside the bundle or the system.
# Usage: bundle-fixup.sh Marquee.app [SEARCH_DIR...]. Written for macOS's own bash 3.2: no associative arrays.
set -euo pipefail
app=$(cd "$1" && pwd -P)
shift
search_dirs=("$@")
contents="$app/Contents"
frameworks="$contents/Frameworks"
mkdir -p "$frameworks"
here=$(cd "$(dirname "$0")" && pwd -P)
# shellcheck source=SCRIPTDIR/macho.sh
source "$here/macho.sh"

# Where each copied library came from, "copy<TAB>original" per line: its @loader_path and relative @rpath
# references mean the original's folder, not Contents/Frameworks.
origins=$(mktemp)
queue=$(mktemp)
trap 'rm -f "$origins" "$queue"' EXIT
origin_of() { awk -F '\t' -v f="$1" '$1 == f { print $2; found = 1 } END { if (!found) print f }' "$origins"; }

find_in_search_dirs() {
    local name=$1 dir
    for dir in ${search_dirs[@]+"${search_dirs[@]}"}; do
        if [[ -f "$dir/$name" ]]; then
            echo "$dir/$name"
            return 0
        fi
    done
    return 1
}

macho_files "$app" > "$queue"
executable=$(main_executable "$app")
done_count=0
while [[ $done_count -lt $(wc -l < "$queue") ]]; do
    done_count=$((done_count + 1))
    file=$(sed -n "${done_count}p" "$queue")
    origin=$(origin_of "$file")
    changed=no
    references=$(load_commands "$file" | sort -u)
    while IFS= read -r reference; do
        [[ -n $reference ]] || continue
        is_system_library "$reference" && continue
        resolved=$(resolve_reference "$reference" "$origin" "$executable" || true)
        if [[ -n $resolved && $resolved == "$app/"* ]]; then
            continue
        fi
        name=$(basename "$reference")
        if [[ -z $resolved || ! -f $resolved ]]; then
            resolved=$(find_in_search_dirs "$name") \
                || { echo "bundle-fixup: $file needs $reference; not found in: ${search_dirs[*]-}" >&2; exit 1; }
        fi
        copy="$frameworks/$name"
        if [[ ! -f $copy ]]; then
            # -L: Homebrew's opt/ paths are symbolic links into its Cellar.
            cp -L "$resolved" "$copy"
            chmod u+w "$copy"
            install_name_tool -id "@executable_path/../Frameworks/$name" "$copy"
            printf '%s\t%s\n' "$copy" "$(cd "$(dirname "$resolved")" && pwd -P)/$(basename "$resolved")" >> "$origins"
            echo "$copy" >> "$queue"
            echo "bundle-fixup: copied $resolved into Contents/Frameworks"
        fi
        install_name_tool -change "$reference" "@executable_path/../Frameworks/$name" "$file"
        changed=yes
    done <<<"$references"
    # A search path outside the bundle would let this Mac's own copies (Homebrew's) stand in for the bundled ones.
    while IFS= read -r rpath; do
        if [[ -n $rpath && $rpath != @* ]]; then
            install_name_tool -delete_rpath "$rpath" "$file"
            changed=yes
        fi
    # Once each: a universal (fat) file lists its search paths per architecture, and -delete_rpath takes all.
    done <<<"$(rpaths "$file" | sort -u)"
    if [[ $changed == yes ]]; then
        echo "bundle-fixup: rewrote the references of ${file#"$app"/}"
    fi
done

# Inner code first, then the bundle: --deep signs the frameworks and plug-ins inside it.
codesign --force --deep --sign - "$app"
"$here/check-bundle.sh" "$app"
