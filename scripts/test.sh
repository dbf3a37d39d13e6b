#!/usr/bin/env bash
# The second README command: install what is needed, build (warnings are errors), run every test.
# Each test that needs PostgreSQL uses the throwaway server that CTest starts in the build tree.
# In CI (CI=true) a skipped test fails the run: CTest itself would count it as passed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build=${MARQUEE_BUILD_DIR:-build-ci}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARQUEE_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

cd "$build"
status=0
ctest --output-on-failure --no-tests=error --parallel "$(nproc)" --timeout 600 "$@" || status=$?
# CTest keeps every test's output (passed ones too) in this log.
log=Testing/Temporary/LastTest.log

# What was skipped, by CTest (exit code 77) or inside a Qt test (QSKIP), and why.
skipped=$(grep -E '\*\*\*Skipped|^SKIP   :|^SKIP: ' "$log" || true)
if [[ -n $skipped ]]; then
    echo
    echo "Skipped tests:"
    echo "$skipped"
    if [[ "${CI:-}" == "true" ]]; then
        echo "CI counts a skipped test as a failure (see tests/support/skip.sh)."
        status=1
    fi
fi
exit "$status"
