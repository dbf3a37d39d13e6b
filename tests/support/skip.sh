# shellcheck shell=bash
# Sourced by the shell tests. A test that cannot run on this machine says why. Outside CI it then exits 77,
# which CTest reports as skipped; in CI (CI=true, as .ci/run and the fresh-machine check run) a skip is a
# failure, because a skipped test proves nothing and CTest would still print "100% tests passed".
skip() {
    if [[ "${CI:-}" == "true" ]]; then
        echo "FAIL: this test would be skipped, and CI counts a skip as a failure: $*"
        exit 1
    fi
    echo "SKIP: $*"
    exit 77
}
