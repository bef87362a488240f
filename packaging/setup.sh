#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh on Debian 12: installs the missing
# Debian packages, builds KSyntaxHighlighting for Qt 6 once (cached in
# .cache/), fetches mermaid once, then configures and builds the app with
# Ninja. Idempotent: the second run only rebuilds what changed.
#
# Usage: packaging/setup.sh [BUILD_DIR]
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}

packages=(
    cmake ninja-build g++ pkg-config git curl ca-certificates xz-utils
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev libxkbcommon-dev
    libmd4c-dev libmd4c-html0-dev libkainjow-mustache-dev
    xvfb xauth fonts-dejavu-core
    # the emoji of ArcKit documents (✅ ⚠️) in the editor and the preview
    fonts-noto-color-emoji
    # the .deb (cpack with dpkg-shlibdeps), lintian, icon, metainfo, desktop and man-page checks
    dpkg-dev file lintian appstream desktop-file-utils librsvg2-bin groff-base qt6-translations-l10n
    # pdftotext and pdftoppm: the PDF export test reads the exported text, the screenshots render its pages
    poppler-utils
)
command -v npm >/dev/null || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$top/packaging/build-ksyntaxhighlighting.sh"
"$top/packaging/fetch-mermaid.sh"

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build"
