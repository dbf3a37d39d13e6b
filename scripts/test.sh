#!/usr/bin/env bash
# The second README command: install what is needed, build (warnings are errors), run every test.
# Each test that needs PostgreSQL uses the throwaway server that CTest starts in the build tree.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build=${MARQUEE_BUILD_DIR:-build-ci}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARQUEE_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
