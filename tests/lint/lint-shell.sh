#!/usr/bin/env bash
# Runs shellcheck over every shell script of the project: .ci/run and whatever it runs, everything under scripts/,
# tests/, packaging/ and .ci/ that ends in .sh or starts with a sh/bash #! line. All of shellcheck's levels count
# (error, warning, info, style): a finding fails the test.
# Usage: lint-shell.sh SOURCE_DIR. Without shellcheck it skips (77), which fails the run in CI.
set -euo pipefail
src=$(cd "$1" && pwd)
# shellcheck source=SCRIPTDIR/../support/skip.sh
source "$(dirname "$0")/../support/skip.sh"
command -v shellcheck >/dev/null || skip "shellcheck is not installed (Debian: shellcheck)"

scripts=()
while IFS= read -r -d '' file; do
    if [[ $file == *.sh ]] || head -n1 "$file" | grep -qE '^#!(/usr/bin/env )?(/bin/|/usr/bin/)?(ba)?sh( |$)'; then
        scripts+=("$file")
    fi
done < <(find "$src/scripts" "$src/tests" "$src/packaging" "$src/.ci" -type f \
    -not -path '*/node_modules/*' -not -name '*.png' -not -name '*.icns' -not -name '*.ico' -print0 | sort -z)
[[ ${#scripts[@]} -gt 0 ]] || { echo "FAIL: found no shell scripts under $src"; exit 1; }
[[ " ${scripts[*]} " == *" $src/.ci/run "* ]] || { echo "FAIL: .ci/run was not among the scripts found"; exit 1; }

cd "$src"
echo "shellcheck $(shellcheck --version | sed -n 's/^version: //p') over ${#scripts[@]} scripts:"
printf '  %s\n' "${scripts[@]#"$src"/}"
# -x follows `source` (each names its file with a `# shellcheck source=SCRIPTDIR/...` line).
if shellcheck -x "${scripts[@]#"$src"/}"; then
    echo "PASS: shellcheck finds nothing in ${#scripts[@]} scripts"
else
    echo "FAIL: shellcheck findings above (fix them; a justified exception is a '# shellcheck disable=SCxxxx' line with its reason)"
    exit 1
fi
