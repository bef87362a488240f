#!/usr/bin/env bash
# Builds KDE's KSyntaxHighlighting against Qt 6, statically, into a cache
# folder that git ignores. Debian 12 ships the library for Qt 5 only, whose
# shared object cannot be loaded into a Qt 6 process.
#
# The sources come from Debian's archive (trixie source index), fetched with a
# private apt configuration so the machine's own apt sources are never touched
# and no host name is written into this repository: the deb-src line reuses
# the mirror URI the machine is already configured with.
#
# Usage: packaging/build-ksyntaxhighlighting.sh [PREFIX]
# Prints nothing and exits 0 when PREFIX already holds the finished build.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
prefix=${1:-$top/.cache/ksyntaxhighlighting}
stamp="$prefix/.built-5.116.0"
[ -f "$stamp" ] && exit 0

ecm_version=6.13.0
ksh_version=5.116.0
ecm_tarball=kf6-extra-cmake-modules_${ecm_version}.orig.tar.xz
ksh_tarball=ksyntax-highlighting_${ksh_version}.orig.tar.xz
ecm_sha=7006017c00c817ff4c056995146d271791d1487a398d39ea6cac1cd59a8bf402
ksh_sha=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7

work="$top/.cache/ksh-work"
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/src"

# The mirror URI the machine already uses (deb822 or one-line format).
mirror=$(grep -hoE '^URIs:[[:space:]]*[^[:space:]]+/debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null \
         | head -n1 | awk '{print $2}')
if [ -z "$mirror" ]; then
    mirror=$(grep -hoE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+/debian/?[[:space:]]' \
             /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $NF}')
fi
if [ -z "$mirror" ]; then
    echo "build-ksyntaxhighlighting: no Debian mirror configured in /etc/apt" >&2
    exit 2
fi

cat > "$work/apt/sources.list" <<SRC
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} trixie main
SRC
aptopts=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
         -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache"
         -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")

fetch() { # source-package version tarball sha256
    local pkg=$1 ver=$2 tarball=$3 sha=$4 url
    if [ -f "$work/src/$tarball" ] && echo "$sha  $work/src/$tarball" | sha256sum -c --quiet - 2>/dev/null; then
        return 0
    fi
    url=$(apt-get "${aptopts[@]}" --print-uris source "$pkg=$ver" 2>/dev/null \
          | grep -oE "'[^']*/$tarball'" | tr -d "'" | head -n1)
    if [ -z "$url" ]; then
        echo "build-ksyntaxhighlighting: $tarball not found in the source index" >&2
        exit 2
    fi
    curl -fsSL --retry 3 -o "$work/src/$tarball.part" "$url"
    echo "$sha  $work/src/$tarball.part" | sha256sum -c --quiet -
    mv "$work/src/$tarball.part" "$work/src/$tarball"
}

echo "build-ksyntaxhighlighting: fetching sources"
apt-get "${aptopts[@]}" update -qq >/dev/null
fetch kf6-extra-cmake-modules "${ecm_version}-1" "$ecm_tarball" "$ecm_sha"
fetch ksyntax-highlighting "${ksh_version}-1" "$ksh_tarball" "$ksh_sha"

rm -rf "$work/ecm" "$work/ksh" "$work/build-ecm" "$work/build-ksh"
mkdir -p "$work/ecm" "$work/ksh"
tar -xJf "$work/src/$ecm_tarball" -C "$work/ecm" --strip-components=1
tar -xJf "$work/src/$ksh_tarball" -C "$work/ksh" --strip-components=1

echo "build-ksyntaxhighlighting: building extra-cmake-modules $ecm_version"
cmake -S "$work/ecm" -B "$work/build-ecm" -G Ninja -DCMAKE_INSTALL_PREFIX="$prefix" \
      -DBUILD_TESTING=OFF -DBUILD_HTML_DOCS=OFF -DBUILD_MAN_DOCS=OFF -DBUILD_QTHELP_DOCS=OFF >/dev/null
cmake --build "$work/build-ecm" >/dev/null
cmake --install "$work/build-ecm" >/dev/null

echo "build-ksyntaxhighlighting: building syntax-highlighting $ksh_version (static, Qt 6)"
cmake -S "$work/ksh" -B "$work/build-ksh" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" \
      -DQT_MAJOR_VERSION=6 -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
      -DKSYNTAXHIGHLIGHTING_USE_GUI=ON -DDISABLE_ALL_OPTIONAL_SUBDIRECTORIES=ON \
      -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
      -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Qml=ON -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Quick=ON >/dev/null
cmake --build "$work/build-ksh" >/dev/null
cmake --install "$work/build-ksh" >/dev/null

rm -rf "$work/ecm" "$work/ksh" "$work/build-ecm" "$work/build-ksh"
touch "$stamp"
echo "build-ksyntaxhighlighting: installed into $prefix"
