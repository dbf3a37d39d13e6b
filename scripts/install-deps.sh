#!/usr/bin/env bash
# Installs what building, running and testing Marquee needs on Debian 12, from Debian's own packages.
# As root it runs apt-get directly; as a normal user it uses sudo. Skips the install when all is there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev libqrencode-dev libgl-dev
    postgresql postgresql-contrib
    xvfb x11-apps x11-utils xauth poppler-utils imagemagick fonts-thai-tlwg fonts-dejavu-core
    rpm dpkg-dev file appstream-util desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
